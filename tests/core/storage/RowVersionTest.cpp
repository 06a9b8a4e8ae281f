// Row versions: two people with the same file open never overwrite each other's changes. An edit of a
// record someone else saved since it was shown is refused with "changed by someone else since it was shown",
// and a test with several writers and a reader counts every operation: none is lost.
#include "TestSupport.h"
#include "services/AuditLog.h"

#include <QMutex>
#include <QThread>

#include <atomic>

using namespace arwain;
using namespace arwain::test;

namespace {

// A second person with the same file open: their own connection, store and services.
struct OtherUser
{
    explicit OtherUser(const QString& path)
        : db(Database::open(path).take()), store(*db), catalogue(store), enrolments(store)
    {
    }
    std::unique_ptr<Database> db;
    Store store;
    CatalogueService catalogue;
    EnrolmentService enrolments;
};

bool saysReload(const QString& message)
{
    return message.contains(u"changed by someone else since it was shown; nothing was saved"_s);
}

} // namespace

TEST_F(DbTest, AnEditOfARecordSomeoneElseSavedSinceItWasShownIsRefused)
{
    const qint64 id = addPerson(u"Llŷr"_s, u"Owen"_s, u"llyr@example.org"_s);
    OtherUser other(location());
    Participant shownHere = *store->participantById(id);
    Participant shownThere = *other.store.participantById(id);
    EXPECT_EQ(shownHere.version, 1);

    shownThere.jobRole = JobRole::Director;
    auto theirs = other.catalogue.save(shownThere);
    ASSERT_TRUE(theirs.ok()) << s(theirs.error());
    EXPECT_EQ(theirs.value().version, 2);

    shownHere.familyName = u"Owens"_s; // still the version shown before their save
    const auto mine = catalogue->save(shownHere);
    ASSERT_FALSE(mine.ok());
    EXPECT_TRUE(saysReload(mine.error())) << s(mine.error());
    EXPECT_TRUE(mine.error().startsWith(u"Llŷr Owens was changed"_s)) << s(mine.error());
    // Nothing was overwritten: their change stands, mine was not made.
    const Participant now = *store->participantById(id);
    EXPECT_EQ(now.jobRole, JobRole::Director);
    EXPECT_EQ(now.familyName, u"Owen"_s);
    // After a reload the edit goes through, over their change.
    Participant reloaded = now;
    reloaded.familyName = u"Owens"_s;
    ASSERT_TRUE(catalogue->save(reloaded).ok());
    EXPECT_EQ(store->participantById(id)->jobRole, JobRole::Director);
}

TEST_F(DbTest, CohortsOrganisationsAndSessionsAreVersionedToo)
{
    const qint64 cohortId = addCohort(u"AMMP-2024-1"_s, u"AMMP"_s, QDate(2024, 5, 1), QDate(2025, 2, 1));
    OtherUser other(location());
    Cohort here = *store->cohortById(cohortId);
    Cohort there = *other.store.cohortById(cohortId);
    there.venue = u"Aberystwyth"_s;
    ASSERT_TRUE(other.catalogue.save(there).ok());
    here.venue = u"Bangor"_s;
    const auto refused = catalogue->save(here);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(u"AMMP-2024-1 was changed by someone else"_s))
        << s(refused.error());
    EXPECT_EQ(store->cohortById(cohortId)->venue, u"Aberystwyth"_s);

    auto org = catalogue->save(
        Organisation{0, u"Cyngor Sir Ceredigion"_s, Sector::LocalAuthority, Region::MidWales});
    ASSERT_TRUE(org.ok());
    Organisation o = org.value();
    Organisation o2 = *other.store.organisationById(o.id);
    o2.region = Region::WestWales;
    ASSERT_TRUE(other.catalogue.save(o2).ok());
    o.sector = Sector::Nhs;
    EXPECT_TRUE(saysReload(catalogue->save(o).error()));

    Session session{0, cohortId, QDate(2024, 6, 3), SessionKind::TeachingDay, u"Day 1"_s, {}, {}, {}};
    auto saved = sessions->save(session);
    ASSERT_TRUE(saved.ok()) << s(saved.error());
    Session first = saved.value();
    Session second = first;
    second.title = u"Day one"_s;
    ASSERT_TRUE(sessions->save(second).ok());
    first.venue = u"Online"_s; // the version before "Day one"
    EXPECT_TRUE(saysReload(sessions->save(first).error()));
}

TEST_F(DbTest, AStatusChangeOverSomeoneElsesIsRefusedAndUndoNeverRevertsTheirs)
{
    const qint64 person = addPerson(u"Gwenllïan"_s, u"Nicholas"_s, u"gwen@example.org"_s);
    const qint64 cohort = addCohort(u"TMDP-2024-1"_s, u"TMDP"_s, QDate(2024, 4, 1), QDate(2025, 3, 1));
    const Enrolment shown = enrolments->enrol(person, cohort, QDate(2024, 4, 2)).value();
    OtherUser other(location());

    // They defer her; here, the screen still shows her enrolled and someone clicks Complete.
    ASSERT_TRUE(other.enrolments.changeStatus(shown.id, Status::Deferred, QDate(2024, 9, 1), Reason::Health));
    const auto mine = enrolments->changeStatus(shown.id, Status::Completed, QDate(2025, 3, 1), Reason::Unset,
                                               {}, shown.version);
    ASSERT_FALSE(mine.ok());
    EXPECT_TRUE(mine.error().startsWith(u"The enrolment of Gwenllïan Nicholas in TMDP-2024-1 was changed by "
                                        "someone else since it was shown; nothing was saved"_s))
        << s(mine.error());
    EXPECT_EQ(statusOf(shown.id), Status::Deferred);

    // An undo of my own change is refused once someone else has changed the enrolment since.
    const qint64 llyr = addPerson(u"Llŷr"_s, u"Owen"_s, u"llyr@example.org"_s);
    const Enrolment his = enrolments->enrol(llyr, cohort, QDate(2024, 4, 2)).value();
    const auto completed = enrolments->changeStatus(his.id, Status::Completed, QDate(2025, 3, 1),
                                                    Reason::Unset, {}, his.version);
    ASSERT_TRUE(completed.ok()) << s(completed.error());
    ASSERT_TRUE(other.enrolments.revertLastChange(his.id, u"completed by mistake"_s));
    ASSERT_TRUE(
        other.enrolments.changeStatus(his.id, Status::Withdrawn, QDate(2025, 3, 2), Reason::ChangedRole));
    const auto undo = enrolments->revertLastChange(his.id, {}, completed.value().version);
    ASSERT_FALSE(undo.ok());
    EXPECT_TRUE(saysReload(undo.error())) << s(undo.error());
    EXPECT_EQ(statusOf(his.id), Status::Withdrawn); // their change stands
}

// Three writers and a reader, each with its own connection (as separate programs have), for thousands
// of operations. Each writer adds people of its own and increments a shared counter (a cohort's
// capacity) by reading it, then saving it with the version read: the lost-update pattern of two people
// editing one record. Every operation is counted: done, refused with a clear message, or failed.
TEST_F(DbTest, ThreeWritersAndAReaderLoseNoUpdate)
{
    const qint64 cohortId = addCohort(u"NDP-2024-1"_s, u"NDP"_s, QDate(2024, 5, 15), QDate(2025, 3, 1), 1);
    db.reset(); // only the threads' connections from here
    constexpr int kWriters = 3;
    constexpr int kOperations = 700; // per writer: an add and an increment each
    struct Counts
    {
        std::atomic<int> attempted{0}, done{0}, refused{0}, failed{0}, added{0}, incremented{0};
    } counts;
    std::atomic<bool> writing{true};
    std::atomic<int> readerProblems{0}, reads{0};
    QStringList unclear;
    QMutex unclearLock;

    auto writer = [&](int w) {
        auto opened = Database::open(location());
        if (!opened) {
            counts.failed += kOperations;
            return;
        }
        Store st(*opened.value());
        CatalogueService cat(st);
        auto record = [&](const QString& error) {
            if (saysReload(error) || error.contains(u"waiting"_s) || error.contains(u"without finishing"_s)) {
                ++counts.refused;
            } else {
                ++counts.failed;
                QMutexLocker l(&unclearLock);
                unclear << error;
            }
        };
        for (int i = 0; i < kOperations; ++i) {
            ++counts.attempted;
            Participant p;
            p.givenName = u"Writer"_s + QString::number(w);
            p.familyName = u"Person "_s + QString::number(i);
            p.email = QStringLiteral("w%1.p%2@example.org").arg(w).arg(i);
            if (auto saved = cat.save(p)) {
                ++counts.done;
                ++counts.added;
            } else {
                record(saved.error());
            }
            ++counts.attempted;
            const auto shown = st.cohortById(cohortId);
            Cohort next = *shown;
            next.capacity = shown->capacity.value_or(0) + 1;
            if (auto saved = cat.save(next)) {
                ++counts.done;
                ++counts.incremented;
            } else {
                record(saved.error());
            }
        }
    };
    auto reader = [&] {
        auto opened = Database::open(location(), Database::Access::ReadOnly);
        if (!opened) {
            ++readerProblems;
            return;
        }
        Store st(*opened.value());
        int lastCapacity = 0;
        while (writing) {
            const auto c = st.cohortById(cohortId);
            const int capacity = c ? c->capacity.value_or(0) : -1;
            if (capacity < lastCapacity) // a reader never sees a change undone
                ++readerProblems;
            lastCapacity = capacity;
            ++reads;
        }
    };

    QList<QThread*> threads;
    for (int w = 0; w < kWriters; ++w)
        threads << QThread::create(writer, w);
    QThread* readerThread = QThread::create(reader);
    readerThread->start();
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    writing = false;
    readerThread->wait();
    delete readerThread;

    auto reopened = Database::open(location());
    ASSERT_TRUE(reopened.ok());
    Store st(*reopened.value());
    const int people = int(st.participants().size());
    const int capacity = st.cohortById(cohortId)->capacity.value_or(0);
    const int lost = (counts.added - people) + (counts.incremented - (capacity - 1));
    std::printf("attempted %d, done %d, refused %d (clear message), failed %d, lost %d; reader: %d reads\n",
                counts.attempted.load(), counts.done.load(), counts.refused.load(), counts.failed.load(),
                lost, reads.load());
    EXPECT_EQ(counts.attempted, kWriters * kOperations * 2);
    EXPECT_EQ(counts.done + counts.refused + counts.failed, counts.attempted);
    EXPECT_EQ(counts.failed, 0) << s(unclear.join(u"\n"_s));
    EXPECT_EQ(people, counts.added);                    // every add that said "done" is there
    EXPECT_EQ(capacity - 1, counts.incremented.load()); // every increment that said "done" counted
    EXPECT_EQ(lost, 0);
    EXPECT_EQ(counts.added, kWriters * kOperations); // adds never conflict: all done
    EXPECT_GT(counts.refused, 0);                    // the writers did collide, and were told
    EXPECT_EQ(readerProblems, 0);
    EXPECT_GT(reads, 0);
    // Every change that was done is in the audit log, once.
    const auto log = AuditLog(st).entries().value();
    EXPECT_EQ(int(log.size()), 1 + counts.done); // the cohort's addition, then each change done
}
