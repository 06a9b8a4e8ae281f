// CsvWriter: quoting, CRLF, optional BOM and formula protection that import undoes exactly.
#include "io/csv/CsvWriter.h"
#include "io/csv/CsvCell.h"
#include "io/csv/CsvReader.h"

#include <QBuffer>

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(CsvWriter, QuotesOnlyWhatNeedsQuotingAndEndsLinesWithCrlf)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(buf);
    w.writeRow({u"Siân"_s, u"Jones, Llŷr"_s, u"said \"hi\""_s, u"two\nlines"_s, QString()});
    EXPECT_TRUE(w.ok());
    EXPECT_EQ(buf.data(),
              QByteArray("Si\xC3\xA2n,\"Jones, Ll\xC5\xB7r\",\"said \"\"hi\"\"\",\"two\nlines\",\r\n"));
}

TEST(CsvWriter, ByteOrderMarkForExcel)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(buf, true);
    w.writeRow({u"a"_s});
    EXPECT_EQ(buf.data(), QByteArray("\xEF\xBB\xBF"
                                     "a\r\n"));
}

TEST(CsvWriter, FormulasAreDisarmedAndImportRestoresThem)
{
    const QStringList risky = {u"=SUM(A1:A9)"_s, u"+44 29 2000 0000"_s, u"-5"_s,        u"@cmd"_s,
                               u"\tindented"_s,  u"'=already quoted"_s, u"'Tis fine"_s, u"plain"_s};
    for (const QString& v : risky) {
        const QString cell = csvcell::protect(v);
        if (csvcell::isTrigger(v.front())) {
            EXPECT_TRUE(cell.startsWith(u'\'')) << v.toStdString();
        }
        EXPECT_EQ(csvcell::unprotect(cell), v) << v.toStdString();
    }
    EXPECT_EQ(csvcell::protect(u"'Tis fine"_s), u"'Tis fine"_s);
    EXPECT_EQ(CsvWriter::encode(u"=1+1"_s), u"'=1+1"_s);

    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(buf);
    w.writeRow(risky);
    auto back = CsvReader::parse(buf.data(), u"x.csv"_s);
    ASSERT_TRUE(back.ok());
    QStringList restored;
    for (const QString& f : back.value().first().fields)
        restored << csvcell::unprotect(f);
    EXPECT_EQ(restored, risky);
}
