// Certificates: drawn with QPainter on a landscape A4 QPdfWriter: a border, then one column per
// language, each with its own words (Translation), the name large in the middle.
#include "report/Certificates.h"
#include "io/OutputFile.h"
#include "services/Services.h"

#include "i18n/Translation.h"
#include "report/ReportPages.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString displayName(const Participant& p)
{
    return QString(p.givenName + u' ' + p.familyName).trimmed();
}

// One language's column of the certificate, centred in `area`.
void drawColumn(QPainter& painter, const QRectF& area, const Certificates::Certificate& c,
                const Translation& t, bool single)
{
    const double unit = area.height() / 100.0;
    auto line = [&](const QString& text, double top, double height, const QFont& font, const QColor& colour) {
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QRectF(area.left(), area.top() + top * unit, area.width(), height * unit),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
    };
    const QString serif = u"DejaVu Serif"_s;
    const QColor ink(0x1b, 0x1b, 0x1b), accent(0x1f, 0x5f, 0x8b), grey(0x55, 0x55, 0x55);
    const double scale = single ? 1.25 : 1.0;
    QFont title = ReportPages::font(int(26 * scale), serif);
    title.setBold(true);
    const QFont body = ReportPages::font(int(13 * scale), serif);
    QFont name = ReportPages::font(int(24 * scale), serif);
    name.setBold(true);
    QFont programme = ReportPages::font(int(16 * scale), serif);
    programme.setBold(true);
    const QString programmeName = t.lang() == Lang::Welsh && !c.programme.welshName.isEmpty()
                                      ? c.programme.welshName
                                      : c.programme.name;
    line(t.translate("arwain::Certificates", "Certificate of completion"), 4, 14, title, accent);
    line(t.translate("arwain::Certificates", "This is to certify that"), 24, 8, body, grey);
    line(displayName(c.participant), 33, 16, name, ink);
    line(t.translate("arwain::Certificates", "has completed the"), 50, 8, body, grey);
    line(programmeName, 58, 16, programme, ink);
    line(t.translate("arwain::Certificates", "on %1").arg(t.date(c.completedOn)), 75, 8, body, grey);
    painter.setPen(QPen(grey, unit * 0.15));
    const double signY = area.top() + 93 * unit;
    painter.drawLine(QPointF(area.center().x() - area.width() * 0.25, signY),
                     QPointF(area.center().x() + area.width() * 0.25, signY));
    line(t.translate("arwain::Certificates", "Signed"), 93.5, 6, ReportPages::font(int(10 * scale), serif),
         grey);
}

} // namespace

Result<QList<CompletedCohort>> Certificates::cohortsToCertify(const Store& store)
{
    try {
        return store.completedCohorts();
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

Result<QList<Certificates::Certificate>> Certificates::of(const Store& store, const QString& cohortCode,
                                                          std::optional<qint64> participantId)
{
    QList<Certificate> list;
    try {
        const auto cohort = store.cohortByCode(cohortCode.trimmed());
        if (!cohort)
            return fail(QCoreApplication::translate("arwain::Certificates", "There is no cohort %1.")
                            .arg(cohortCode));
        const auto programme = store.programmeById(cohort->programmeId);
        if (!programme)
            return fail(QCoreApplication::translate("arwain::Certificates", "Cohort %1 has no programme.")
                            .arg(cohortCode));
        for (const Enrolment& e : store.enrolmentsInCohort(cohort->id)) {
            if (e.status != Status::Completed || (participantId && e.participantId != *participantId))
                continue;
            const auto person = store.participantById(e.participantId);
            if (!person || person->anonymised)
                continue;
            list.append({*person, *programme, *cohort, e.statusDate});
        }
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    if (list.isEmpty())
        return fail(participantId
                        ? QCoreApplication::translate(
                              "arwain::Certificates",
                              "That person has not completed %1, so there is no certificate to make.")
                              .arg(cohortCode)
                        : QCoreApplication::translate(
                              "arwain::Certificates",
                              "Nobody has completed %1 yet, so there are no certificates to make.")
                              .arg(cohortCode));
    std::sort(list.begin(), list.end(), [](const Certificate& a, const Certificate& b) {
        const int family = QString::localeAwareCompare(a.participant.familyName, b.participant.familyName);
        return family != 0
                   ? family < 0
                   : QString::localeAwareCompare(a.participant.givenName, b.participant.givenName) < 0;
    });
    return list;
}

QString Certificates::fileName(const Certificate& c)
{
    QString name = c.cohort.code + u' ' + displayName(c.participant);
    static const QString unsafe = u"/\\:*?\"<>|"_s;
    for (QChar& ch : name)
        if (unsafe.contains(ch) || ch.unicode() < 32)
            ch = u'-';
    return name + u".pdf"_s;
}

Result<void> Certificates::writeOne(const Certificate& c, const QString& path, Languages languages)
{
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    {
        QPdfWriter pdf(&file.device());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setCreator(u"Arwain"_s);
        QList<Lang> langs;
        switch (languages) {
        case Languages::Both:
            langs = {Lang::Welsh, Lang::English};
            break;
        case Languages::Preferred:
            langs = {c.participant.preferredLanguage == Language::Welsh ? Lang::Welsh : Lang::English};
            break;
        case Languages::English:
            langs = {Lang::English};
            break;
        case Languages::Welsh:
            langs = {Lang::Welsh};
            break;
        }
        QStringList titles;
        for (Lang l : langs)
            titles << Translation(l).translate("arwain::Certificates", "Certificate of completion");
        pdf.setTitle(titles.join(u" / "_s) + u": "_s + displayName(c.participant));
        QPainter painter(&pdf);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF page(0, 0, pdf.width(), pdf.height());
        const double border = page.height() / 80;
        painter.setPen(QPen(QColor(0x1f, 0x5f, 0x8b), border));
        painter.drawRect(page.adjusted(border, border, -border, -border));
        painter.setPen(QPen(QColor(0x1f, 0x5f, 0x8b), border / 4));
        painter.drawRect(page.adjusted(border * 2.5, border * 2.5, -border * 2.5, -border * 2.5));
        const QRectF inner = page.adjusted(border * 5, border * 5, -border * 5, -border * 5);
        const double w = inner.width() / double(langs.size());
        for (int i = 0; i < langs.size(); ++i) {
            const QRectF column(inner.left() + w * i, inner.top(), w, inner.height());
            drawColumn(painter, column.adjusted(border, 0, -border, 0), c, Translation(langs.at(i)),
                       langs.size() == 1);
            if (i > 0) {
                painter.setPen(QPen(QColor(0xc8, 0xd6, 0xe0), border / 4));
                painter.drawLine(QPointF(column.left(), column.top() + column.height() * 0.1),
                                 QPointF(column.left(), column.bottom() - column.height() * 0.1));
            }
        }
    }
    return file.commit();
}

Result<QStringList> Certificates::write(const QList<Certificate>& certificates, const QString& folder,
                                        Languages languages, const Progress& progress)
{
    // Their names say who completed: folders made here are the owner's alone (0700).
    if (auto made = OutputFile::makeFolder(folder); !made)
        return made.toError();
    QStringList written;
    QSet<QString> names;
    for (const Certificate& c : certificates) {
        QString name = fileName(c);
        for (int n = 2; names.contains(name); ++n)
            name = fileName(c).chopped(4) + u" ("_s + QString::number(n) + u").pdf"_s;
        names.insert(name);
        const QString path = QDir(folder).filePath(name);
        if (auto done = writeOne(c, path, languages); !done)
            return done.toError();
        written << path;
        if (progress && !progress(int(written.size()), int(certificates.size())))
            break;
    }
    return written;
}

Result<QList<Certificates::Certificate>> Certificates::of(const Services& services, const QString& cohortCode,
                                                          std::optional<qint64> participantId)
{
    return of(services.store(), cohortCode, participantId);
}

Result<QList<CompletedCohort>> Certificates::cohortsToCertify(const Services& services)
{
    return cohortsToCertify(services.store());
}

} // namespace arwain
