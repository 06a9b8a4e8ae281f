-- The floor of `arwain-cli export participants`: the same columns, joined, in the same order.
.headers on
.mode csv
.once :out
SELECT p.given_name, p.family_name, p.email, o.name AS organisation, p.job_role, p.preferred_language
FROM participant p LEFT JOIN organisation o ON o.id = p.organisation_id
ORDER BY p.id;
