// XlsxWriter: a cell a workbook cannot hold fails the whole workbook, naming its row and column; nothing is
// written and nothing is left out silently. A workbook goes through OutputFile like any other output.
#include "io/xlsx/XlsxWriter.h"

#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(XlsxWriter, ACellTooLongForAWorkbookFailsItWholeNamingRowAndColumn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.xlsx"_s);
    const QList<XlsxColumn> columns = {{u"given_name"_s, XlsxColumn::Text},
                                       {u"family_name"_s, XlsxColumn::Text}};
    const QString longest(XlsxWriter::kMaxCell, u'a');
    auto fits = XlsxWriter::write(path, u"People"_s, columns, {{longest, u"Owen"_s}});
    ASSERT_TRUE(fits.ok()) << fits.error().toStdString();
    ASSERT_TRUE(QFile::remove(path));

    auto refused = XlsxWriter::write(path, u"People"_s, columns,
                                     {{u"Siân"_s, u"Llywelyn"_s}, {longest + u'a', u"Owen"_s}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"row 3, column given_name holds 32768 characters"_s))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(u"nothing was written"_s)) << refused.error().toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "a temporary file was left";
}
