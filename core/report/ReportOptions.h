// ReportOptions: what an annual report is asked for: the reporting year, the language it is written
// in, the completion-rate definition, feedback suppression and the "as at" date.
#pragma once

#include "domain/ReportingYear.h"
#include "stats/StatsQuery.h"

#include <QDate>

#include <optional>

namespace arwain {

struct ReportOptions
{
    int year = 0; // reporting year by its first year
    Lang lang = Lang::English;
    Definition definition = Definition::Published;
    // Feedback rows with fewer responses are withheld; none: the database's own setting (0: never).
    std::optional<int> minResponses;
    std::optional<QDate> asAt; // none: as things stand on the day the report is made
};

} // namespace arwain
