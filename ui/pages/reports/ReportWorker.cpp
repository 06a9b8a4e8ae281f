// ReportWorker: ReportFigures then ReportWriter for the newest request only.
#include "pages/reports/ReportWorker.h"

#include "domain/Clock.h"
#include "models/BehindTheWindow.h"
#include "report/ReportFigures.h"
#include "report/ReportPages.h"
#include "report/ReportWriter.h"

namespace arwain {

ReportWorker::ReportWorker(QString path) : m_connection(std::move(path)) {}

ReportWorker::~ReportWorker() = default;

void ReportWorker::write(int generation, const ReportOptions& options)
{
    const FreedMemoryGivenBack afterwards; // a large file's figures take tens of megabytes to work out
    if (generation < latest.load())
        return; // a newer request is queued: skip the stale one
    auto services = m_connection.services();
    if (!services) {
        Q_EMIT written(generation, {}, {}, services.error());
        return;
    }
    auto figures = ReportFigures::compute(*services.value(), options, Clock::today());
    if (!figures) {
        Q_EMIT written(generation, {}, {}, figures.error());
        return;
    }
    const ReportDocument doc = ReportWriter(figures.value()).write();
    Q_EMIT written(generation, doc, ReportPages::chartImages(doc, previewScale.load()), QString());
}

} // namespace arwain
