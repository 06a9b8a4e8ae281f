// StatsFormat: figures written as a text table, CSV or JSON, the same way for the CLI and exports.
#pragma once

#include "stats/AttendanceFigures.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"

#include <QCoreApplication>
#include <QIODevice>

namespace arwain {

class StatsFormat
{
    Q_DECLARE_TR_FUNCTIONS(arwain::StatsFormat)
public:
    static QString table(const StatsResult& r);
    static QString json(const StatsResult& r);
    // The figures with the period, filters and definition in every row, so the file stands alone.
    static bool csv(const StatsResult& r, QIODevice& device, bool byteOrderMark = false);

    // An XLSX workbook: the period, filters and definition above typed figures (rates as percentages).
    static Result<void> xlsx(const StatsResult& r, const QString& path);

    static QString table(const FeedbackResult& r);
    static QString json(const FeedbackResult& r);
    static bool csv(const FeedbackResult& r, QIODevice& device, bool byteOrderMark = false);

    // Attendance per person, cohort by cohort: attended, applicable, excused, not recorded, rate, rule.
    static QString table(const QList<AttendanceSheet>& sheets);
    static QString json(const QList<AttendanceSheet>& sheets);
    static bool csv(const QList<AttendanceSheet>& sheets, QIODevice& device, bool byteOrderMark = false);

    // "programme=TMDP; region=North Wales", or empty.
    static QString filters(const StatsQuery& q);
};

} // namespace arwain
