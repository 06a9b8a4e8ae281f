-- The PostgreSQL floor of `arwain-cli stats --year :year --by region`: the year's cohorts, people and
-- statuses by the region of each person's organisation.
SELECT o.region, count(DISTINCT c.id), count(*) FILTER (WHERE e.status <> 'waitlisted'),
       count(*) FILTER (WHERE e.status = 'completed'), count(*) FILTER (WHERE e.status = 'deferred'),
       count(*) FILTER (WHERE e.status = 'withdrawn'), count(*) FILTER (WHERE e.status = 'enrolled'),
       count(*) FILTER (WHERE e.status = 'waitlisted')
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN participant p ON p.id = e.participant_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE COALESCE(c.end_date, c.start_date) BETWEEN ':year-04-01' AND ':next-03-31'
GROUP BY o.region;
