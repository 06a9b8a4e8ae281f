// Benchmarks of the core's hot paths: counting the demo year, CSV tokenising, import and export.
#include "demo/Demo.h"
#include "domain/Records.h"
#include "io/csv/CsvReader.h"
#include "io/csv/Exporter.h"
#include "io/csv/Importer.h"
#include "stats/Dashboard.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace arwain;
using namespace Qt::StringLiterals;

namespace {

struct DemoDb
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    DemoDb()
    {
        db = Database::create(dir.filePath(u"bench.arwain"_s)).take();
        store = std::make_unique<Store>(*db);
        if (!Demo::build(*store))
            std::abort();
    }
};

DemoDb& demo()
{
    static DemoDb d;
    return d;
}

// A timing of work that failed is no figure: the benchmark stops with the reason instead.
bool failed(benchmark::State& state, bool ok, const QString& what)
{
    if (!ok)
        state.SkipWithError(what.toStdString().c_str());
    return !ok;
}

QByteArray participantsCsv(int rows)
{
    QByteArray out = "given_name,family_name,email,organisation,job_role,preferred_language\r\n";
    for (int i = 0; i < rows; ++i)
        out += "Gwenllïan,\"ap Llŷr, " + QByteArray::number(i) + "\",person" + QByteArray::number(i) +
               "@example.org,Organisation " + QByteArray::number(i % 40) + ",middle manager,Welsh\r\n";
    return out;
}

void BM_StatsDemoYear(benchmark::State& state)
{
    StatsQuery q;
    q.year = 2024;
    for (auto _ : state) {
        const auto r = Statistics(*demo().store).compute(q);
        if (failed(state, r.ok() && !r.value().rows.isEmpty(), u"stats of the demo's 2024 have no rows"_s))
            break;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_StatsDemoYear)->Unit(benchmark::kMillisecond);

void BM_StatsDemoAsAt(benchmark::State& state)
{
    StatsQuery q;
    q.year = 2024;
    q.asAt = QDate(2024, 10, 1);
    for (auto _ : state) {
        const auto r = Statistics(*demo().store).compute(q);
        if (failed(state, r.ok() && !r.value().rows.isEmpty(), u"stats as at 2024-10-01 have no rows"_s))
            break;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_StatsDemoAsAt)->Unit(benchmark::kMillisecond);

// Everything the dashboard shows for one set of filters: five breakdowns and a trend over five years.
void BM_DashboardDemoYear(benchmark::State& state)
{
    StatsQuery q;
    q.year = 2024;
    for (auto _ : state) {
        const auto r = Dashboard::compute(*demo().store, q);
        if (failed(state, r.ok() && !r.value().programmes.rows.isEmpty(), u"the dashboard has no figures"_s))
            break;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DashboardDemoYear)->Unit(benchmark::kMillisecond);

void BM_DashboardDemoFiltered(benchmark::State& state)
{
    StatsQuery q;
    q.year = 2024;
    q.sector = Sector::LocalAuthority;
    q.definition = Definition::FinishedOnly;
    for (auto _ : state) {
        const auto r = Dashboard::compute(*demo().store, q);
        if (failed(state, r.ok() && !r.value().programmes.rows.isEmpty(), u"the dashboard has no figures"_s))
            break;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DashboardDemoFiltered)->Unit(benchmark::kMillisecond);

void BM_DashboardDemoAsAt(benchmark::State& state)
{
    StatsQuery q;
    q.year = 2024;
    q.asAt = QDate(2024, 10, 1);
    for (auto _ : state) {
        const auto r = Dashboard::compute(*demo().store, q);
        if (failed(state, r.ok() && !r.value().programmes.rows.isEmpty(), u"the dashboard has no figures"_s))
            break;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DashboardDemoAsAt)->Unit(benchmark::kMillisecond);

void BM_CsvParse(benchmark::State& state)
{
    const QByteArray text = participantsCsv(int(state.range(0)));
    for (auto _ : state) {
        const auto r = CsvReader::parse(text, u"x.csv"_s);
        if (failed(state, r.ok() && r.value().size() == state.range(0) + 1, u"the CSV did not parse whole"_s))
            break;
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_CsvParse)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ImportParticipantsDryRun(benchmark::State& state)
{
    const QByteArray text = participantsCsv(int(state.range(0)));
    for (auto _ : state) {
        QBuffer buf;
        buf.setData(text);
        buf.open(QIODevice::ReadOnly);
        const auto r = Importer(*demo().store).run(CsvKind::Participants, buf, u"x.csv"_s, true);
        if (failed(state, r.ok() && r.value().ok() && r.value().added == state.range(0),
                   r.ok() ? r.value().errors.value(0, u"not every row would be added"_s) : r.error()))
            break;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ImportParticipantsDryRun)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_ExportEnrolments(benchmark::State& state)
{
    for (auto _ : state) {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        const auto r = Exporter(*demo().store).write(CsvKind::Enrolments, buf);
        if (failed(state, r.ok() && buf.data().count('\n') > 1, u"the export wrote no enrolments"_s))
            break;
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ExportEnrolments)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
