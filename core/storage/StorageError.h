// StorageError: a failure of the database itself (disk full, locked, damaged), thrown inside core storage.
#pragma once

#include <QString>

#include <stdexcept>

namespace arwain {

// Thrown inside core storage when SQLite fails (disk full, locked, damaged), or when a row changed since
// it was read; services turn it into a Result.
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Failure,
        // SQLite said the file is locked by another connection (SQLITE_BUSY or SQLITE_LOCKED).
        Busy,
        // An update found the row at another version than the one shown: someone else saved it since.
        // The message is the user's whole message ("… changed by someone else: reload …").
        Conflict,
        // SQLite found no database in the file (SQLITE_NOTADB): a text file, random bytes.
        NotADatabase
    };
    explicit StorageError(const QString& message, Kind kind = Kind::Failure)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
    {
    }
    const QString& message() const { return m_message; }
    bool busy() const { return m_kind == Kind::Busy; }
    bool conflict() const { return m_kind == Kind::Conflict; }
    bool notADatabase() const { return m_kind == Kind::NotADatabase; }

private:
    QString m_message;
    Kind m_kind = Kind::Failure;
};

} // namespace arwain
