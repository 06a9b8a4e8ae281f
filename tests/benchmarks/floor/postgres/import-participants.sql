-- The PostgreSQL floor of `arwain-cli import participants`: the file read by psql's \copy (COPY from the
-- client, as Arwain reads it), then one INSERT … SELECT with organisations by name, one audit entry, one
-- transaction. :file is the CSV.
CREATE TEMP TABLE staging(given_name TEXT, family_name TEXT, email TEXT, organisation TEXT, job_role TEXT,
                          preferred_language TEXT, line BIGSERIAL);
\copy staging(given_name, family_name, email, organisation, job_role, preferred_language) FROM ':file' WITH (FORMAT csv, HEADER true)
BEGIN;
INSERT INTO participant(given_name, family_name, email, organisation_id, job_role, preferred_language)
SELECT s.given_name, s.family_name, NULLIF(s.email, ''), o.id, NULLIF(s.job_role, ''), s.preferred_language
FROM staging s LEFT JOIN organisation o ON o.name = s.organisation
ORDER BY s.line;
INSERT INTO audit(at, actor, action, subject, detail)
VALUES (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'floor', 'import', 'participants.csv', '');
COMMIT;
