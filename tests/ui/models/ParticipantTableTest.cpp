// ParticipantTable: the compact rows of the participants page show, search and sort as the rows of
// cells they replaced did (each rule checked on every person of the demo database).
#include "UiTestSupport.h"

#include "Labels.h"
#include "Workspace.h"
#include "models/ParticipantTable.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

#include <QCollator>
#include <QLocale>

#include <numeric>

namespace arwain::uitest {

namespace {

class PeopleTable : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto ws = Workspace::create(dir.filePath(u"demo.arwain"_s), true);
        ASSERT_TRUE(ws.ok()) << ws.error().toStdString();
        workspace = ws.take();
        auto read = ParticipantTable::read(workspace->directory());
        ASSERT_TRUE(read.ok()) << read.error().toStdString();
        table = read.take();
        auto rows = workspace->directory().participants();
        ASSERT_TRUE(rows.ok());
        people = rows.take();
    }
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::shared_ptr<const ParticipantTable> table;
    QList<ParticipantRow> people;
};

} // namespace

TEST_F(PeopleTable, EveryCellIsWhatThePersonsRecordsSay)
{
    ASSERT_EQ(table->size(), people.size());
    ASSERT_GT(table->size(), 500); // the demo's 576
    for (int r = 0; r < table->size(); ++r) {
        const ParticipantRow& p = people.at(r);
        ASSERT_EQ(table->id(r), p.person.id);
        const QStringList expected{p.person.givenName,
                                   labels::familyName(p.person),
                                   p.person.email,
                                   p.organisation,
                                   labels::of(p.sector),
                                   labels::of(p.region),
                                   labels::of(p.person.jobRole),
                                   labels::of(p.person.preferredLanguage),
                                   p.programmes.join(u", "_s)};
        for (int c = 0; c < ParticipantTable::ColumnCount; ++c)
            ASSERT_EQ(table->cell(r, c), expected.at(c)) << "row " << r << ", column " << c;
        ASSERT_EQ(table->enrolments(r), p.programmeStatuses.join(u';'));
    }
}

TEST_F(PeopleTable, ASearchFindsWhatTheFoldedNameEmailAndOrganisationHold)
{
    // The rule it replaced: the search text, case-folded, within "given family\nemail\norganisation",
    // case-folded.
    int found = 0;
    for (const QString& typed : {u"LLŶR"_s, u"siân"_s, u"ap "_s, u"@example"_s, u"cyngor"_s, u"an j"_s}) {
        const QString needle = typed.toCaseFolded();
        const std::vector<char> organisations = table->organisationsContaining(needle);
        for (int r = 0; r < table->size(); ++r) {
            const ParticipantRow& p = people.at(r);
            const QString joined = p.person.givenName + u' ' + labels::familyName(p.person) + u'\n' +
                                   p.person.email + u'\n' + p.organisation;
            const QString text = joined.toCaseFolded();
            const bool expected = text.contains(needle);
            ASSERT_EQ(table->contains(r, needle, organisations), expected)
                << typed.toStdString() << " in row " << r << ": " << text.toStdString();
            found += expected ? 1 : 0;
        }
    }
    EXPECT_GT(found, 10); // the searches found people, and those not found were checked too
}

TEST_F(PeopleTable, SortingByAnyColumnIsAStableSortOfItsTextInTheLanguagesOrder)
{
    const QCollator collator{QLocale()};
    for (int c = 0; c < ParticipantTable::ColumnCount; ++c)
        for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<int> order(size_t(table->size()));
            std::iota(order.begin(), order.end(), 0);
            std::vector<int> expected = order;
            table->sort(order, c, direction);
            std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                const int cmp = collator.compare(table->cell(a, c), table->cell(b, c));
                return direction == Qt::DescendingOrder ? cmp > 0 : cmp < 0;
            });
            ASSERT_EQ(order, expected) << "column " << c;
        }
}

} // namespace arwain::uitest
