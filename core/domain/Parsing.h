// Parsing: dates and email addresses as people type them in forms and CSV files.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace arwain {

// Dates are written YYYY-MM-DD and read as YYYY-MM-DD or DD/MM/YYYY; impossible dates are refused.
std::optional<QDate> parseDate(QStringView text);
QString dateText(const QDate& date);

// Email addresses are kept in lower case and must look like local@domain.tld.
QString normaliseEmail(QStringView email);
bool isPlausibleEmail(const QString& email);

// Text that cannot be meant: a NUL or other control character anywhere, or a line break in a one-line
// field (a name, an email address, a code). Tabs and line breaks are kept in free text (notes,
// comments). Returns what is wrong, in words, or nothing when the text is fine.
std::optional<QString> unmeantCharacter(QStringView text, bool multiline);

} // namespace arwain
