// CsvWriter: quoting and formula protection for exported cells.
#include "io/csv/CsvWriter.h"

#include "io/csv/CsvCell.h"

using namespace Qt::StringLiterals;

namespace arwain {

CsvWriter::CsvWriter(QIODevice& device, bool byteOrderMark) : m_device(device)
{
    if (byteOrderMark)
        m_ok = m_device.write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::encode(const QString& cell)
{
    QString value = csvcell::protect(cell);
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ') ||
                       value.startsWith(u'\t') || value.endsWith(u'\t');
    if (!quote)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += encode(cells.at(i));
    }
    line += u"\r\n"_s;
    const QByteArray bytes = line.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        m_ok = false;
}

} // namespace arwain
