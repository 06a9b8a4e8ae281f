// Labels: the words the interface shows for listed values, years and periods, in its language.
#include "Labels.h"

#include "i18n/TermWords.h"
#include "i18n/Translation.h"

#include "domain/ReportingYear.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"

namespace arwain::labels {

QString term(const QString& canonical)
{
    return TermWords::translated(canonical);
}

bool welsh()
{
    return Translation::current() == Lang::Welsh;
}

QString year(int firstYear)
{
    return ReportingYear(firstYear).label(welsh() ? Lang::Welsh : Lang::English);
}

QString personName(const Participant& p)
{
    return p.anonymised ? QCoreApplication::translate("Labels", "(anonymised)")
                        : QString(p.givenName + u' ' + p.familyName).trimmed();
}

QString familyName(const Participant& p)
{
    return p.anonymised ? QCoreApplication::translate("Labels", "(anonymised)") : p.familyName;
}

QString programmeName(const Programme& p)
{
    return welsh() && !p.welshName.isEmpty() ? p.welshName : p.name;
}

QString period(const StatsQuery& query)
{
    return query.year ? year(*query.year) : Statistics::periodLabel(query);
}

QString status(Status s, ProgrammeKind kind)
{
    if (s == Status::Completed && kind == ProgrammeKind::SingleSession)
        return term(QStringLiteral("attended"));
    return of(s);
}

} // namespace arwain::labels
