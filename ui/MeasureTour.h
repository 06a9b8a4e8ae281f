// MeasureTour: `arwain FILE --measure`: walks through every page and types into the participants'
// search, as a user would, then prints the longest stall of each step and of the whole run, the time
// to the first paint and the peak memory, and quits. It is how docs/performance.md measures the app.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace arwain {

class MainWindow;
class StallMeter;

class MeasureTour : public QObject
{
    Q_OBJECT
public:
    MeasureTour(MainWindow* window, StallMeter* meter, int stepMs, QObject* parent = nullptr);
    // Begins the walk; the app quits at its end.
    void start();

private:
    void next();

    MainWindow* m_window;
    StallMeter* m_meter;
    int m_stepMs;
    int m_step = 0;
    QString m_lastStep;
    QList<std::pair<QString, std::function<void()>>> m_steps;
};

} // namespace arwain
