// ParticipantModel: the participants table's columns, and its rows read, sorted and shown in batches.
#include "models/ParticipantModel.h"

#include "Workspace.h"
#include "models/BackgroundRead.h"
#include "models/LazyRows.h"
#include "services/Directory.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// A large table's rows are let go of on a worker.
void letGo(ParticipantModel::Rows&& rows)
{
    constexpr int kMany = 10000;
    if (rows.table && rows.table->size() >= kMany)
        letGoBehind(std::exchange(rows, {}));
}

} // namespace

ParticipantModel::ParticipantModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent),
      m_rows(std::make_unique<LazyRows<Rows>>(
          this, workspace,
          LazyRows<Rows>::Hooks{
              .count = [](const Rows& rows) { return rows.table ? rows.table->size() : 0; },
              .sorted = &sorted,
              .letGo = &letGo,
              .beginReset = [this] { beginResetModel(); },
              .endReset = [this] { endResetModel(); },
              .beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); },
              .endInsert = [this] { endInsertRows(); },
              .busyChanged = [this](bool busy) { Q_EMIT busyChanged(busy); }}))
{
    m_rows->setWholeTable(true); // read and sorted on a worker thread when the file is large
    connect(workspace, &Workspace::changed, this, [this](DataTables::Table t) {
        if (t == DataTables::Participants || t == DataTables::Organisations || t == DataTables::Enrolments)
            reload();
    });
    reload();
}

// A read still under way holds its own copies; its result is dropped with its watcher.
ParticipantModel::~ParticipantModel() = default;

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows->shown();
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParticipantTable& table = *m_rows->rows().table;
    const int row = tableRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return table.cell(row, index.column());
    case IdRole:
        return table.id(row);
    case FilterRole:
        return table.enrolments(row);
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
    return !parent.isValid() && m_rows->canFetchMore();
}

void ParticipantModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        m_rows->fetchMore();
}

void ParticipantModel::fetchAll()
{
    m_rows->fetchAll();
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
    m_rows->sort(column, order);
}

int ParticipantModel::tableRow(int shownRow) const
{
    return (*m_rows->rows().order)[size_t(shownRow)];
}

qint64 ParticipantModel::idFromIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows->shown() ? m_rows->rows().table->id(tableRow(index.row()))
                                                            : 0;
}

QModelIndex ParticipantModel::indexFromId(qint64 id) const
{
    for (int i = 0; i < m_rows->shown(); ++i)
        if (m_rows->rows().table->id(tableRow(i)) == id)
            return index(i, 0);
    return {};
}

void ParticipantModel::reload()
{
    m_rows->reload([](const Directory& directory) -> Result<Rows> {
        auto table = ParticipantTable::read(directory);
        if (!table)
            return table.toError();
        auto shown = std::make_shared<std::vector<int>>(size_t(table.value()->size()));
        std::iota(shown->begin(), shown->end(), 0);
        return Rows{table.take(), std::move(shown)};
    });
}

void ParticipantModel::setBatchSize(int rows)
{
    m_rows->setBatchSize(rows);
}

int ParticipantModel::totalRows() const
{
    return m_rows->total();
}

ParticipantModel::Rows ParticipantModel::rows() const
{
    return m_rows->rows();
}

int ParticipantModel::rowsVersion() const
{
    return m_rows->version();
}

const QString& ParticipantModel::lastError() const
{
    return m_rows->error();
}

bool ParticipantModel::isBusy() const
{
    return m_rows->isBusy();
}

} // namespace arwain
