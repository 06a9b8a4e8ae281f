// XlsxWriter: a one-sheet XLSX workbook with typed cells (libxlsxwriter), written atomically.
#pragma once

#include "domain/Result.h"
#include "io/xlsx/XlsxColumn.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace arwain {

class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(arwain::XlsxWriter)
public:
    // The most characters a cell holds (Excel's limit; libxlsxwriter refuses more).
    static constexpr int kMaxCell = 32767;
    // Cells arrive as the text CSV would hold ("88.89", "2025-03-31") and are written typed:
    // integers as numbers, dates as dates, percentages as numbers formatted 0.00%.
    // Extra lines (the period, filters, definition) go above the header when given.
    static Result<void> write(const QString& path, const QString& sheet, const QList<XlsxColumn>& columns,
                              const QList<QStringList>& rows, const QStringList& preamble = {});
};

} // namespace arwain
