// MeasureTour: the steps, each given a fixed time to settle, and the printed results.
#include "MeasureTour.h"

#include "MainWindow.h"
#include "StallMeter.h"
#include "pages/ParticipantsPage.h"
#include "pages/ProgrammesPage.h"

#include <QLineEdit>

#include <QApplication>
#include <QKeyEvent>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// Key events carrying each character, as a keyboard sends them.
void typeText(QWidget* target, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
}

} // namespace

MeasureTour::MeasureTour(MainWindow* window, StallMeter* meter, int stepMs, QObject* parent)
    : QObject(parent), m_window(window), m_meter(meter), m_stepMs(stepMs)
{
    const QList<std::pair<QString, MainWindow::PageIndex>> pages = {
        {u"dashboard"_s, MainWindow::Dashboard},       {u"programmes"_s, MainWindow::Programmes},
        {u"participants"_s, MainWindow::Participants}, {u"organisations"_s, MainWindow::Organisations},
        {u"network"_s, MainWindow::Network},           {u"reports"_s, MainWindow::Reports}};
    m_steps.append({u"open"_s, [] {}});
    for (const auto& [name, page] : pages)
        m_steps.append({u"page "_s + name, [this, page] { m_window->showPage(page); }});
    // A coordinator's everyday clicks: a cohort of the programme tree, and a person in the table (their
    // enrolments and history are read when chosen, on the window's thread).
    m_steps.append({u"cohort chosen"_s, [this] {
                        m_window->showPage(MainWindow::Programmes);
                        QTreeView* tree = m_window->programmesPage()->tree();
                        const QModelIndex programme = tree->model()->index(0, 0);
                        tree->setCurrentIndex(tree->model()->index(0, 0, programme));
                    }});
    m_steps.append({u"participant chosen"_s, [this] {
                        m_window->showPage(MainWindow::Participants);
                        QTableView* table = m_window->participantsPage()->currentTable();
                        table->setCurrentIndex(table->model()->index(0, 0));
                    }});
    m_steps.append({u"participants search typed"_s, [this] {
                        m_window->showPage(MainWindow::Participants);
                        m_window->participantsPage()->focusSearch();
                        typeText(m_window->participantsPage()->searchEdit(), u"llŷr"_s);
                    }});
}

void MeasureTour::start()
{
    m_meter->takeStepStall();
    QTimer::singleShot(m_stepMs, this, &MeasureTour::next);
}

void MeasureTour::next()
{
    QTextStream out(stdout);
    out << "step " << m_steps.at(m_step).first << ": longest stall " << m_meter->takeStepStall()
        << " ms; memory " << StallMeter::memoryMb() << " MB\n";
    ++m_step;
    if (m_step >= m_steps.size()) {
        out << "participants found by the search for \"" << m_window->participantsPage()->searchEdit()->text()
            << "\": " << m_window->participantsPage()->currentTable()->model()->rowCount() << '\n';
        out << m_meter->summary() << '\n';
        out.flush();
        QApplication::quit();
        return;
    }
    m_steps.at(m_step).second();
    QTimer::singleShot(m_stepMs, this, &MeasureTour::next);
}

} // namespace arwain
