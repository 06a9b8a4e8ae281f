// The CSV reader on any bytes: never crashes, and what it accepts has a line number for every record,
// in order.
#include "FuzzSupport.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvRecord.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    arwain::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray input = arwain::fuzz::bytes(data, size);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    const auto records = arwain::CsvReader::read(device, QStringLiteral("fuzz.csv"));
    if (records) {
        int line = 0;
        for (const arwain::CsvRecord& r : records.value()) {
            if (r.line <= line)
                __builtin_trap(); // lines go forward
            line = r.line;
        }
    } else if (!records.error().startsWith(QStringLiteral("fuzz.csv"))) {
        __builtin_trap(); // every refusal names the file
    }
    return 0;
}
