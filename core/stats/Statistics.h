// Statistics: the counting rules: reporting years, the three completion-rate definitions,
// eventual completion, "as at" figures rebuilt from history, and breakdowns.
#pragma once

#include "domain/Result.h"
#include "stats/StatsData.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"

#include <QCoreApplication>

#include <utility>

namespace arwain {

class Services;
class Store;
class Translation;

class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Statistics)
public:
    explicit Statistics(const Store& store) : m_store(store) {}
    // Over an open database's services (the app and the CLI).
    explicit Statistics(const Services& services);

    Result<StatsResult> compute(const StatsQuery& query) const;
    // Every enrolment (and the whole history when `withHistory`); then any number of computations.
    Result<StatsData> load(bool withHistory) const;
    // What every breakdown of `query`'s period needs: that period's cohorts and enrolments, with their
    // people's region, sector and role (all of them, with the history, when it asks "as at").
    Result<StatsData> loadPeriod(const StatsQuery& query) const;
    // Only the counts the database keeps per cohort: figures by programme, cohort or year of whole
    // cohorts, with no people (StatsQuery::people false) and no person filter.
    Result<StatsData> loadCounts() const;
    static Result<StatsResult> compute(const StatsData& data, const StatsQuery& query);
    // Figures that the counts kept per cohort answer alone: no person, no history, rows of whole cohorts.
    static bool countsSuffice(const StatsQuery& query);
    // Figures by cohort, people and eventual completion too, that the kept counts answer (with the
    // completions on resuming): no members, no person filter, not "as at".
    static bool cohortCountsSuffice(const StatsQuery& query);
    // The counting dates a query covers (its reporting year, or its dates; either end may be open).
    static std::pair<QDate, QDate> periodOf(const StatsQuery& query);

    // numerator ÷ denominator as hundredths of a per cent, rounded half-up; none when the denominator is 0.
    static std::optional<qint64> rate(qint64 numerator, qint64 denominator);
    // 8889 -> "88.89"
    static QString formatRate(qint64 hundredths);
    // How a definition computes its rate, in words, for under every rate shown: in the app's
    // language, or in `language` (a report written in the other one).
    static QString describe(Definition d, const Translation* language = nullptr);
    // "2024 to 2025", "2024-04-01 to 2024-12-31" or "all years".
    static QString periodLabel(const StatsQuery& q);
    // The words used when a participant's region, sector or role is not recorded.
    static QString notRecorded();
    // A cohort counts in the reporting year (or range) that holds its end date, or its start date
    // without one: for completion, attendance and feedback alike.
    static QDate countingDate(const Cohort& c);

private:
    const Store& m_store;
};

} // namespace arwain
