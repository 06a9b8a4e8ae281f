// StatsData: what counting reads from the database, read once so that many figures can share it.
#pragma once

#include "domain/Records.h"
#include "storage/EnrolmentFact.h"

#include <QHash>
#include <QList>

namespace arwain {

// What counting reads from the database, read once so that many figures can share it.
struct StatsData
{
    QList<Programme> programmes;
    QList<Cohort> cohorts;
    QList<EnrolmentFact> facts;
    QHash<qint64, QList<StatusChange>> history; // by enrolment; only when "as at" figures are wanted
    bool hasHistory = false;
};

} // namespace arwain
