// Exporter: any KIND as CSV to a QIODevice, in the columns the importer reads back.
#pragma once

#include "domain/Result.h"
#include "io/csv/CsvKinds.h"
#include "storage/TextRows.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace arwain {

class Services;
class Store;

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Exporter)
public:
    // Rows done and rows in all; returning false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Exporter(const Store& store) : m_store(store) {}
    // Over an open database's services (the app and the CLI).
    explicit Exporter(const Services& services);

    // The header and one row per record, streamed from the database (memory stays flat however many
    // rows there are); the number of rows written. A cancel or a failed write is an error.
    Result<qint64> write(CsvKind kind, QIODevice& device, bool byteOrderMark = false,
                         const Progress& progress = {}) const;
    // The same rows in an XLSX workbook, dates and numbers typed.
    Result<qint64> writeXlsx(CsvKind kind, const QString& path) const;
    // The same rows as text cells, for other formats.
    Result<QList<QStringList>> rows(CsvKind kind) const;

private:
    // Each row of `kind` to `sink`, as UTF-8 cells in the CSV's columns.
    Result<qint64> stream(CsvKind kind, const sql::TextSink& sink, const Progress& progress = {}) const;

    const Store& m_store;
};

} // namespace arwain
