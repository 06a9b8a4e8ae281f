// DatabaseCopy: each table read in the order of its key and written in the order of the links between
// tables, in batches by the target engine's bulk path (BatchWriter). The two links within a table
// (a resumed enrolment's earlier one, a history entry's reverted one) are set after all rows are in.
#include "storage/DatabaseCopy.h"

#include "storage/BatchWriter.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/SqlRead.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

struct TableCopy
{
    rows::Shape shape; // the table and every column
    QString orderBy;   // its key
    int link;          // the column linking to a row of the same table, copied as NULL first (kLinks); or -1
    Database::Table touched;
};

// In the order of the foreign keys.
const TableCopy kTables[] = {
    {{u"programme"_s, u"id, code, name, welsh_name, kind, attendance_threshold, attendance_kind, version"_s,
      8},
     u"id"_s,
     -1,
     Database::Programmes},
    {{u"reason"_s, u"code, name, welsh_name"_s, 3}, u"code"_s, -1, Database::Programmes},
    {{u"organisation"_s, u"id, name, sector, region, version"_s, 5}, u"id"_s, -1, Database::Organisations},
    {{u"cohort"_s,
      u"id, code, programme_id, title, start_date, end_date, delivery_mode, venue, region, provider, partner, capacity, headcount, version"_s,
      14},
     u"id"_s,
     -1,
     Database::Cohorts},
    {{u"participant"_s,
      u"id, given_name, family_name, email, organisation_id, job_role, preferred_language, anonymised, version"_s,
      9},
     u"id"_s,
     -1,
     Database::Participants},
    {{u"enrolment"_s,
      u"id, participant_id, cohort_id, status, status_date, reason, note, continues_id, version"_s, 9},
     u"id"_s,
     7,
     Database::Enrolments},
    {{u"status_history"_s,
      u"id, enrolment_id, from_status, to_status, effective_date, recorded_at, reason, note, kind, reverts"_s,
      10},
     u"id"_s,
     9,
     Database::Enrolments},
    {{u"session"_s,
      u"id, cohort_id, date, kind, title, start_time, facilitator, venue, participant_id, version"_s, 10},
     u"id"_s,
     -1,
     Database::Sessions},
    {{u"attendance"_s, u"session_id, enrolment_id, mark"_s, 3},
     u"session_id, enrolment_id"_s,
     -1,
     Database::Attendance},
    {{u"feedback"_s,
      u"id, cohort_id, participant_id, met_needs, met_expectations, learned_usable, relevant, recommend, comment"_s,
      9},
     u"id"_s,
     -1,
     Database::Feedback},
    {{u"network_member"_s, u"participant_id, joined_on, left_on"_s, 3},
     u"participant_id"_s,
     -1,
     Database::Network},
    {{u"setting"_s, u"key, value"_s, 2}, u"key"_s, -1, Database::Settings},
    {{u"survey_mapping"_s, u"name, mapping"_s, 2}, u"name"_s, -1, Database::Settings},
    {{u"audit"_s, u"id, at, actor, action, participant_id, subject, detail"_s, 7},
     u"id"_s,
     -1,
     Database::Settings},
};

// The links within a table, set once every row is in: (id, link) pairs read, then one UPDATE each.
struct LinkCopy
{
    QString select;
    QString update;
};
const LinkCopy kLinks[] = {
    {u"SELECT id, continues_id FROM enrolment WHERE continues_id IS NOT NULL ORDER BY id"_s,
     u"UPDATE enrolment SET continues_id = ? WHERE id = ?"_s},
    {u"SELECT id, reverts FROM status_history WHERE reverts IS NOT NULL ORDER BY id"_s,
     u"UPDATE status_history SET reverts = ? WHERE id = ?"_s},
};

// Whether a database holds no data of its own: only the built-in programmes and reasons (and the audit
// entry of its own making).
bool holdsNoData(const Database& db)
{
    return sql::scalar(db.connection(),
                       u"SELECT (SELECT COUNT(*) FROM organisation) + (SELECT COUNT(*) FROM cohort) + "
                       "(SELECT COUNT(*) FROM participant) + (SELECT COUNT(*) FROM enrolment) + "
                       "(SELECT COUNT(*) FROM session) + (SELECT COUNT(*) FROM feedback) + "
                       "(SELECT COUNT(*) FROM network_member) + (SELECT COUNT(*) FROM setting) + "
                       "(SELECT COUNT(*) FROM survey_mapping)"_s)
               .toLongLong() == 0;
}

} // namespace

Result<qint64> DatabaseCopy::copy(const Database& source, Database& target, const Progress& progress)
{
    if (target.isReadOnly())
        return fail(tr("%1 is open read-only; nothing was copied").arg(target.path()));
    try {
        if (!holdsNoData(target))
            return fail(
                tr("%1 already holds data; a copy goes only into a new or empty database; nothing was "
                   "copied")
                    .arg(target.path()));
        // Table, column and ORDER BY names below come from kTables, fixed at compile time: identifiers,
        // which a statement cannot take as bound values; no value read or typed is ever spliced in.
        qint64 total = 0;
        for (const TableCopy& t : kTables)
            total +=
                sql::scalar(source.connection(), u"SELECT COUNT(*) FROM "_s + t.shape.table).toLongLong();
        qint64 done = 0;
        bool cancelled = false;
        auto work = [&]() -> Result<void> {
            const QSqlDatabase& to = target.connection();
            target.dialect().keepActors(to);
            // The target's own built-in programmes and reasons and its audit give way to the source's.
            sql::exec(to, u"DELETE FROM audit"_s);
            sql::exec(to, u"DELETE FROM programme"_s);
            sql::exec(to, u"DELETE FROM reason"_s);
            for (const TableCopy& t : kTables) {
                BatchWriter writer(to, t.shape);
                QSqlQuery from =
                    sql::exec(source.connection(), u"SELECT "_s + t.shape.columnList + u" FROM "_s +
                                                       t.shape.table + u" ORDER BY "_s + t.orderBy);
                QVariantList row;
                while (from.next()) {
                    row.clear();
                    for (int c = 0; c < t.shape.columns; ++c)
                        row.append(c == t.link ? QVariant() : from.value(c));
                    if (writer.add(row)) {
                        done += writer.write();
                        if (progress && !progress(done, total)) {
                            cancelled = true;
                            return fail(tr("cancelled; nothing was copied"));
                        }
                    }
                }
                done += writer.write();
                target.touch(t.touched);
            }
            for (const LinkCopy& l : kLinks) {
                QSqlQuery from = sql::exec(source.connection(), l.select);
                while (from.next())
                    sql::exec(to, l.update, {from.value(1), from.value(0)});
            }
            target.dialect().idsChosen(to);
            target.auditAsOne(u"database.copy"_s, source.path(), tr("rows: %1").arg(done));
            return {};
        };
        if (auto written = target.write(work); !written)
            return cancelled ? fail(tr("cancelled; nothing was copied")) : written.toError();
        if (progress)
            progress(done, total);
        return done;
    } catch (const StorageError& e) {
        return fail(tr("%1: %2; nothing was copied").arg(source.path(), e.message()));
    }
}

Result<qint64> DatabaseCopy::run(const QString& source, const QString& target, const Progress& progress)
{
    auto from = Database::open(source, Database::Access::ReadOnly);
    if (!from)
        return from.toError();
    const Dialect& engine = Dialect::forLocation(target);
    auto to = engine.copyTarget(target);
    if (!to)
        return to.toError();
    auto copied = copy(*from.value(), *to.value(), progress);
    if (!copied)
        engine.copyFailed(to.take());
    return copied;
}

} // namespace arwain
