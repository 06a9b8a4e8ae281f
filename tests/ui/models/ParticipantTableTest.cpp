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

TEST_F(PeopleTable, SortingByAnyColumnPutsTiesInNameOrderInTheLanguagesOrder)
{
    const QCollator collator{QLocale()};
    // Ties: family name, then given name, ascending whichever way the column runs; then the row.
    auto byName = [&](int a, int b) {
        if (const int f = collator.compare(table->cell(a, ParticipantTable::FamilyName),
                                           table->cell(b, ParticipantTable::FamilyName)))
            return f < 0;
        if (const int g = collator.compare(table->cell(a, ParticipantTable::GivenName),
                                           table->cell(b, ParticipantTable::GivenName)))
            return g < 0;
        return a < b;
    };
    for (int c = 0; c < ParticipantTable::ColumnCount; ++c)
        for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<int> order(size_t(table->size()));
            std::iota(order.begin(), order.end(), 0);
            std::vector<int> expected = order;
            table->sort(order, c, direction);
            std::sort(expected.begin(), expected.end(), [&](int a, int b) {
                if (const int cmp = collator.compare(table->cell(a, c), table->cell(b, c)))
                    return direction == Qt::DescendingOrder ? cmp > 0 : cmp < 0;
                return byName(a, b);
            });
            ASSERT_EQ(order, expected) << "column " << c;
        }
    // The case that was reported: sorted by family name, people who share one come in given-name order
    // both ways (a descending sort used to give them in reverse).
    for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        std::vector<int> order(size_t(table->size()));
        std::iota(order.begin(), order.end(), 0);
        table->sort(order, ParticipantTable::FamilyName, direction);
        int sharing = 0;
        for (size_t i = 1; i < order.size(); ++i)
            if (table->cell(order[i], ParticipantTable::FamilyName) ==
                table->cell(order[i - 1], ParticipantTable::FamilyName)) {
                ++sharing;
                EXPECT_LE(collator.compare(table->cell(order[i - 1], ParticipantTable::GivenName),
                                           table->cell(order[i], ParticipantTable::GivenName)),
                          0)
                    << table->cell(order[i - 1], ParticipantTable::GivenName).toStdString() << " before "
                    << table->cell(order[i], ParticipantTable::GivenName).toStdString();
            }
        EXPECT_GT(sharing, 10) << "the demo has families";
    }
}

} // namespace arwain::uitest
