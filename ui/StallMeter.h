// StallMeter: how responsive the window is, measured from inside the app (`arwain --measure`): the time
// to the first paint of the window, the longest stretch in which the event loop could not run (a
// stall: nothing repaints, keys wait), and the peak memory of the process.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <utility>

class QTimer;

namespace arwain {

class StallMeter : public QObject
{
    Q_OBJECT
public:
    // `since` is the process's start; `window` is the window whose first paint is timed.
    StallMeter(QElapsedTimer since, QObject* window, QObject* parent = nullptr);

    // Milliseconds from the start to the window's first paint, or -1 before it.
    qint64 firstPaintMs() const { return m_firstPaint; }
    // The longest time the event loop was held, in milliseconds, and when it began.
    qint64 longestStallMs() const { return m_longest; }
    qint64 longestStallAtMs() const { return m_longestAt; }
    // The longest stall since the last call (for one step of a scripted tour).
    qint64 takeStepStall();
    // Peak resident memory of the process in MB (Linux: VmHWM), or -1 where it is not known.
    static qint64 peakMemoryMb();
    // Resident memory of the process now, in MB, or -1.
    static qint64 memoryMb();
    QString summary() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();

    QElapsedTimer m_since;
    QObject* m_window;
    QTimer* m_timer;
    qint64 m_lastTick = -1;
    qint64 m_firstPaint = -1;
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
    qint64 m_step = 0;
};

} // namespace arwain
