// The date parser on any text: never crashes, and a date it accepts is a real date that reads back the
// same when written the ISO way.
#include "FuzzSupport.h"
#include "domain/Parsing.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    arwain::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(arwain::fuzz::bytes(data, size));
    if (const auto date = arwain::parseDate(text)) {
        if (!date->isValid())
            __builtin_trap();
        const auto again = arwain::parseDate(date->toString(Qt::ISODate));
        if (!again || *again != *date)
            __builtin_trap();
    }
    return 0;
}
