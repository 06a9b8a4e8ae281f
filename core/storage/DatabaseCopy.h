// DatabaseCopy: every row of one Arwain database into another, between any two of file and server (an
// SQLite file into a team's PostgreSQL database to start it, or back into a file for an offline copy).
// All or nothing: the rows go in as one transaction of the target, with the same ids, so every figure of
// the copy equals the original's.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace arwain {

class Database;

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(arwain::DatabaseCopy)

public:
    // Rows copied so far of all; false to cancel (the target is then left as it was).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Opens `source` read-only and `target`: a new file, an empty server database (Arwain's schema is made
    // in it) or an Arwain database that holds no data yet (as server-init leaves it). Returns the rows
    // copied. On failure or cancel nothing is left behind: a new file is removed again.
    static Result<qint64> run(const QString& source, const QString& target, const Progress& progress = {});
    // The same between two open databases; `target` must hold no data.
    static Result<qint64> copy(const Database& source, Database& target, const Progress& progress = {});
};

} // namespace arwain
