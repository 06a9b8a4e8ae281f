// XlsxWriter: libxlsxwriter writes to a file name, so the workbook goes to a temporary file first and
// replaces the target only when complete.
#include "io/xlsx/XlsxWriter.h"
#include "domain/OwnerOnly.h"

#include "io/xlsx/XlsxColumn.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace arwain {

Result<void> XlsxWriter::write(const QString& path, const QString& sheetName,
                               const QList<XlsxColumn>& columns, const QList<QStringList>& rows,
                               const QStringList& preamble)
{
    const QString temp = path + u".part"_s;
    QFile::remove(temp);
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

    lxw_row_t r = 0;
    for (const QString& line : preamble)
        worksheet_write_string(sheet, r++, 0, line.toUtf8().constData(), nullptr);
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
            worksheet_write_string(sheet, r, col, cell.toUtf8().constData(), nullptr);
        }
        ++r;
    }
    const lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR) {
        QFile::remove(temp);
        return fail(
            tr("%1: cannot write the workbook (%2)").arg(path, QString::fromUtf8(lxw_strerror(status))));
    }
    QFile::setPermissions(temp, kOwnerOnly);
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return fail(tr("%1: cannot write the workbook").arg(path));
    }
    return {};
}

} // namespace arwain
