// StorageError: a failure of the database itself (disk full, locked, damaged), thrown inside core storage.
#pragma once

#include <QString>

#include <stdexcept>

namespace arwain {

// Thrown inside core storage when SQLite fails (disk full, locked, damaged); services turn it into a Result.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace arwain
