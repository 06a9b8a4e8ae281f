-- The floor of `arwain-cli import participants`: the same rows into the same table (same indexes),
-- organisations looked up by name, one audit entry, one transaction. :file is the CSV.
-- The same connection settings as Arwain's bulk import (storage/SqliteDialect.cpp: prepare, writeStarts,
-- bulkStarts): foreign keys enforced and deleted text zeroed, statement journals and temporary tables in
-- memory, a 32 MB page cache. A floor with the shell's defaults is a slower floor, and flatters the ratio.
PRAGMA foreign_keys = ON;
PRAGMA secure_delete = ON;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -32768;
CREATE TEMP TABLE staging(given_name, family_name, email, organisation, job_role, preferred_language);
.import --csv --skip 1 --schema temp :file staging
BEGIN;
INSERT INTO participant(given_name, family_name, email, organisation_id, job_role, preferred_language)
SELECT s.given_name, s.family_name, NULLIF(s.email, ''), o.id, NULLIF(s.job_role, ''), s.preferred_language
FROM temp.staging s LEFT JOIN organisation o ON o.name = s.organisation
ORDER BY s.rowid;
INSERT INTO audit(at, actor, action, subject, detail)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'floor', 'import', 'participants.csv', '');
COMMIT;
