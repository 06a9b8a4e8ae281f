// Labels: every canonical word listed once for the translators (QT_TRANSLATE_NOOP), then translated.
#include "Labels.h"

#include "i18n/Translation.h"

#include "domain/ReportingYear.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"

namespace arwain::labels {

namespace {
// For lupdate: the words of core/Domain.h, so arwain_cy.ts holds their Welsh.
[[maybe_unused]] const char* const kWords[] = {
    QT_TRANSLATE_NOOP("Labels", "course"),
    QT_TRANSLATE_NOOP("Labels", "single session"),
    QT_TRANSLATE_NOOP("Labels", "online"),
    QT_TRANSLATE_NOOP("Labels", "face-to-face"),
    QT_TRANSLATE_NOOP("Labels", "blended"),
    QT_TRANSLATE_NOOP("Labels", "local authority"),
    QT_TRANSLATE_NOOP("Labels", "third sector"),
    QT_TRANSLATE_NOOP("Labels", "independent provider"),
    QT_TRANSLATE_NOOP("Labels", "NHS"),
    QT_TRANSLATE_NOOP("Labels", "other"),
    QT_TRANSLATE_NOOP("Labels", "North Wales"),
    QT_TRANSLATE_NOOP("Labels", "Mid Wales"),
    QT_TRANSLATE_NOOP("Labels", "West Wales"),
    QT_TRANSLATE_NOOP("Labels", "South West Wales"),
    QT_TRANSLATE_NOOP("Labels", "South East Wales"),
    QT_TRANSLATE_NOOP("Labels", "All Wales"),
    QT_TRANSLATE_NOOP("Labels", "practitioner"),
    QT_TRANSLATE_NOOP("Labels", "first-line manager"),
    QT_TRANSLATE_NOOP("Labels", "middle manager"),
    QT_TRANSLATE_NOOP("Labels", "senior manager"),
    QT_TRANSLATE_NOOP("Labels", "director"),
    QT_TRANSLATE_NOOP("Labels", "English"),
    QT_TRANSLATE_NOOP("Labels", "Welsh"),
    QT_TRANSLATE_NOOP("Labels", "waitlisted"),
    QT_TRANSLATE_NOOP("Labels", "enrolled"),
    QT_TRANSLATE_NOOP("Labels", "completed"),
    QT_TRANSLATE_NOOP("Labels", "attended"),
    QT_TRANSLATE_NOOP("Labels", "deferred"),
    QT_TRANSLATE_NOOP("Labels", "withdrawn"),
    QT_TRANSLATE_NOOP("Labels", "work pressures"),
    QT_TRANSLATE_NOOP("Labels", "health"),
    QT_TRANSLATE_NOOP("Labels", "caring responsibilities"),
    QT_TRANSLATE_NOOP("Labels", "changed role"),
    QT_TRANSLATE_NOOP("Labels", "left organisation"),
    QT_TRANSLATE_NOOP("Labels", "personal"),
    QT_TRANSLATE_NOOP("Labels", "created"),
    QT_TRANSLATE_NOOP("Labels", "imported"),
    QT_TRANSLATE_NOOP("Labels", "changed"),
    QT_TRANSLATE_NOOP("Labels", "reverted"),
    QT_TRANSLATE_NOOP("Labels", "teaching day"),
    QT_TRANSLATE_NOOP("Labels", "action learning set"),
    QT_TRANSLATE_NOOP("Labels", "guest speaker"),
    QT_TRANSLATE_NOOP("Labels", "coaching"),
    QT_TRANSLATE_NOOP("Labels", "workshop"),
    QT_TRANSLATE_NOOP("Labels", "webinar"),
    QT_TRANSLATE_NOOP("Labels", "present"),
    QT_TRANSLATE_NOOP("Labels", "absent"),
    QT_TRANSLATE_NOOP("Labels", "excused"),
    QT_TRANSLATE_NOOP("Labels", "very well"),
    QT_TRANSLATE_NOOP("Labels", "quite well"),
    QT_TRANSLATE_NOOP("Labels", "not very well"),
    QT_TRANSLATE_NOOP("Labels", "not at all"),
    QT_TRANSLATE_NOOP("Labels", "yes"),
    QT_TRANSLATE_NOOP("Labels", "no"),
};
} // namespace

QString term(const QString& canonical)
{
    if (canonical.isEmpty())
        return canonical;
    const QByteArray key = canonical.toUtf8();
    return QCoreApplication::translate("Labels", key.constData());
}

bool welsh()
{
    return Translation::current() == Lang::Welsh;
}

QString year(int firstYear)
{
    return ReportingYear(firstYear).label(welsh() ? Lang::Welsh : Lang::English);
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
