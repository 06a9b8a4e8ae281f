// DashboardWorker: Dashboard::compute for the newest request only, on a connection of its own thread.
#include "pages/dashboard/DashboardWorker.h"

#include "models/BehindTheWindow.h"
#include "stats/Dashboard.h"
#include "stats/DashboardFigures.h"
#include "stats/StatsQuery.h"

namespace arwain {

DashboardWorker::DashboardWorker(QString path) : m_connection(std::move(path)) {}

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::compute(int generation, const StatsQuery& query)
{
    const FreedMemoryGivenBack afterwards; // a large file's figures take tens of megabytes to work out
    if (generation < latest.load())
        return; // a newer request is queued: skip the stale one
    auto services = m_connection.services();
    if (!services) {
        Q_EMIT computed(generation, {}, services.error());
        return;
    }
    auto figures = Dashboard::compute(*services.value(), query);
    Q_EMIT computed(generation, figures ? figures.value() : DashboardFigures{},
                    figures ? QString() : figures.error());
}

} // namespace arwain
