// CsvReader: RFC 4180 records from UTF-8 text (libcsv tokenises), each with the physical line it starts on,
// read from a device a block at a time, so that a file of any size costs the memory of a few records.
#pragma once

#include "domain/Result.h"
#include "io/csv/CsvRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace arwain {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(arwain::CsvReader)
public:
    // Reads `device` from where it stands. Errors read "FILE:LINE: message".
    CsvReader(QIODevice& device, QString fileName);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // The next record (the header first), or none at the end of the file. A byte-order mark and CRLF
    // line ends are accepted; blank lines and rows of empty cells are skipped. A file without any
    // record is an error ("the file is empty"), as are text that is not UTF-8 and broken quoting;
    // after an error there are no more records.
    Result<std::optional<CsvRecord>> next();
    // How much of the file has been read, from 0 to 100; -1 when the device's size is not known.
    int percentRead() const;

    // Every record of the file, header included.
    static Result<QList<CsvRecord>> read(QIODevice& device, const QString& fileName);
    static Result<QList<CsvRecord>> parse(const QByteArray& bytes, const QString& fileName);

private:
    struct State;
    // Feeds the next physical line to the tokeniser; false at the end of the input.
    Result<bool> feedLine();
    bool fill();

    QIODevice& m_device;
    QString m_fileName;
    std::unique_ptr<State> m_state;
};

} // namespace arwain
