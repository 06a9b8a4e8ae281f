// CsvReader: RFC 4180 records from UTF-8 text (libcsv tokenises), each with the physical line it starts on.
#pragma once

#include "domain/Result.h"
#include "io/csv/CsvRecord.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringList>

namespace arwain {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(arwain::CsvReader)
public:
    // Every record of the file, header included. A byte-order mark and CRLF line ends are accepted;
    // blank lines and rows of empty cells are skipped. Errors read "FILE:LINE: message".
    static Result<QList<CsvRecord>> read(QIODevice& device, const QString& fileName);
    static Result<QList<CsvRecord>> parse(const QByteArray& bytes, const QString& fileName);
};

} // namespace arwain
