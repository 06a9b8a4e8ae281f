// CsvWriter: quoting and formula protection for exported cells, on UTF-8 bytes (every character the
// rules look at is ASCII), buffered so that a large export is written in blocks.
#include "io/csv/CsvWriter.h"

#include "io/csv/CsvCell.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
constexpr qsizetype kBlock = 1 << 16;

bool isTrigger(char c)
{
    return csvcell::isTrigger(QChar(QLatin1Char(c)));
}
} // namespace

CsvWriter::CsvWriter(QIODevice& device, bool byteOrderMark) : m_device(device)
{
    if (byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF", 3);
}

CsvWriter::~CsvWriter()
{
    ok();
}

void CsvWriter::append(QByteArray& out, QByteArrayView cell)
{
    // The same rule as csvcell::protect: a leading apostrophe before a formula trigger.
    const bool protect =
        !cell.isEmpty() &&
        (isTrigger(cell.front()) || (cell.size() > 1 && cell.front() == '\'' && isTrigger(cell.at(1))));
    const bool quote = cell.contains(',') || cell.contains('"') || cell.contains('\n') ||
                       cell.contains('\r') ||
                       (!cell.isEmpty() && (cell.front() == ' ' || cell.back() == ' ' ||
                                            cell.back() == '\t' || (!protect && cell.front() == '\t')));
    if (quote)
        out.append('"');
    if (protect)
        out.append('\'');
    if (quote && cell.contains('"')) {
        for (const char c : cell) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
    } else {
        out.append(cell);
    }
    if (quote)
        out.append('"');
}

QString CsvWriter::encode(const QString& cell)
{
    QByteArray out;
    append(out, cell.toUtf8());
    return QString::fromUtf8(out);
}

void CsvWriter::writeRow(const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        append(m_buffer, cells.at(i).toUtf8());
    }
    endRow();
}

void CsvWriter::writeRow(std::span<const QByteArrayView> cells)
{
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        append(m_buffer, cells[i]);
    }
    endRow();
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    if (m_buffer.size() >= kBlock)
        ok();
}

bool CsvWriter::ok()
{
    if (!m_buffer.isEmpty()) {
        if (m_ok && m_device.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.resize(0); // keeps the block allocated
    }
    return m_ok;
}

} // namespace arwain
