// Dialect: which engine a connection or a location is.
#include "storage/Dialect.h"

#include "storage/postgres/PostgresDialect.h"
#include "storage/postgres/ServerAddress.h"
#include "storage/sqlite/SqliteDialect.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
const SqliteDialect kSqlite;
const PostgresDialect kPostgres;
} // namespace

const Dialect& Dialect::of(const QSqlDatabase& db)
{
    return db.driverName() == kPostgres.driver() ? static_cast<const Dialect&>(kPostgres) : kSqlite;
}

bool Dialect::isServerLocation(const QString& location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString Dialect::withoutSecrets(const QString& location)
{
    return ServerAddress::withoutSecrets(location);
}

bool Dialect::mayHoldSecret(const QString& location)
{
    return ServerAddress::mayHoldSecret(location);
}

const Dialect& Dialect::forLocation(const QString& location)
{
    return isServerLocation(location) ? static_cast<const Dialect&>(kPostgres) : kSqlite;
}

} // namespace arwain
