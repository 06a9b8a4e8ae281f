// StorageError: a failure of the database itself (disk full, locked, damaged), thrown inside core storage.
#pragma once

#include <QString>

#include <stdexcept>

namespace arwain {

// Thrown inside core storage when SQLite fails (disk full, locked, damaged); services turn it into a Result.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message, bool busy = false)
        : std::runtime_error(message.toStdString()), m_message(message), m_busy(busy)
    {
    }
    const QString& message() const { return m_message; }
    // SQLite said the file is locked by another connection (SQLITE_BUSY or SQLITE_LOCKED).
    bool busy() const { return m_busy; }

private:
    QString m_message;
    bool m_busy = false;
};

} // namespace arwain
