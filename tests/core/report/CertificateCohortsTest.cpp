// The cohorts offered for certificates: courses someone completed, newest first, from the kept counts.
#include "TestSupport.h"

#include "report/Certificates.h"

using namespace arwain;
using namespace arwain::test;

TEST_F(DbTest, CertificatesAreOfferedForCoursesSomeoneCompletedNewestFirst)
{
    ASSERT_EQ(store->programmeByCode(u"ICL"_s)->kind, ProgrammeKind::SingleSession);
    const qint64 older = addCohort(u"TMDP-2023-1"_s, u"TMDP"_s, QDate(2023, 4, 17), QDate(2023, 11, 28));
    const qint64 newer = addCohort(u"MMDP-2024-1"_s, u"MMDP"_s, QDate(2024, 4, 17), QDate(2024, 12, 5));
    const qint64 sameDay = addCohort(u"AMMP-2024-1"_s, u"AMMP"_s, QDate(2024, 4, 17), QDate(2025, 1, 30));
    const qint64 nobody = addCohort(u"NDP-2025-1"_s, u"NDP"_s, QDate(2025, 5, 1), QDate(2026, 2, 1));
    const qint64 session = addCohort(u"ICL-2025-1"_s, u"ICL"_s, QDate(2025, 6, 3), QDate(2025, 6, 3));
    int n = 0;
    auto finish = [&](qint64 cohort, Status status, const QDate& on) {
        ++n;
        const auto e =
            enrolments->enrol(addPerson(u"Gwenllïan"_s, u"Llŷr %1"_s.arg(n), u"p%1@example.org"_s.arg(n)),
                              cohort, QDate(2023, 4, 1));
        ASSERT_TRUE(e.ok()) << e.error().toStdString();
        if (status != Status::Enrolled) {
            const Reason why = status == Status::Withdrawn ? Reason::WorkPressures : Reason::Unset;
            const auto changed = enrolments->changeStatus(e.value().id, status, on, why);
            ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
        }
    };
    finish(older, Status::Completed, QDate(2023, 11, 28));
    finish(older, Status::Completed, QDate(2023, 11, 28));
    finish(older, Status::Withdrawn, QDate(2023, 6, 1));
    finish(newer, Status::Completed, QDate(2024, 12, 5));
    finish(sameDay, Status::Completed, QDate(2025, 1, 30));
    finish(nobody, Status::Enrolled, {});
    finish(session, Status::Completed, QDate(2025, 6, 3)); // attended a single session: no certificate

    const auto offered = Certificates::cohortsToCertify(*store);
    ASSERT_TRUE(offered.ok()) << offered.error().toStdString();
    QStringList codes;
    QList<int> completed;
    for (const CompletedCohort& c : offered.value()) {
        codes << c.code;
        completed << c.completed;
    }
    // Newest start first; on the same start date, by code.
    EXPECT_EQ(codes, (QStringList{u"AMMP-2024-1"_s, u"MMDP-2024-1"_s, u"TMDP-2023-1"_s}));
    EXPECT_EQ(completed, (QList<int>{1, 1, 2}));
    EXPECT_EQ(offered.value().at(2).startDate, QDate(2023, 4, 17));

    // A completion reverted takes the cohort off the list at once (the counts are kept with every change).
    for (const Enrolment& e : store->enrolmentsInCohort(newer))
        ASSERT_TRUE(enrolments->revertLastChange(e.id).ok());
    const auto after = Certificates::cohortsToCertify(*store);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after.value().size(), 2);
    EXPECT_EQ(after.value().at(0).code, u"AMMP-2024-1"_s);
}
