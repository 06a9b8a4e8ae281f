// CsvKinds: the KINDs of CSV file Arwain reads and writes, and the columns of each.
#pragma once

#include "domain/Records.h"

#include <QStringList>

namespace arwain {

enum class CsvKind
{
    Programmes,
    Organisations,
    Participants,
    Cohorts,
    Enrolments,
    Sessions,
    Attendance,
    Feedback,
    Network
};

template <> struct Terms<CsvKind>
{
    static constexpr std::u16string_view what = u"kind";
    static constexpr auto list =
        std::to_array<std::pair<CsvKind, std::u16string_view>>({{CsvKind::Programmes, u"programmes"},
                                                                {CsvKind::Organisations, u"organisations"},
                                                                {CsvKind::Participants, u"participants"},
                                                                {CsvKind::Cohorts, u"cohorts"},
                                                                {CsvKind::Enrolments, u"enrolments"},
                                                                {CsvKind::Sessions, u"sessions"},
                                                                {CsvKind::Attendance, u"attendance"},
                                                                {CsvKind::Feedback, u"feedback"},
                                                                {CsvKind::Network, u"network"}});
};

struct CsvColumn
{
    QString name;
    bool required = false;
    bool multiline = false; // free text (a note, a comment) keeps its line breaks
};

// The columns of a kind, in the order export writes them.
QList<CsvColumn> csvColumns(CsvKind kind);
QStringList csvColumnNames(CsvKind kind);

} // namespace arwain
