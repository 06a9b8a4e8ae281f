// One spelling per name: "Siân" with a precomposed â (U+00E2) and with a + combining circumflex (U+0302) is
// one person, typed in a form, imported, looked up or found in an older database; on both engines.
#include "TestSupport.h"

#include "domain/Parsing.h"
#include "io/csv/Importer.h"
#include "services/PrivacyService.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace arwain;
using namespace arwain::test;

namespace {

const QString kComposed = u"Si\u00e2n"_s;    // â as one character
const QString kDecomposed = u"Sia\u0302n"_s; // a, then a combining circumflex

class OneSpelling : public DbTest
{
protected:
    Result<ImportReport> import(const QByteArray& csv)
    {
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return Importer(*store).run(CsvKind::Participants, buffer, u"people.csv"_s);
    }
    qint64 people() const
    {
        QSqlQuery q(db->connection());
        q.exec(u"SELECT count(*) FROM participant"_s);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(OneSpelling, TwoSpellingsOfOneNameAndEmailAreOnePerson)
{
    ASSERT_NE(kComposed, kDecomposed);
    ASSERT_EQ(kDecomposed.normalized(QString::NormalizationForm_C), kComposed);
    const qint64 before = people();
    auto first = import((u"given_name,family_name,email\n"_s + kComposed + u",Llywelyn,"_s +
                         kComposed.toLower() + u"@example.org\n"_s)
                            .toUtf8());
    ASSERT_TRUE(first.ok() && first.value().ok())
        << s(first.ok() ? first.value().errors.join(u'\n') : first.error());
    auto second = import((u"given_name,family_name,email\n"_s + kDecomposed + u",Llywelyn,"_s +
                          kDecomposed.toLower() + u"@example.org\n"_s)
                             .toUtf8());
    ASSERT_TRUE(second.ok() && second.value().ok());
    EXPECT_EQ(people(), before + 1) << "the second spelling made a second person";
    EXPECT_EQ(second.value().added, 0);

    // Found whichever way the address is typed, and kept in NFC.
    const auto found = store->participantByEmail(normaliseEmail(QString(kDecomposed + u"@EXAMPLE.org"_s)));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->givenName, kComposed);
    EXPECT_EQ(found->email, kComposed.toLower() + u"@example.org"_s);

    // Erasure by one spelling erases the person the other spelling finds.
    PrivacyService privacy(*store);
    auto person = privacy.personWithEmail(QString(kDecomposed + u"@example.org"_s));
    ASSERT_TRUE(person.ok()) << s(person.error());
    ASSERT_TRUE(privacy.anonymise(person.value().id).ok());
    EXPECT_FALSE(privacy.personWithEmail(QString(kComposed + u"@example.org"_s)).ok());
}

TEST_F(OneSpelling, AFilesOwnTwoSpellingsAreOneRowTwice)
{
    auto r = import((u"given_name,family_name,email\n"_s + kComposed + u",Llywelyn,"_s + kComposed +
                     u"@example.org\n"_s + kDecomposed + u",Llywelyn,"_s + kDecomposed + u"@example.org\n"_s)
                        .toUtf8());
    ASSERT_TRUE(r.ok());
    ASSERT_FALSE(r.value().ok());
    EXPECT_TRUE(r.value().errors.join(u'\n').contains(u"appears twice in the file (first on line 2)"_s))
        << s(r.value().errors.join(u'\n'));
}

TEST_F(OneSpelling, AFormsNameIsKeptInNfc)
{
    const qint64 id = addPerson(kDecomposed, u"Gwenlli\u0308an"_s, u"llyr@example.org"_s);
    const auto p = store->participantById(id);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->givenName, kComposed);
    EXPECT_EQ(p->familyName, u"Gwenll\u00efan"_s);
}

TEST_F(OneSpelling, AnOlderDatabaseIsBroughtIntoOneSpellingAndWhatCannotBeIsReported)
{
    // A database of format 5, with text written before names were normalised (spliced in, not bound, so
    // that Arwain's own normalising does not touch it).
    TestServer otherServer;
    QString old = path(u"old.arwain"_s);
    if (TestServer::wanted()) {
        auto made = otherServer.makeDatabase();
        ASSERT_TRUE(made.ok()) << s(made.error());
        old = made.value();
    }
    {
        auto created = Database::create(old, 5);
        ASSERT_TRUE(created.ok()) << s(created.error());
        QSqlQuery q(created.value()->connection());
        const QStringList rows = {
            QString(u"'" + kComposed + u"', 'Llywelyn', 'sian@example.org'"_s),
            // One person entered twice, the second time with the other spelling: merged.
            QString(u"'" + kComposed + u"', 'Owen', '" + kComposed.toLower() + u"@example.org'"_s),
            QString(u"'" + kDecomposed + u"', 'Owen', '" + kDecomposed.toLower() + u"@example.org'"_s),
            // Two people who share an address written two ways but differ otherwise: left, reported.
            u"'Llŷr', 'Prys', 'llŷr.prys@example.org'"_s,
            u"'Lly\u0302r', 'Pryce', 'lly\u0302r.prys@example.org'"_s,
            u"'Gwenlli\u0308an', 'Nicholas', 'gwen@example.org'"_s};
        for (const QString& row : rows)
            ASSERT_TRUE(
                q.exec(u"INSERT INTO participant(given_name, family_name, email) VALUES ("_s + row + u")"_s))
                << s(q.lastError().text());
        ASSERT_TRUE(
            q.exec(u"INSERT INTO participant(given_name, family_name, email) VALUES ('x', 'y', 'z')"_s));
    }
    auto opened = Database::open(old);
    ASSERT_TRUE(opened.ok()) << s(opened.error());
    Database& upgraded = *opened.value();
    EXPECT_EQ(upgraded.schemaVersion(), Database::kSchemaVersion);
    Store upgradedStore(upgraded);
    const auto gwen = upgradedStore.participantByEmail(u"gwen@example.org"_s);
    ASSERT_TRUE(gwen.has_value());
    EXPECT_EQ(gwen->givenName, u"Gwenll\u00efan"_s);
    QSqlQuery q(upgraded.connection());
    ASSERT_TRUE(q.exec(u"SELECT count(*) FROM participant WHERE family_name = 'Owen'"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "one person entered twice is one person";
    ASSERT_TRUE(q.exec(u"SELECT count(*) FROM participant WHERE family_name IN ('Prys', 'Pryce')"_s) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 2) << "two people are never merged";
    const auto problems = upgraded.check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems.value().join(u'\n').contains(u"have one email address written two ways"_s))
        << s(problems.value().join(u'\n'));
    EXPECT_EQ(problems.value().size(), 2)
        << s(problems.value().join(u'\n')); // not NFC, and the shared address
}
