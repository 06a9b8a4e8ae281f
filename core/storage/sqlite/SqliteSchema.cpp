// SqliteSchema: the SQL of every file format, from an empty file (version 1) to today's; SqliteDialect
// runs the steps a file needs in one transaction.
#include "storage/sqlite/SqliteSchema.h"

#include "storage/Migrations.h"
#include "storage/OneSpelling.h"

#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace arwain::migrations::sqlite {

namespace {
void execAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& s : statements)
        sql::exec(db, s);
}

// Version 1: the data model of PRODUCT.md, with the built-in programmes and reason codes.
void createVersion1(const QSqlDatabase& db)
{
    execAll(db, {
                    uR"(CREATE TABLE programme(
              id INTEGER PRIMARY KEY,
              code TEXT NOT NULL UNIQUE COLLATE NOCASE,
              name TEXT NOT NULL,
              welsh_name TEXT NOT NULL DEFAULT '',
              kind TEXT NOT NULL CHECK (kind IN ('course', 'single session'))))"_s,
                    uR"(CREATE TABLE reason(
              code TEXT PRIMARY KEY,
              name TEXT NOT NULL,
              welsh_name TEXT NOT NULL))"_s,
                    uR"(CREATE TABLE organisation(
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE COLLATE NOCASE,
              sector TEXT,
              region TEXT))"_s,
                    uR"(CREATE TABLE cohort(
              id INTEGER PRIMARY KEY,
              code TEXT NOT NULL UNIQUE COLLATE NOCASE,
              programme_id INTEGER NOT NULL REFERENCES programme(id),
              title TEXT NOT NULL DEFAULT '',
              start_date TEXT NOT NULL,
              end_date TEXT,
              delivery_mode TEXT,
              venue TEXT NOT NULL DEFAULT '',
              region TEXT,
              provider TEXT NOT NULL DEFAULT '',
              partner TEXT NOT NULL DEFAULT '',
              capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
              headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
              CHECK (end_date IS NULL OR end_date >= start_date)))"_s,
                    uR"(CREATE TABLE participant(
              id INTEGER PRIMARY KEY,
              given_name TEXT NOT NULL,
              family_name TEXT NOT NULL,
              email TEXT UNIQUE,
              organisation_id INTEGER REFERENCES organisation(id),
              job_role TEXT,
              preferred_language TEXT NOT NULL DEFAULT 'English',
              anonymised INTEGER NOT NULL DEFAULT 0))"_s,
                    uR"(CREATE TABLE enrolment(
              id INTEGER PRIMARY KEY,
              participant_id INTEGER NOT NULL REFERENCES participant(id),
              cohort_id INTEGER NOT NULL REFERENCES cohort(id),
              status TEXT NOT NULL,
              status_date TEXT NOT NULL,
              reason TEXT REFERENCES reason(code),
              note TEXT NOT NULL DEFAULT '',
              continues_id INTEGER REFERENCES enrolment(id),
              UNIQUE (participant_id, cohort_id)))"_s,
                    uR"(CREATE TABLE status_history(
              id INTEGER PRIMARY KEY,
              enrolment_id INTEGER NOT NULL REFERENCES enrolment(id),
              from_status TEXT,
              to_status TEXT NOT NULL,
              effective_date TEXT NOT NULL,
              recorded_at TEXT NOT NULL,
              reason TEXT REFERENCES reason(code),
              note TEXT NOT NULL DEFAULT '',
              kind TEXT NOT NULL))"_s,
                    uR"(CREATE TABLE session(
              id INTEGER PRIMARY KEY,
              cohort_id INTEGER NOT NULL REFERENCES cohort(id),
              date TEXT NOT NULL,
              kind TEXT NOT NULL,
              title TEXT NOT NULL DEFAULT '',
              UNIQUE (cohort_id, date)))"_s,
                    uR"(CREATE TABLE attendance(
              session_id INTEGER NOT NULL REFERENCES session(id),
              enrolment_id INTEGER NOT NULL REFERENCES enrolment(id),
              mark TEXT NOT NULL,
              PRIMARY KEY (session_id, enrolment_id)))"_s,
                    uR"(CREATE TABLE feedback(
              id INTEGER PRIMARY KEY,
              cohort_id INTEGER NOT NULL REFERENCES cohort(id),
              participant_id INTEGER REFERENCES participant(id),
              met_needs TEXT,
              met_expectations TEXT,
              learned_usable TEXT,
              relevant TEXT,
              recommend TEXT,
              comment TEXT NOT NULL DEFAULT ''))"_s,
                    uR"(CREATE TABLE network_member(
              participant_id INTEGER PRIMARY KEY REFERENCES participant(id),
              joined_on TEXT NOT NULL,
              left_on TEXT))"_s,
                    u"CREATE INDEX ix_cohort_programme ON cohort(programme_id)"_s,
                    u"CREATE INDEX ix_participant_organisation ON participant(organisation_id)"_s,
                    u"CREATE INDEX ix_enrolment_cohort ON enrolment(cohort_id)"_s,
                    u"CREATE INDEX ix_enrolment_continues ON enrolment(continues_id)"_s,
                    u"CREATE INDEX ix_history_enrolment ON status_history(enrolment_id, effective_date)"_s,
                    u"CREATE INDEX ix_attendance_enrolment ON attendance(enrolment_id)"_s,
                    u"CREATE INDEX ix_feedback_cohort ON feedback(cohort_id)"_s,
                });
    execAll(db, builtInRows());
}

// Version 2: "revert last change" marks which change a history entry reverts, so that figures
// rebuilt from history ("as at") skip both the mistake and its correction.
void upgradeToVersion2(const QSqlDatabase& db)
{
    execAll(db, {
                    u"ALTER TABLE status_history ADD COLUMN reverts INTEGER REFERENCES status_history(id)"_s,
                    u"CREATE INDEX ix_history_reverts ON status_history(reverts)"_s,
                });
}

// Version 3: sessions get a start time, a facilitator, a venue and (coaching) one participant, so a
// cohort may have several sessions on one day; programmes get an attendance rule; the database keeps
// settings (small-number suppression) and the column mappings of survey files.
void upgradeToVersion3(const QSqlDatabase& db)
{
    execAll(db,
            {
                uR"(CREATE TABLE session_new(
              id INTEGER PRIMARY KEY,
              cohort_id INTEGER NOT NULL REFERENCES cohort(id),
              date TEXT NOT NULL,
              kind TEXT NOT NULL,
              title TEXT NOT NULL DEFAULT '',
              start_time TEXT NOT NULL DEFAULT '',
              facilitator TEXT NOT NULL DEFAULT '',
              venue TEXT NOT NULL DEFAULT '',
              participant_id INTEGER REFERENCES participant(id)))"_s,
                u"INSERT INTO session_new(id, cohort_id, date, kind, title) "
                "SELECT id, cohort_id, date, kind, title FROM session"_s,
                u"DROP TABLE session"_s,
                u"ALTER TABLE session_new RENAME TO session"_s,
                u"CREATE UNIQUE INDEX ux_session_slot ON session(cohort_id, date, start_time, "
                "IFNULL(participant_id, 0))"_s,
                u"CREATE INDEX ix_session_participant ON session(participant_id)"_s,
                u"ALTER TABLE programme ADD COLUMN attendance_threshold INTEGER "
                "CHECK (attendance_threshold IS NULL OR attendance_threshold BETWEEN 1 AND 100)"_s,
                u"ALTER TABLE programme ADD COLUMN attendance_kind TEXT"_s,
                u"CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                u"CREATE TABLE survey_mapping(name TEXT PRIMARY KEY COLLATE NOCASE, mapping TEXT NOT NULL)"_s,
            });
}

// Version 4: a row version on every editable record (an edit of a row someone else saved since it was
// shown is refused instead of overwriting it) and the audit log of who changed what, and when.
void upgradeToVersion4(const QSqlDatabase& db)
{
    QStringList statements;
    for (const char* table : {"programme", "organisation", "cohort", "participant", "enrolment", "session"})
        statements << u"ALTER TABLE "_s + QLatin1StringView(table) +
                          u" ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s;
    statements << uR"(CREATE TABLE audit(
              id INTEGER PRIMARY KEY,
              at TEXT NOT NULL,
              actor TEXT NOT NULL,
              action TEXT NOT NULL,
              participant_id INTEGER,
              subject TEXT NOT NULL DEFAULT '',
              detail TEXT NOT NULL DEFAULT ''))"_s
               << u"CREATE INDEX ix_audit_at ON audit(at)"_s
               << u"CREATE INDEX ix_audit_participant ON audit(participant_id)"_s;
    execAll(db, statements);
}

// Version 5: each cohort's enrolments counted by status, kept up to date by triggers in the same
// transaction as every change (insert, status change, move, delete), so that figures by programme,
// cohort and year are read, not recounted, at a nation's size. Filled from the enrolments it finds.
void upgradeToVersion5(const QSqlDatabase& db)
{
    execAll(db,
            {
                uR"(CREATE TABLE cohort_tally(
              cohort_id INTEGER PRIMARY KEY,
              waitlisted INTEGER NOT NULL DEFAULT 0,
              enrolled INTEGER NOT NULL DEFAULT 0,
              completed INTEGER NOT NULL DEFAULT 0,
              deferred INTEGER NOT NULL DEFAULT 0,
              withdrawn INTEGER NOT NULL DEFAULT 0))"_s,
                u"INSERT INTO cohort_tally SELECT c.id, "
                "COALESCE(SUM(e.status = 'waitlisted'), 0), COALESCE(SUM(e.status = 'enrolled'), 0), "
                "COALESCE(SUM(e.status = 'completed'), 0), COALESCE(SUM(e.status = 'deferred'), 0), "
                "COALESCE(SUM(e.status = 'withdrawn'), 0) "
                "FROM cohort c LEFT JOIN enrolment e ON e.cohort_id = c.id GROUP BY c.id"_s,
                u"CREATE TRIGGER tally_cohort_added AFTER INSERT ON cohort "
                "BEGIN INSERT INTO cohort_tally(cohort_id) VALUES (NEW.id); END"_s,
                u"CREATE TRIGGER tally_cohort_removed AFTER DELETE ON cohort "
                "BEGIN DELETE FROM cohort_tally WHERE cohort_id = OLD.id; END"_s,
                u"CREATE TRIGGER tally_enrolment_added AFTER INSERT ON enrolment BEGIN UPDATE cohort_tally "
                "SET waitlisted = waitlisted + (NEW.status = 'waitlisted'), enrolled = enrolled + "
                "(NEW.status = 'enrolled'), completed = completed + (NEW.status = 'completed'), deferred "
                "= deferred + (NEW.status = 'deferred'), withdrawn = withdrawn + (NEW.status = "
                "'withdrawn') WHERE cohort_id = NEW.cohort_id; END"_s,
                u"CREATE TRIGGER tally_enrolment_removed AFTER DELETE ON enrolment BEGIN UPDATE "
                "cohort_tally SET waitlisted = waitlisted - (OLD.status = 'waitlisted'), enrolled = "
                "enrolled - (OLD.status = 'enrolled'), completed = completed - (OLD.status = "
                "'completed'), deferred = deferred - (OLD.status = 'deferred'), withdrawn = withdrawn - "
                "(OLD.status = 'withdrawn') WHERE cohort_id = OLD.cohort_id; END"_s,
                u"CREATE TRIGGER tally_enrolment_changed AFTER UPDATE OF status, cohort_id ON enrolment "
                "BEGIN UPDATE cohort_tally SET waitlisted = waitlisted - (OLD.status = 'waitlisted'), "
                "enrolled = enrolled - (OLD.status = 'enrolled'), completed = completed - (OLD.status = "
                "'completed'), deferred = deferred - (OLD.status = 'deferred'), withdrawn = withdrawn - "
                "(OLD.status = 'withdrawn') WHERE cohort_id = OLD.cohort_id; UPDATE cohort_tally SET "
                "waitlisted = waitlisted + (NEW.status = 'waitlisted'), enrolled = enrolled + (NEW.status "
                "= 'enrolled'), completed = completed + (NEW.status = 'completed'), deferred = deferred + "
                "(NEW.status = 'deferred'), withdrawn = withdrawn + (NEW.status = 'withdrawn') WHERE "
                "cohort_id = NEW.cohort_id; END"_s,
            });
}

} // namespace

void run(const QSqlDatabase& db, int from, int to)
{
    if (from < 1 && to >= 1)
        createVersion1(db);
    if (from < 2 && to >= 2)
        upgradeToVersion2(db);
    if (from < 3 && to >= 3)
        upgradeToVersion3(db);
    if (from < 4 && to >= 4)
        upgradeToVersion4(db);
    if (from < 5 && to >= 5)
        upgradeToVersion5(db);
    // Version 6: no new tables; every text in one spelling (NFC), as new text is kept since.
    if (from < 6 && to >= 6)
        normaliseTexts(db);
}

} // namespace arwain::migrations::sqlite
