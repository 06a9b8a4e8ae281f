// Translation: Arwain's words in one language: installed for the whole application (the app and the
// CLI), or held apart so a report is written in Welsh while the app speaks English and the other way
// round. Numbers, per cents and dates are written the way that language writes them.
#pragma once

#include "domain/ReportingYear.h"

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace arwain {

class Translation
{
public:
    explicit Translation(Lang lang);
    ~Translation();
    Translation(const Translation&);
    Translation& operator=(const Translation&);

    Lang lang() const { return m_lang; }
    QString code() const { return m_lang == Lang::Welsh ? QStringLiteral("cy") : QStringLiteral("en"); }
    QLocale locale() const;

    // As QCoreApplication::translate, from this language's own translator, for text written in this
    // language: %n becomes count(n) (a word under ten, as the published report writes), %Ln digits.
    // A message without a translation is the English source.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;
    // Text with words spliced in (numbers, lists) made right for the language: in Welsh, c, p and t after
    // "gyda", "a", "â", "tri" and "chwe" take the aspirate mutation ("gyda tri" → "gyda thri",
    // "a cwblhau" → "a chwblhau"). English comes back unchanged.
    QString mutated(const QString& text) const;
    // 1,234 (grouped as the language groups them).
    QString number(qint64 n) const;
    // Numbers under ten as words, as the published report writes them ("three"); digits from ten.
    QString count(qint64 n) const;
    // Hundredths of a per cent in words, without trailing zeros: "88.89 per cent", "99.5 per cent",
    // "100 per cent"; Welsh "88.89 y cant".
    QString percent(qint64 hundredths) const;
    // "24 November 2026", "24 Tachwedd 2026".
    QString date(const QDate& d) const;
    // "2024 to 2025", "2024 i 2025".
    QString year(int firstYear) const { return ReportingYear(firstYear).label(m_lang); }

    // The language a setting names: "cy", "en", or empty (or "system") for the system's language.
    static Lang chosen(const QString& setting);
    // The language LANG, LC_ALL or LC_MESSAGES name (the command line follows them).
    static Lang fromEnvironment();
    static std::optional<Lang> parse(const QString& code);
    // The language installed for the application (English when none was).
    static Lang current();
    // Installs the language's translators (Arwain's and Qt's own) for the whole application and
    // records it as the application's "language" property; earlier ones installed here are removed.
    static void install(Lang lang);

private:
    Lang m_lang;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace arwain
