-- The floor of `arwain-cli import enrolments`: the same rows into enrolment and status_history (same
-- indexes), people by email and cohorts by code, deferrals linked to the enrolment they continue, a
-- finished enrolment's history starting at its cohort's start (as the importer records it), one audit
-- entry, one transaction. :file is the CSV.
-- The same connection settings as Arwain's bulk import (storage/SqliteDialect.cpp: prepare, writeStarts,
-- bulkStarts): foreign keys enforced and deleted text zeroed, statement journals and temporary tables in
-- memory, a 32 MB page cache. A floor with the shell's defaults is a slower floor, and flatters the ratio.
PRAGMA foreign_keys = ON;
PRAGMA secure_delete = ON;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -32768;
CREATE TEMP TABLE staging(email, cohort, status, status_date, reason, note, continues_cohort);
.import --csv --skip 1 --schema temp :file staging
BEGIN;
INSERT INTO enrolment(participant_id, cohort_id, status, status_date, reason, note)
SELECT p.id, c.id, s.status, s.status_date,
       CASE WHEN s.status IN ('deferred', 'withdrawn') THEN NULLIF(s.reason, '') END, s.note
FROM temp.staging s JOIN participant p ON p.email = s.email JOIN cohort c ON c.code = s.cohort
ORDER BY s.rowid;
UPDATE enrolment SET continues_id = d.id
FROM temp.staging s
JOIN participant p ON p.email = s.email
JOIN cohort c ON c.code = s.cohort
JOIN cohort dc ON dc.code = s.continues_cohort
JOIN enrolment d ON d.participant_id = p.id AND d.cohort_id = dc.id
WHERE s.continues_cohort <> '' AND enrolment.participant_id = p.id AND enrolment.cohort_id = c.id;
INSERT INTO status_history(enrolment_id, from_status, to_status, effective_date, recorded_at, reason, note, kind)
SELECT e.id, NULL, 'enrolled', c.start_date, strftime('%Y-%m-%dT%H:%M:%S', 'now'), NULL, '', 'imported'
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
WHERE e.status NOT IN ('enrolled', 'waitlisted') AND c.start_date < e.status_date;
INSERT INTO status_history(enrolment_id, from_status, to_status, effective_date, recorded_at, reason, note, kind)
SELECT e.id,
       CASE WHEN e.status NOT IN ('enrolled', 'waitlisted') AND c.start_date < e.status_date THEN 'enrolled' END,
       e.status, e.status_date, strftime('%Y-%m-%dT%H:%M:%S', 'now'), e.reason, e.note, 'imported'
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id;
INSERT INTO audit(at, actor, action, subject, detail)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'floor', 'import', 'enrolments.csv', '');
COMMIT;
