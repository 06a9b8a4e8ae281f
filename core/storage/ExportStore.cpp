// ExportStore: the SELECTs of the exports, portable SQL over the shared schema.
#include "storage/ExportStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// The SELECT of a table's export, and how many rows it gives.
struct ExportQuery
{
    QString select;
    QString count;
};

ExportQuery queryFor(ExportStore::Table table)
{
    using T = ExportStore::Table;
    switch (table) {
    case T::Programmes:
        return {u"SELECT code, name, welsh_name, kind FROM programme ORDER BY id"_s,
                u"SELECT count(*) FROM programme"_s};
    case T::Organisations:
        return {u"SELECT name, sector, region FROM organisation ORDER BY name, id"_s,
                u"SELECT count(*) FROM organisation"_s};
    case T::Participants:
        return {u"SELECT p.given_name, p.family_name, p.email, o.name, p.job_role, p.preferred_language "
                "FROM participant p LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id"_s,
                u"SELECT count(*) FROM participant"_s};
    case T::Cohorts:
        return {
            u"SELECT c.code, pr.code, c.title, c.start_date, c.end_date, c.delivery_mode, c.venue, "
            "c.region, c.provider, c.partner, c.capacity, c.headcount "
            "FROM cohort c JOIN programme pr ON pr.id = c.programme_id ORDER BY c.start_date, c.code, c.id"_s,
            u"SELECT count(*) FROM cohort"_s};
    case T::Enrolments:
        return {u"SELECT p.email, c.code, e.status, e.status_date, e.reason, e.note, dc.code "
                "FROM enrolment e JOIN participant p ON p.id = e.participant_id "
                "JOIN cohort c ON c.id = e.cohort_id "
                "LEFT JOIN enrolment d ON d.id = e.continues_id LEFT JOIN cohort dc ON dc.id = d.cohort_id "
                "ORDER BY e.id"_s,
                u"SELECT count(*) FROM enrolment"_s};
    case T::Sessions:
        return {
            u"SELECT c.code, s.date, s.kind, s.title, s.start_time, s.facilitator, s.venue, p.email "
            "FROM session s JOIN cohort c ON c.id = s.cohort_id "
            "LEFT JOIN participant p ON p.id = s.participant_id "
            "ORDER BY c.start_date, c.code, c.id, s.date, s.start_time, COALESCE(s.participant_id, 0), s.id"_s,
            u"SELECT count(*) FROM session"_s};
    case T::Attendance:
        return {u"SELECT c.code, s.date, s.start_time, p.email, a.mark "
                "FROM attendance a JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id "
                "JOIN enrolment e ON e.id = a.enrolment_id JOIN participant p ON p.id = e.participant_id "
                "ORDER BY c.start_date, c.code, c.id, s.date, s.start_time, a.enrolment_id, a.session_id"_s,
                u"SELECT count(*) FROM attendance"_s};
    case T::Feedback:
        return {u"SELECT c.code, p.email, f.met_needs, f.met_expectations, f.learned_usable, f.relevant, "
                "f.recommend, f.comment FROM feedback f JOIN cohort c ON c.id = f.cohort_id "
                "LEFT JOIN participant p ON p.id = f.participant_id ORDER BY f.id"_s,
                u"SELECT count(*) FROM feedback"_s};
    case T::Network:
        return {u"SELECT p.email, m.joined_on, m.left_on FROM network_member m "
                "JOIN participant p ON p.id = m.participant_id ORDER BY m.participant_id"_s,
                u"SELECT count(*) FROM network_member"_s};
    }
    Q_UNREACHABLE();
}

} // namespace

qint64 ExportStore::stream(Table table, const sql::TextSink& sink) const
{
    return sql::streamText(m_db.connection(), queryFor(table).select, {}, sink);
}

qint64 ExportStore::count(Table table) const
{
    return sql::scalar(m_db.connection(), queryFor(table).count).toLongLong();
}

} // namespace arwain
