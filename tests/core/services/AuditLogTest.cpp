// Audit log: every write leaves an entry, in the same transaction; an import is one entry; an erased
// person's identity leaves the log while the entries stay.
#include "services/AuditLog.h"
#include "TestSupport.h"
#include "io/csv/Importer.h"
#include "services/PrivacyService.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace arwain;
using namespace arwain::test;

namespace {
class Audit : public DbTest
{
protected:
    QList<AuditEntry> log() const { return AuditLog(*store).entries().value(); }
};
} // namespace

TEST_F(Audit, EveryChangeSaysWhoWhatAndWhomInTheSameTransaction)
{
    const qint64 person = addPerson(u"Siân"_s, u"Llywelyn"_s, u"sian@example.org"_s);
    const qint64 cohort = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 1), QDate(2025, 3, 1));
    const qint64 e = enrolments->enrol(person, cohort, QDate(2024, 4, 1)).value().id;
    ASSERT_TRUE(enrolments->changeStatus(e, Status::Completed, QDate(2025, 3, 1)));

    const auto entries = log();
    ASSERT_EQ(entries.size(), 4);
    // Newest first.
    EXPECT_EQ(entries.at(0).action, u"enrolment.status"_s);
    EXPECT_EQ(entries.at(0).subject, u"Siân Llywelyn <sian@example.org>"_s);
    EXPECT_EQ(entries.at(0).detail, u"TMDP-2024-1: enrolled → completed"_s);
    EXPECT_EQ(entries.at(0).participantId, person);
    EXPECT_EQ(entries.at(1).action, u"enrolment.add"_s);
    EXPECT_EQ(entries.at(2).action, u"cohort.add"_s);
    EXPECT_EQ(entries.at(2).subject, u"TMDP-2024-1"_s);
    EXPECT_EQ(entries.at(3).action, u"participant.add"_s);
    for (const AuditEntry& a : entries) {
        EXPECT_EQ(a.actor, store->database().actor());
        EXPECT_EQ(a.at, kToday);
    }
    EXPECT_EQ(AuditLog::actionText(u"enrolment.status"_s), u"Status changed"_s);

    // A change that is refused leaves no entry: the log holds only what happened.
    EXPECT_FALSE(enrolments->changeStatus(e, Status::Withdrawn, QDate(2025, 3, 2), Reason::Health));
    EXPECT_EQ(log().size(), 4);
}

TEST_F(Audit, AnImportIsOneEntryNamingTheFileAndItsCounts)
{
    QByteArray csv = "given_name,family_name,email\n";
    for (int i = 0; i < 50; ++i)
        csv += "Llŷr,Owen,llyr" + QByteArray::number(i) + "@example.org\n";
    QBuffer buf(&csv);
    buf.open(QIODevice::ReadOnly);
    auto r = Importer(*store).run(CsvKind::Participants, buf, u"/somewhere/people.csv"_s);
    ASSERT_TRUE(r.ok() && r.value().ok());
    const auto entries = log();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, u"import"_s);
    EXPECT_EQ(entries.first().subject, u"people.csv"_s);
    EXPECT_EQ(entries.first().detail, u"participants: 50 added, 0 unchanged"_s);
}

TEST_F(Audit, SettingsAndAnyOtherWriteAreLoggedToo)
{
    ASSERT_TRUE(feedback->setSuppressionThreshold(5));
    ASSERT_EQ(log().size(), 1);
    EXPECT_EQ(log().first().action, u"setting.suppression"_s);
    EXPECT_EQ(log().first().detail, u"5"_s);
    // Work that does not say what it did is logged by the tables it changed.
    ASSERT_TRUE(db->write([&]() -> Result<void> {
        store->setSetting(u"x"_s, u"y"_s);
        return {};
    }));
    EXPECT_EQ(log().first().action, u"change"_s);
    EXPECT_EQ(log().first().detail, u"settings"_s);
}

TEST_F(Audit, AnErasedPersonIsNoLongerNamedButTheEntriesStay)
{
    const qint64 person = addPerson(u"Gwenllïan"_s, u"Nicholas"_s, u"gwen@example.org"_s);
    const qint64 cohort = addCohort(u"MMDP-2024-1"_s, u"MMDP"_s, QDate(2024, 4, 1), QDate(2025, 3, 1));
    ASSERT_TRUE(enrolments->enrol(person, cohort, QDate(2024, 4, 1)));
    PrivacyService privacy(*store);
    const auto exported = privacy.subjectExport(person);
    ASSERT_TRUE(exported.ok());
    EXPECT_EQ(QJsonDocument(exported.value()).toJson().count("participant.add"), 1);

    ASSERT_TRUE(privacy.anonymise(person));
    const auto entries = log();
    ASSERT_EQ(entries.size(), 4); // participant, cohort, enrolment, erasure
    for (const AuditEntry& a : entries) {
        EXPECT_FALSE(a.subject.contains(u"Gwenllïan"_s)) << s(a.action);
        EXPECT_FALSE(a.subject.contains(u"gwen@example.org"_s)) << s(a.action);
        EXPECT_FALSE(AuditLog::table(entries).contains(u"Nicholas"_s));
    }
    EXPECT_EQ(entries.first().action, u"participant.anonymise"_s);
    EXPECT_EQ(AuditLog::subjectText(entries.first()), u"(anonymised person)"_s);
    EXPECT_EQ(entries.at(1).action, u"enrolment.add"_s);
    EXPECT_EQ(entries.at(1).detail, u"MMDP-2024-1: enrolled"_s); // what happened stays
}
