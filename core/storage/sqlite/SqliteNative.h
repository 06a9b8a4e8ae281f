// SqliteNative: the SQLite side of the storage layer's bulk paths: the connection's own engine handle,
// for the few places where QtSql's cost per value (a QVariant, a parameter looked up by name) is most
// of the work. Only core/storage includes it; another engine takes the portable QtSql path instead.
#pragma once

#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace arwain::sqlite {

// The connection's SQLite handle, or null when the driver is not Qt's SQLite driver.
sqlite3* handle(const QSqlDatabase& db);
// Throws StorageError with SQLite's message (busy and not-a-database kept apart, as sql::exec does).
[[noreturn]] void fail(sqlite3* handle);

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
