// Databases: what is done to whole databases by their location (a file's path or a postgresql:// URI):
// copying one into another, restoring a backup, a team's server roles, and how long a write waits for
// another program. The door of the app and the CLI to these, as Services is to one open database's data.
#pragma once

#include "domain/Result.h"

#include <QString>

#include <functional>

namespace arwain {

class Databases
{
public:
    // Whether a location names a server database (postgresql://…) rather than a file.
    static bool isServerLocation(const QString& location);

    // Every record of `source` into `target`, a new file or a server database with no records yet, in one
    // transaction; the rows copied. `progress` is told (done, total) and returns false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<qint64> copy(const QString& source, const QString& target, const Progress& progress = {});
    // Puts `backup` in place of the file at `location` after checking it; the file that was there is kept
    // beside it and its path returned (empty when there was none). A server database is refused (its
    // administrators restore it).
    static Result<QString> restore(const QString& backup, const QString& location);

    // A team's server database: coordinators read and change it, managers only read it.
    enum class Role
    {
        Coordinator,
        Manager
    };
    // Arwain's schema in the empty database at `uri`, with its two roles; what was made, for the user.
    static Result<QString> initialiseServer(const QString& uri);
    static Result<void> grant(const QString& uri, const QString& login, Role role);
    // The name of a role of the database called `database`.
    static QString roleName(const QString& database, Role role);

    // What a user is told after someone else's change got in first: the window reloads by itself
    // (InWindow); a command has nothing to reload (RunAgain).
    enum class Retry
    {
        InWindow,
        RunAgain
    };
    static void setRetry(Retry retry);
    // Told once when opening finds a file locked by another program and waits for it; empty: nobody.
    static void setWaitingToOpen(std::function<void(const QString&)> tell);
    // How long a writer waits for another one that makes no progress (seconds; 60 unless set).
    static int patience();
    static void setPatience(int seconds);
};

} // namespace arwain
