// Terms: the listed values (status, reason, region, …) and the words each is written as in files.
#pragma once

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
    // The stored spelling first: every value read back from a database is one, so no text is built.
    for (const auto& [v, words] : Terms<E>::list)
        if (text == QStringView(words.data(), qsizetype(words.size())))
            return v;
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

} // namespace arwain
