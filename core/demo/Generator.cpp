// Generator: synthetic records built cohort by cohort in date order and written through BulkStore, so
// memory stays flat however many enrolments are asked for.
#include "demo/Generator.h"

#include "demo/Names.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "storage/BulkStore.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

constexpr int kYears = 15;

struct Place
{
    const char16_t* town;
    Region region;
};
const Place kPlaces[] = {
    {u"Bangor", Region::NorthWales},
    {u"Caernarfon", Region::NorthWales},
    {u"Llandudno", Region::NorthWales},
    {u"Rhyl", Region::NorthWales},
    {u"Wrecsam", Region::NorthWales},
    {u"Yr Wyddgrug", Region::NorthWales},
    {u"Caergybi", Region::NorthWales},
    {u"Dolgellau", Region::NorthWales},
    {u"Aberystwyth", Region::MidWales},
    {u"Y Drenewydd", Region::MidWales},
    {u"Llandrindod Wells", Region::MidWales},
    {u"Machynlleth", Region::MidWales},
    {u"Aberhonddu", Region::MidWales},
    {u"Caerfyrddin", Region::WestWales},
    {u"Hwlffordd", Region::WestWales},
    {u"Aberteifi", Region::WestWales},
    {u"Llanelli", Region::WestWales},
    {u"Abertawe", Region::SouthWestWales},
    {u"Castell-nedd", Region::SouthWestWales},
    {u"Port Talbot", Region::SouthWestWales},
    {u"Pen-y-bont ar Ogwr", Region::SouthWestWales},
    {u"Caerdydd", Region::SouthEastWales},
    {u"Casnewydd", Region::SouthEastWales},
    {u"Merthyr Tudful", Region::SouthEastWales},
    {u"Pontypridd", Region::SouthEastWales},
    {u"Caerffili", Region::SouthEastWales},
    {u"Y Fenni", Region::SouthEastWales},
    {u"Y Barri", Region::SouthEastWales},
    {u"Glynebwy", Region::SouthEastWales},
};

struct Named
{
    const char16_t* name;
    Sector sector;
    Region region;
};
const Named kHealthBoards[] = {
    {u"Betsi Cadwaladr University Health Board", Sector::Nhs, Region::NorthWales},
    {u"Powys Teaching Health Board", Sector::Nhs, Region::MidWales},
    {u"Hywel Dda University Health Board", Sector::Nhs, Region::WestWales},
    {u"Swansea Bay University Health Board", Sector::Nhs, Region::SouthWestWales},
    {u"Cwm Taf Morgannwg University Health Board", Sector::Nhs, Region::SouthEastWales},
    {u"Aneurin Bevan University Health Board", Sector::Nhs, Region::SouthEastWales},
    {u"Cardiff and Vale University Health Board", Sector::Nhs, Region::SouthEastWales},
};

struct Kind
{
    const char16_t* pattern;
    Sector sector;
};
const Kind kProviders[] = {
    {u"%1 Care Home", Sector::IndependentProvider},
    {u"Cartref Gofal %1", Sector::IndependentProvider},
    {u"%1 Home Care", Sector::IndependentProvider},
    {u"Gofal Cartref %1", Sector::IndependentProvider},
    {u"%1 Supported Living", Sector::IndependentProvider},
    {u"%1 Carers' Centre", Sector::ThirdSector},
    {u"Cymdeithas Gofal %1", Sector::ThirdSector},
    {u"%1 Advocacy", Sector::ThirdSector},
    {u"%1 Family Centre", Sector::ThirdSector},
    {u"Mencap %1", Sector::ThirdSector},
    {u"%1 Community Transport", Sector::Other},
};

// Each programme: its share of enrolments, mean cohort size, length in days (0: one day), sessions, and
// whether those who complete it may join the network.
struct ProgrammePlan
{
    const char16_t* code;
    double share;
    int size;
    int days;
    int sessions;
    SessionKind kind;
    bool network;
};
const ProgrammePlan kPlans[] = {
    {u"TMDP", 0.22, 22, 280, 6, SessionKind::TeachingDay, false},
    {u"MMDP", 0.18, 18, 280, 6, SessionKind::TeachingDay, true},
    {u"AMMP", 0.14, 20, 200, 5, SessionKind::TeachingDay, false},
    {u"NDP", 0.04, 10, 365, 5, SessionKind::ActionLearningSet, true},
    {u"ICL", 0.30, 40, 0, 1, SessionKind::Workshop, false},
    {u"WSH", 0.12, 30, 0, 1, SessionKind::Webinar, false},
};

const Reason kReasons[] = {Reason::WorkPressures, Reason::Health,           Reason::CaringResponsibilities,
                           Reason::ChangedRole,   Reason::LeftOrganisation, Reason::Personal,
                           Reason::Other};

const char16_t* const kComments[] = {
    u"Practical and supportive; I use the tools with my team every week.",
    u"Roedd yn braf cael trafod gyda rheolwyr eraill o bob rhan o Gymru.",
    u"The action learning sets were the most useful part.",
    u"Hoffwn fwy o amser ar reoli newid.",
    u"Too much in one day online; the face-to-face days were better.",
};

struct CohortPlan
{
    int programme = 0; // index into kPlans
    QDate start;
    int size = 0;
};

struct Deferral
{
    qint64 participantId;
    qint64 enrolmentId;
    QDate date;
};

struct Cancelled
{
};

class Builder
{
public:
    Builder(Store& store, const GeneratorOptions& o, const Generator::Progress& progress)
        : m_store(store), m_bulk(store.database()), m_options(o), m_progress(progress), m_rng(o.seed),
          m_today(Clock::today()), m_recorded(Clock::now())
    {
    }

    GeneratorReport run()
    {
        using N = BulkStore::Numbered;
        m_ids = {m_bulk.firstFreeId(N::Organisation), m_bulk.firstFreeId(N::Cohort),
                 m_bulk.firstFreeId(N::Participant), m_bulk.firstFreeId(N::Enrolment),
                 m_bulk.firstFreeId(N::Session)};
        m_report.lastYear = m_today.year();
        m_report.firstYear = m_today.year() - kYears + 1;
        for (const Programme& p : m_store.programmes())
            m_programmeIds.insert(p.code, p.id);
        organisations();
        participants();
        cohorts();
        m_bulk.flush();
        return m_report;
    }

private:
    int pick(int n) { return int(m_rng() % std::uint64_t(n)); }
    double unit() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); }

    void organisations()
    {
        const int wanted = std::max(40, m_options.participants / 120);
        for (const names::Council& c : names::councils())
            addOrganisation(c.name, Sector::LocalAuthority, c.region, 40);
        for (const Named& n : kHealthBoards)
            addOrganisation(QString::fromUtf16(n.name), n.sector, n.region, 30);
        QHash<QString, int> used;
        while (m_orgIds.size() < std::size_t(wanted)) {
            const Kind& k = kProviders[pick(std::size(kProviders))];
            const Place& place = kPlaces[pick(std::size(kPlaces))];
            QString name = QString::fromUtf16(k.pattern).arg(QString::fromUtf16(place.town));
            if (const int n = ++used[name]; n > 1)
                name += u' ' + QString::number(n);
            addOrganisation(name, k.sector, place.region, 1 + pick(3));
        }
    }

    void addOrganisation(const QString& name, Sector sector, Region region, int weight)
    {
        Organisation o;
        o.id = m_ids.organisation++;
        o.name = name;
        o.sector = sector;
        o.region = region;
        m_bulk.add(o);
        m_orgIds.push_back(o.id);
        m_orgWeights.push_back((m_orgWeights.empty() ? 0 : m_orgWeights.back()) + weight);
        ++m_report.organisations;
    }

    qint64 someOrganisation()
    {
        const int r = pick(m_orgWeights.back());
        const auto it = std::upper_bound(m_orgWeights.begin(), m_orgWeights.end(), r);
        return m_orgIds[std::size_t(it - m_orgWeights.begin())];
    }

    void participants()
    {
        static const JobRole roles[] = {JobRole::Practitioner,     JobRole::FirstLineManager,
                                        JobRole::FirstLineManager, JobRole::MiddleManager,
                                        JobRole::MiddleManager,    JobRole::SeniorManager,
                                        JobRole::Practitioner,     JobRole::FirstLineManager,
                                        JobRole::Director,         JobRole::Other};
        const QStringList& given = names::given();
        const QStringList& family = names::family();
        m_firstParticipant = m_ids.participant;
        for (int i = 0; i < m_options.participants; ++i) {
            Participant p;
            p.id = m_ids.participant++;
            p.givenName = given.at(pick(int(given.size())));
            p.familyName = family.at(pick(int(family.size())));
            p.email = names::asciiFold(p.givenName) + u'.' + names::asciiFold(p.familyName) + u'.' +
                      QString::number(p.id) + u"@example.org"_s;
            p.organisationId = someOrganisation();
            p.jobRole = roles[pick(std::size(roles))];
            p.preferredLanguage = unit() < 0.18 ? Language::Welsh : Language::English;
            m_bulk.add(p);
        }
        m_report.participants = m_options.participants;
        m_inNetwork.assign(std::size_t(m_options.participants), false);
    }

    // Every cohort of every programme over the years, with sizes adding up to the enrolments asked for.
    std::vector<CohortPlan> plan()
    {
        std::vector<CohortPlan> plans;
        for (int p = 0; p < int(std::size(kPlans)); ++p) {
            const double enrolments = kPlans[p].share * double(m_options.enrolments);
            const int count = std::max(1, int(enrolments / kPlans[p].size + 0.5));
            for (int k = 0; k < count; ++k) {
                const int year = m_report.firstYear + int(qint64(k) * kYears / count);
                CohortPlan c;
                c.programme = p;
                c.start = QDate(year, 1, 8).addDays(pick(330));
                c.size = std::max(1, int(kPlans[p].size * (0.75 + 0.5 * unit())));
                plans.push_back(c);
            }
        }
        std::sort(plans.begin(), plans.end(), [](const CohortPlan& a, const CohortPlan& b) {
            return a.start != b.start ? a.start < b.start : a.programme < b.programme;
        });
        // Exactly the enrolments asked for: the difference spread one by one, no cohort larger than the
        // people there are.
        qint64 total = 0;
        for (const CohortPlan& c : plans)
            total += c.size;
        const int cap = m_options.participants;
        for (std::size_t i = 0; total != m_options.enrolments; i = (i + 1) % plans.size()) {
            if (total < m_options.enrolments && plans[i].size < cap) {
                ++plans[i].size;
                ++total;
            } else if (total > m_options.enrolments && plans[i].size > 1) {
                --plans[i].size;
                --total;
            }
        }
        return plans;
    }

    void cohorts()
    {
        const std::vector<CohortPlan> plans = plan();
        QHash<QString, int> perYear;
        std::vector<std::deque<Deferral>> deferred(std::size(kPlans));
        qint64 done = 0;
        qint64 reported = 0;
        for (const CohortPlan& c : plans) {
            const ProgrammePlan& p = kPlans[c.programme];
            const QString prefix = QString::fromUtf16(p.code) + u'-' + QString::number(c.start.year()) + u'-';
            Cohort cohort;
            cohort.id = m_ids.cohort++;
            cohort.code = prefix + QString::number(++perYear[prefix]).rightJustified(2, u'0');
            cohort.programmeId = m_programmeIds.value(QString::fromUtf16(p.code));
            const Place& place = kPlaces[pick(std::size(kPlaces))];
            cohort.title = Generator::tr("%1 cohort at %2")
                               .arg(QString::fromUtf16(p.code), QString::fromUtf16(place.town));
            cohort.startDate = c.start;
            cohort.endDate = c.start.addDays(p.days);
            cohort.deliveryMode = std::array{DeliveryMode::Online, DeliveryMode::FaceToFace,
                                             DeliveryMode::Blended}[std::size_t(pick(3))];
            cohort.venue =
                cohort.deliveryMode == DeliveryMode::Online ? QString() : QString::fromUtf16(place.town);
            cohort.region = place.region;
            const bool course = p.days > 0;
            const bool future = c.start > m_today;
            const int waitlisted = course && future && c.size > 4 ? pick(3) : 0;
            if (course)
                cohort.capacity = c.size - waitlisted;
            m_bulk.add(cohort);
            ++m_report.cohorts;
            enrol(cohort, c, p, deferred[std::size_t(c.programme)], waitlisted);
            done += c.size;
            if (m_progress && done - reported >= 10000) {
                reported = done;
                if (!m_progress(done, m_options.enrolments))
                    throw Cancelled{};
            }
        }
        if (m_progress && !m_progress(done, m_options.enrolments))
            throw Cancelled{};
    }

    struct Made
    {
        Enrolment e;
        QDate changed; // when a deferral or withdrawal took effect
    };

    void enrol(const Cohort& cohort, const CohortPlan& c, const ProgrammePlan& p, std::deque<Deferral>& queue,
               int waitlisted)
    {
        const bool course = p.days > 0;
        const bool ended = cohort.endDate < m_today;
        const bool started = cohort.startDate <= m_today;
        QSet<qint64> chosen;
        std::vector<Made> made;
        made.reserve(std::size_t(c.size));
        // People who deferred from an earlier cohort of the programme come back first (a few a cohort).
        const int resumers = course ? std::min<int>(int(queue.size()), std::max(1, c.size / 8)) : 0;
        for (int i = 0; i < resumers && !queue.empty() && queue.front().date < cohort.startDate; ++i) {
            const Deferral d = queue.front();
            queue.pop_front();
            if (chosen.contains(d.participantId))
                continue;
            chosen.insert(d.participantId);
            Made m;
            m.e.participantId = d.participantId;
            m.e.continuesId = d.enrolmentId;
            made.push_back(m);
        }
        while (int(made.size()) < c.size) {
            const qint64 person = m_firstParticipant + pick(m_options.participants);
            if (chosen.contains(person))
                continue;
            chosen.insert(person);
            Made m;
            m.e.participantId = person;
            made.push_back(m);
        }

        const QDate created = std::min(cohort.startDate.addDays(-7 - pick(35)), m_today);
        for (std::size_t i = 0; i < made.size(); ++i) {
            Made& m = made[i];
            Enrolment& e = m.e;
            e.id = m_ids.enrolment++;
            e.cohortId = cohort.id;
            const bool onWaitlist = i >= made.size() - std::size_t(waitlisted);
            Status first = onWaitlist ? Status::Waitlisted : Status::Enrolled;
            e.status = first;
            e.statusDate = created;
            if (!course) {
                if (started) {
                    e.status = Status::Completed;
                    e.statusDate = cohort.startDate;
                }
            } else if (ended || started) {
                const double r = unit();
                const int span = int(std::max<qint64>(
                    1, std::min(cohort.startDate.daysTo(cohort.endDate), cohort.startDate.daysTo(m_today))));
                if (ended && r < 0.87) {
                    e.status = Status::Completed;
                    e.statusDate = cohort.endDate;
                } else if ((ended && r < 0.94) || (!ended && r < 0.03)) {
                    e.status = Status::Deferred;
                    e.statusDate = cohort.startDate.addDays(pick(span));
                    e.reason = kReasons[pick(std::size(kReasons))];
                } else if (ended || r < 0.05) {
                    e.status = Status::Withdrawn;
                    e.statusDate = cohort.startDate.addDays(pick(span));
                    e.reason = kReasons[pick(std::size(kReasons))];
                }
            }
            m_bulk.add(e);
            ++m_report.enrolments;
            StatusChange h;
            h.enrolmentId = e.id;
            h.to = first;
            h.effectiveDate = created;
            h.recordedAt = m_recorded;
            h.kind = HistoryKind::Created;
            m_bulk.add(h);
            ++m_report.history;
            if (e.status != first) {
                StatusChange change = h;
                change.from = first;
                change.to = e.status;
                change.effectiveDate = e.statusDate;
                change.reason = e.reason;
                change.kind = HistoryKind::Changed;
                m_bulk.add(change);
                ++m_report.history;
            }
            if (e.status == Status::Deferred) {
                m.changed = e.statusDate;
                if (unit() < 0.6)
                    queue.push_back({e.participantId, e.id, e.statusDate});
            } else if (e.status == Status::Withdrawn) {
                m.changed = e.statusDate;
            }
            const bool networking = p.network && e.status == Status::Completed;
            if (networking && unit() < 0.25) {
                auto seen = m_inNetwork.begin() + (e.participantId - m_firstParticipant);
                if (!*seen) {
                    *seen = true;
                    m_bulk.add(NetworkMember{e.participantId, e.statusDate, {}});
                    ++m_report.network;
                }
            }
        }
        sessions(cohort, p, made);
        if (ended && course && cohort.startDate.year() > m_today.year() - 5)
            feedback(cohort, made);
    }

    // Sessions spread over the cohort; registers for the last three years (when Arwain took them over).
    void sessions(const Cohort& cohort, const ProgrammePlan& p, const std::vector<Made>& made)
    {
        const bool registers = cohort.startDate.year() >= m_today.year() - 2;
        const qint64 span = cohort.startDate.daysTo(cohort.endDate);
        for (int k = 0; k < p.sessions; ++k) {
            Session s;
            s.id = m_ids.session++;
            s.cohortId = cohort.id;
            s.date = cohort.startDate.addDays(p.sessions > 1 ? span * k / (p.sessions - 1) : 0);
            s.kind = p.kind;
            s.title = p.sessions > 1 ? toText(p.kind) + u' ' + QString::number(k + 1) : cohort.title;
            s.venue = cohort.venue;
            m_bulk.add(s);
            ++m_report.sessions;
            if (!registers || s.date > m_today)
                continue;
            for (const Made& m : made) {
                if (m.e.status == Status::Waitlisted || (m.changed.isValid() && s.date > m.changed))
                    continue;
                const double r = unit();
                const AttendanceMark mark = r < 0.90   ? AttendanceMark::Present
                                            : r < 0.94 ? AttendanceMark::Absent
                                                       : AttendanceMark::Excused;
                m_bulk.add(Attendance{s.id, m.e.id, mark});
                ++m_report.attendance;
            }
        }
    }

    void feedback(const Cohort& cohort, const std::vector<Made>& made)
    {
        for (const Made& m : made) {
            if (m.e.status != Status::Completed || unit() >= 0.35)
                continue;
            Feedback f;
            f.cohortId = cohort.id;
            f.participantId = m.e.participantId;
            const double r = unit();
            f.metNeeds = r < 0.60   ? MetNeeds::VeryWell
                         : r < 0.90 ? MetNeeds::QuiteWell
                         : r < 0.98 ? MetNeeds::NotVeryWell
                                    : MetNeeds::NotAtAll;
            auto answer = [this] { return unit() < 0.92 ? YesNo::Yes : YesNo::No; };
            f.metExpectations = answer();
            f.learnedUsable = answer();
            f.relevant = answer();
            f.recommend = answer();
            if (unit() < 0.1)
                f.comment = QString::fromUtf16(kComments[pick(std::size(kComments))]);
            m_bulk.add(f);
            ++m_report.feedback;
        }
    }

    Store& m_store;
    BulkStore m_bulk;
    GeneratorOptions m_options;
    const Generator::Progress& m_progress;
    std::mt19937_64 m_rng;
    QDate m_today;
    QDateTime m_recorded;
    // The next id of each table this numbers itself.
    struct
    {
        qint64 organisation, cohort, participant, enrolment, session;
    } m_ids{};
    GeneratorReport m_report;
    QHash<QString, qint64> m_programmeIds;
    std::vector<qint64> m_orgIds;
    std::vector<int> m_orgWeights;
    qint64 m_firstParticipant = 1;
    std::vector<bool> m_inNetwork;
};

} // namespace

QString Generator::check(const GeneratorOptions& o)
{
    if (o.participants < 1)
        return tr("--participants must be at least 1");
    if (o.enrolments < 0)
        return tr("--enrolments cannot be negative");
    // Each person at most once in a cohort: a cohort holds at most everyone.
    qint64 cohorts = 0;
    for (const ProgrammePlan& p : kPlans)
        cohorts += std::max<qint64>(1, qint64(p.share * double(o.enrolments) / p.size + 0.5));
    if (o.enrolments > cohorts * o.participants)
        return tr("%1 enrolments need more people than %2: each person is at most once in a cohort")
            .arg(o.enrolments)
            .arg(o.participants);
    return {};
}

Result<GeneratorReport> Generator::fill(Store& store, const GeneratorOptions& options,
                                        const Progress& progress)
{
    if (const QString problem = check(options); !problem.isEmpty())
        return fail(problem);
    GeneratorReport report;
    bool cancelled = false;
    auto written = store.database().write([&]() -> Result<void> {
        try {
            report = Builder(store, options, progress).run();
        } catch (const Cancelled&) {
            cancelled = true;
            return fail(tr("cancelled; nothing was written"));
        }
        store.database().auditAsOne(u"file.generate"_s, {},
                                    tr("%1 participants, %2 enrolments, seed %3")
                                        .arg(report.participants)
                                        .arg(report.enrolments)
                                        .arg(options.seed));
        return {};
    });
    if (!written)
        return written.toError();
    return report;
}

Result<GeneratorReport> Generator::createDatabase(const QString& path, const GeneratorOptions& options,
                                                  const Progress& progress)
{
    if (const QString problem = check(options); !problem.isEmpty())
        return fail(problem);
    auto db = Database::create(path);
    if (!db)
        return db.toError();
    Store store(*db.value());
    auto report = fill(store, options, progress);
    db.value().reset();
    if (!report) {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return fail(tr("%1: nothing was created: %2").arg(path, report.error()));
    }
    return report;
}

} // namespace arwain
