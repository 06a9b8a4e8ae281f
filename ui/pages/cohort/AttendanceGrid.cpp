// AttendanceGrid: keys become MarkChanges for the selected cells; cells that take no mark (not
// applicable, or outside the session columns) are left alone and said so.
#include "pages/cohort/AttendanceGrid.h"

#include "models/AttendanceModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace arwain {

AttendanceGrid::AttendanceGrid(AttendanceModel* model, QWidget* parent)
    : QTableView(parent), m_model(model), m_frozen(new QTableView(this))
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

    // The Name column, frozen: a second view of the same model and selection laid over the left edge,
    // showing only the names, so a register marked far to the right still shows whose row it is.
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setAccessibleName(tr("Names in the register"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setWordWrap(false);
    // No frame of its own, and both views scrolled by the pixel: the names' rows stay level with the
    // marks to the last row, and the grid's scroll position is in pixels for moveCursor below.
    m_frozen->setFrameStyle(QFrame::NoFrame);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_frozen->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    viewport()->stackUnder(m_frozen);
    hideAllButNames();
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == AttendanceModel::Name) {
            m_frozen->setColumnWidth(AttendanceModel::Name, size);
            placeFrozen();
        }
    });
    connect(horizontalHeader(), &QHeaderView::geometriesChanged, this, &AttendanceGrid::placeFrozen);
    connect(verticalHeader(), &QHeaderView::sectionResized, m_frozen,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(model, &QAbstractItemModel::modelReset, this, &AttendanceGrid::hideAllButNames);
    connect(model, &QAbstractItemModel::layoutChanged, this, &AttendanceGrid::hideAllButNames);
    connect(model, &QAbstractItemModel::columnsInserted, this, &AttendanceGrid::hideAllButNames);
}

void AttendanceGrid::hideAllButNames()
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_frozen->setColumnHidden(c, c != AttendanceModel::Name);
    m_frozen->setColumnWidth(AttendanceModel::Name, columnWidth(AttendanceModel::Name));
    placeFrozen();
}

void AttendanceGrid::placeFrozen()
{
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(),
                          columnWidth(AttendanceModel::Name),
                          viewport()->height() + horizontalHeader()->height());
}

void AttendanceGrid::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    placeFrozen();
}

QModelIndex AttendanceGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    // Moving left, the cell must come out from under the frozen names.
    const int frozenWidth = m_frozen->columnWidth(AttendanceModel::Name);
    if (action == MoveLeft && current.column() > AttendanceModel::Name &&
        visualRect(current).topLeft().x() < frozenWidth)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + visualRect(current).topLeft().x() -
                                        frozenWidth);
    return current;
}

void AttendanceGrid::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    // The names are always in view; scrolling to one would only push the sessions away.
    if (index.column() == AttendanceModel::Name)
        return;
    QTableView::scrollTo(index, hint);
    // A cell brought in from the left must not end up under the frozen names.
    const int frozenWidth = m_frozen->columnWidth(AttendanceModel::Name);
    const int left = visualRect(index).left();
    if (left < frozenWidth)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + left - frozenWidth);
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
