-- The PostgreSQL floor of `arwain-cli import enrolments`: the same rows into enrolment and status_history
-- (same indexes, same triggers keeping each cohort's counts, links checked), people by email and cohorts by
-- code, deferrals linked to the enrolment they continue, a finished enrolment's history starting at its
-- cohort's start (as the importer records it), one audit entry, one transaction. :file is the CSV.
CREATE TEMP TABLE staging(email TEXT, cohort TEXT, status TEXT, status_date TEXT, reason TEXT, note TEXT,
                          continues_cohort TEXT, line BIGSERIAL);
\copy staging(email, cohort, status, status_date, reason, note, continues_cohort) FROM ':file' WITH (FORMAT csv, HEADER true)
BEGIN;
INSERT INTO enrolment(participant_id, cohort_id, status, status_date, reason, note)
SELECT p.id, c.id, s.status, s.status_date::date,
       CASE WHEN s.status IN ('deferred', 'withdrawn') THEN NULLIF(s.reason, '') END, COALESCE(s.note, '')
FROM staging s JOIN participant p ON p.email = s.email JOIN cohort c ON c.code = s.cohort
ORDER BY s.line;
UPDATE enrolment SET continues_id = d.id
FROM staging s
JOIN participant p ON p.email = s.email
JOIN cohort c ON c.code = s.cohort
JOIN cohort dc ON dc.code = s.continues_cohort
JOIN enrolment d ON d.participant_id = p.id AND d.cohort_id = dc.id
WHERE s.continues_cohort <> '' AND enrolment.participant_id = p.id AND enrolment.cohort_id = c.id;
INSERT INTO status_history(enrolment_id, from_status, to_status, effective_date, recorded_at, reason, note, kind)
SELECT e.id, NULL, 'enrolled', c.start_date, to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS'), NULL, '', 'imported'
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
WHERE e.status NOT IN ('enrolled', 'waitlisted') AND c.start_date < e.status_date;
INSERT INTO status_history(enrolment_id, from_status, to_status, effective_date, recorded_at, reason, note, kind)
SELECT e.id,
       CASE WHEN e.status NOT IN ('enrolled', 'waitlisted') AND c.start_date < e.status_date THEN 'enrolled' END,
       e.status, e.status_date, to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS'), e.reason, e.note, 'imported'
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id;
INSERT INTO audit(at, actor, action, subject, detail)
VALUES (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'floor', 'import', 'enrolments.csv', '');
COMMIT;
