// Parsing: dates and email addresses as people type them.
#include "domain/Parsing.h"

#include <QCoreApplication>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace arwain {

std::optional<QDate> parseDate(QStringView text)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression uk(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    const QString t = text.trimmed().toString();
    QDate d;
    if (auto m = iso.match(t); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (auto m2 = uk.match(t); m2.hasMatch())
        d = QDate(m2.captured(3).toInt(), m2.captured(2).toInt(), m2.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString dateText(const QDate& date)
{
    if (!date.isValid())
        return {};
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    // Written digit by digit: QDate::toString formats through QString::asprintf, a tenth of the time of
    // a million-row import (every enrolment and history entry has dates).
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QString toNfc(const QString& text)
{
    // Below U+0300 (Latin-1 and Latin Extended: every letter of Welsh, precomposed) nothing composes or
    // decomposes, so most text is returned as it is without Qt's normaliser.
    for (const QChar c : text)
        if (c.unicode() >= 0x300)
            return text.normalized(QString::NormalizationForm_C);
    return text;
}

QString normaliseEmail(QStringView email)
{
    return toNfc(toNfc(email.trimmed().toString()).toLower());
}

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return re.match(email).hasMatch();
}

std::optional<QString> unmeantCharacter(QStringView text, bool multiline)
{
    if (const int most = multiline ? kMaxFreeText : kMaxOneLine; text.size() > most)
        return QCoreApplication::translate("arwain::Parsing",
                                           "%1 characters long; this field holds at most %2")
            .arg(text.size())
            .arg(most);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        // Unicode's own line and paragraph separators and NEL break a line as surely as LF and CR.
        const bool lineBreak = c == u'\n' || c == u'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
        if (lineBreak && !multiline)
            return QCoreApplication::translate("arwain::Parsing",
                                               "a line break at character %1; this field is one line")
                .arg(i + 1);
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        if (control && !lineBreak && !(multiline && c == u'\t'))
            return QCoreApplication::translate("arwain::Parsing",
                                               "a control character (U+%1) at character %2")
                .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                .arg(i + 1);
    }
    return std::nullopt;
}

} // namespace arwain
