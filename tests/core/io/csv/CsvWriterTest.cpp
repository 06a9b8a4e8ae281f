// CsvWriter: quoting, CRLF, optional BOM and formula protection that import undoes exactly.
#include "io/csv/CsvWriter.h"
#include "io/csv/CsvCell.h"
#include "io/csv/CsvReader.h"

#include <QBuffer>

#include <vector>

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
    ASSERT_TRUE(w.ok()); // the writer buffers until asked
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
    ASSERT_TRUE(w.ok());
    auto back = CsvReader::parse(buf.data(), u"x.csv"_s);
    ASSERT_TRUE(back.ok());
    QStringList restored;
    for (const QString& f : back.value().first().fields)
        restored << csvcell::unprotect(f);
    EXPECT_EQ(restored, risky);
}

TEST(CsvWriter, CellsAlreadyInUtf8AreWrittenByTheSameRules)
{
    // An export streamed from the database hands over UTF-8 bytes; the file must be the same as from text.
    const QStringList cells = {u"Gwenllïan"_s, u"=1+1"_s,       u"Jones, Llŷr"_s, u" padded "_s,
                               u"'@x"_s,       u"say \"hi\""_s, QString()};
    QBuffer fromText, fromBytes;
    fromText.open(QIODevice::WriteOnly);
    fromBytes.open(QIODevice::WriteOnly);
    CsvWriter a(fromText), b(fromBytes);
    a.writeRow(cells);
    QList<QByteArray> utf8;
    for (const QString& c : cells)
        utf8 << c.toUtf8();
    const std::vector<QByteArrayView> views(utf8.cbegin(), utf8.cend());
    b.writeRow(std::span<const QByteArrayView>(views));
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(fromBytes.data(), fromText.data());
    EXPECT_EQ(fromBytes.data(), QByteArray("Gwenll\xC3\xAF"
                                           "an,'=1+1,\"Jones, Ll\xC5\xB7r\",\" padded \",''@x,"
                                           "\"say \"\"hi\"\"\",\r\n"));
}

TEST(CsvWriter, ALargeExportIsWrittenInBlocksAndWhole)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(buf);
    for (int i = 0; i < 20000; ++i)
        w.writeRow({u"Siân"_s, QString::number(i)});
    EXPECT_GT(buf.data().size(), 0); // blocks went out before the end
    ASSERT_TRUE(w.ok());
    const QByteArray all = buf.data();
    EXPECT_EQ(all.count("\r\n"), 20000);
    EXPECT_TRUE(all.endsWith("Si\xC3\xA2n,19999\r\n"));
}
