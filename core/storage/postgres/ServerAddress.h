// ServerAddress: a PostgreSQL connection URI as Arwain accepts it
// (postgresql://[user@][host][:port]/database[?sslmode=…&…]), checked and applied to a QtSql connection.
// Passwords are never part of it: libpq's ~/.pgpass, service file and PG* environment variables apply.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace arwain {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(arwain::ServerAddress)

public:
    QString host; // empty: libpq's default (PGHOST, or the local socket)
    int port = -1;
    QString database;
    QString user;    // empty: libpq's default (PGUSER, or the login name)
    QString options; // libpq keywords from the query, "key=value;key=value" as QPSQL takes them

    // Refuses a URI with a password, without a database, or with a parameter libpq does not know.
    static Result<ServerAddress> parse(const QString& uri);
    // `uri` as it may be shown in a message: a password, any parameter that names one (sslpassword,
    // options=-c password=…) and the values of parameters Arwain does not know are replaced by "***".
    // Never fails: used on text that did not parse.
    static QString withoutSecrets(const QString& uri);
    // Whether a text given as a file's name is an address of some kind, or carries a password: such a
    // name is refused (shown without its secrets), never taken for a file to make or open.
    static bool mayHoldSecret(const QString& text);
    // The URI again, as shown to users and remembered (never a password).
    QString toString() const;
    void applyTo(QSqlDatabase& db) const;
};

} // namespace arwain
