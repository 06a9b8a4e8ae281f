// StallMeter: a 5 ms timer on the UI thread; a gap between its ticks beyond 5 ms is a stall.
#include "StallMeter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
constexpr int kTickMs = 5;
}

StallMeter::StallMeter(QElapsedTimer since, QObject* window, QObject* parent)
    : QObject(parent), m_since(since), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &StallMeter::tick);
    m_timer->start();
    m_lastTick = m_since.elapsed(); // whatever holds the thread before the loop runs is a stall too
    QCoreApplication::instance()->installEventFilter(this);
}

void StallMeter::tick()
{
    const qint64 now = m_since.elapsed();
    if (m_lastTick >= 0) {
        const qint64 stall = std::max<qint64>(0, now - m_lastTick - kTickMs);
        if (stall > m_longest) {
            m_longest = stall;
            m_longestAt = m_lastTick;
        }
        m_step = std::max(m_step, stall);
    }
    m_lastTick = now;
}

qint64 StallMeter::takeStepStall()
{
    tick();
    return std::exchange(m_step, 0);
}

bool StallMeter::eventFilter(QObject* watched, QEvent* event)
{
    if (m_firstPaint < 0 && event->type() == QEvent::Paint) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == m_window) {
            m_firstPaint = m_since.elapsed();
            QCoreApplication::instance()->removeEventFilter(this);
        }
    }
    return QObject::eventFilter(watched, event);
}

namespace {
// A "VmXXX:   N kB" line of /proc/self/status in MB, or -1.
qint64 statusMb(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(QString::fromLatin1(field) + uR"(:\s*(\d+)\s*kB)"_s);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() / 1024 : -1;
}
} // namespace

qint64 StallMeter::peakMemoryMb()
{
    return statusMb("VmHWM");
}

qint64 StallMeter::memoryMb()
{
    return statusMb("VmRSS");
}

QString StallMeter::summary() const
{
    return u"first paint: %1 ms; longest stall: %2 ms (at %3 ms); peak memory: %4 MB"_s.arg(m_firstPaint)
        .arg(m_longest)
        .arg(m_longestAt)
        .arg(peakMemoryMb());
}

} // namespace arwain
