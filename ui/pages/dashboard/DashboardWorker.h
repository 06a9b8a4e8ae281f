// DashboardWorker: computes dashboards in its own thread with its own read-only connection (opened once).
#pragma once

#include "pages/WorkerConnection.h"
#include "stats/DashboardFigures.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace arwain {

class DashboardWorker : public QObject
{
    Q_OBJECT
public:
    explicit DashboardWorker(QString path);
    ~DashboardWorker() override;
    std::atomic<int> latest{0};

public Q_SLOTS:
    void compute(int generation, const arwain::StatsQuery& query);

Q_SIGNALS:
    void computed(int generation, const arwain::DashboardFigures& figures, const QString& error);

private:
    WorkerConnection m_connection;
};

} // namespace arwain

Q_DECLARE_METATYPE(arwain::StatsQuery)
Q_DECLARE_METATYPE(arwain::DashboardFigures)
