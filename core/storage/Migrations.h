// Migrations: what both engines' schemas share. The steps from one format to the next are each engine's
// own: sqlite/SqliteSchema (a file's formats 1 to today's) and postgres/PostgresSchema (see
// docs/data-model.md, "Schema versions").
#pragma once

#include <QStringList>

namespace arwain::migrations {

// The built-in programmes and reason codes every new database starts with (plain SQL for every engine).
QStringList builtInRows();

} // namespace arwain::migrations
