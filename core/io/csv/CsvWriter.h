// CsvWriter: RFC 4180 rows in UTF-8 with CRLF line ends, formula-safe, to any QIODevice.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QStringList>

#include <span>

namespace arwain {

class CsvWriter
{
public:
    // `byteOrderMark`: begin with a UTF-8 BOM, so that Excel reads Welsh letters correctly.
    explicit CsvWriter(QIODevice& device, bool byteOrderMark = false);
    // Writes what is still buffered.
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRow(const QStringList& cells);
    // The same for cells that are UTF-8 already (an export streamed from the database).
    void writeRow(std::span<const QByteArrayView> cells);
    // Writes what is buffered; whether every write reached the device.
    bool ok();
    // A block could not be written (the disk is full, say): nothing more will be.
    bool failed() const { return !m_ok; }
    // One cell as it appears in the file: protected, and quoted when it must be.
    static QString encode(const QString& cell);

private:
    static void append(QByteArray& out, QByteArrayView cell);
    void endRow();

    QIODevice& m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace arwain
