// ReportWorker: ReportFigures then ReportWriter for the newest request only.
#include "pages/reports/ReportWorker.h"

#include "domain/Clock.h"
#include "report/ReportFigures.h"
#include "report/ReportWriter.h"
#include "storage/Database.h"
#include "storage/Store.h"

namespace arwain {

ReportWorker::ReportWorker(QString path) : m_path(std::move(path)) {}

ReportWorker::~ReportWorker() = default;

void ReportWorker::write(int generation, const ReportOptions& options)
{
    if (generation < latest.load())
        return; // a newer request is queued: skip the stale one
    if (!m_db) {
        auto db = Database::open(m_path, Database::Access::ReadOnly);
        if (!db) {
            Q_EMIT written(generation, {}, db.error());
            return;
        }
        m_db = db.take();
        m_store = std::make_unique<Store>(*m_db);
    }
    auto figures = ReportFigures::compute(*m_store, options, Clock::today());
    if (!figures) {
        Q_EMIT written(generation, {}, figures.error());
        return;
    }
    Q_EMIT written(generation, ReportWriter(figures.value()).write(), QString());
}

} // namespace arwain
