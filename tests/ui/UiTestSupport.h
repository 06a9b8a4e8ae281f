// UiTestSupport: driving the real app offscreen — waiting, typing, clicking, choosing — and the App
// fixture (a main window over a temporary folder) that every UI test starts from.
#pragma once

#include "MainWindow.h"
#include "Workspace.h"
#include "dialogs/CohortDialog.h"
#include "dialogs/EnrolDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/ParticipantDialog.h"
#include "dialogs/StatusDialog.h"
#include "domain/Records.h"
#include "i18n/Translation.h"
#include "io/csv/CsvReader.h"
#include "models/EnrolmentModel.h"
#include "models/HistoryModel.h"
#include "models/NetworkModel.h"
#include "models/OrganisationModel.h"
#include "models/ParticipantModel.h"
#include "models/PersonEnrolmentModel.h"
#include "pages/OrganisationsPage.h"
#include "pages/ParticipantsPage.h"
#include "pages/ProgrammesPage.h"
#include "pages/dashboard/DashboardPage.h"
#include "services/CatalogueService.h"
#include "services/Services.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "storage/Database.h"
#include "storage/Store.h"
#include "widgets/ApplicationIdentity.h"
#include "widgets/DateField.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUrl>

#include "QtPrinters.h"

#include <gtest/gtest.h>

namespace arwain::uitest {

using namespace Qt::StringLiterals;

template <typename Pred> bool waitFor(Pred pred, int ms = 10000)
{
    return QTest::qWaitFor(pred, ms);
}

template <typename T> T* waitForDialog(QWidget* root)
{
    T* found = nullptr;
    waitFor([&] {
        for (T* d : root->findChildren<T*>())
            if (d->isVisible())
                found = d;
        return found != nullptr;
    });
    return found;
}

inline void clickOk(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ASSERT_NE(ok, nullptr);
    ASSERT_TRUE(ok->isEnabled()) << "OK is disabled";
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Types text as key events. Letters such as ŷ and ï arrive as a Welsh keyboard sends them: a key
// event carrying the character (QTest::keyClicks only knows Latin-1).
inline void typeKeys(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

inline void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeKeys(edit, text);
}

// Chooses the combo-box entry with this text using the keyboard.
inline void choose(QComboBox* box, const QString& text)
{
    box->setFocus();
    const int target = box->findText(text);
    ASSERT_GE(target, 0) << text.toStdString();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    ASSERT_EQ(box->currentIndex(), target);
}

// Clicks the row of the table whose first column reads `name`.
inline void clickRow(QTableView* table, const QString& name, Qt::KeyboardModifiers modifiers = {})
{
    QAbstractItemModel* m = table->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == name) {
            const QRect rect = table->visualRect(m->index(r, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
            return;
        }
    }
    ADD_FAILURE() << "no row " << name.toStdString();
}

inline QStringList column(QAbstractItemModel* m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data().toString();
    return out;
}

inline QString treeCounts(ProgrammesPage* page, const QString& code)
{
    const auto found = page->treeModel()->match(page->treeModel()->index(0, 0), Qt::DisplayRole, code, 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return {};
    QStringList cells;
    for (int c = 1; c < page->treeModel()->columnCount(); ++c)
        cells << found.first().siblingAtColumn(c).data().toString();
    return cells.join(u' ');
}

class App : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        window = std::make_unique<MainWindow>();
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
    void addPerson(const QString& given, const QString& family, const QString& email)
    {
        window->showPage(MainWindow::Participants);
        window->participantsPage()->addAction()->trigger();
        auto* d = waitForDialog<ParticipantDialog>(window.get());
        ASSERT_NE(d, nullptr);
        type(d->givenEdit(), given);
        type(d->familyEdit(), family);
        type(d->emailEdit(), email);
        clickOk(d);
    }
    void addCohort(const QString& code, QDate start, QDate end)
    {
        window->showPage(MainWindow::Programmes);
        ProgrammesPage* page = window->programmesPage();
        page->tree()->setCurrentIndex(page->treeModel()->index(0, 0)); // TMDP
        page->addCohortAction()->trigger();
        auto* d = waitForDialog<CohortDialog>(window.get());
        ASSERT_NE(d, nullptr);
        type(d->codeEdit(), code);
        type(d->titleEdit(), u"Rhaglen "_s + code);
        d->startEdit()->setDate(start);
        d->endEdit()->setDate(end);
        d->capacityBox()->setValue(20);
        clickOk(d);
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

// The App fixture in the language the test is given as its parameter: the language is installed before
// the window is made, and English is put back afterwards.
class AppIn : public App, public ::testing::WithParamInterface<Lang>
{
protected:
    void SetUp() override
    {
        Translation::install(GetParam());
        App::SetUp();
    }
    void TearDown() override
    {
        Translation::install(Lang::English);
        App::TearDown();
    }
};

} // namespace arwain::uitest
