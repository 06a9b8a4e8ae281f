// Clock: the one source of "today" and "now", fixed in tests.
#pragma once

#include <QDate>
#include <QDateTime>

namespace arwain {

class Clock
{
public:
    static QDate today();
    static QDateTime now();
    // Tests fix the clock; resetting returns to the system clock.
    static void setFixed(const QDateTime& when);
    static void reset();
};

} // namespace arwain
