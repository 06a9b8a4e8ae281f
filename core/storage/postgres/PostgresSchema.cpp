// PostgresSchema: the tables of docs/data-model.md in PostgreSQL's types. Differences from the SQLite file,
// each for the same behaviour: identity columns (BIGINT, from a sequence) where SQLite has INTEGER PRIMARY
// KEY; CITEXT where SQLite compares with COLLATE NOCASE; DATE for dates (SQLite keeps ISO 8601 text); the
// kept counts of each cohort maintained by PL/pgSQL triggers instead of SQLite's trigger bodies.
#include "storage/postgres/PostgresSchema.h"

#include "storage/Migrations.h"
#include "storage/OneSpelling.h"
#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace arwain::migrations::postgres {

namespace {

// Version 5, whole: what the SQLite file holds after migrations 1 to 5.
const QStringList kVersion5 = {
    u"CREATE EXTENSION IF NOT EXISTS citext"_s,
    // A row inserted with a NULL id (as SQLite's INTEGER PRIMARY KEY allows) takes the next of its table;
    // the triggers call it only then (WHEN), so rows that carry their ids pay nothing.
    uR"(CREATE FUNCTION arwain_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'));
  RETURN NEW;
END $$)"_s,
    // After rows were written with ids their writer chose (an import): each table's next id follows them.
    uR"(CREATE FUNCTION arwain_ids_follow() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t TEXT;
  top BIGINT;
BEGIN
  FOREACH t IN ARRAY ARRAY['programme', 'organisation', 'cohort', 'participant', 'enrolment',
                           'status_history', 'session', 'feedback', 'audit'] LOOP
    EXECUTE format('SELECT COALESCE(MAX(id), 0) FROM %I', t) INTO top;
    PERFORM setval(pg_get_serial_sequence(t, 'id'), GREATEST(top, 1), top > 0);
  END LOOP;
END $$)"_s,
    uR"(CREATE TABLE programme(
  id BIGSERIAL PRIMARY KEY,
  code CITEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  welsh_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('course', 'single session')),
  attendance_threshold INTEGER CHECK (attendance_threshold IS NULL OR attendance_threshold BETWEEN 1 AND 100),
  attendance_kind TEXT,
  version INTEGER NOT NULL DEFAULT 1))"_s,
    uR"(CREATE TABLE reason(
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  welsh_name TEXT NOT NULL))"_s,
    uR"(CREATE TABLE organisation(
  id BIGSERIAL PRIMARY KEY,
  name CITEXT NOT NULL UNIQUE,
  sector TEXT,
  region TEXT,
  version INTEGER NOT NULL DEFAULT 1))"_s,
    uR"(CREATE TABLE cohort(
  id BIGSERIAL PRIMARY KEY,
  code CITEXT NOT NULL UNIQUE,
  programme_id BIGINT NOT NULL REFERENCES programme(id),
  title TEXT NOT NULL DEFAULT '',
  start_date DATE NOT NULL,
  end_date DATE,
  delivery_mode TEXT,
  venue TEXT NOT NULL DEFAULT '',
  region TEXT,
  provider TEXT NOT NULL DEFAULT '',
  partner TEXT NOT NULL DEFAULT '',
  capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
  headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (end_date IS NULL OR end_date >= start_date)))"_s,
    uR"(CREATE TABLE participant(
  id BIGSERIAL PRIMARY KEY,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  email TEXT UNIQUE,
  organisation_id BIGINT REFERENCES organisation(id),
  job_role TEXT,
  preferred_language TEXT NOT NULL DEFAULT 'English',
  anonymised INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1))"_s,
    uR"(CREATE TABLE enrolment(
  id BIGSERIAL PRIMARY KEY,
  participant_id BIGINT NOT NULL REFERENCES participant(id),
  cohort_id BIGINT NOT NULL REFERENCES cohort(id),
  status TEXT NOT NULL,
  status_date DATE NOT NULL,
  reason TEXT REFERENCES reason(code),
  note TEXT NOT NULL DEFAULT '',
  continues_id BIGINT REFERENCES enrolment(id),
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (participant_id, cohort_id)))"_s,
    uR"(CREATE TABLE status_history(
  id BIGSERIAL PRIMARY KEY,
  enrolment_id BIGINT NOT NULL REFERENCES enrolment(id),
  from_status TEXT,
  to_status TEXT NOT NULL,
  effective_date DATE NOT NULL,
  recorded_at TEXT NOT NULL,
  reason TEXT REFERENCES reason(code),
  note TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  reverts BIGINT REFERENCES status_history(id)))"_s,
    uR"(CREATE TABLE session(
  id BIGSERIAL PRIMARY KEY,
  cohort_id BIGINT NOT NULL REFERENCES cohort(id),
  date DATE NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  start_time TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  venue TEXT NOT NULL DEFAULT '',
  participant_id BIGINT REFERENCES participant(id),
  version INTEGER NOT NULL DEFAULT 1))"_s,
    uR"(CREATE TABLE attendance(
  session_id BIGINT NOT NULL REFERENCES session(id),
  enrolment_id BIGINT NOT NULL REFERENCES enrolment(id),
  mark TEXT NOT NULL,
  PRIMARY KEY (session_id, enrolment_id)))"_s,
    uR"(CREATE TABLE feedback(
  id BIGSERIAL PRIMARY KEY,
  cohort_id BIGINT NOT NULL REFERENCES cohort(id),
  participant_id BIGINT REFERENCES participant(id),
  met_needs TEXT,
  met_expectations TEXT,
  learned_usable TEXT,
  relevant TEXT,
  recommend TEXT,
  comment TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE network_member(
  participant_id BIGINT PRIMARY KEY REFERENCES participant(id),
  joined_on DATE NOT NULL,
  left_on DATE))"_s,
    u"CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE survey_mapping(name CITEXT PRIMARY KEY, mapping TEXT NOT NULL)"_s,
    uR"(CREATE TABLE audit(
  id BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  participant_id BIGINT,
  subject TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE cohort_tally(
  cohort_id BIGINT PRIMARY KEY,
  waitlisted INTEGER NOT NULL DEFAULT 0,
  enrolled INTEGER NOT NULL DEFAULT 0,
  completed INTEGER NOT NULL DEFAULT 0,
  deferred INTEGER NOT NULL DEFAULT 0,
  withdrawn INTEGER NOT NULL DEFAULT 0))"_s,
    u"CREATE INDEX ix_cohort_programme ON cohort(programme_id)"_s,
    u"CREATE INDEX ix_participant_organisation ON participant(organisation_id)"_s,
    u"CREATE INDEX ix_enrolment_cohort ON enrolment(cohort_id)"_s,
    u"CREATE INDEX ix_enrolment_continues ON enrolment(continues_id)"_s,
    u"CREATE INDEX ix_history_enrolment ON status_history(enrolment_id, effective_date)"_s,
    u"CREATE INDEX ix_history_reverts ON status_history(reverts)"_s,
    u"CREATE INDEX ix_attendance_enrolment ON attendance(enrolment_id)"_s,
    u"CREATE INDEX ix_feedback_cohort ON feedback(cohort_id)"_s,
    u"CREATE UNIQUE INDEX ux_session_slot ON session(cohort_id, date, start_time, COALESCE(participant_id, 0))"_s,
    u"CREATE INDEX ix_session_participant ON session(participant_id)"_s,
    u"CREATE INDEX ix_audit_at ON audit(at)"_s,
    u"CREATE INDEX ix_audit_participant ON audit(participant_id)"_s,
    // The kept counts of each cohort, in the same transaction as every change (as SQLite's triggers), kept
    // once per statement from its rows (transition tables): an import's batch of 64 enrolments is one
    // UPDATE of the counts of its cohorts, where a trigger per row was a large part of an import's time.
    uR"(CREATE FUNCTION arwain_tally_cohorts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO cohort_tally(cohort_id) SELECT id FROM added;
  ELSE
    DELETE FROM cohort_tally WHERE cohort_id IN (SELECT id FROM removed);
  END IF;
  RETURN NULL;
END $$)"_s,
    // The rows of the statement (its transition tables, added and removed) are counted by cohort and
    // status, each as +1 or -1; an edit that changed neither counts 0 and writes nothing.
    uR"(CREATE FUNCTION arwain_tally_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT cohort_id, status, 1 AS delta FROM added'
    WHEN 'DELETE' THEN 'SELECT cohort_id, status, -1 AS delta FROM removed'
    ELSE 'SELECT cohort_id, status, 1 AS delta FROM added UNION ALL SELECT cohort_id, status, -1 FROM removed'
  END;
BEGIN
  EXECUTE 'UPDATE cohort_tally t SET waitlisted = t.waitlisted + d.waitlisted, enrolled = t.enrolled + d.enrolled,
    completed = t.completed + d.completed, deferred = t.deferred + d.deferred, withdrawn = t.withdrawn + d.withdrawn
  FROM (SELECT cohort_id,
               COALESCE(SUM(delta) FILTER (WHERE status = ''waitlisted''), 0) AS waitlisted,
               COALESCE(SUM(delta) FILTER (WHERE status = ''enrolled''), 0) AS enrolled,
               COALESCE(SUM(delta) FILTER (WHERE status = ''completed''), 0) AS completed,
               COALESCE(SUM(delta) FILTER (WHERE status = ''deferred''), 0) AS deferred,
               COALESCE(SUM(delta) FILTER (WHERE status = ''withdrawn''), 0) AS withdrawn
        FROM (' || changes || ') c GROUP BY cohort_id) d
  WHERE t.cohort_id = d.cohort_id
    AND (d.waitlisted, d.enrolled, d.completed, d.deferred, d.withdrawn) <> (0, 0, 0, 0, 0)';
  RETURN NULL;
END $$)"_s,
    // Transition tables need a trigger per kind of change.
    u"CREATE TRIGGER tally_cohort_added AFTER INSERT ON cohort REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION arwain_tally_cohorts()"_s,
    u"CREATE TRIGGER tally_cohort_removed AFTER DELETE ON cohort REFERENCING OLD TABLE AS removed "
    "FOR EACH STATEMENT EXECUTE FUNCTION arwain_tally_cohorts()"_s,
    u"CREATE TRIGGER tally_enrolment_added AFTER INSERT ON enrolment REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION arwain_tally_enrolments()"_s,
    u"CREATE TRIGGER tally_enrolment_removed AFTER DELETE ON enrolment REFERENCING OLD TABLE AS removed "
    "FOR EACH STATEMENT EXECUTE FUNCTION arwain_tally_enrolments()"_s,
    u"CREATE TRIGGER tally_enrolment_changed AFTER UPDATE ON enrolment REFERENCING OLD TABLE AS removed "
    "NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION arwain_tally_enrolments()"_s,
    // Each numbered table fills a NULL id from its sequence (arwain_fill_id above).
    u"CREATE TRIGGER fill_id BEFORE INSERT ON programme FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON organisation FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON cohort FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON participant FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON enrolment FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON status_history FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON session FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON feedback FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
    u"CREATE TRIGGER fill_id BEFORE INSERT ON audit FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION arwain_fill_id()"_s,
};

// Version 6: the audit log names the login the server authenticated, whatever a client sends, and the log
// and the status history only grow for Arwain's roles: the two ways to change them (erasure, an enrolment
// undone) are functions owned by the administrator. (With every text in NFC, as on a file.)
const QStringList kVersion6 = {
    uR"(CREATE FUNCTION arwain_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A copy of a file's history by the database's owner (arwain-cli copy) keeps the names it holds.
  IF current_setting('arwain.keep_actors', true) = 'on'
     AND pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  NEW.actor := session_user;
  RETURN NEW;
END $$)"_s,
    u"CREATE TRIGGER audit_actor BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION arwain_audit_actor()"_s,
    uR"(CREATE FUNCTION arwain_erase_from_history(person BIGINT) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  UPDATE audit SET subject = '' WHERE participant_id = person;
  UPDATE status_history SET note = '' WHERE enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = person);
$$)"_s,
    uR"(CREATE FUNCTION arwain_remove_enrolment(removed BIGINT) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  DELETE FROM attendance WHERE enrolment_id = removed;
  DELETE FROM status_history WHERE enrolment_id = removed;
  DELETE FROM enrolment WHERE id = removed;
$$)"_s,
    u"REVOKE ALL ON FUNCTION arwain_erase_from_history(BIGINT), arwain_remove_enrolment(BIGINT) FROM PUBLIC"_s,
    // Called by arwain_make_roles (ServerRoles) after it grants the coordinators their writes, and here for a
    // database whose roles were made before version 6.
    uR"(CREATE FUNCTION arwain_protect_history() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  coordinator TEXT := current_database() || '_coordinator';
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = coordinator) THEN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit, status_history FROM %I', coordinator);
    EXECUTE format('GRANT EXECUTE ON FUNCTION arwain_erase_from_history(BIGINT), arwain_remove_enrolment(BIGINT) TO %I',
                   coordinator);
  END IF;
END $$)"_s,
    u"SELECT arwain_protect_history()"_s,
};

} // namespace

void run(const QSqlDatabase& db, int from, int to)
{
    if (from < kFirstVersion && to >= kFirstVersion) {
        for (const QString& s : kVersion5)
            sql::exec(db, s);
        for (const QString& s : builtInRows())
            sql::exec(db, s);
    }
    if (from < 6 && to >= 6) {
        for (const QString& s : kVersion6)
            sql::exec(db, s);
        normaliseTexts(db);
    }
}

} // namespace arwain::migrations::postgres
