-- The floor of `arwain-cli export enrolments`: the same columns, joined, in the same order.
.headers on
.mode csv
.once :out
SELECT p.email, c.code AS cohort, e.status, e.status_date, e.reason, e.note, dc.code AS continues_cohort
FROM enrolment e
JOIN participant p ON p.id = e.participant_id
JOIN cohort c ON c.id = e.cohort_id
LEFT JOIN enrolment d ON d.id = e.continues_id
LEFT JOIN cohort dc ON dc.id = d.cohort_id
ORDER BY e.id;
