// TermWords: every canonical word of domain/Terms.h listed once for the translators (QT_TRANSLATE_NOOP),
// under the context "Labels", then looked up in the installed language.
#include "i18n/TermWords.h"

#include <QCoreApplication>

namespace arwain {

namespace {
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

QString TermWords::translated(const QString& canonical)
{
    if (canonical.isEmpty())
        return canonical;
    const QByteArray key = canonical.toUtf8();
    return QCoreApplication::translate("Labels", key.constData());
}

} // namespace arwain
