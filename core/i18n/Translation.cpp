// Translation: loads the compiled messages (:/i18n/arwain_cy.qm, or the English plural forms), and
// writes numbers and dates in the language's locale.
#include "i18n/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString qmFile(Lang lang)
{
    return lang == Lang::Welsh ? u":/i18n/arwain_cy.qm"_s : u":/i18n/arwain_en.qm"_s;
}

} // namespace

Translation::Translation(Lang lang) : m_lang(lang), m_translator(std::make_shared<QTranslator>())
{
    // Without the file (a build without translations) every message stays its English source.
    (void)m_translator->load(qmFile(lang));
}

Translation::~Translation() = default;
Translation::Translation(const Translation&) = default;
Translation& Translation::operator=(const Translation&) = default;

QLocale Translation::locale() const
{
    return m_lang == Lang::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                 : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Translation::translate(const char* context, const char* source, const char* disambiguation,
                               int n) const
{
    QString text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(u"%Ln"_s, number(n));
        text.replace(u"%n"_s, count(n));
    }
    return text;
}

QString Translation::mutated(const QString& text) const
{
    if (m_lang != Lang::Welsh)
        return text;
    // The trigger word, whole, then a word of c/p/t not already mutated (chwe, phedwar, thri stay as they
    // are) and followed by a small letter: codes and initials (CPD, TMDP) are not words to mutate.
    static const QRegularExpression aspirate(
        u"(?<![\\w'’])(gyda|a|â|tri|chwe)(\\s+)([cptCPT])(?![hH])(?=\\p{Ll})"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype from = 0;
    for (auto it = aspirate.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QChar letter = m.captured(3).at(0);
        out += QStringView(text).mid(from, m.capturedStart(3) - from);
        out += letter;
        out += letter.isUpper() && m.capturedEnd(3) < text.size() && text.at(m.capturedEnd(3)).isUpper()
                   ? u'H'
                   : u'h';
        from = m.capturedEnd(3);
    }
    out += QStringView(text).mid(from);
    return out;
}

QString Translation::number(qint64 n) const
{
    return locale().toString(n);
}

QString Translation::count(qint64 n) const
{
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("arwain::Translation", "none"),  QT_TRANSLATE_NOOP("arwain::Translation", "one"),
        QT_TRANSLATE_NOOP("arwain::Translation", "two"),   QT_TRANSLATE_NOOP("arwain::Translation", "three"),
        QT_TRANSLATE_NOOP("arwain::Translation", "four"),  QT_TRANSLATE_NOOP("arwain::Translation", "five"),
        QT_TRANSLATE_NOOP("arwain::Translation", "six"),   QT_TRANSLATE_NOOP("arwain::Translation", "seven"),
        QT_TRANSLATE_NOOP("arwain::Translation", "eight"), QT_TRANSLATE_NOOP("arwain::Translation", "nine")};
    if (n >= 0 && n < 10)
        return translate("arwain::Translation", words[n]);
    return number(n);
}

QString Translation::percent(qint64 hundredths) const
{
    QString digits = locale().toString(double(hundredths) / 100.0, 'f', 2);
    const QChar point = locale().decimalPoint().at(0);
    if (digits.contains(point)) {
        while (digits.endsWith(u'0'))
            digits.chop(1);
        if (digits.endsWith(point))
            digits.chop(1);
    }
    return translate("arwain::Translation", "%1 per cent").arg(digits);
}

QString Translation::date(const QDate& d) const
{
    return locale().toString(d, u"d MMMM yyyy"_s);
}

std::optional<Lang> Translation::parse(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"cy"_s || c.startsWith(u"cy_"_s) || c.startsWith(u"cy-"_s) || c == u"welsh"_s ||
        c == u"cymraeg"_s)
        return Lang::Welsh;
    if (c == u"en"_s || c.startsWith(u"en_"_s) || c.startsWith(u"en-"_s) || c == u"english"_s ||
        c == u"saesneg"_s)
        return Lang::English;
    return std::nullopt;
}

Lang Translation::current()
{
    return QCoreApplication::instance() &&
                   QCoreApplication::instance()->property("language").toString() == u"cy"_s
               ? Lang::Welsh
               : Lang::English;
}

Lang Translation::chosen(const QString& setting)
{
    if (auto lang = parse(setting))
        return *lang;
    return QLocale::system().language() == QLocale::Welsh ? Lang::Welsh : Lang::English;
}

Lang Translation::fromEnvironment()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        return parse(value).value_or(Lang::English);
    }
    return Lang::English;
}

void Translation::install(Lang lang)
{
    static QTranslator arwain;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&arwain);
    QCoreApplication::removeTranslator(&qt);
    if (lang == Lang::Welsh && qt.load(QLocale(QLocale::Welsh), u"qtbase"_s, u"_"_s,
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (arwain.load(qmFile(lang)))
        QCoreApplication::installTranslator(&arwain);
    // Welsh dates, numbers and month names everywhere the app writes them; English keeps the system's.
    QLocale::setDefault(lang == Lang::Welsh ? Translation(lang).locale() : QLocale::system());
    if (QCoreApplication::instance())
        QCoreApplication::instance()->setProperty("language", lang == Lang::Welsh ? u"cy"_s : u"en"_s);
}

} // namespace arwain
