-- The PostgreSQL floor of `arwain-cli export enrolments`: the same columns, joined, in the same order.
-- psql's \copy writes the CSV on the client, as Arwain does.
\copy (SELECT p.email, c.code AS cohort, e.status, e.status_date, e.reason, e.note, dc.code AS continues_cohort FROM enrolment e JOIN participant p ON p.id = e.participant_id JOIN cohort c ON c.id = e.cohort_id LEFT JOIN enrolment d ON d.id = e.continues_id LEFT JOIN cohort dc ON dc.id = d.cohort_id ORDER BY e.id) TO ':out' WITH (FORMAT csv, HEADER true)
