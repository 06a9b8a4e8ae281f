// Databases: whole databases, passed on to storage.
#include "services/Databases.h"

#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/Dialect.h"
#include "storage/postgres/ServerRoles.h"

namespace arwain {

namespace {
ServerRoles::Role serverRole(Databases::Role role)
{
    return role == Databases::Role::Manager ? ServerRoles::Role::Manager : ServerRoles::Role::Coordinator;
}
} // namespace

bool Databases::isServerLocation(const QString& location)
{
    return Dialect::isServerLocation(location);
}

Result<qint64> Databases::copy(const QString& source, const QString& target, const Progress& progress)
{
    return DatabaseCopy::run(source, target, progress);
}

Result<QString> Databases::restore(const QString& backup, const QString& location)
{
    return Database::restore(backup, location);
}

Result<QString> Databases::initialiseServer(const QString& uri)
{
    return ServerRoles::initialise(uri);
}

Result<void> Databases::grant(const QString& uri, const QString& login, Role role)
{
    return ServerRoles::grant(uri, login, serverRole(role));
}

QString Databases::roleName(const QString& database, Role role)
{
    return ServerRoles::roleName(database, serverRole(role));
}

void Databases::setRetry(Retry retry)
{
    Database::setRetry(retry == Retry::RunAgain ? Database::Retry::RunAgain : Database::Retry::InWindow);
}

void Databases::setWaitingToOpen(std::function<void(const QString&)> tell)
{
    Database::setWaitingToOpen(std::move(tell));
}

int Databases::patience()
{
    return Database::patience();
}

void Databases::setPatience(int seconds)
{
    Database::setPatience(seconds);
}

} // namespace arwain
