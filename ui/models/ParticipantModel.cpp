// ParticipantModel: the participants table's columns, and its rows read, sorted and shown in batches.
#include "models/ParticipantModel.h"

#include "Workspace.h"
#include "models/BackgroundRead.h"
#include "services/Directory.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
constexpr int kMany = 10000; // rows let go of on a worker
} // namespace

ParticipantModel::ParticipantModel(Workspace* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &Workspace::changed, this, [this](DataTables::Table t) {
        if (t == DataTables::Participants || t == DataTables::Organisations || t == DataTables::Enrolments)
            reload();
    });
    reload();
}

// A read still under way holds its own copies; its result is dropped with its watcher.
ParticipantModel::~ParticipantModel()
{
    if (m_rows.table && m_rows.table->size() >= kMany)
        letGoBehind(std::exchange(m_rows, {}));
}

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = tableRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return m_rows.table->cell(row, index.column());
    case IdRole:
        return m_rows.table->id(row);
    case FilterRole:
        return m_rows.table->enrolments(row);
    default:
        return {};
    }
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_headers.isEmpty()) // asked for at every paint; made once
        const_cast<ParticipantModel*>(this)->m_headers = {
            tr("Given name"), tr("Family name"), tr("Email"),    tr("Organisation"), tr("Sector"),
            tr("Region"),     tr("Job role"),    tr("Language"), tr("Programmes")};
    return m_headers.value(section);
}

bool ParticipantModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown < totalRows();
}

void ParticipantModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(m_batch, totalRows() - m_shown);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

void ParticipantModel::fetchAll()
{
    if (!canFetchMore({}))
        return;
    beginInsertRows({}, m_shown, totalRows() - 1);
    m_shown = totalRows();
    endInsertRows();
}

ParticipantModel::Rows ParticipantModel::sorted(Rows rows, int column, Qt::SortOrder order)
{
    if (!rows.table || column < 0)
        return rows;
    auto again = std::make_shared<std::vector<int>>(*rows.order);
    rows.table->sort(*again, column, order);
    rows.order = std::move(again);
    return rows;
}

void ParticipantModel::sort(int column, Qt::SortOrder order)
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
    m_rows = sorted(m_rows, column, order);
    ++m_rowsVersion;
    endResetModel();
}

void ParticipantModel::sortInBackground(Rows rows)
{
    const int generation = ++m_generation;
    setBusy(true);
    runInBackground<Result<Rows>>(
        this,
        [rows = std::move(rows), column = m_sortColumn, order = m_sortOrder]() -> Result<Rows> {
            return sorted(rows, column, order);
        },
        [this, generation](Result<Rows> done) {
            if (generation == m_generation)
                apply(std::move(done));
        });
}

qint64 ParticipantModel::idFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_shown ? m_rows.table->id(tableRow(index.row())) : 0;
}

QModelIndex ParticipantModel::indexFromId(qint64 id) const
{
    for (int i = 0; i < m_shown; ++i)
        if (m_rows.table->id(tableRow(i)) == id)
            return index(i, 0);
    return {};
}

bool ParticipantModel::inBackground() const
{
    return m_session->readsInBackground();
}

void ParticipantModel::reload()
{
    const int generation = ++m_generation; // rows of an older read or sort must not replace these
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    auto read = [column, order](const Directory& directory) -> Result<Rows> {
        auto table = ParticipantTable::read(directory);
        if (!table)
            return table.toError();
        auto shown = std::make_shared<std::vector<int>>(size_t(table.value()->size()));
        std::iota(shown->begin(), shown->end(), 0);
        return sorted({table.take(), std::move(shown)}, column, order);
    };
    if (!inBackground()) {
        apply(read(m_session->directory()));
        return;
    }
    setBusy(true);
    m_reading = true;
    readInBackground<Rows>(
        this, m_session->path(), [read](const Services& services) { return read(services.directory()); },
        [this, generation, column, order](Result<Rows> rows) {
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

void ParticipantModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ParticipantModel::apply(Result<Rows> rows)
{
    m_error = rows ? QString() : rows.error();
    beginResetModel();
    Rows old = std::exchange(m_rows, rows ? rows.take() : Rows{});
    ++m_rowsVersion;
    m_shown = std::min(m_batch, totalRows());
    endResetModel();
    if (old.table && old.table->size() >= kMany)
        letGoBehind(std::move(old));
    m_reading = false;
    setBusy(false);
}

} // namespace arwain
