// StatsResult: the figures of one query, a row per programme, cohort, year or breakdown key.
#pragma once

#include "stats/StatsQuery.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace arwain {

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
    // Every cohort behind the row is a single session: completed means attended, and there is no
    // completion rate (rate and eventualRate are none).
    bool attendedOnly = false;
    int headcount = 0; // of participants and completed: people counted at a session, not named
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

} // namespace arwain
