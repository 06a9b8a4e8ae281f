// CsvReader: reads the device in blocks and feeds libcsv one physical line at a time, so each record
// knows the line it started on.
#include "io/csv/CsvReader.h"

#include "domain/Parsing.h"

#include "io/csv/CsvRecord.h"

#include <QBuffer>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
constexpr qint64 kBlock = 1 << 18;
} // namespace

struct CsvReader::State
{
    csv_parser parser{};
    bool initialised = false;
    std::deque<CsvRecord> ready; // records completed by the lines fed so far
    QStringList current;
    int startLine = 0;
    bool needStart = true;
    int line = 0;
    QByteArray pending; // read from the device, not yet fed
    qsizetype pos = 0;  // where the next line starts in `pending`
    bool atEnd = false; // the device has nothing more
    bool firstBlock = true;
    bool finished = false; // csv_fini has run, or an error ended the reading
    bool anyRecord = false;
    qint64 consumed = 0; // bytes of the file fed so far

    ~State()
    {
        if (initialised)
            csv_free(&parser);
    }

    static void onField(void* data, size_t len, void* user)
    {
        auto* st = static_cast<State*>(user);
        // In NFC from the start, so that a file's own duplicates ("Siân" spelt two ways) are seen as one.
        st->current.append(toNfc(QString::fromUtf8(static_cast<const char*>(data), qsizetype(len))));
    }

    static void onRecord(int, void* user)
    {
        auto* st = static_cast<State*>(user);
        const bool allEmpty = std::all_of(st->current.cbegin(), st->current.cend(),
                                          [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!allEmpty) {
            st->ready.push_back({st->startLine, st->current});
            st->anyRecord = true;
        }
        st->current.clear();
        st->needStart = true;
    }
};

CsvReader::CsvReader(QIODevice& device, QString fileName)
    : m_device(device), m_fileName(std::move(fileName)), m_state(std::make_unique<State>())
{
    m_state->initialised = csv_init(&m_state->parser, CSV_STRICT | CSV_STRICT_FINI) == 0;
}

CsvReader::~CsvReader() = default;

int CsvReader::percentRead() const
{
    if (m_device.isSequential() || m_device.size() <= 0)
        return -1;
    return int(std::min<qint64>(100, m_state->consumed * 100 / m_device.size()));
}

bool CsvReader::fill()
{
    State& st = *m_state;
    if (st.atEnd)
        return false;
    st.pending.remove(0, st.pos);
    st.pos = 0;
    // A block, or what is left of a file smaller than that (a read allocates all it may be given).
    qint64 want = kBlock;
    if (!m_device.isSequential())
        want = std::clamp<qint64>(m_device.size() - m_device.pos(), 1, kBlock);
    const QByteArray block = m_device.read(want);
    if (block.isEmpty()) {
        st.atEnd = true;
        return false;
    }
    st.pending += block;
    if (st.firstBlock && st.pending.size() >= 3) {
        if (st.pending.startsWith("\xEF\xBB\xBF")) {
            st.pending.remove(0, 3);
            st.consumed += 3;
        }
        st.firstBlock = false;
    }
    return true;
}

Result<bool> CsvReader::feedLine()
{
    State& st = *m_state;
    // A line ends at LF, CRLF, or a lone CR (old Mac files): each record knows its own line.
    qsizetype end = -1;
    for (;;) {
        const qsizetype from = st.pos;
        qsizetype i = from;
        while (i < st.pending.size() && st.pending.at(i) != '\n' && st.pending.at(i) != '\r')
            ++i;
        // A CR at the end of what was read may be the first half of a CRLF: read on to see.
        if (i < st.pending.size() && !(st.pending.at(i) == '\r' && i + 1 == st.pending.size() && !st.atEnd)) {
            end = i + ((st.pending.at(i) == '\r' && i + 1 < st.pending.size() && st.pending.at(i + 1) == '\n')
                           ? 2
                           : 1);
            break;
        }
        if (!fill()) {
            if (st.firstBlock && st.pending.startsWith("\xEF\xBB\xBF")) { // a file of a BOM and little else
                st.pending.remove(0, 3);
                st.consumed += 3;
            }
            st.firstBlock = false;
            if (st.pos >= st.pending.size())
                return false;
            end = st.pending.size(); // the last line, without a line end
            break;
        }
    }
    const QByteArrayView chunk(st.pending.constData() + st.pos, end - st.pos);
    ++st.line;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    (void)utf8.decode(chunk).operator QString();
    if (utf8.hasError())
        return fail(tr("%1:%2: not UTF-8 text; save the file as \"CSV UTF-8\"").arg(m_fileName).arg(st.line));
    if (st.needStart && !chunk.trimmed().isEmpty()) {
        st.startLine = st.line;
        st.needStart = false;
    }
    const size_t parsed =
        csv_parse(&st.parser, chunk.data(), size_t(chunk.size()), State::onField, State::onRecord, &st);
    if (parsed != size_t(chunk.size()))
        return fail(tr("%1:%2: malformed quoting: a quote inside an unquoted cell, or text after a closing "
                       "quote")
                        .arg(m_fileName)
                        .arg(st.line));
    st.consumed += chunk.size();
    st.pos = end;
    return true;
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    State& st = *m_state;
    if (!st.initialised)
        return fail(tr("%1: out of memory").arg(m_fileName));
    while (st.ready.empty() && !st.finished) {
        auto fed = feedLine();
        if (!fed) {
            st.finished = true;
            st.ready.clear();
            return fed.toError();
        }
        if (!fed.value()) {
            st.finished = true;
            if (csv_fini(&st.parser, State::onField, State::onRecord, &st) != 0)
                return fail(tr("%1:%2: a quoted cell is never closed").arg(m_fileName).arg(st.startLine));
            // Nothing but blank lines or empty cells (",,,"): as good as empty, and a caller may count
            // on a header row.
            if (!st.anyRecord)
                return fail(tr("%1:1: the file is empty; a header row is expected").arg(m_fileName));
        }
    }
    if (st.ready.empty())
        return std::optional<CsvRecord>();
    CsvRecord record = std::move(st.ready.front());
    st.ready.pop_front();
    return std::optional<CsvRecord>(std::move(record));
}

Result<QList<CsvRecord>> CsvReader::read(QIODevice& device, const QString& fileName)
{
    CsvReader reader(device, fileName);
    QList<CsvRecord> records;
    for (;;) {
        auto record = reader.next();
        if (!record)
            return record.toError();
        if (!record.value())
            return records;
        records.append(std::move(*record.value()));
    }
}

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray& bytes, const QString& fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, fileName);
}

} // namespace arwain
