// Statistics: the counting rules: reporting years, the three completion-rate definitions,
// eventual completion, "as at" figures rebuilt from history, and breakdowns.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QHash>

namespace arwain {

class Store;
struct EnrolmentFact;

enum class Definition
{
    Published,
    ExcludingDeferrals,
    FinishedOnly
};
enum class Breakdown
{
    Programme,
    Cohort,
    Year,
    Region,
    Sector,
    Role
};

template <> struct Terms<Definition>
{
    static constexpr std::u16string_view what = u"definition";
    static constexpr auto list = std::to_array<std::pair<Definition, std::u16string_view>>(
        {{Definition::Published, u"published"},
         {Definition::ExcludingDeferrals, u"excluding-deferrals"},
         {Definition::FinishedOnly, u"finished-only"}});
};
template <> struct Terms<Breakdown>
{
    static constexpr std::u16string_view what = u"breakdown";
    static constexpr auto list =
        std::to_array<std::pair<Breakdown, std::u16string_view>>({{Breakdown::Programme, u"programme"},
                                                                  {Breakdown::Cohort, u"cohort"},
                                                                  {Breakdown::Year, u"year"},
                                                                  {Breakdown::Region, u"region"},
                                                                  {Breakdown::Sector, u"sector"},
                                                                  {Breakdown::Role, u"role"}});
};

struct StatsQuery
{
    std::optional<int> year; // reporting year by its first year; none: all years together
    QDate from, to;          // or a date range of cohorts' counting dates (either end may be open)
    QString programme;       // programme code; empty: all
    std::optional<Region> region;
    std::optional<Sector> sector;
    std::optional<JobRole> role;
    std::optional<DeliveryMode> deliveryMode;
    Breakdown by = Breakdown::Programme;
    Definition definition = Definition::Published;
    std::optional<QDate> asAt; // none: as things stand now
};

struct StatsRow
{
    QString key;
    int cohorts = 0;
    int participants = 0; // everyone enrolled, waitlisted excluded (plus counted headcounts)
    int completed = 0;
    int deferred = 0;
    int withdrawn = 0;
    int inProgress = 0;
    int waitlisted = 0;
    std::optional<qint64> rate; // hundredths of a per cent, per the definition; none when nobody counts
    int people = 0;             // distinct person × programme pairs, for eventual completion
    int eventuallyCompleted = 0;
    std::optional<qint64> eventualRate;
    // Who is behind the figures: each counted enrolment's participant and status (for drill-down).
    QList<QPair<qint64, Status>> members;
    // People behind one figure: everyone counted (no status), or those with that status.
    QList<qint64> participantsWith(std::optional<Status> status = std::nullopt) const;
};

struct StatsResult
{
    StatsQuery query;
    QList<StatsRow> rows;
};

// What counting reads from the database, read once so that many figures can share it.
struct StatsData
{
    QList<Programme> programmes;
    QList<Cohort> cohorts;
    QList<EnrolmentFact> facts;
    QHash<qint64, QList<StatusChange>> history; // by enrolment; only when "as at" figures are wanted
    bool hasHistory = false;
};

class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Statistics)
public:
    explicit Statistics(const Store& store) : m_store(store) {}

    Result<StatsResult> compute(const StatsQuery& query) const;
    // The data for `query` (history only when it asks "as at"); then any number of computations.
    Result<StatsData> load(bool withHistory) const;
    static Result<StatsResult> compute(const StatsData& data, const StatsQuery& query);

    // numerator ÷ denominator as hundredths of a per cent, rounded half-up; none when the denominator is 0.
    static std::optional<qint64> rate(qint64 numerator, qint64 denominator);
    // 8889 -> "88.89"
    static QString formatRate(qint64 hundredths);
    // How a definition computes its rate, in words, for under every rate shown.
    static QString describe(Definition d);
    // "2024 to 2025", "2024-04-01 to 2024-12-31" or "all years".
    static QString periodLabel(const StatsQuery& q);
    // The words used when a participant's region, sector or role is not recorded.
    static QString notRecorded();

private:
    const Store& m_store;
};

} // namespace arwain
