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

// Every text is kept in Unicode NFC, so that "Siân" typed with a precomposed â and with a + combining
// circumflex is one spelling (one person, one email address).
QString toNfc(const QString& text);

// Email addresses are kept in NFC and lower case, and must look like local@domain.tld.
QString normaliseEmail(QStringView email);
bool isPlausibleEmail(const QString& email);

// The longest text a field holds: a one-line field (a name, an email address, a code), free text (a note,
// a comment), and any text at all (what a workbook cell holds: Excel's limit), checked where SQL is bound.
inline constexpr int kMaxOneLine = 300;
inline constexpr int kMaxFreeText = 10000;
inline constexpr int kMaxAnyText = 32767;

// Text that cannot be meant: a NUL or other control character anywhere, a line break in a one-line
// field (a name, an email address, a code), or more characters than the field holds. Tabs and line
// breaks are kept in free text (notes, comments). Returns what is wrong, in words, or nothing when the
// text is fine.
std::optional<QString> unmeantCharacter(QStringView text, bool multiline);

} // namespace arwain
