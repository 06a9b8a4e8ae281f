// CsvReader: feeds libcsv one physical line at a time, so each record knows the line it started on.
#include "io/csv/CsvReader.h"

#include "io/csv/CsvRecord.h"

#include <QStringDecoder>

#include <csv.h>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

struct ParseState
{
    QList<CsvRecord> records;
    QStringList current;
    int currentLine = 0;
    int startLine = 0;
    bool needStart = true;
};

void onField(void* data, size_t len, void* user)
{
    auto* st = static_cast<ParseState*>(user);
    st->current.append(QString::fromUtf8(static_cast<const char*>(data), qsizetype(len)));
}

void onRecord(int, void* user)
{
    auto* st = static_cast<ParseState*>(user);
    const bool allEmpty = std::all_of(st->current.cbegin(), st->current.cend(),
                                      [](const QString& f) { return f.trimmed().isEmpty(); });
    if (!allEmpty)
        st->records.append({st->startLine, st->current});
    st->current.clear();
    st->needStart = true;
}

} // namespace

Result<QList<CsvRecord>> CsvReader::read(QIODevice& device, const QString& fileName)
{
    const QByteArray bytes = device.readAll();
    return parse(bytes, fileName);
}

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& input, const QString& fileName)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return fail(tr("%1:1: the file is empty; a header row is expected").arg(fileName));

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return fail(tr("%1: out of memory").arg(fileName));
    struct Free
    {
        csv_parser* p;
        ~Free() { csv_free(p); }
    } freeParser{&parser};

    ParseState st;
    qsizetype pos = 0;
    int line = 0;
    while (pos < bytes.size()) {
        // A line ends at LF, CRLF, or a lone CR (old Mac files): each record knows its own line.
        qsizetype end = pos;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        if (end < bytes.size())
            end += (bytes.at(end) == '\r' && end + 1 < bytes.size() && bytes.at(end + 1) == '\n') ? 2 : 1;
        const QByteArray chunk = bytes.mid(pos, end - pos);
        ++line;
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        (void)utf8.decode(chunk).operator QString();
        if (utf8.hasError())
            return fail(tr("%1:%2: not UTF-8 text; save the file as \"CSV UTF-8\"").arg(fileName).arg(line));
        st.currentLine = line;
        if (st.needStart && !chunk.trimmed().isEmpty()) {
            st.startLine = line;
            st.needStart = false;
        }
        const size_t parsed =
            csv_parse(&parser, chunk.constData(), size_t(chunk.size()), onField, onRecord, &st);
        if (parsed != size_t(chunk.size()))
            return fail(
                tr("%1:%2: malformed quoting: a quote inside an unquoted cell, or text after a closing "
                   "quote")
                    .arg(fileName)
                    .arg(line));
        pos = end;
    }
    if (csv_fini(&parser, onField, onRecord, &st) != 0)
        return fail(tr("%1:%2: a quoted cell is never closed").arg(fileName).arg(st.startLine));
    // Only empty cells (",,,"): as good as empty, and a caller may count on a header row.
    if (st.records.isEmpty())
        return fail(tr("%1:1: the file is empty; a header row is expected").arg(fileName));
    return st.records;
}

} // namespace arwain
