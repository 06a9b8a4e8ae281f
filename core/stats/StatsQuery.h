// StatsQuery: what a set of figures is asked for — period, filters, breakdown, definition, as-at date.
#pragma once

#include "domain/Terms.h"

#include <QDate>
#include <QString>

#include <optional>

namespace arwain {

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
    // People, eventual completion and who is behind each figure. Without them, figures by programme,
    // cohort or year with no person filter are read from the counts the database keeps per cohort.
    bool people = true;
    // Who is behind each figure (StatsRow::members, for drilling down). Without them, figures by
    // cohort with no person filter, people and eventual completion too, are read from the kept counts.
    bool members = true;
};

} // namespace arwain
