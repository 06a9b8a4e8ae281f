-- The PostgreSQL floor of `arwain-cli stats --by cohort`: every cohort's people and statuses.
SELECT c.code, count(*) FILTER (WHERE e.status <> 'waitlisted'), count(*) FILTER (WHERE e.status = 'completed'),
       count(*) FILTER (WHERE e.status = 'deferred'), count(*) FILTER (WHERE e.status = 'withdrawn'),
       count(*) FILTER (WHERE e.status = 'enrolled'), count(*) FILTER (WHERE e.status = 'waitlisted')
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
GROUP BY c.id;
