// Demo: fictional people in real Welsh organisations, enrolled through the same services a coordinator
// uses, so the history, deferral links and figures are exactly what the app would record.
#include "demo/Demo.h"
#include "demo/Names.h"

#include "domain/Records.h"
#include "services/CatalogueService.h"
#include "services/EnrolmentService.h"
#include "services/FeedbackService.h"
#include "services/SessionService.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <random>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

struct Plan
{
    int completed = 0;
    int deferred = 0;
    int withdrawn = 0;
    int enrolled = 0;
    int total() const { return completed + deferred + withdrawn + enrolled; }
};

struct Outcomes
{
    QList<qint64> completed, deferred, withdrawn, enrolled;
    QList<qint64> all() const { return completed + deferred + withdrawn + enrolled; }
};

// Thrown on the first failure so the transaction rolls back with its message.
struct DemoFailure
{
    QString message;
};

template <typename T> T must(Result<T> r)
{
    if (!r)
        throw DemoFailure{r.error()};
    return r.take();
}

void must(Result<void> r)
{
    if (!r)
        throw DemoFailure{r.error()};
}

class Builder
{
public:
    explicit Builder(Store& store)
        : m_store(store), m_catalogue(store), m_enrolments(store), m_sessions(store), m_feedback(store)
    {
    }

    void run();

private:
    void organisations();
    void attendanceRules();
    qint64 person(JobRole role);
    qint64 cohort(const QString& code, const QString& programme, const QString& title, QDate start, QDate end,
                  DeliveryMode mode, const QString& venue, Region region, std::optional<int> capacity,
                  const QString& provider = {}, const QString& partner = {},
                  std::optional<int> headcount = {});
    Outcomes fill(qint64 cohortId, const Plan& plan, JobRole role, const QList<qint64>& resuming = {});
    void sessions(qint64 cohortId, const QList<Session>& plan, const QList<qint64>& enrolments);
    void directorsProgramme(qint64 cohortId, const QList<qint64>& enrolments);
    void feedback(qint64 cohortId, int responses, int metExpNo, int learnNo,
                  MetNeeds needs = MetNeeds::VeryWell, const QList<qint64>& people = {});
    int pick(int n) { return int(m_rng() % std::uint32_t(n)); }

    Store& m_store;
    CatalogueService m_catalogue;
    EnrolmentService m_enrolments;
    SessionService m_sessions;
    FeedbackService m_feedback;
    std::mt19937 m_rng{20242025};
    std::mt19937 m_marks{1604}; // attendance only, so that names stay as they were
    QList<qint64> m_orgs;
    QSet<QString> m_emails;
    QHash<qint64, Cohort> m_cohorts;
};

struct OrgSeed
{
    const char16_t* name;
    Sector sector;
    Region region;
};
// After the 22 councils (names::councils()), the fictional providers.
const OrgSeed kProviders[] = {
    {u"Tŷ Seren Care (fictional)", Sector::IndependentProvider, Region::NorthWales},
    {u"Cwm Gwyrdd Homecare (fictional)", Sector::IndependentProvider, Region::SouthEastWales},
    {u"Maes y Dderwen Care (fictional)", Sector::IndependentProvider, Region::WestWales},
    {u"Harbourside Supported Living (fictional)", Sector::IndependentProvider, Region::SouthWestWales},
    {u"Llais Gofalwyr Trust (fictional)", Sector::ThirdSector, Region::MidWales},
    {u"Afon Teifi Day Services (fictional)", Sector::ThirdSector, Region::WestWales},
    {u"Porth Community Care (fictional)", Sector::ThirdSector, Region::SouthEastWales},
    {u"Bro Morgannwg Health Partnership (fictional)", Sector::Nhs, Region::SouthEastWales},
};

void Builder::organisations()
{
    for (const names::Council& c : names::councils())
        m_orgs << must(m_catalogue.save(Organisation{0, c.name, Sector::LocalAuthority, c.region})).id;
    for (const OrgSeed& seed : kProviders)
        m_orgs << must(m_catalogue.save(
                           Organisation{0, QString::fromUtf16(seed.name), seed.sector, seed.region}))
                      .id;
}

qint64 Builder::person(JobRole role)
{
    Participant p;
    p.givenName = names::given().at(pick(int(names::given().size())));
    p.familyName = names::family().at(pick(int(names::family().size())));
    // Most people work for a local authority, as in the published report.
    p.organisationId = m_orgs.at(pick(10) < 7 ? pick(22) : 22 + pick(int(m_orgs.size()) - 22));
    p.jobRole = role;
    p.preferredLanguage = pick(5) == 0 ? Language::Welsh : Language::English;
    const QString base = names::asciiFold(p.givenName) + u'.' + names::asciiFold(p.familyName);
    QString email = base + u"@example.org"_s;
    for (int n = 2; m_emails.contains(email); ++n)
        email = base + QString::number(n) + u"@example.org"_s;
    m_emails.insert(email);
    p.email = email;
    return must(m_catalogue.save(p)).id;
}

qint64 Builder::cohort(const QString& code, const QString& programme, const QString& title, QDate start,
                       QDate end, DeliveryMode mode, const QString& venue, Region region,
                       std::optional<int> capacity, const QString& provider, const QString& partner,
                       std::optional<int> headcount)
{
    Cohort c;
    c.code = code;
    c.programmeId = m_store.programmeByCode(programme)->id;
    c.title = title;
    c.startDate = start;
    c.endDate = end;
    c.deliveryMode = mode;
    c.venue = venue;
    c.region = region;
    c.capacity = capacity;
    c.provider = provider;
    c.partner = partner;
    c.headcount = headcount;
    c = must(m_catalogue.save(c));
    m_cohorts.insert(c.id, c);
    return c.id;
}

// Enrols `resuming` deferrals first, then new people, and records each outcome on a plausible date.
Outcomes Builder::fill(qint64 cohortId, const Plan& plan, JobRole role, const QList<qint64>& resuming)
{
    const Cohort c = m_cohorts.value(cohortId);
    const QDate enrolledOn = c.startDate.addDays(-14);
    QList<qint64> ids;
    for (qint64 deferred : resuming)
        ids << must(m_enrolments.resume(deferred, cohortId, enrolledOn)).id;
    while (ids.size() < plan.total())
        ids << must(m_enrolments.enrol(person(role), cohortId, enrolledOn)).id;
    Outcomes out;
    const QDate end = c.endDate.isValid() ? c.endDate : c.startDate;
    const qint64 span = std::max<qint64>(c.startDate.daysTo(end), 1);
    const Reason reasons[] = {Reason::WorkPressures, Reason::Health, Reason::CaringResponsibilities,
                              Reason::ChangedRole, Reason::Personal};
    int i = 0;
    for (int n = 0; n < plan.completed; ++n, ++i) {
        must(m_enrolments.changeStatus(ids.at(i), Status::Completed, end));
        out.completed << ids.at(i);
    }
    for (int n = 0; n < plan.deferred; ++n, ++i) {
        must(m_enrolments.changeStatus(ids.at(i), Status::Deferred, c.startDate.addDays(span / 3 + n),
                                       reasons[(n + i) % 5], u"Hopes to rejoin a later cohort"_s));
        out.deferred << ids.at(i);
    }
    for (int n = 0; n < plan.withdrawn; ++n, ++i) {
        must(m_enrolments.changeStatus(ids.at(i), Status::Withdrawn, c.startDate.addDays(span / 2 + n),
                                       Reason::LeftOrganisation));
        out.withdrawn << ids.at(i);
    }
    for (; i < ids.size(); ++i)
        out.enrolled << ids.at(i);
    return out;
}

void Builder::sessions(qint64 cohortId, const QList<Session>& plan, const QList<qint64>& enrolments)
{
    for (Session s : plan) {
        s.cohortId = cohortId;
        s = must(m_sessions.save(s));
        QList<MarkChange> marks;
        for (qint64 e : enrolments) {
            const Enrolment en = *m_store.enrolmentById(e);
            if (s.participantId != 0 && en.participantId != s.participantId)
                continue;
            // Only sessions before someone left are marked for them.
            if (en.status != Status::Completed && en.status != Status::Enrolled && s.date >= en.statusDate)
                continue;
            const auto roll = m_marks() % 20;
            const AttendanceMark mark = roll == 0   ? AttendanceMark::Excused
                                        : roll == 1 ? AttendanceMark::Absent
                                                    : AttendanceMark::Present;
            marks << MarkChange{s.id, e, mark};
        }
        must(m_sessions.setMarks(marks));
    }
}

// The directors' year: six action learning sets, three guest speakers, and a one-to-one coaching
// session for each director.
void Builder::directorsProgramme(qint64 cohortId, const QList<qint64>& enrolments)
{
    QList<Session> plan;
    for (int i = 0; i < 6; ++i) {
        Session s;
        s.date = QDate(2024, 5, 15).addDays(i * 49);
        s.kind = SessionKind::ActionLearningSet;
        s.title = u"Action learning set %1"_s.arg(i + 1);
        s.startTime = QTime(9, 30);
        s.facilitator = u"Leaderful Action"_s;
        s.venue = i % 2 == 0 ? u"Cardiff"_s : u"online"_s;
        plan << s;
    }
    const std::tuple<QDate, const char16_t*, const char16_t*> speakers[] = {
        {QDate(2024, 7, 10), u"Leading through inspection", u"Gwenllïan Prosser-Llywelyn"},
        {QDate(2024, 10, 2), u"Compassionate leadership at board level", u"Dr Llŷr ap Dafydd"},
        {QDate(2025, 1, 22), u"Working with elected members", u"Siân Rowlands"},
    };
    for (const auto& [date, title, speaker] : speakers) {
        Session s;
        s.date = date;
        s.kind = SessionKind::GuestSpeaker;
        s.title = QString::fromUtf16(title);
        s.startTime = QTime(14, 0);
        s.facilitator = QString::fromUtf16(speaker);
        s.venue = u"online"_s;
        plan << s;
    }
    for (int i = 0; i < enrolments.size(); ++i) {
        Session s;
        s.date = QDate(2024, 11, 4).addDays(i * 7); // Mondays
        s.kind = SessionKind::Coaching;
        s.title = u"Individual coaching"_s;
        s.startTime = QTime(10, 0);
        s.facilitator = u"Leaderful Action"_s;
        s.venue = u"online"_s;
        s.participantId = m_store.enrolmentById(enrolments.at(i))->participantId;
        plan << s;
    }
    sessions(cohortId, plan, enrolments);
}

void Builder::feedback(qint64 cohortId, int responses, int metExpNo, int learnNo, MetNeeds needs,
                       const QList<qint64>& people)
{
    const QStringList comments = {u"Practical and supportive; I use the tools with my team every week."_s,
                                  u"Roedd y sesiwn yn ddefnyddiol iawn."_s,
                                  u"Good to meet managers from other authorities."_s, QString(), QString()};
    for (int i = 0; i < responses; ++i) {
        Feedback f;
        f.cohortId = cohortId;
        f.participantId =
            i < people.size() && pick(2) == 0 ? m_store.enrolmentById(people.at(i))->participantId : 0;
        f.metNeeds = (i % 3 == 0) ? MetNeeds::QuiteWell : needs;
        f.metExpectations = i < metExpNo ? YesNo::No : YesNo::Yes;
        f.learnedUsable = i < learnNo ? YesNo::No : YesNo::Yes;
        f.relevant = YesNo::Yes;
        f.recommend = YesNo::Yes;
        f.comment = comments.at(pick(int(comments.size())));
        must(m_feedback.save(f));
    }
}

QList<Session> monthly(QDate start, int count, SessionKind kind, const QString& venue)
{
    QList<Session> days;
    for (int i = 0; i < count; ++i) {
        Session s;
        s.date = start.addMonths(i).addDays(i % 3);
        s.kind = kind;
        s.title = toText(kind).left(1).toUpper() + toText(kind).mid(1) + u' ' + QString::number(i + 1);
        s.venue = venue;
        days << s;
    }
    return days;
}

// The rules the programmes judge attendance by: most teaching days; three in four action learning sets.
void Builder::attendanceRules()
{
    for (const auto& [code, threshold, kind] : {std::tuple(u"TMDP"_s, 80, SessionKind::TeachingDay),
                                                std::tuple(u"MMDP"_s, 80, SessionKind::TeachingDay),
                                                std::tuple(u"NDP"_s, 75, SessionKind::ActionLearningSet)}) {
        Programme p = *m_store.programmeByCode(code);
        p.attendanceThreshold = threshold;
        p.attendanceKind = kind;
        must(m_catalogue.save(p));
    }
}

void Builder::run()
{
    using D = QDate;
    const auto Blended = DeliveryMode::Blended, Online = DeliveryMode::Online, F2F = DeliveryMode::FaceToFace;
    const auto FLM = JobRole::FirstLineManager, MM = JobRole::MiddleManager;
    organisations();
    attendanceRules();

    // 2022 to 2023
    const qint64 t221 =
        cohort(u"TMDP-2022-1"_s, u"TMDP"_s, u"Team Manager Development Programme 2022, cohort 1"_s,
               D(2022, 5, 11), D(2023, 2, 23), Blended, u"Llandrindod Wells"_s, Region::MidWales, 20);
    const Outcomes ot221 = fill(t221, {17, 2, 1, 0}, FLM);
    const qint64 m221 = cohort(u"MMDP-2022-1"_s, u"MMDP"_s, u"Middle Management Development Programme 2022"_s,
                               D(2022, 6, 8), D(2023, 3, 16), Online, QString(), Region::AllWales, 16);
    fill(m221, {12, 1, 1, 0}, MM);

    // 2023 to 2024: the 2022 TMDP deferrals resume in the first 2023 cohort.
    const qint64 t231 =
        cohort(u"TMDP-2023-1"_s, u"TMDP"_s, u"Team Manager Development Programme 2023, cohort 1"_s,
               D(2023, 4, 19), D(2023, 12, 7), Blended, u"Bangor"_s, Region::NorthWales, 20);
    const Outcomes ot231 = fill(t231, {16, 2, 1, 0}, FLM, ot221.deferred);
    const qint64 t232 =
        cohort(u"TMDP-2023-2"_s, u"TMDP"_s, u"Team Manager Development Programme 2023, cohort 2"_s,
               D(2023, 6, 14), D(2024, 3, 14), Blended, u"Swansea"_s, Region::SouthWestWales, 20);
    const Outcomes ot232 = fill(t232, {15, 1, 1, 0}, FLM);
    const qint64 m231 = cohort(u"MMDP-2023-1"_s, u"MMDP"_s, u"Middle Management Development Programme 2023"_s,
                               D(2023, 5, 10), D(2024, 3, 21), Online, QString(), Region::AllWales, 16);
    fill(m231, {14, 1, 1, 0}, MM);
    const qint64 a231 = cohort(u"AMMP-2023-1"_s, u"AMMP"_s, u"Aspirant Middle Manager Programme 2023"_s,
                               D(2023, 9, 6), D(2024, 2, 28), Online, QString(), Region::AllWales, 20);
    const Outcomes oa231 = fill(a231, {12, 0, 1, 0}, FLM);
    feedback(a231, 10, 0, 0, MetNeeds::VeryWell, oa231.completed);

    // 2024 to 2025: the published year. TMDP 36 / 32 / 3 / 1, MMDP 15 / 13 / 2 / 0.
    const qint64 t241 =
        cohort(u"TMDP-2024-1"_s, u"TMDP"_s, u"Team Manager Development Programme 2024, cohort 1"_s,
               D(2024, 4, 17), D(2024, 11, 28), Blended, u"Llandudno"_s, Region::NorthWales, 20);
    const Outcomes ot241 = fill(t241, {16, 2, 0, 0}, FLM, {ot231.deferred.first()});
    sessions(t241, monthly(D(2024, 4, 17), 7, SessionKind::TeachingDay, u"Llandudno"_s), ot241.all());
    const qint64 t242 =
        cohort(u"TMDP-2024-2"_s, u"TMDP"_s, u"Team Manager Development Programme 2024, cohort 2"_s,
               D(2024, 6, 5), D(2025, 2, 27), Blended, u"Cardiff"_s, Region::SouthEastWales, 20);
    const Outcomes ot242 = fill(t242, {16, 1, 1, 0}, FLM, ot232.deferred);
    sessions(t242, monthly(D(2024, 6, 5), 8, SessionKind::TeachingDay, u"Cardiff"_s), ot242.all());
    feedback(t242, 12, 0, 0, MetNeeds::VeryWell, ot242.completed);
    const qint64 m241 = cohort(u"MMDP-2024-1"_s, u"MMDP"_s, u"Middle Management Development Programme 2024"_s,
                               D(2024, 5, 1), D(2025, 3, 20), Online, QString(), Region::AllWales, 16);
    const Outcomes om241 = fill(m241, {13, 2, 0, 0}, MM);
    sessions(m241, monthly(D(2024, 5, 1), 9, SessionKind::TeachingDay, u"online"_s), om241.all());
    const qint64 a241 = cohort(u"AMMP-2024-1"_s, u"AMMP"_s, u"Aspirant Middle Manager Programme 2024"_s,
                               D(2024, 9, 11), D(2025, 1, 30), Online, QString(), Region::AllWales, 20);
    const Outcomes oa241 = fill(a241, {17, 0, 0, 0}, FLM);
    feedback(a241, 14, 0, 0, MetNeeds::VeryWell, oa241.completed);
    const qint64 n241 =
        cohort(u"NDP-2024-1"_s, u"NDP"_s, u"New Directors' Programme 2024"_s, D(2024, 5, 15), D(2025, 3, 5),
               Blended, u"Cardiff"_s, Region::AllWales, 10, u"Leaderful Action"_s);
    const Outcomes on241 = fill(n241, {9, 0, 0, 0}, JobRole::Director);
    directorsProgramme(n241, on241.all());
    feedback(n241, 7, 0, 0, MetNeeds::VeryWell, on241.completed);

    // Introduction to compassionate leadership: eight sessions, 312 people; 200 responses,
    // 198 met expectations (99 per cent), 199 learned something usable (99.5 per cent).
    const int iclSizes[] = {42, 38, 40, 36, 41, 39, 37, 39};
    const QString venues[] = {u"Wrexham"_s,     QString(), u"Carmarthen"_s, QString(),
                              u"Aberystwyth"_s, QString(), u"Newport"_s,    QString()};
    const Region iclRegions[] = {Region::NorthWales,     Region::AllWales, Region::WestWales,
                                 Region::AllWales,       Region::MidWales, Region::AllWales,
                                 Region::SouthEastWales, Region::AllWales};
    QList<qint64> networkCandidates;
    for (int s = 0; s < 8; ++s) {
        const QDate day = D(2024, 5, 8).addDays(s * 38);
        const qint64 icl = cohort(u"ICL-2024-%1"_s.arg(s + 1, 2, 10, QChar(u'0')), u"ICL"_s,
                                  u"Introduction to compassionate leadership"_s, day, day,
                                  venues[s].isEmpty() ? Online : F2F, venues[s], iclRegions[s], 45);
        const JobRole roles[] = {JobRole::Practitioner, FLM, MM, JobRole::SeniorManager};
        Outcomes o;
        for (int n = 0; n < iclSizes[s]; ++n) {
            const qint64 id = must(m_enrolments.enrol(person(roles[n % 4]), icl, day.addDays(-10))).id;
            must(m_enrolments.changeStatus(id, Status::Completed, day));
            o.completed << id;
        }
        networkCandidates += o.completed;
        feedback(icl, 25, s == 0 ? 2 : 0, s == 1 ? 1 : 0, MetNeeds::VeryWell, o.completed);
    }

    // Workshops: two "resolving team conflict" sessions (45 people) and the joint HEIW session (164,
    // counted).
    const qint64 w1 = cohort(u"WSH-2024-01"_s, u"WSH"_s, u"Resolving team conflict"_s, D(2024, 10, 16),
                             D(2024, 10, 16), Online, QString(), Region::AllWales, 30);
    networkCandidates += fill(w1, {24, 0, 0, 0}, FLM).completed;
    const qint64 w2 = cohort(u"WSH-2025-02"_s, u"WSH"_s, u"Resolving team conflict"_s, D(2025, 1, 15),
                             D(2025, 1, 15), F2F, u"Llandudno Junction"_s, Region::NorthWales, 30);
    networkCandidates += fill(w2, {21, 0, 0, 0}, MM).completed;
    cohort(u"WSH-2025-HEIW"_s, u"WSH"_s, u"Radical candour: a joint session with HEIW"_s, D(2025, 3, 12),
           D(2025, 3, 12), Online, QString(), Region::AllWales, std::nullopt, QString(),
           u"Health Education and Improvement Wales"_s, 164);

    // The compassionate leadership network: 146 members, joined during the year.
    for (int i = 0; i < 146; ++i) {
        const qint64 e = networkCandidates.at(i * 2);
        must(m_catalogue.save(
            NetworkMember{m_store.enrolmentById(e)->participantId, D(2024, 6, 1).addDays(i * 2), {}}));
    }

    // 2025 to 2026: the 2024 TMDP deferrals resume; and cohorts in progress now.
    const qint64 t251 =
        cohort(u"TMDP-2025-1"_s, u"TMDP"_s, u"Team Manager Development Programme 2025"_s, D(2025, 6, 4),
               D(2026, 3, 19), Blended, u"Aberystwyth"_s, Region::MidWales, 20);
    fill(t251, {15, 1, 1, 0}, FLM, ot241.deferred + ot242.deferred);
    const qint64 m251 = cohort(u"MMDP-2025-1"_s, u"MMDP"_s, u"Middle Management Development Programme 2025"_s,
                               D(2025, 5, 7), D(2026, 3, 18), Online, QString(), Region::AllWales, 16);
    fill(m251, {13, 0, 1, 0}, MM, {om241.deferred.first()});
    const qint64 t261 =
        cohort(u"TMDP-2026-1"_s, u"TMDP"_s, u"Team Manager Development Programme 2026"_s, D(2026, 9, 16),
               D(2027, 3, 18), Blended, u"Carmarthen"_s, Region::WestWales, 18);
    fill(t261, {0, 0, 0, 18}, FLM);
    // Two more want the full 2026 cohort: they wait for a place.
    must(m_enrolments.enrol(person(FLM), t261, D(2026, 9, 1)));
    must(m_enrolments.enrol(person(FLM), t261, D(2026, 9, 2)));
}

} // namespace

Result<std::unique_ptr<Database>> Demo::createDatabase(const QString& path)
{
    auto db = Database::create(path);
    if (!db)
        return db.toError();
    Store store(*db.value());
    if (auto built = build(store); !built) {
        db.value().reset();
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return fail(QCoreApplication::translate("arwain::Demo", "the demo data could not be built: %1")
                        .arg(built.error()));
    }
    return db;
}

Result<void> Demo::build(Store& store)
{
    return store.database().write([&]() -> Result<void> {
        try {
            Builder(store).run();
        } catch (const DemoFailure& f) {
            return fail(f.message);
        }
        return {};
    });
}

} // namespace arwain
