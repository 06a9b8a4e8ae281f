// ServerRoles: the two roles of a team's server database, enforced by PostgreSQL itself. Coordinators read
// and change Arwain's tables; managers only read them. Each database has its own pair, named after it
// ("DATABASE_coordinator", "DATABASE_manager"), so that one server can hold several teams' databases.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace arwain {

class Database;

class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(arwain::ServerRoles)

public:
    enum class Role
    {
        Coordinator,
        Manager
    };

    // Arwain's schema in the empty database at `uri`, the two roles, their privileges, and CONNECT taken
    // from everyone else. Needs a login that owns the database and may create roles (CREATEROLE).
    static Result<QString> initialise(const QString& uri);
    // Gives an existing login one of the roles (and takes the other away).
    static Result<void> grant(const QString& uri, const QString& login, Role role);
    // Whether the connected login may change Arwain's data: the server's own answer.
    static bool mayWrite(const Database& db);
    // The name of a role of the database called `database` (as arwain_make_roles names it on the server).
    static QString roleName(const QString& database, Role role);
};

} // namespace arwain
