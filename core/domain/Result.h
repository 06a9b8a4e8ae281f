// Result<T>: a value or a user-facing error message, for failures a user caused.
#pragma once

#include <QString>

#include <cassert>
#include <optional>
#include <utility>

namespace arwain {

struct Error
{
    QString message;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

template <typename T = void> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const
    {
        assert(ok());
        return *m_value;
    }
    T& value()
    {
        assert(ok());
        return *m_value;
    }
    T take()
    {
        assert(ok());
        return std::move(*m_value);
    }
    const QString& error() const { return m_error; }
    Error toError() const { return Error{m_error}; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    Error toError() const { return Error{m_error}; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace arwain
