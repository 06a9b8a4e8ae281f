// TableModel: batches, sorting every row, ids to indexes, reloading from the core, at once or on a
// worker thread.
#include "models/TableModel.h"

#include "Workspace.h"
#include "models/BackgroundRead.h"
#include "models/LazyRows.h"
#include "services/Directory.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

namespace arwain {

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

TableModel::TableModel(Workspace* workspace, QList<DataTables::Table> watched, QObject* parent)
    : QAbstractTableModel(parent),
      m_rows(std::make_unique<LazyRows<QList<Row>>>(
          this, workspace,
          LazyRows<QList<Row>>::Hooks{
              .count = [](const QList<Row>& rows) { return int(rows.size()); },
              .sorted = &sorted,
              .letGo = &letGo,
              .beginReset = [this] { beginResetModel(); },
              .endReset = [this] { endResetModel(); },
              .beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); },
              .endInsert = [this] { endInsertRows(); },
              .busyChanged = [this](bool busy) { Q_EMIT busyChanged(busy); }}))
{
    connect(workspace, &Workspace::changed, this, [this, watched](DataTables::Table t) {
        if (watched.contains(t))
            reload();
    });
}

// A job still running on a worker holds only copies (rows, a path, a loader) and its own connection;
// its result is dropped with its watcher.
TableModel::~TableModel() = default;

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows->shown();
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
    const Row& row = m_rows->rows().at(index.row());
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
    return !parent.isValid() && m_rows->canFetchMore();
}

void TableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        m_rows->fetchMore();
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    m_rows->sort(column, order);
}

QList<TableModel::Row> TableModel::sorted(QList<Row> rows, int column, Qt::SortOrder order)
{
    if (column < 0)
        return rows;
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
        return rows;
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
    QList<Row> inOrder;
    inOrder.reserve(rows.size());
    for (const qsizetype i : at)
        inOrder.append(std::move(rows[i]));
    return inOrder;
}

void TableModel::fetchAll()
{
    m_rows->fetchAll();
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
    return index.isValid() && index.row() < m_rows->shown() ? m_rows->rows().at(index.row()).id : 0;
}

qint64 TableModel::versionFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows->shown() ? m_rows->rows().at(index.row()).version : 0;
}

QModelIndex TableModel::indexFromId(qint64 id) const
{
    for (int i = 0; i < m_rows->shown(); ++i)
        if (m_rows->rows().at(i).id == id)
            return index(i, 0);
    return {};
}

void TableModel::reload()
{
    m_rows->reload([load = loader()](const Directory& directory) -> Result<QList<Row>> {
        QList<Row> rows;
        QString error;
        if (!load(directory, rows, error))
            return fail(error);
        return rows;
    });
}

void TableModel::setBatchSize(int rows)
{
    m_rows->setBatchSize(rows);
}

int TableModel::totalRows() const
{
    return m_rows->total();
}

const TableModel::Row& TableModel::rowAt(int row) const
{
    return m_rows->rows().at(row);
}

QList<TableModel::Row> TableModel::rows() const
{
    return m_rows->rows();
}

int TableModel::rowsVersion() const
{
    return m_rows->version();
}

const QString& TableModel::lastError() const
{
    return m_rows->error();
}

bool TableModel::isBusy() const
{
    return m_rows->isBusy();
}

Workspace* TableModel::workspace() const
{
    return m_rows->workspace();
}

void TableModel::setWholeTable(bool whole)
{
    m_rows->setWholeTable(whole);
}

} // namespace arwain
