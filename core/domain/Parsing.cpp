// Parsing: dates and email addresses as people type them.
#include "domain/Parsing.h"

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
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString normaliseEmail(QStringView email)
{
    return email.trimmed().toString().toLower();
}

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return re.match(email).hasMatch();
}

} // namespace arwain
