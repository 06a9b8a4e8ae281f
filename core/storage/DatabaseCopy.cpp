// DatabaseCopy: each table read in the order of its key and written in the order of the links between
// tables, in batches through one prepared multi-row INSERT per table. The two links within a table
// (a resumed enrolment's earlier one, a history entry's reverted one) are set after all rows are in.
#include "storage/DatabaseCopy.h"

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
    QString count;  // SELECT COUNT(*)
    QString select; // every column, in key order
    QString insert; // INSERT INTO t(columns) VALUES, the rows' placeholders follow
    int columns;
    Database::Table touched;
};

// In the order of the foreign keys. The links within a table are copied as NULL here (see kLinks).
const TableCopy kTables[] = {
    {u"SELECT COUNT(*) FROM programme"_s,
     u"SELECT id, code, name, welsh_name, kind, attendance_threshold, attendance_kind, version FROM programme ORDER BY id"_s,
     u"INSERT INTO programme(id, code, name, welsh_name, kind, attendance_threshold, attendance_kind, version) VALUES "_s,
     8, Database::Programmes},
    {u"SELECT COUNT(*) FROM reason"_s, u"SELECT code, name, welsh_name FROM reason ORDER BY code"_s,
     u"INSERT INTO reason(code, name, welsh_name) VALUES "_s, 3, Database::Programmes},
    {u"SELECT COUNT(*) FROM organisation"_s,
     u"SELECT id, name, sector, region, version FROM organisation ORDER BY id"_s,
     u"INSERT INTO organisation(id, name, sector, region, version) VALUES "_s, 5, Database::Organisations},
    {u"SELECT COUNT(*) FROM cohort"_s,
     u"SELECT id, code, programme_id, title, start_date, end_date, delivery_mode, venue, region, provider, "
     "partner, capacity, headcount, version FROM cohort ORDER BY id"_s,
     u"INSERT INTO cohort(id, code, programme_id, title, start_date, end_date, delivery_mode, venue, region, "
     "provider, partner, capacity, headcount, version) VALUES "_s,
     14, Database::Cohorts},
    {u"SELECT COUNT(*) FROM participant"_s,
     u"SELECT id, given_name, family_name, email, organisation_id, job_role, preferred_language, anonymised, "
     "version FROM participant ORDER BY id"_s,
     u"INSERT INTO participant(id, given_name, family_name, email, organisation_id, job_role, "
     "preferred_language, anonymised, version) VALUES "_s,
     9, Database::Participants},
    {u"SELECT COUNT(*) FROM enrolment"_s,
     u"SELECT id, participant_id, cohort_id, status, status_date, reason, note, NULL, version FROM enrolment "
     "ORDER BY id"_s,
     u"INSERT INTO enrolment(id, participant_id, cohort_id, status, status_date, reason, note, continues_id, "
     "version) VALUES "_s,
     9, Database::Enrolments},
    {u"SELECT COUNT(*) FROM status_history"_s,
     u"SELECT id, enrolment_id, from_status, to_status, effective_date, recorded_at, reason, note, kind, "
     u"NULL "
     "FROM status_history ORDER BY id"_s,
     u"INSERT INTO status_history(id, enrolment_id, from_status, to_status, effective_date, recorded_at, "
     "reason, note, kind, reverts) VALUES "_s,
     10, Database::Enrolments},
    {u"SELECT COUNT(*) FROM session"_s,
     u"SELECT id, cohort_id, date, kind, title, start_time, facilitator, venue, participant_id, version FROM "
     "session ORDER BY id"_s,
     u"INSERT INTO session(id, cohort_id, date, kind, title, start_time, facilitator, venue, participant_id, "
     "version) VALUES "_s,
     10, Database::Sessions},
    {u"SELECT COUNT(*) FROM attendance"_s,
     u"SELECT session_id, enrolment_id, mark FROM attendance ORDER BY session_id, enrolment_id"_s,
     u"INSERT INTO attendance(session_id, enrolment_id, mark) VALUES "_s, 3, Database::Attendance},
    {u"SELECT COUNT(*) FROM feedback"_s,
     u"SELECT id, cohort_id, participant_id, met_needs, met_expectations, learned_usable, relevant, "
     u"recommend, "
     "comment FROM feedback ORDER BY id"_s,
     u"INSERT INTO feedback(id, cohort_id, participant_id, met_needs, met_expectations, learned_usable, "
     "relevant, recommend, comment) VALUES "_s,
     9, Database::Feedback},
    {u"SELECT COUNT(*) FROM network_member"_s,
     u"SELECT participant_id, joined_on, left_on FROM network_member ORDER BY participant_id"_s,
     u"INSERT INTO network_member(participant_id, joined_on, left_on) VALUES "_s, 3, Database::Network},
    {u"SELECT COUNT(*) FROM setting"_s, u"SELECT key, value FROM setting ORDER BY key"_s,
     u"INSERT INTO setting(key, value) VALUES "_s, 2, Database::Settings},
    {u"SELECT COUNT(*) FROM survey_mapping"_s, u"SELECT name, mapping FROM survey_mapping ORDER BY name"_s,
     u"INSERT INTO survey_mapping(name, mapping) VALUES "_s, 2, Database::Settings},
    {u"SELECT COUNT(*) FROM audit"_s,
     u"SELECT id, at, actor, action, participant_id, subject, detail FROM audit ORDER BY id"_s,
     u"INSERT INTO audit(id, at, actor, action, participant_id, subject, detail) VALUES "_s, 7,
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

constexpr int kBatchRows = 64;

QString placeholders(int columns, int rows)
{
    const QString row = sql::idList(columns);
    QString out;
    for (int r = 0; r < rows; ++r)
        out += r == 0 ? row : u", "_s + row;
    return out;
}

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
        qint64 total = 0;
        for (const TableCopy& t : kTables)
            total += sql::scalar(source.connection(), t.count).toLongLong();
        qint64 done = 0;
        bool cancelled = false;
        auto work = [&]() -> Result<void> {
            const QSqlDatabase& to = target.connection();
            // The target's own built-in programmes and reasons and its audit give way to the source's.
            sql::exec(to, u"DELETE FROM audit"_s);
            sql::exec(to, u"DELETE FROM programme"_s);
            sql::exec(to, u"DELETE FROM reason"_s);
            for (const TableCopy& t : kTables) {
                QSqlQuery full(to);
                if (!full.prepare(t.insert + placeholders(t.columns, kBatchRows)))
                    throw StorageError(full.lastError().text());
                QVariantList batch;
                int rows = 0;
                auto write = [&] {
                    if (rows == kBatchRows) {
                        for (const QVariant& v : std::as_const(batch))
                            full.addBindValue(v);
                        if (!full.exec())
                            throw StorageError(full.lastError().text());
                    } else if (rows > 0) {
                        sql::exec(to, t.insert + placeholders(t.columns, rows), batch);
                    }
                    done += rows;
                    batch.clear();
                    rows = 0;
                };
                QSqlQuery from = sql::exec(source.connection(), t.select);
                while (from.next()) {
                    for (int c = 0; c < t.columns; ++c)
                        batch.append(from.value(c));
                    if (++rows == kBatchRows) {
                        write();
                        if (progress && !progress(done, total)) {
                            cancelled = true;
                            return fail(tr("cancelled; nothing was copied"));
                        }
                    }
                }
                write();
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
    const bool server = Dialect::isServerLocation(target);
    std::unique_ptr<Database> to;
    bool made = false;
    if (server) {
        // An Arwain database with nothing in it yet (server-init's), or an empty database to make one in.
        auto opened = Database::open(target);
        if (opened) {
            to = opened.take();
        } else {
            auto created = Database::create(target);
            if (!created)
                return fail(tr("%1; nothing was copied").arg(opened.error()));
            to = created.take();
        }
    } else {
        if (QFileInfo::exists(target))
            return fail(tr("%1 already exists; a copy goes into a new file; nothing was copied").arg(target));
        auto created = Database::create(target);
        if (!created)
            return created.toError();
        to = created.take();
        made = true;
    }
    auto copied = copy(*from.value(), *to, progress);
    if (!copied && made) {
        const QString path = to->path();
        to.reset();
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    return copied;
}

} // namespace arwain
