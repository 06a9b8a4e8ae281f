-- The floor of `arwain-cli export cohorts`: the same columns, joined, in the same order.
.headers on
.mode csv
.once :out
SELECT c.code, pr.code AS programme, c.title, c.start_date, c.end_date, c.delivery_mode, c.venue, c.region,
       c.provider, c.partner, c.capacity, c.headcount
FROM cohort c JOIN programme pr ON pr.id = c.programme_id
ORDER BY c.start_date, c.code, c.id;
