// Exporter: any KIND as CSV to a QIODevice, in the columns the importer reads back.
#pragma once

#include "domain/Result.h"
#include "io/csv/CsvKinds.h"

#include <QCoreApplication>
#include <QIODevice>

namespace arwain {

class Store;

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Exporter)
public:
    explicit Exporter(const Store& store) : m_store(store) {}

    // The header and one row per record; the number of rows written.
    Result<int> write(CsvKind kind, QIODevice& device, bool byteOrderMark = false) const;
    // The same rows in an XLSX workbook, dates and numbers typed.
    Result<int> writeXlsx(CsvKind kind, const QString& path) const;
    // The same rows as text cells, for other formats.
    Result<QList<QStringList>> rows(CsvKind kind) const;

private:
    const Store& m_store;
};

} // namespace arwain
