// CsvKinds: the column lists of PRODUCT.md, with which of them must be present and filled.
#include "io/csv/CsvKinds.h"

#include "domain/Records.h"

using namespace Qt::StringLiterals;

namespace arwain {

QList<CsvColumn> csvColumns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Programmes:
        return {{u"code"_s, true}, {u"name"_s, true}, {u"welsh_name"_s}, {u"kind"_s, true}};
    case CsvKind::Organisations:
        return {{u"name"_s, true}, {u"sector"_s}, {u"region"_s}};
    case CsvKind::Participants:
        return {{u"given_name"_s, true}, {u"family_name"_s, true}, {u"email"_s},
                {u"organisation"_s},     {u"job_role"_s},          {u"preferred_language"_s}};
    case CsvKind::Cohorts:
        return {{u"code"_s, true}, {u"programme"_s, true}, {u"title"_s},    {u"start_date"_s, true},
                {u"end_date"_s},   {u"delivery_mode"_s},   {u"venue"_s},    {u"region"_s},
                {u"provider"_s},   {u"partner"_s},         {u"capacity"_s}, {u"headcount"_s}};
    case CsvKind::Enrolments:
        return {{u"email"_s, true}, {u"cohort"_s, true},      {u"status"_s, true},    {u"status_date"_s},
                {u"reason"_s},      {u"note"_s, false, true}, {u"continues_cohort"_s}};
    case CsvKind::Sessions:
        return {{u"cohort"_s, true}, {u"date"_s, true},  {u"kind"_s, true}, {u"title"_s},
                {u"start_time"_s},   {u"facilitator"_s}, {u"venue"_s},      {u"for_email"_s}};
    case CsvKind::Attendance:
        return {{u"cohort"_s, true},
                {u"session_date"_s, true},
                {u"session_time"_s},
                {u"email"_s, true},
                {u"attendance"_s, true}};
    case CsvKind::Feedback:
        return {{u"cohort"_s, true},   {u"email"_s},    {u"met_needs"_s}, {u"met_expectations"_s},
                {u"learned_usable"_s}, {u"relevant"_s}, {u"recommend"_s}, {u"comment"_s, false, true}};
    case CsvKind::Network:
        return {{u"email"_s, true}, {u"joined_on"_s, true}, {u"left_on"_s}};
    }
    return {};
}

QStringList csvColumnNames(CsvKind kind)
{
    QStringList names;
    for (const CsvColumn& c : csvColumns(kind))
        names << c.name;
    return names;
}

} // namespace arwain
