// CohortTreeModel: two levels; a cohort's index carries its programme's row (plus one) as internal id.
#include "models/CohortTreeModel.h"

#include "services/Directory.h"
#include "services/Services.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
QString rateText(const std::optional<qint64>& r)
{
    return r ? Statistics::formatRate(*r) : u"–"_s;
}
} // namespace

Result<QList<CohortTreeModel::Branch>> CohortTreeModel::read(const Services& services)
{
    const Directory& directory = services.directory();
    StatsQuery q;
    q.people = false; // status counts and rates only: read from the kept counts
    auto totals = Statistics(services).compute(q);
    if (!totals)
        return totals.toError();
    auto cohorts = directory.cohorts();
    if (!cohorts)
        return cohorts.toError();
    auto programmes = directory.programmes();
    if (!programmes)
        return programmes.toError();
    QList<Branch> branches;
    QHash<qint64, qsizetype> branchOf;
    for (const Programme& p : programmes.value()) {
        Branch b{p, {}, {}};
        for (const StatsRow& r : totals.value().rows)
            if (r.key == p.code)
                b.total = r;
        branchOf.insert(p.id, branches.size());
        branches.append(std::move(b));
    }
    for (CohortRow& c : cohorts.value()) // moved, not copied: a nation's rows are many
        if (const auto at = branchOf.find(c.programmeId); at != branchOf.end())
            branches[*at].cohorts.append(std::move(c));
    return branches;
}

void CohortTreeModel::setBranches(QList<Branch> branches, const QDate& today)
{
    beginResetModel();
    m_branches = std::move(branches);
    m_today = today;
    endResetModel();
}

StatsRow CohortTreeModel::countsOf(qint64 cohortId) const
{
    for (const Branch& b : m_branches)
        for (const CohortRow& c : b.cohorts)
            if (c.id == cohortId)
                return c.counts;
    return {};
}

QModelIndex CohortTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_branches.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const int branch = parent.row();
    return row < m_branches.at(branch).cohorts.size() ? createIndex(row, column, quintptr(branch + 1))
                                                      : QModelIndex();
}

QModelIndex CohortTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CohortTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_branches.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_branches.at(parent.row()).cohorts.size());
}

int CohortTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CohortTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return programmeData(m_branches.at(index.row()), index.column(), role);
    const Branch& b = m_branches.at(int(index.internalId() - 1));
    return cohortData(b, b.cohorts.at(index.row()), index.column(), role);
}

QVariant CohortTreeModel::programmeData(const Branch& b, int column, int role) const
{
    if (column == Name) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return b.programme.code;
        case Qt::ToolTipRole:
            return QString(b.programme.name + u"\n"_s + b.programme.welshName);
        case ProgrammeIdRole:
            return b.programme.id;
        default:
            return {};
        }
    }
    return countData(b.total, b.programme.kind == ProgrammeKind::SingleSession, false, column, role);
}

QVariant CohortTreeModel::cohortData(const Branch& b, const CohortRow& c, int column, int role) const
{
    if (column == Name) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return c.code;
        case Qt::ToolTipRole:
            return c.title;
        case CohortIdRole:
            return c.id;
        case ProgrammeIdRole:
            return b.programme.id;
        default:
            return {};
        }
    }
    const QDate last = c.endDate.isValid() ? c.endDate : c.startDate;
    const bool underWay = c.counts.inProgress > 0 && last >= m_today;
    return countData(c.counts, b.programme.kind == ProgrammeKind::SingleSession, underWay, column, role);
}

// The rate column: single-session rows have attendance, not a completion rate (Statistics gives them
// none); a cohort still under way has no rate until it ends (its rate so far is in the tooltip).
QVariant CohortTreeModel::countData(const StatsRow& r, bool singleSession, bool underWay, int column,
                                    int role) const
{
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Rate) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return underWay && !r.attendedOnly ? tr("under way") : rateText(r.rate);
        case Qt::ToolTipRole:
            if (r.attendedOnly)
                return tr("A single session: people attend it, so there is no completion rate");
            if (underWay)
                return tr("%1 people in progress; the rate so far is %2%")
                    .arg(r.inProgress)
                    .arg(rateText(r.rate));
            return {};
        default:
            return {};
        }
    }
    const int counts[] = {r.participants, r.completed, r.deferred, r.withdrawn};
    const int value = counts[column - People];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString::number(value);
    case CountRole:
        return value;
    case Qt::ToolTipRole:
        return singleSession && column == Completed ? tr("attended") : QVariant();
    default:
        return {};
    }
}

QVariant CohortTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        // Short headings, so that Rate % stays in view beside the cohorts at 1024×768; the tooltips
        // say the rest.
        const QStringList names = {tr("Programme / cohort"), tr("People"),    tr("Completed"),
                                   tr("Deferred"),           tr("Withdrawn"), tr("Rate %")};
        return names.value(section);
    }
    if (role == Qt::ToolTipRole && section == Completed)
        return tr("Completed; for single sessions (ICL, WSH), attended");
    if (role == Qt::ToolTipRole && section == People)
        return tr("Participants: everyone enrolled, waitlisted excluded");
    if (role == Qt::ToolTipRole && section == Rate)
        return Statistics::describe(Definition::Published);
    return {};
}

} // namespace arwain
