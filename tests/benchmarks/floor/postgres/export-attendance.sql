-- The PostgreSQL floor of `arwain-cli export attendance`: the same columns, joined, in the same order.
-- psql's \copy writes the CSV on the client, as Arwain does.
\copy (SELECT c.code AS cohort, s.date AS session_date, s.start_time AS session_time, p.email, a.mark AS attendance FROM attendance a JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id JOIN enrolment e ON e.id = a.enrolment_id JOIN participant p ON p.id = e.participant_id ORDER BY c.start_date, c.code, c.id, s.date, s.start_time, a.enrolment_id, a.session_id) TO ':out' WITH (FORMAT csv, HEADER true)
