// The survey importer on any bytes, with the mapping it guesses from the file's own header row, as a
// dry run into a demo cohort: never crashes and changes nothing.
#include "FuzzSupport.h"
#include "io/csv/ImportReport.h"
#include "io/csv/SurveyImporter.h"
#include "io/csv/SurveyMapping.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    arwain::fuzz::startQt();
    arwain::fuzz::demoStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    arwain::Store& store = arwain::fuzz::demoStore();
    static const qint64 cohort = store.cohorts().first().id;
    QByteArray input = arwain::fuzz::bytes(data, size);
    arwain::SurveyImporter importer(store);
    QBuffer headerDevice(&input);
    headerDevice.open(QIODevice::ReadOnly);
    const auto headers = importer.headers(headerDevice, QStringLiteral("survey.csv"));
    if (!headers)
        return 0;
    const arwain::SurveyMapping mapping = arwain::SurveyMapping::guess(headers.value());
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    const auto report = importer.run(device, QStringLiteral("survey.csv"), cohort, mapping, {}, true);
    if (report && report.value().written)
        __builtin_trap(); // a dry run writes nothing
    return 0;
}
