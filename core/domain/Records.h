// Domain types: programmes, cohorts, organisations, participants, enrolments and their listed values.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace arwain {

enum class ProgrammeKind
{
    Course,
    SingleSession
};
enum class DeliveryMode
{
    Unset,
    Online,
    FaceToFace,
    Blended
};
enum class Sector
{
    Unset,
    LocalAuthority,
    ThirdSector,
    IndependentProvider,
    Nhs,
    Other
};
enum class Region
{
    Unset,
    NorthWales,
    MidWales,
    WestWales,
    SouthWestWales,
    SouthEastWales,
    AllWales
};
enum class JobRole
{
    Unset,
    Practitioner,
    FirstLineManager,
    MiddleManager,
    SeniorManager,
    Director,
    Other
};
enum class Language
{
    English,
    Welsh
};
enum class Status
{
    Waitlisted,
    Enrolled,
    Completed,
    Deferred,
    Withdrawn
};
enum class Reason
{
    Unset,
    WorkPressures,
    Health,
    CaringResponsibilities,
    ChangedRole,
    LeftOrganisation,
    Personal,
    Other
};
enum class SessionKind
{
    TeachingDay,
    ActionLearningSet,
    GuestSpeaker,
    Coaching,
    Workshop,
    Webinar
};
enum class AttendanceMark
{
    Present,
    Absent,
    Excused
};
enum class MetNeeds
{
    Unset,
    VeryWell,
    QuiteWell,
    NotVeryWell,
    NotAtAll
};
enum class YesNo
{
    Unset,
    Yes,
    No
};
enum class HistoryKind
{
    Created,
    Imported,
    Changed,
    Reverted
};

// The words each listed value is written as, in the database and in CSV files. The first
// entry of every list is the canonical spelling; Unset values have no words (empty).
template <typename E> struct Terms;

#define ARWAIN_TERMS(E, WHAT, ...)                                                                           \
    template <> struct Terms<E>                                                                              \
    {                                                                                                        \
        static constexpr std::u16string_view what = WHAT;                                                    \
        static constexpr auto list = std::to_array<std::pair<E, std::u16string_view>>({__VA_ARGS__});        \
    };

ARWAIN_TERMS(ProgrammeKind, u"programme kind", {ProgrammeKind::Course, u"course"},
             {ProgrammeKind::SingleSession, u"single session"})
ARWAIN_TERMS(DeliveryMode, u"delivery mode", {DeliveryMode::Online, u"online"},
             {DeliveryMode::FaceToFace, u"face-to-face"}, {DeliveryMode::Blended, u"blended"})
ARWAIN_TERMS(Sector, u"sector", {Sector::LocalAuthority, u"local authority"},
             {Sector::ThirdSector, u"third sector"}, {Sector::IndependentProvider, u"independent provider"},
             {Sector::Nhs, u"NHS"}, {Sector::Other, u"other"})
ARWAIN_TERMS(Region, u"region", {Region::NorthWales, u"North Wales"}, {Region::MidWales, u"Mid Wales"},
             {Region::WestWales, u"West Wales"}, {Region::SouthWestWales, u"South West Wales"},
             {Region::SouthEastWales, u"South East Wales"}, {Region::AllWales, u"All Wales"})
ARWAIN_TERMS(JobRole, u"job role", {JobRole::Practitioner, u"practitioner"},
             {JobRole::FirstLineManager, u"first-line manager"}, {JobRole::MiddleManager, u"middle manager"},
             {JobRole::SeniorManager, u"senior manager"}, {JobRole::Director, u"director"},
             {JobRole::Other, u"other"})
ARWAIN_TERMS(Language, u"preferred language", {Language::English, u"English"}, {Language::Welsh, u"Welsh"})
ARWAIN_TERMS(Status, u"status", {Status::Waitlisted, u"waitlisted"}, {Status::Enrolled, u"enrolled"},
             {Status::Completed, u"completed"}, {Status::Deferred, u"deferred"},
             {Status::Withdrawn, u"withdrawn"})
ARWAIN_TERMS(Reason, u"reason", {Reason::WorkPressures, u"work pressures"}, {Reason::Health, u"health"},
             {Reason::CaringResponsibilities, u"caring responsibilities"},
             {Reason::ChangedRole, u"changed role"}, {Reason::LeftOrganisation, u"left organisation"},
             {Reason::Personal, u"personal"}, {Reason::Other, u"other"})
ARWAIN_TERMS(SessionKind, u"session kind", {SessionKind::TeachingDay, u"teaching day"},
             {SessionKind::ActionLearningSet, u"action learning set"},
             {SessionKind::GuestSpeaker, u"guest speaker"}, {SessionKind::Coaching, u"coaching"},
             {SessionKind::Workshop, u"workshop"}, {SessionKind::Webinar, u"webinar"})
ARWAIN_TERMS(AttendanceMark, u"attendance", {AttendanceMark::Present, u"present"},
             {AttendanceMark::Absent, u"absent"}, {AttendanceMark::Excused, u"excused"})
ARWAIN_TERMS(MetNeeds, u"met needs", {MetNeeds::VeryWell, u"very well"}, {MetNeeds::QuiteWell, u"quite well"},
             {MetNeeds::NotVeryWell, u"not very well"}, {MetNeeds::NotAtAll, u"not at all"})
ARWAIN_TERMS(YesNo, u"answer", {YesNo::Yes, u"yes"}, {YesNo::No, u"no"})
ARWAIN_TERMS(HistoryKind, u"history kind", {HistoryKind::Created, u"created"},
             {HistoryKind::Imported, u"imported"}, {HistoryKind::Changed, u"changed"},
             {HistoryKind::Reverted, u"reverted"})
#undef ARWAIN_TERMS

// Lower case, '-' and '_' read as spaces, runs of spaces collapsed: "Face_to_Face" matches "face-to-face".
QString normaliseTerm(QStringView text);

template <typename E> QString toText(E value)
{
    for (const auto& [v, words] : Terms<E>::list)
        if (v == value)
            return QString::fromUtf16(words.data(), qsizetype(words.size()));
    return {};
}

template <typename E> std::optional<E> fromText(QStringView text)
{
    const QString wanted = normaliseTerm(text);
    for (const auto& [v, words] : Terms<E>::list)
        if (normaliseTerm(QStringView(words.data(), qsizetype(words.size()))) == wanted)
            return v;
    return std::nullopt;
}

// "a, b or c": for messages that list what is allowed.
template <typename E> QString allTexts()
{
    QString out;
    const auto& list = Terms<E>::list;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += (i + 1 == list.size()) ? u" or " : u", ";
        out += QString::fromUtf16(list[i].second.data(), qsizetype(list[i].second.size()));
    }
    return out;
}

template <typename E> QString termName()
{
    return QString::fromUtf16(Terms<E>::what.data(), qsizetype(Terms<E>::what.size()));
}

// Dates are written YYYY-MM-DD and read as YYYY-MM-DD or DD/MM/YYYY; impossible dates are refused.
std::optional<QDate> parseDate(QStringView text);
QString dateText(const QDate& date);

// Email addresses are kept in lower case and must look like local@domain.tld.
QString normaliseEmail(QStringView email);
bool isPlausibleEmail(const QString& email);

struct Programme
{
    qint64 id = 0;
    QString code;
    QString name;
    QString welshName;
    ProgrammeKind kind = ProgrammeKind::Course;
    bool operator==(const Programme&) const = default;
};

struct Cohort
{
    qint64 id = 0;
    QString code;
    qint64 programmeId = 0;
    QString title;
    QDate startDate;
    QDate endDate; // null when the cohort has no end date
    DeliveryMode deliveryMode = DeliveryMode::Unset;
    QString venue;
    Region region = Region::Unset;
    QString provider;
    QString partner;
    std::optional<int> capacity;
    std::optional<int> headcount; // attendees counted, not named
    bool operator==(const Cohort&) const = default;
};

struct Organisation
{
    qint64 id = 0;
    QString name;
    Sector sector = Sector::Unset;
    Region region = Region::Unset;
    bool operator==(const Organisation&) const = default;
};

struct Participant
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString email;             // lower case; empty when not known
    qint64 organisationId = 0; // 0: none
    JobRole jobRole = JobRole::Unset;
    Language preferredLanguage = Language::English;
    bool anonymised = false;
    bool operator==(const Participant&) const = default;
};

struct Enrolment
{
    qint64 id = 0;
    qint64 participantId = 0;
    qint64 cohortId = 0;
    Status status = Status::Enrolled;
    QDate statusDate;
    Reason reason = Reason::Unset;
    QString note;
    qint64 continuesId = 0; // the deferred enrolment this one resumes; 0: none
    bool operator==(const Enrolment&) const = default;
};

struct StatusChange
{
    qint64 id = 0;
    qint64 enrolmentId = 0;
    std::optional<Status> from;
    Status to = Status::Enrolled;
    QDate effectiveDate;
    QDateTime recordedAt;
    Reason reason = Reason::Unset;
    QString note;
    HistoryKind kind = HistoryKind::Changed;
    qint64 reverts = 0; // the change this entry reverts; 0: none
};

struct Session
{
    qint64 id = 0;
    qint64 cohortId = 0;
    QDate date;
    SessionKind kind = SessionKind::TeachingDay;
    QString title;
    bool operator==(const Session&) const = default;
};

struct Attendance
{
    qint64 sessionId = 0;
    qint64 enrolmentId = 0;
    AttendanceMark mark = AttendanceMark::Present;
    bool operator==(const Attendance&) const = default;
};

struct Feedback
{
    qint64 id = 0;
    qint64 cohortId = 0;
    qint64 participantId = 0; // 0: anonymous
    MetNeeds metNeeds = MetNeeds::Unset;
    YesNo metExpectations = YesNo::Unset;
    YesNo learnedUsable = YesNo::Unset;
    YesNo relevant = YesNo::Unset;
    YesNo recommend = YesNo::Unset;
    QString comment;
    // Equal answers, whoever gave them: how a re-imported response is recognised.
    bool sameAnswers(const Feedback& o) const
    {
        return cohortId == o.cohortId && participantId == o.participantId && metNeeds == o.metNeeds &&
               metExpectations == o.metExpectations && learnedUsable == o.learnedUsable &&
               relevant == o.relevant && recommend == o.recommend && comment == o.comment;
    }
};

struct NetworkMember
{
    qint64 participantId = 0;
    QDate joinedOn;
    QDate leftOn; // null while a member
    bool operator==(const NetworkMember&) const = default;
};

} // namespace arwain
