// CsvWriter: RFC 4180 rows in UTF-8 with CRLF line ends, formula-safe, to any QIODevice.
#pragma once

#include <QIODevice>
#include <QStringList>

namespace arwain {

class CsvWriter
{
public:
    // `byteOrderMark`: begin with a UTF-8 BOM, so that Excel reads Welsh letters correctly.
    explicit CsvWriter(QIODevice& device, bool byteOrderMark = false);
    void writeRow(const QStringList& cells);
    // Whether every write reached the device.
    bool ok() const { return m_ok; }
    // One cell as it appears in the file: protected, and quoted when it must be.
    static QString encode(const QString& cell);

private:
    QIODevice& m_device;
    bool m_ok = true;
};

} // namespace arwain
