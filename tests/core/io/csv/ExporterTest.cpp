// Exporter: every kind exported, imported into a new database and exported again gives the same file.
#include "TestSupport.h"
#include "domain/Records.h"
#include "stats/StatsQuery.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include "demo/Demo.h"
#include "io/csv/Exporter.h"
#include "io/csv/Importer.h"
#include "stats/Statistics.h"

using namespace arwain;
using namespace arwain::test;

TEST_F(DbTest, ExportImportRoundTripOfTheWholeDemo)
{
    ASSERT_TRUE(Demo::build(*store).ok());
    // A participant with formula-like, quoted and Welsh text survives too (a line break is refused
    // in a name; free-text notes keep theirs, see ImporterTest).
    Participant tricky;
    tricky.givenName = u"=Gwenllïan"_s;
    tricky.familyName = u"\"Llŷr\", Ŵyn Jr"_s;
    tricky.email = u"tricky@example.org"_s;
    ASSERT_TRUE(catalogue->save(tricky).ok());

    auto copy = Database::create(path(u"copy.arwain"_s));
    ASSERT_TRUE(copy.ok());
    Store copyStore(*copy.value());
    for (const auto& [kind, name] : Terms<CsvKind>::list) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto n = Exporter(*store).write(kind, out);
        ASSERT_TRUE(n.ok()) << s(n.error());
        QBuffer in;
        in.setData(out.data());
        in.open(QIODevice::ReadOnly);
        auto r = Importer(copyStore).run(kind, in, toText(kind) + u".csv"_s);
        ASSERT_TRUE(r.ok()) << s(r.error());
        ASSERT_TRUE(r.value().ok()) << s(toText(kind)) << ": " << s(r.value().errors.join(u'\n'));
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        ASSERT_TRUE(Exporter(copyStore).write(kind, again).ok());
        EXPECT_EQ(again.data(), out.data()) << s(toText(kind));
    }
    StatsQuery q;
    q.year = 2024;
    q.programme = u"TMDP"_s;
    const auto figures = Statistics(copyStore).compute(q);
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures.value().rows.first().rate, 8889);
    EXPECT_EQ(copyStore.participantByEmail(u"tricky@example.org"_s)->familyName, tricky.familyName);
}

TEST_F(DbTest, ExportedFormulaCellsAreDisarmed)
{
    Participant p;
    p.givenName = u"=HYPERLINK(\"http://x\")"_s;
    p.familyName = u"+Jones"_s;
    p.email = u"f@example.org"_s;
    ASSERT_TRUE(catalogue->save(p).ok());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(Exporter(*store).write(CsvKind::Participants, out, true).ok());
    const QString text = QString::fromUtf8(out.data());
    EXPECT_TRUE(out.data().startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\",'+Jones,f@example.org"_s)) << s(text);
}

TEST_F(DbTest, ExportReportsProgressOverEveryRowAndACancelIsAnError)
{
    ASSERT_TRUE(Demo::build(*store).ok());
    const qint64 enrolments = qint64(store->enrolments().size());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    qint64 lastDone = -1, lastTotal = -1;
    auto n = Exporter(*store).write(CsvKind::Enrolments, out, false, [&](qint64 done, qint64 total) {
        EXPECT_GE(done, lastDone);
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(n.ok()) << s(n.error());
    EXPECT_EQ(n.value(), enrolments);
    EXPECT_EQ(lastTotal, enrolments);
    EXPECT_EQ(lastDone, enrolments);
    EXPECT_EQ(out.data().count("\r\n"), enrolments + 1); // the header and every enrolment

    QBuffer cancelled;
    cancelled.open(QIODevice::WriteOnly);
    auto stopped =
        Exporter(*store).write(CsvKind::Enrolments, cancelled, false, [](qint64, qint64) { return false; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error(), u"the export was cancelled"_s);
}

TEST_F(DbTest, AnExportToADeviceThatFailsSaysSo)
{
    ASSERT_TRUE(Demo::build(*store).ok());
    QBuffer readOnly; // every write to it fails, as to a full disk
    readOnly.open(QIODevice::ReadOnly);
    auto n = Exporter(*store).write(CsvKind::Participants, readOnly);
    ASSERT_FALSE(n.ok());
    EXPECT_TRUE(n.error().startsWith(u"could not write the file"_s)) << s(n.error());
}
