// SqliteNative: the SQLite side of the storage layer's bulk paths: the connection's own engine handle,
// for the few places where QtSql's cost per value (a QVariant, a parameter looked up by name) is most
// of the work. Only core/storage includes it; another engine takes the portable QtSql path instead.
#pragma once

#include "storage/TextRows.h"

#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace arwain::sqlite {

// The connection's SQLite handle, or null when the driver is not Qt's SQLite driver.
sqlite3* handle(const QSqlDatabase& db);
// Throws StorageError with SQLite's message (busy and not-a-database kept apart, as sql::exec does).
[[noreturn]] void fail(sqlite3* handle);

// Runs `select` with `args` bound in order and hands each row to `sink`, its text read in place as the
// engine steps (through QtSql a value costs a QVariant and a QString, most of an export's time); the number
// of rows handed over. Throws StorageError.
qint64 streamText(sqlite3* handle, const QString& select, const QVariantList& args,
                  const sql::TextSink& sink);

// A prepared statement, finalised when it goes.
class Statement
{
public:
    Statement(sqlite3* handle, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3_stmt* get() const { return m_stmt; }
    // Binds `values` from parameter `first` (1-based) on, each by its type (NULL, integer, text).
    void bind(const QVariantList& values, int first = 1);
    // Runs a statement that returns no rows, then makes it ready for the next values.
    void run();

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace arwain::sqlite
