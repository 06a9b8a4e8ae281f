// ServerRoles: roles and privileges are made by functions kept in the database itself (PL/pgSQL with
// format('%I')), so that names are quoted by the server and every value Arwain sends is bound.
#include "storage/postgres/ServerRoles.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// Makes the two roles of the current database (if missing) and gives them their privileges.
const QString kMakeRoles =
    uR"(CREATE OR REPLACE FUNCTION arwain_make_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  coordinator TEXT := current_database() || '_coordinator';
  manager TEXT := current_database() || '_manager';
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = coordinator) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', coordinator);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = manager) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', manager);
  END IF;
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I', current_database(), coordinator, manager);
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I', current_schema(), coordinator, manager);
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I, %I', current_schema(), coordinator, manager);
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), coordinator);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON arwain_schema FROM %I', coordinator);
  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), coordinator);
  -- The audit log and the status history: added to, never changed or removed (PostgresSchema, version 6).
  PERFORM arwain_protect_history();
END $$)"_s;

// Gives `login` one of the roles and takes the other away.
const QString kGrantRole = uR"(CREATE OR REPLACE FUNCTION arwain_grant_role(login TEXT, coordinator BOOLEAN)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  given TEXT := current_database() || CASE WHEN coordinator THEN '_coordinator' ELSE '_manager' END;
  taken TEXT := current_database() || CASE WHEN coordinator THEN '_manager' ELSE '_coordinator' END;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND rolcanlogin) THEN
    RAISE EXCEPTION 'there is no login called "%" on this server (an administrator makes it with CREATE ROLE … LOGIN)', login;
  END IF;
  IF pg_has_role(login, taken, 'MEMBER') THEN
    EXECUTE format('REVOKE %I FROM %I', taken, login);
  END IF;
  EXECUTE format('GRANT %I TO %I', given, login);
END $$)"_s;

QString serverMessage(const StorageError& e)
{
    // QPSQL's text is "ERROR:  message\n(SQLSTATE) QPSQL: Unable to …"; the user needs the first line.
    QString m = e.message().section(u'\n', 0, 0).trimmed();
    if (m.startsWith(u"ERROR:"_s))
        m = m.mid(6).trimmed();
    return m;
}
} // namespace

Result<QString> ServerRoles::initialise(const QString& uri)
{
    // An Arwain database already there (a run before that could not make the roles, or one made by an
    // older version): its roles and privileges are made again; otherwise the schema first.
    auto opened = Database::open(uri);
    if (opened && !opened.value()->dialect().isServer())
        return fail(tr("%1 is a file: roles belong to server databases").arg(uri));
    if (opened && opened.value()->isReadOnly())
        return fail(tr("%1: your login may not change this database").arg(opened.value()->path()));
    auto created = opened ? std::move(opened) : Database::create(uri);
    if (!created)
        return created.toError();
    Database& db = *created.value();
    try {
        sql::exec(db.connection(), u"BEGIN"_s);
        sql::exec(db.connection(), kMakeRoles);
        sql::exec(db.connection(), kGrantRole);
        sql::exec(db.connection(), u"SELECT arwain_make_roles()"_s);
        sql::exec(db.connection(), u"COMMIT"_s);
    } catch (const StorageError& e) {
        sql::scalar(db.connection(), u"ROLLBACK"_s);
        return fail(tr("%1: the tables are there, but not the roles: %2; run server-init again once that is "
                       "put right")
                        .arg(db.path(), serverMessage(e)));
    }
    return db.path();
}

Result<void> ServerRoles::grant(const QString& uri, const QString& login, Role role)
{
    auto opened = Database::open(uri);
    if (!opened)
        return opened.toError();
    Database& db = *opened.value();
    if (!db.dialect().isServer())
        return fail(tr("%1 is a file: roles belong to server databases").arg(uri));
    try {
        sql::exec(db.connection(), u"SELECT arwain_grant_role(?, ?)"_s, {login, role == Role::Coordinator});
    } catch (const StorageError& e) {
        return fail(tr("%1: %2; nothing was changed").arg(db.path(), serverMessage(e)));
    }
    return {};
}

bool ServerRoles::mayWrite(const Database& db)
{
    return sql::scalar(db.connection(), u"SELECT has_table_privilege('enrolment', 'UPDATE')"_s).toBool();
}

QString ServerRoles::roleName(const QString& database, Role role)
{
    return database + (role == Role::Coordinator ? u"_coordinator"_s : u"_manager"_s);
}

} // namespace arwain
