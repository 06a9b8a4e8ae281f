// CsvRecord: one CSV record's fields and the physical line it starts on.
#pragma once

#include <QStringList>

namespace arwain {

struct CsvRecord
{
    int line = 0; // physical line where the record starts, from 1
    QStringList fields;
};

} // namespace arwain
