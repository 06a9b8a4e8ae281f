-- The PostgreSQL floor of `arwain-cli export sessions`: the same columns, joined, in the same order.
-- psql's \copy writes the CSV on the client, as Arwain does.
\copy (SELECT c.code AS cohort, s.date, s.kind, s.title, s.start_time, s.facilitator, s.venue, p.email AS for_email FROM session s JOIN cohort c ON c.id = s.cohort_id LEFT JOIN participant p ON p.id = s.participant_id ORDER BY c.start_date, c.code, c.id, s.date, s.start_time, COALESCE(s.participant_id, 0), s.id) TO ':out' WITH (FORMAT csv, HEADER true)
