// AttendanceGrid: keys become MarkChanges for the selected cells; cells that take no mark (not
// applicable, or outside the session columns) are left alone and said so.
#include "pages/cohort/AttendanceGrid.h"

#include "models/AttendanceModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace arwain {

AttendanceGrid::AttendanceGrid(AttendanceModel* model, QWidget* parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    setAccessibleName(tr("Attendance: people by sessions"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    horizontalHeader()->setDefaultSectionSize(64);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->hide();
    setWordWrap(false);
}

bool AttendanceGrid::parseMark(const QString& text, std::optional<AttendanceMark>& mark)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        mark.reset();
        return true;
    }
    for (const QString& w :
         {u"p"_s, u"present"_s, u"yes"_s, u"y"_s, u"1"_s, u"x"_s, u"✓"_s, u"presennol"_s, u"ie"_s}) {
        if (t == w) {
            mark = AttendanceMark::Present;
            return true;
        }
    }
    for (const QString& w : {u"a"_s, u"absent"_s, u"no"_s, u"n"_s, u"0"_s, u"absennol"_s, u"na"_s}) {
        if (t == w) {
            mark = AttendanceMark::Absent;
            return true;
        }
    }
    for (const QString& w : {u"e"_s, u"excused"_s, u"apologies"_s, u"esgusodwyd"_s}) {
        if (t == w) {
            mark = AttendanceMark::Excused;
            return true;
        }
    }
    return false;
}

void AttendanceGrid::keyPressEvent(QKeyEvent* event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (m_editable && plain) {
        switch (event->key()) {
        case Qt::Key_P:
            markSelection(AttendanceMark::Present, tr("Mark present"));
            return;
        case Qt::Key_A:
            markSelection(AttendanceMark::Absent, tr("Mark absent"));
            return;
        case Qt::Key_E:
            markSelection(AttendanceMark::Excused, tr("Mark excused"));
            return;
        case Qt::Key_Space:
            cycle();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            markSelection(std::nullopt, tr("Clear attendance"));
            return;
        default:
            break;
        }
    }
    if (m_editable && event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    QTableView::keyPressEvent(event);
}

void AttendanceGrid::markSelection(std::optional<AttendanceMark> mark, const QString& text)
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    QList<MarkChange> changes;
    for (const QModelIndex& i : cells)
        if (const auto c = m_model->change(i, mark))
            changes << *c;
    if (changes.isEmpty()) {
        Q_EMIT message(tr("This cell takes no mark: the session does not apply to this person."));
        return;
    }
    Q_EMIT marksRequested(changes, text);
}

void AttendanceGrid::cycle()
{
    const QModelIndex i = currentIndex();
    std::optional<AttendanceMark> next;
    switch (m_model->cell(i)) {
    case AttendanceCell::Unrecorded:
    case AttendanceCell::NotYet:
        next = AttendanceMark::Present;
        break;
    case AttendanceCell::Present:
        next = AttendanceMark::Absent;
        break;
    case AttendanceCell::Absent:
        next = AttendanceMark::Excused;
        break;
    case AttendanceCell::Excused:
        break; // back to blank
    case AttendanceCell::NotApplicable:
        Q_EMIT message(tr("This cell takes no mark: the session does not apply to this person."));
        return;
    }
    if (const auto c = m_model->change(i, next))
        Q_EMIT marksRequested({*c}, tr("Change attendance"));
}

void AttendanceGrid::paste()
{
    const QModelIndex start = currentIndex();
    if (!start.isValid())
        return;
    QString text = QApplication::clipboard()->text();
    if (text.endsWith(u'\n'))
        text.chop(1);
    const QStringList lines = text.split(u'\n');
    QList<MarkChange> changes;
    int skipped = 0;
    for (int n = 0; n < lines.size(); ++n) {
        const int row = start.row() + n;
        if (row >= m_model->rowCount()) {
            Q_EMIT message(tr("The pasted column has %1 lines but only %2 people are below the current cell; "
                              "nothing was pasted.")
                               .arg(lines.size())
                               .arg(m_model->rowCount() - start.row()));
            return;
        }
        const QString first = lines.at(n).section(u'\t', 0, 0).remove(u'\r');
        std::optional<AttendanceMark> mark;
        if (!parseMark(first, mark)) {
            Q_EMIT message(
                tr("Line %1 of the pasted text, \"%2\", is not present, absent or excused (P, A or E); "
                   "nothing was pasted.")
                    .arg(n + 1)
                    .arg(first));
            return;
        }
        if (const auto c = m_model->change(m_model->index(row, start.column()), mark))
            changes << *c;
        else if (mark)
            ++skipped;
    }
    if (changes.isEmpty()) {
        Q_EMIT message(tr("Nothing to paste here."));
        return;
    }
    Q_EMIT marksRequested(changes, tr("Paste attendance"));
    if (skipped > 0)
        Q_EMIT message(
            tr("%1 pasted marks fell on sessions that do not apply to the person and were left out.")
                .arg(skipped));
}

} // namespace arwain
