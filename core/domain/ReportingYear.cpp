// ReportingYear: which year a date falls in, and how a year is written.
#include "domain/ReportingYear.h"

using namespace Qt::StringLiterals;

namespace arwain {

ReportingYear ReportingYear::containing(const QDate& date)
{
    return ReportingYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

QString ReportingYear::label(Lang lang) const
{
    const QString joiner = lang == Lang::Welsh ? u" i "_s : u" to "_s;
    return QString::number(m_first) + joiner + QString::number(m_first + 1);
}

} // namespace arwain
