-- The floor of `arwain-cli stats --year :year --by region`: each region's people and statuses in the
-- cohorts counted in the reporting year (by end date, or start date without one), from the organisation
-- each participant works for.
SELECT o.region, count(DISTINCT c.id), sum(e.status <> 'waitlisted'), sum(e.status = 'completed'),
       sum(e.status = 'deferred'), sum(e.status = 'withdrawn'), sum(e.status = 'enrolled'),
       sum(e.status = 'waitlisted')
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN participant p ON p.id = e.participant_id
LEFT JOIN organisation o ON o.id = p.organisation_id
WHERE COALESCE(c.end_date, c.start_date) BETWEEN ':year-04-01' AND ':next-03-31'
GROUP BY o.region;
