// One importer (ARWAIN_FUZZ_KIND) on any bytes, as a dry run over the demo database: never crashes, every
// problem names the file and line, and the database is left exactly as it was.
#include "FuzzSupport.h"
#include "io/csv/CsvKinds.h"
#include "io/csv/ImportReport.h"
#include "io/csv/Importer.h"

#include <QSqlQuery>

namespace {
qint64 changeCount(arwain::Store& store)
{
    QSqlQuery q(store.database().connection());
    q.exec(QStringLiteral("PRAGMA data_version"));
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    arwain::fuzz::startQt();
    arwain::fuzz::demoStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    arwain::Store& store = arwain::fuzz::demoStore();
    QByteArray input = arwain::fuzz::bytes(data, size);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    const qint64 before = changeCount(store);
    const auto report = arwain::Importer(store).run(arwain::CsvKind::ARWAIN_FUZZ_KIND, device,
                                                    QStringLiteral("fuzz.csv"), true);
    if (report) {
        if (report.value().written)
            __builtin_trap(); // a dry run writes nothing
        for (const QString& e : report.value().errors)
            if (!e.startsWith(QStringLiteral("fuzz.csv:")))
                __builtin_trap(); // every problem names the file and line
    }
    if (changeCount(store) != before)
        __builtin_trap();
    return 0;
}
