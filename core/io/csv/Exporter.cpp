// Exporter: each kind streamed from the database in the words and date format the importer expects.
#include "io/csv/Exporter.h"

#include "io/csv/CsvWriter.h"
#include "io/xlsx/XlsxColumn.h"
#include "io/xlsx/XlsxWriter.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "storage/ExportStore.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

using namespace Qt::StringLiterals;

namespace arwain {

Exporter::Exporter(const Services& services) : m_store(services.store()) {}

namespace {

// The kinds and the tables are listed in the same order.
ExportStore::Table tableOf(CsvKind kind)
{
    return ExportStore::Table(int(kind));
}
static_assert(int(CsvKind::Network) == int(ExportStore::Table::Network));

// Progress is reported every so many rows (about 250 times for a million).
constexpr qint64 kProgressEvery = 4096;

} // namespace

Result<qint64> Exporter::stream(CsvKind kind, const sql::TextSink& sink, const Progress& progress) const
{
    try {
        const ExportStore source(m_store.database());
        const qint64 total = progress ? source.count(tableOf(kind)) : 0;
        if (progress && !progress(0, total))
            return fail(tr("the export was cancelled"));
        qint64 done = 0;
        bool cancelled = false;
        source.stream(tableOf(kind), [&](sql::TextRow row) {
            if (!sink(row))
                return false;
            if (progress && ++done % kProgressEvery == 0 && !progress(done, total)) {
                cancelled = true;
                return false;
            }
            return true;
        });
        if (cancelled)
            return fail(tr("the export was cancelled"));
        if (progress)
            progress(done, total);
        return done;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

Result<QList<QStringList>> Exporter::rows(CsvKind kind) const
{
    QList<QStringList> out;
    auto streamed = stream(kind, [&](sql::TextRow row) {
        QStringList cells;
        cells.reserve(qsizetype(row.size()));
        for (const QByteArrayView cell : row)
            cells << QString::fromUtf8(cell);
        out << cells;
        return true;
    });
    if (!streamed)
        return streamed.toError();
    return out;
}

Result<qint64> Exporter::write(CsvKind kind, QIODevice& device, bool byteOrderMark,
                               const Progress& progress) const
{
    CsvWriter writer(device, byteOrderMark);
    writer.writeRow(csvColumnNames(kind));
    auto streamed = stream(
        kind,
        [&](sql::TextRow row) {
            writer.writeRow(row);
            return !writer.failed(); // a full disk stops the export at once, not at its end
        },
        progress);
    if (!streamed)
        return streamed.toError();
    if (!writer.ok())
        return fail(tr("could not write the file: %1").arg(device.errorString()));
    return streamed.value();
}

Result<qint64> Exporter::writeXlsx(CsvKind kind, const QString& path) const
{
    auto data = rows(kind);
    if (!data)
        return data.toError();
    static const QStringList dates = {u"start_date"_s,   u"end_date"_s,  u"status_date"_s, u"date"_s,
                                      u"session_date"_s, u"joined_on"_s, u"left_on"_s};
    QList<XlsxColumn> columns;
    for (const QString& name : csvColumnNames(kind))
        columns << XlsxColumn{name, dates.contains(name)                                ? XlsxColumn::Date
                                    : (name == u"capacity"_s || name == u"headcount"_s) ? XlsxColumn::Integer
                                                                                        : XlsxColumn::Text};
    if (auto written = XlsxWriter::write(path, toText(kind), columns, data.value()); !written)
        return written.toError();
    return qint64(data.value().size());
}

} // namespace arwain
