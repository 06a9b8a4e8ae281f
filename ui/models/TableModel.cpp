// TableModel: batches, sorting every row, ids to indexes, reloading from the core, at once or on a
// worker thread.
#include "models/TableModel.h"

#include "Workspace.h"
#include "models/BackgroundRead.h"
#include "services/Directory.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

namespace arwain {

TableModel::TableModel(Workspace* session, QList<DataTables::Table> watched, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &Workspace::changed, this, [this, watched](DataTables::Table t) {
        if (watched.contains(t))
            reload();
    });
}

namespace {

// Rows let go of on a worker when there are many: 200,000 participants took half a second to free,
// the window held still meanwhile (closing a file, or the table read again after an edit).
void letGo(QList<TableModel::Row>&& rows)
{
    constexpr qsizetype kMany = 10000;
    if (rows.size() < kMany) {
        rows = {};
        return;
    }
    letGoBehind(std::move(rows));
}

} // namespace

// A job still running on a worker holds only copies (rows, a path, a loader) and its own connection;
// its result is dropped with its watcher.
TableModel::~TableModel()
{
    letGo(std::move(m_rows));
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    if (m_headers.isEmpty())
        const_cast<TableModel*>(this)->m_headers = headers();
    return int(m_headers.size());
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QVariant cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (cell.typeId() == QMetaType::QDate)
            return cell.toDate().toString(Qt::ISODate);
        return cell;
    case Qt::TextAlignmentRole:
        return cell.typeId() == QMetaType::Int ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return row.id;
    case FilterRole:
        return row.filterKey;
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    columnCount();
    return m_headers.value(section);
}

bool TableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void TableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min<int>(m_batch, int(m_rows.size()) - m_shown);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (inBackground() && m_reading)
        return; // the rows being read are sorted this way when they arrive
    if (inBackground()) {
        sortInBackground(m_rows);
        return;
    }
    beginResetModel();
    sortRows(m_rows, column, order);
    ++m_rowsVersion;
    endResetModel();
}

void TableModel::sortInBackground(QList<Row> rows)
{
    const int generation = ++m_generation;
    setBusy(true);
    runInBackground<QList<Row>>(
        this,
        [rows = std::move(rows), column = m_sortColumn, order = m_sortOrder]() mutable {
            sortRows(rows, column, order);
            return rows;
        },
        [this, generation](QList<Row> sorted) {
            if (generation == m_generation)
                apply(std::move(sorted));
        });
}

void TableModel::sortRows(QList<Row>& rows, int column, Qt::SortOrder order)
{
    if (column < 0)
        return;
    const int c = column;
    const bool descending = order == Qt::DescendingOrder;
    const bool text = std::any_of(rows.cbegin(), rows.cend(), [c](const Row& r) {
        return r.cells.value(c).typeId() == QMetaType::QString;
    });
    if (!text) {
        std::stable_sort(rows.begin(), rows.end(), [c, descending](const Row& a, const Row& b) {
            const QVariant& x = descending ? b.cells.value(c) : a.cells.value(c);
            const QVariant& y = descending ? a.cells.value(c) : b.cells.value(c);
            return QVariant::compare(x, y) == QPartialOrdering::Less;
        });
        return;
    }
    // Text in the interface's language (the Welsh alphabet in Welsh: "ll" after "l"): each value's
    // collation key is made once, and the sort compares keys, which is many times quicker than
    // collating the two strings at every comparison (200,000 names: seconds become a fraction).
    const QCollator collator{QLocale()};
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(rows.size()));
    for (const Row& r : std::as_const(rows))
        keys.push_back(collator.sortKey(r.cells.value(c).toString()));
    std::vector<qsizetype> at(size_t(rows.size()));
    std::iota(at.begin(), at.end(), 0);
    std::stable_sort(at.begin(), at.end(), [&keys, descending](qsizetype a, qsizetype b) {
        const int cmp = keys[size_t(a)].compare(keys[size_t(b)]);
        return descending ? cmp > 0 : cmp < 0;
    });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (const qsizetype i : at)
        sorted.append(std::move(rows[i]));
    rows = std::move(sorted);
}

void TableModel::fetchAll()
{
    if (!canFetchMore({}))
        return;
    beginInsertRows({}, m_shown, int(m_rows.size()) - 1);
    m_shown = int(m_rows.size());
    endInsertRows();
}

void TableModel::fetchAllBehind(QAbstractItemModel* model)
{
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    if (auto* table = qobject_cast<TableModel*>(model))
        table->fetchAll();
}

qint64 TableModel::idFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_shown ? m_rows.at(index.row()).id : 0;
}

qint64 TableModel::versionFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_shown ? m_rows.at(index.row()).version : 0;
}

QModelIndex TableModel::indexFromId(qint64 id) const
{
    for (int i = 0; i < m_shown; ++i)
        if (m_rows.at(i).id == id)
            return index(i, 0);
    return {};
}

bool TableModel::inBackground() const
{
    return m_wholeTable && m_session->readsInBackground();
}

void TableModel::reload()
{
    const Loader load = loader();
    const int generation = ++m_generation; // rows of an older read or sort must not replace these
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    auto read = [load, column, order](const Directory& directory) -> Result<QList<Row>> {
        QList<Row> rows;
        QString error;
        if (!load(directory, rows, error))
            return fail(error);
        sortRows(rows, column, order);
        return rows;
    };
    if (!inBackground()) {
        apply(read(m_session->directory()));
        return;
    }
    setBusy(true);
    m_reading = true;
    readInBackground<QList<Row>>(
        this, m_session->path(), [read](const Services& services) { return read(services.directory()); },
        [this, generation, column, order](Result<QList<Row>> rows) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (rows && (column != m_sortColumn || order != m_sortOrder)) {
                sortInBackground(rows.take()); // shown once sorted as asked while they were read
                return;
            }
            apply(std::move(rows));
        });
}

void TableModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void TableModel::apply(Result<QList<Row>> rows)
{
    m_error = rows ? QString() : rows.error();
    beginResetModel();
    letGo(std::exchange(m_rows, rows ? rows.take() : QList<Row>()));
    ++m_rowsVersion;
    m_shown = std::min<int>(m_batch, int(m_rows.size()));
    endResetModel();
    m_reading = false;
    setBusy(false);
}

} // namespace arwain
