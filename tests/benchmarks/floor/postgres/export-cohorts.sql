-- The PostgreSQL floor of `arwain-cli export cohorts`: the same columns, joined, in the same order.
-- psql's \copy writes the CSV on the client, as Arwain does.
\copy (SELECT c.code, pr.code AS programme, c.title, c.start_date, c.end_date, c.delivery_mode, c.venue, c.region, c.provider, c.partner, c.capacity, c.headcount FROM cohort c JOIN programme pr ON pr.id = c.programme_id ORDER BY c.start_date, c.code, c.id) TO ':out' WITH (FORMAT csv, HEADER true)
