-- The floor of `arwain-cli stats --by cohort`: every cohort's people and statuses.
SELECT c.code, sum(e.status <> 'waitlisted'), sum(e.status = 'completed'), sum(e.status = 'deferred'),
       sum(e.status = 'withdrawn'), sum(e.status = 'enrolled'), sum(e.status = 'waitlisted')
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
GROUP BY c.id;
