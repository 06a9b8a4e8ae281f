// TableModels: the shared lazy-loading shape, and each table's columns.
#include "models/TableModel.h"

#include "services/Directory.h"
#include "Labels.h"
#include "Workspace.h"

#include <QAbstractProxyModel>
#include <QDate>

using namespace Qt::StringLiterals;

namespace arwain {

TableModel::TableModel(Workspace* session, QList<Database::Table> watched, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &Workspace::changed, this, [this, watched](Database::Table t) {
        if (watched.contains(t))
            reload();
    });
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
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
    return headers().value(section);
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
    beginResetModel();
    sortRows();
    endResetModel();
}

void TableModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    const int c = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [c, descending](const Row& a, const Row& b) {
        const QVariant& x = descending ? b.cells.value(c) : a.cells.value(c);
        const QVariant& y = descending ? a.cells.value(c) : b.cells.value(c);
        if (x.typeId() == QMetaType::QString || y.typeId() == QMetaType::QString)
            return x.toString().localeAwareCompare(y.toString()) < 0;
        return QVariant::compare(x, y) == QPartialOrdering::Less;
    });
}

SortForwardingProxy::SortForwardingProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void SortForwardingProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
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

QModelIndex TableModel::indexFromId(qint64 id) const
{
    for (int i = 0; i < m_shown; ++i)
        if (m_rows.at(i).id == id)
            return index(i, 0);
    return {};
}

void TableModel::reload()
{
    QList<Row> rows;
    QString error;
    if (!load(rows, error)) {
        m_error = error;
        rows.clear();
    } else {
        m_error.clear();
    }
    beginResetModel();
    m_rows = std::move(rows);
    sortRows();
    m_shown = std::min<int>(m_batch, int(m_rows.size()));
    endResetModel();
}

// ---- participants

ParticipantModel::ParticipantModel(Workspace* session, QObject* parent)
    : TableModel(session, {Database::Participants, Database::Organisations, Database::Enrolments}, parent)
{
    reload();
}

QStringList ParticipantModel::headers() const
{
    return {tr("Given name"), tr("Family name"), tr("Email"),    tr("Organisation"), tr("Sector"),
            tr("Region"),     tr("Job role"),    tr("Language"), tr("Programmes")};
}

bool ParticipantModel::load(QList<Row>& rows, QString& error) const
{
    auto list = workspace()->directory().participants();
    if (!list) {
        error = list.error();
        return false;
    }
    for (const ParticipantRow& p : list.value())
        rows.append({p.person.id,
                     {p.person.givenName, p.person.familyName, p.person.email, p.organisation,
                      labels::of(p.sector), labels::of(p.region), labels::of(p.person.jobRole),
                      labels::of(p.person.preferredLanguage), p.programmes.join(u", "_s)},
                     p.programmeStatuses.join(u';')});
    return true;
}

// ---- organisations

OrganisationModel::OrganisationModel(Workspace* session, QObject* parent)
    : TableModel(session, {Database::Organisations, Database::Participants}, parent)
{
    reload();
}

QStringList OrganisationModel::headers() const
{
    return {tr("Name"), tr("Sector"), tr("Region"), tr("Participants")};
}

bool OrganisationModel::load(QList<Row>& rows, QString& error) const
{
    auto list = workspace()->directory().organisations();
    if (!list) {
        error = list.error();
        return false;
    }
    for (const OrganisationRow& o : list.value())
        rows.append({o.organisation.id,
                     {o.organisation.name, labels::of(o.organisation.sector),
                      labels::of(o.organisation.region), o.participants},
                     {}});
    return true;
}

// ---- a cohort's enrolments

EnrolmentModel::EnrolmentModel(Workspace* session, QObject* parent)
    : TableModel(session, {Database::Enrolments, Database::Participants, Database::Organisations}, parent)
{
}

void EnrolmentModel::setCohort(qint64 cohortId)
{
    m_cohort = cohortId;
    reload();
}

QStringList EnrolmentModel::headers() const
{
    return {tr("Name"),   tr("Email"), tr("Organisation"), tr("Status"),    tr("Status date"),
            tr("Reason"), tr("Note"),  tr("Resumes"),      tr("Resumed in")};
}

bool EnrolmentModel::load(QList<Row>& rows, QString& error) const
{
    if (m_cohort == 0)
        return true;
    auto list = workspace()->directory().enrolmentsInCohort(m_cohort);
    if (!list) {
        error = list.error();
        return false;
    }
    for (const EnrolmentRow& e : list.value())
        rows.append({e.enrolment.id,
                     {QString(e.person.givenName + u' ' + e.person.familyName), e.person.email,
                      e.organisation, labels::status(e.enrolment.status, e.kind), e.enrolment.statusDate,
                      labels::of(e.enrolment.reason), e.enrolment.note, e.continuesCohort, e.resumedIn},
                     toText(e.enrolment.status)});
    return true;
}

// ---- a person's enrolments

PersonEnrolmentModel::PersonEnrolmentModel(Workspace* session, QObject* parent)
    : TableModel(session, {Database::Enrolments, Database::Cohorts}, parent)
{
}

void PersonEnrolmentModel::setParticipant(qint64 id)
{
    m_person = id;
    reload();
}

QStringList PersonEnrolmentModel::headers() const
{
    return {tr("Programme"), tr("Cohort"),  tr("Status"),    tr("Status date"),
            tr("Reason"),    tr("Resumes"), tr("Resumed in")};
}

bool PersonEnrolmentModel::load(QList<Row>& rows, QString& error) const
{
    if (m_person == 0)
        return true;
    auto list = workspace()->directory().enrolmentsOfParticipant(m_person);
    if (!list) {
        error = list.error();
        return false;
    }
    for (const EnrolmentRow& e : list.value())
        rows.append({e.enrolment.id,
                     {e.programmeCode, e.cohortCode, labels::status(e.enrolment.status, e.kind),
                      e.enrolment.statusDate, labels::of(e.enrolment.reason), e.continuesCohort, e.resumedIn},
                     {}});
    return true;
}

// ---- a person's history

HistoryModel::HistoryModel(Workspace* session, QObject* parent)
    : TableModel(session, {Database::Enrolments}, parent)
{
}

void HistoryModel::setParticipant(qint64 id)
{
    m_person = id;
    reload();
}

QStringList HistoryModel::headers() const
{
    return {tr("Recorded"), tr("Cohort"), tr("Effective"), tr("From"),
            tr("To"),       tr("Reason"), tr("Note"),      tr("Kind")};
}

bool HistoryModel::load(QList<Row>& rows, QString& error) const
{
    if (m_person == 0)
        return true;
    auto list = workspace()->directory().historyOfParticipant(m_person);
    if (!list) {
        error = list.error();
        return false;
    }
    for (const HistoryRow& h : list.value())
        rows.append(
            {h.change.id,
             {h.change.recordedAt.toString(u"yyyy-MM-dd HH:mm"_s), h.cohortCode, h.change.effectiveDate,
              h.change.from ? labels::of(*h.change.from) : QString(), labels::of(h.change.to),
              labels::of(h.change.reason), h.change.note, labels::of(h.change.kind)},
             {}});
    return true;
}

// ---- network

NetworkModel::NetworkModel(Workspace* session, QObject* parent)
    : TableModel(session, {Database::Network, Database::Participants, Database::Organisations}, parent)
{
    reload();
}

QStringList NetworkModel::headers() const
{
    return {tr("Given name"), tr("Family name"), tr("Email"), tr("Organisation"), tr("Joined"), tr("Left")};
}

bool NetworkModel::load(QList<Row>& rows, QString& error) const
{
    auto list = workspace()->directory().network();
    if (!list) {
        error = list.error();
        return false;
    }
    for (const NetworkRow& n : list.value())
        rows.append(
            {n.person.id,
             {n.person.givenName, n.person.familyName, n.person.email, n.organisation, n.member.joinedOn,
              n.member.leftOn.isValid() ? QVariant(n.member.leftOn) : QVariant(QString())},
             {}});
    return true;
}

} // namespace arwain
