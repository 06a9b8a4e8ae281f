// Clock: system time unless a test has fixed it.
#include "domain/Clock.h"

#include <optional>

namespace arwain {

namespace {
std::optional<QDateTime>& fixedTime()
{
    static std::optional<QDateTime> value;
    return value;
}
} // namespace

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::now()
{
    return fixedTime() ? *fixedTime() : QDateTime::currentDateTime();
}

void Clock::setFixed(const QDateTime& when)
{
    fixedTime() = when;
}

void Clock::reset()
{
    fixedTime().reset();
}

} // namespace arwain
