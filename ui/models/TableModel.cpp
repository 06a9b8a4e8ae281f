// TableModel: batches, sorting every row, ids to indexes, reloading from the core, at once or on a
// worker thread.
#include "models/TableModel.h"

#include "Workspace.h"
#include "models/BackgroundRead.h"
#include "services/Directory.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QAbstractProxyModel>
#include <QDate>

namespace arwain {

TableModel::TableModel(Workspace* session, QList<Database::Table> watched, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &Workspace::changed, this, [this, watched](Database::Table t) {
        if (watched.contains(t))
            reload();
    });
}

// A job still running on a worker holds only copies (rows, a path, a loader) and its own connection;
// its result is dropped with its watcher.
TableModel::~TableModel() = default;

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
    if (inBackground()) {
        const int generation = ++m_generation;
        setBusy(true);
        runInBackground<QList<Row>>(
            this,
            [rows = m_rows, column, order]() mutable {
                sortRows(rows, column, order);
                return rows;
            },
            [this, generation](QList<Row> rows) {
                if (generation == m_generation)
                    apply(std::move(rows));
            });
        return;
    }
    beginResetModel();
    sortRows(m_rows, column, order);
    endResetModel();
}

void TableModel::sortRows(QList<Row>& rows, int column, Qt::SortOrder order)
{
    if (column < 0)
        return;
    const int c = column;
    const bool descending = order == Qt::DescendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [c, descending](const Row& a, const Row& b) {
        const QVariant& x = descending ? b.cells.value(c) : a.cells.value(c);
        const QVariant& y = descending ? a.cells.value(c) : b.cells.value(c);
        if (x.typeId() == QMetaType::QString || y.typeId() == QMetaType::QString)
            return x.toString().localeAwareCompare(y.toString()) < 0;
        return QVariant::compare(x, y) == QPartialOrdering::Less;
    });
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
    readInBackground<QList<Row>>(
        this, m_session->path(), [read](const Store& store) { return read(Directory(store)); },
        [this, generation](Result<QList<Row>> rows) {
            if (generation == m_generation)
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
    m_rows = rows ? rows.take() : QList<Row>();
    m_shown = std::min<int>(m_batch, int(m_rows.size()));
    endResetModel();
    setBusy(false);
}

} // namespace arwain
