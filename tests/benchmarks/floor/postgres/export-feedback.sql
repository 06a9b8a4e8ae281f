-- The PostgreSQL floor of `arwain-cli export feedback`: the same columns, joined, in the same order.
-- psql's \copy writes the CSV on the client, as Arwain does.
\copy (SELECT c.code AS cohort, p.email, f.met_needs, f.met_expectations, f.learned_usable, f.relevant, f.recommend, f.comment FROM feedback f JOIN cohort c ON c.id = f.cohort_id LEFT JOIN participant p ON p.id = f.participant_id ORDER BY f.id) TO ':out' WITH (FORMAT csv, HEADER true)
