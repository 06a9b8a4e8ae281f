// CsvReader: RFC 4180 quoting, embedded line breaks, BOM, CRLF, Welsh letters and the line each record starts
// on.
#include "io/csv/CsvReader.h"
#include "io/csv/CsvRecord.h"

#include <QBuffer>

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

namespace {
QList<CsvRecord> ok(const QByteArray& bytes)
{
    auto r = CsvReader::parse(bytes, u"in.csv"_s);
    EXPECT_TRUE(r.ok()) << r.error().toStdString();
    return r.ok() ? r.value() : QList<CsvRecord>{};
}
QString refused(const QByteArray& bytes)
{
    auto r = CsvReader::parse(bytes, u"in.csv"_s);
    EXPECT_FALSE(r.ok());
    return r.ok() ? QString() : r.error();
}
} // namespace

TEST(CsvReader, QuotedCommasQuotesAndLineBreaks)
{
    const auto recs =
        ok("name,note\n\"Jones, Siân\",\"said \"\"diolch\"\"\"\n\"Ifans\",\"line one\nline two\"\nLast,x\n");
    ASSERT_EQ(recs.size(), 4);
    EXPECT_EQ(recs.at(1).fields, (QStringList{u"Jones, Siân"_s, u"said \"diolch\""_s}));
    EXPECT_EQ(recs.at(2).fields.at(1), u"line one\nline two"_s);
    EXPECT_EQ(recs.at(2).line, 3);
    EXPECT_EQ(recs.at(3).line, 5); // the physical line where the record starts
}

TEST(CsvReader, ByteOrderMarkAndCrlfAreAccepted)
{
    const auto recs = ok("\xEF\xBB\xBFgiven_name,family_name\r\nLlŷr,Gwenllïan\r\nŴyn,Âb Ïfan\r\n");
    ASSERT_EQ(recs.size(), 3);
    EXPECT_EQ(recs.at(0).fields.first(), u"given_name"_s);
    EXPECT_EQ(recs.at(1).fields, (QStringList{u"Llŷr"_s, u"Gwenllïan"_s}));
    EXPECT_EQ(recs.at(2).fields, (QStringList{u"Ŵyn"_s, u"Âb Ïfan"_s}));
    EXPECT_EQ(recs.at(2).line, 3);
}

TEST(CsvReader, BlankLinesAndEmptyRowsAreSkippedButCounted)
{
    const auto recs = ok("a,b\n\n1,2\n,\n\n3,4");
    ASSERT_EQ(recs.size(), 3);
    EXPECT_EQ(recs.at(1).line, 3);
    EXPECT_EQ(recs.at(2).line, 6);
    EXPECT_EQ(recs.at(2).fields, (QStringList{u"3"_s, u"4"_s}));
}

TEST(CsvReader, EmptyFilesAreRefused)
{
    EXPECT_EQ(refused(""), u"in.csv:1: the file is empty; a header row is expected"_s);
    EXPECT_EQ(refused("\xEF\xBB\xBF\r\n"), u"in.csv:1: the file is empty; a header row is expected"_s);
}

TEST(CsvReader, MalformedQuotingNamesTheLine)
{
    EXPECT_TRUE(refused("a,b\n1,2\n\"x\"y,3\n").startsWith(u"in.csv:3: malformed quoting"_s));
    EXPECT_EQ(refused("a,b\n1,\"never closed\n2,3\n"), u"in.csv:2: a quoted cell is never closed"_s);
}

TEST(CsvReader, TextThatIsNotUtf8IsRefusedWithItsLine)
{
    EXPECT_TRUE(refused("given_name\nSi\xE2n\n").startsWith(u"in.csv:2: not UTF-8 text"_s));
}

// Found by fuzz-import-*: a file of empty cells only gave no records, and every importer then read a
// header that was not there (a crash of `arwain-cli import`).
TEST(CsvReader, AFileOfEmptyCellsOnlyIsEmpty)
{
    EXPECT_EQ(refused(","), u"in.csv:1: the file is empty; a header row is expected"_s);
    EXPECT_EQ(refused(",,\n , \n"), u"in.csv:1: the file is empty; a header row is expected"_s);
}

// Found by fuzz-csv-reader: a lone CR (an old Mac file) ends a record too, and it was not counted as a
// line, so every row of such a file claimed the same line.
TEST(CsvReader, ALoneCarriageReturnEndsALine)
{
    const auto records = ok("a,b\rSi\xC3\xA2n,1\rLl\xC5\xB7r,2\r");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(1).line, 2);
    EXPECT_EQ(records.at(2).line, 3);
    EXPECT_EQ(records.at(2).fields, (QStringList{u"Llŷr"_s, u"2"_s}));
    EXPECT_EQ(ok("a\r\nb\r\n").at(1).line, 2); // CRLF is still one line break
}

TEST(CsvReader, AFileLargerThanOneReadKeepsEveryRecordAndLine)
{
    // The reader takes 256 KiB at a time: a CRLF split between two reads, a quoted cell with a line
    // break across the split and Welsh letters on either side must come out as from one piece.
    constexpr int kRead = 1 << 18;
    QByteArray file = "\xEF\xBB\xBFname,note\r\n";
    int line = 1;
    QList<std::pair<int, QString>> expected; // line and name of each record after the header
    auto add = [&](const QByteArray& name, const QByteArray& note, int lines = 1) {
        ++line;
        expected.append({line, QString::fromUtf8(name)});
        file += name + "," + note + "\r\n";
        line += lines - 1;
    };
    while (file.size() < kRead - 200)
        add("Gwenll\xC3\xAF"
            "an " +
                QByteArray::number(line),
            "x");
    // Pad so that the next row's CR is the last byte of the first read and its LF the first of the next.
    const QByteArray row = "Ll\xC5\xB7r,y";
    const qsizetype pad = kRead - 1 - file.size() - row.size() - 5; // the padding row adds "P", ",z\r\n"
    add("P" + QByteArray(pad, 'a'), "z");
    add("Ll\xC5\xB7r", "y");
    ASSERT_EQ(file.at(kRead - 1), '\r');
    ASSERT_EQ(file.at(kRead), '\n');
    while (file.size() < 2 * kRead - 10)
        add("Si\xC3\xA2n " + QByteArray::number(line), "x");
    add("Across", "\"one\r\ntwo\r\nthree\"", 3); // spans the second split
    add("Last", "x");

    const auto recs = ok(file);
    ASSERT_EQ(recs.size(), expected.size() + 1);
    EXPECT_EQ(recs.first().fields, (QStringList{u"name"_s, u"note"_s})); // the BOM is gone
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(recs.at(i + 1).line, expected.at(i).first) << i;
        EXPECT_EQ(recs.at(i + 1).fields.first(), expected.at(i).second) << i;
    }
    EXPECT_EQ(recs.at(recs.size() - 2).fields.at(1), u"one\r\ntwo\r\nthree"_s);
}

TEST(CsvReader, BadTextFarIntoALargeFileNamesItsLine)
{
    QByteArray file = "name\n";
    for (int i = 0; i < 50000; ++i)
        file += "Person " + QByteArray::number(i) + "\n";
    file += "Bad \xC3\n"; // line 50002
    EXPECT_EQ(refused(file), u"in.csv:50002: not UTF-8 text; save the file as \"CSV UTF-8\""_s);
}

TEST(CsvReader, RecordsComeOneAtATimeWithTheShareOfTheFileRead)
{
    QByteArray file = "name\n";
    for (int i = 0; i < 100000; ++i)
        file += "Person " + QByteArray::number(i) + "\n"; // about 1.3 MB, several reads
    QBuffer buf;
    buf.setData(file);
    buf.open(QIODevice::ReadOnly);
    CsvReader reader(buf, u"in.csv"_s);
    int records = 0, lastPercent = 0;
    bool sawPartial = false;
    for (;;) {
        auto r = reader.next();
        ASSERT_TRUE(r.ok()) << r.error().toStdString();
        if (!r.value())
            break;
        ++records;
        EXPECT_GE(reader.percentRead(), lastPercent);
        lastPercent = reader.percentRead();
        sawPartial = sawPartial || (lastPercent > 0 && lastPercent < 100);
    }
    EXPECT_EQ(records, 100001);
    EXPECT_EQ(lastPercent, 100);
    EXPECT_TRUE(sawPartial); // the file was not read whole before the first record
}
