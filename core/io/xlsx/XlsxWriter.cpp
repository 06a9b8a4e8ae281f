// XlsxWriter: libxlsxwriter writes to a file name, so the workbook goes to a private temporary folder
// first and is handed to OutputFile only when complete (a device or a pipe is written into, a regular
// file replaced whole). A cell libxlsxwriter cannot hold (Excel's limit is 32,767 characters) fails the
// whole workbook: a cell is never dropped.
#include "io/xlsx/XlsxWriter.h"

#include "io/OutputFile.h"
#include "io/xlsx/XlsxColumn.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace arwain {

Result<void> XlsxWriter::write(const QString& path, const QString& sheetName,
                               const QList<XlsxColumn>& columns, const QList<QStringList>& rows,
                               const QStringList& preamble)
{
    QTemporaryDir folder; // mode 0700: the workbook holds personal data until it is handed on
    if (!folder.isValid())
        return fail(
            tr("%1: cannot write the workbook: no temporary folder (%2)").arg(path, folder.errorString()));
    const QString temp = folder.filePath(u"workbook.xlsx"_s);
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook* book = workbook_new(tempName.constData());
    if (!book)
        return fail(tr("%1: cannot create the workbook").arg(path));
    const QByteArray sheetUtf8 = sheetName.left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetUtf8.constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* percent = workbook_add_format(book);
    format_set_num_format(percent, "0.00%");

    // The first cell libxlsxwriter refused, in words; the workbook is then not written at all.
    QString refused;
    auto check = [&](lxw_error e, lxw_row_t row, qsizetype col, const QString& cell) {
        if (e == LXW_NO_ERROR || !refused.isEmpty())
            return;
        refused = e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                      ? tr("row %1, column %2 holds %3 characters; a workbook cell holds at most %4 (Excel's "
                           "limit). Export as CSV instead, or shorten it")
                            .arg(row + 1)
                            .arg(col < columns.size() ? columns.at(col).name : QString::number(col + 1))
                            .arg(cell.size())
                            .arg(kMaxCell)
                      : tr("row %1, column %2: %3")
                            .arg(row + 1)
                            .arg(col + 1)
                            .arg(QString::fromUtf8(lxw_strerror(e)));
    };
    lxw_row_t r = 0;
    for (const QString& line : preamble) {
        check(worksheet_write_string(sheet, r, 0, line.toUtf8().constData(), nullptr), r, 0, line);
        ++r;
    }
    if (!preamble.isEmpty())
        ++r;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, r, lxw_col_t(c), columns.at(c).name.toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             columns.at(c).type == XlsxColumn::Text ? 22 : 14, nullptr);
    }
    worksheet_freeze_panes(sheet, r + 1, 0);
    ++r;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c) {
            const QString& cell = row.at(c);
            const auto col = lxw_col_t(c);
            if (cell.isEmpty())
                continue;
            bool ok = false;
            switch (columns.at(c).type) {
            case XlsxColumn::Integer:
                if (const double v = cell.toDouble(&ok); ok) {
                    worksheet_write_number(sheet, r, col, v, nullptr);
                    continue;
                }
                break;
            case XlsxColumn::Percent:
                if (const double v = cell.toDouble(&ok); ok) {
                    worksheet_write_number(sheet, r, col, v / 100.0, percent);
                    continue;
                }
                break;
            case XlsxColumn::Date:
                if (const QDate d = QDate::fromString(cell, Qt::ISODate); d.isValid()) {
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, r, col, &dt, date);
                    continue;
                }
                break;
            case XlsxColumn::Text:
                break;
            }
            check(worksheet_write_string(sheet, r, col, cell.toUtf8().constData(), nullptr), r, c, cell);
        }
        if (!refused.isEmpty())
            break;
        ++r;
    }
    const lxw_error status = workbook_close(book);
    if (!refused.isEmpty())
        return fail(tr("%1: %2; nothing was written").arg(path, refused));
    if (status != LXW_NO_ERROR)
        return fail(
            tr("%1: cannot write the workbook (%2)").arg(path, QString::fromUtf8(lxw_strerror(status))));
    QFile workbook(temp);
    if (!workbook.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot write the workbook (%2)").arg(path, workbook.errorString()));
    return OutputFile::write(path, workbook.readAll());
}

} // namespace arwain
