-- The PostgreSQL floor of `arwain-cli export participants`: the same columns, joined, in the same order.
-- psql's \copy writes the CSV on the client, as Arwain does.
\copy (SELECT p.given_name, p.family_name, p.email, o.name AS organisation, p.job_role, p.preferred_language FROM participant p LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id) TO ':out' WITH (FORMAT csv, HEADER true)
