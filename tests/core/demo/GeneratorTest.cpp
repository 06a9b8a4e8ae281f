// The generator: the sizes asked for, exactly; the same seed, the same data; a file that passes every
// check; realistic shares; and a cancel that leaves nothing.
#include "demo/Generator.h"
#include "TestSupport.h"
#include "io/csv/Exporter.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"

#include <QSet>

using namespace arwain;
using namespace arwain::test;

namespace {

class GeneratorTest : public DbTest
{
protected:
    QByteArray exported(Store& s, CsvKind kind)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        EXPECT_TRUE(Exporter(s).write(kind, out).ok());
        return out.data();
    }
};

GeneratorOptions small(quint32 seed = 7)
{
    GeneratorOptions o;
    o.participants = 1500;
    o.enrolments = 6000;
    o.seed = seed;
    return o;
}

} // namespace

TEST_F(GeneratorTest, MakesExactlyTheSizesAskedForAndEveryCheckPasses)
{
    auto made = Generator::fill(*store, small());
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    const GeneratorReport& r = made.value();
    EXPECT_EQ(r.participants, 1500);
    EXPECT_EQ(r.enrolments, 6000);
    EXPECT_EQ(store->participants().size(), 1500);
    EXPECT_EQ(store->enrolments().size(), 6000);
    EXPECT_EQ(store->allHistory().size(), r.history);
    EXPECT_GT(r.history, r.enrolments); // every enrolment created, most then changed
    EXPECT_GT(r.sessions, 0);
    EXPECT_GT(r.attendance, 0);
    EXPECT_GT(r.feedback, 0);
    EXPECT_GT(r.network, 0);
    EXPECT_EQ(r.lastYear - r.firstYear, 14);

    auto problems = db->check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().isEmpty()) << problems.value().join(u"; "_s).toStdString();
    auto history = enrolments->checkHistory();
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history.value().isEmpty()) << history.value().join(u"; "_s).toStdString();
    // One audit entry for the whole run.
    EXPECT_EQ(store->auditEntries({}, 10).size(), 1);
    EXPECT_EQ(store->auditEntries({}, 10).first().action, u"file.generate"_s);
}

TEST_F(GeneratorTest, CoversEverySectorRegionProgrammeAndYearWithRealisticShares)
{
    ASSERT_TRUE(Generator::fill(*store, small()).ok());
    QSet<Sector> sectors;
    QSet<Region> regions;
    for (const Organisation& o : store->organisations()) {
        sectors.insert(o.sector);
        regions.insert(o.region);
    }
    EXPECT_EQ(sectors.size(), 5);
    EXPECT_EQ(regions.size(), 5); // every region of Wales (All Wales is a cohort's, not an organisation's)
    QSet<QString> programmeYears;
    QHash<qint64, QString> programmeOf;
    for (const Programme& p : store->programmes())
        programmeOf.insert(p.id, p.code);
    for (const Cohort& c : store->cohorts())
        programmeYears.insert(programmeOf.value(c.programmeId) + QString::number(c.startDate.year()));
    EXPECT_EQ(programmeYears.size(), 6 * 15);

    // Courses that have ended: most complete, some defer, a few withdraw (the reports' shares).
    StatsQuery q;
    q.year = 2024;
    auto figures = Statistics(*store).compute(q);
    ASSERT_TRUE(figures.ok());
    for (const StatsRow& row : figures.value().rows) {
        if (row.key != u"TMDP"_s && row.key != u"MMDP"_s)
            continue;
        ASSERT_GT(row.participants, 0) << row.key.toStdString();
        ASSERT_TRUE(row.rate.has_value());
        EXPECT_GT(*row.rate, 7500) << row.key.toStdString(); // hundredths of a per cent
        EXPECT_LT(*row.rate, 9500) << row.key.toStdString();
        EXPECT_GT(row.deferred, 0) << row.key.toStdString();
    }
    // Deferrals come back: some enrolments continue a deferred one.
    int resumed = 0;
    for (const Enrolment& e : store->enrolments())
        resumed += e.continuesId > 0 ? 1 : 0;
    EXPECT_GT(resumed, 0);
}

TEST_F(GeneratorTest, TheSameSeedGivesTheSameDataAndAnotherSeedOther)
{
    ASSERT_TRUE(Generator::fill(*store, small(7)).ok());
    const QByteArray people = exported(*store, CsvKind::Participants);
    const QByteArray enrolled = exported(*store, CsvKind::Enrolments);

    QTemporaryDir other;
    auto again = Database::create(other.filePath(u"again.arwain"_s));
    ASSERT_TRUE(again.ok());
    Store second(*again.value());
    ASSERT_TRUE(Generator::fill(second, small(7)).ok());
    EXPECT_EQ(exported(second, CsvKind::Participants), people);
    EXPECT_EQ(exported(second, CsvKind::Enrolments), enrolled);

    auto third = Database::create(other.filePath(u"other.arwain"_s));
    ASSERT_TRUE(third.ok());
    Store different(*third.value());
    ASSERT_TRUE(Generator::fill(different, small(8)).ok());
    EXPECT_NE(exported(different, CsvKind::Enrolments), enrolled);
}

TEST_F(GeneratorTest, TooFewPeopleIsRefusedBeforeAnythingIsWritten)
{
    GeneratorOptions o;
    o.participants = 3;
    o.enrolments = 100000;
    const QString problem = Generator::check(o);
    EXPECT_TRUE(problem.contains(u"each person is at most once in a cohort"_s)) << problem.toStdString();
    auto made = Generator::fill(*store, o);
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(store->participants().isEmpty());
}

TEST_F(GeneratorTest, ACancelLeavesTheFileAsItWas)
{
    int calls = 0;
    auto made = Generator::fill(*store, small(), [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++calls < 1;
    });
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(made.error().contains(u"cancelled"_s)) << made.error().toStdString();
    EXPECT_TRUE(store->participants().isEmpty());
    EXPECT_TRUE(store->cohorts().isEmpty());
    EXPECT_TRUE(store->auditEntries({}, 10).isEmpty());
}
