-- The PostgreSQL floor of `arwain-cli stats --year :year`: each programme's cohorts, people and statuses
-- for the cohorts counted in the reporting year (April to March, by end date, or start date without one).
SELECT pr.code, count(DISTINCT c.id), count(*) FILTER (WHERE e.status <> 'waitlisted'),
       count(*) FILTER (WHERE e.status = 'completed'), count(*) FILTER (WHERE e.status = 'deferred'),
       count(*) FILTER (WHERE e.status = 'withdrawn'), count(*) FILTER (WHERE e.status = 'enrolled'),
       count(*) FILTER (WHERE e.status = 'waitlisted')
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN programme pr ON pr.id = c.programme_id
WHERE COALESCE(c.end_date, c.start_date) BETWEEN ':year-04-01' AND ':next-03-31'
GROUP BY pr.code;
