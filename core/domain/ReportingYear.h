// ReportingYear: 1 April to 31 March, named by its first year, written "2024 to 2025".
#pragma once

#include <QDate>
#include <QString>

namespace arwain {

enum class Lang
{
    English,
    Welsh
};

class ReportingYear
{
public:
    explicit ReportingYear(int firstYear) : m_first(firstYear) {}
    static ReportingYear containing(const QDate& date);

    int firstYear() const { return m_first; }
    QDate start() const { return QDate(m_first, 4, 1); }
    QDate end() const { return QDate(m_first + 1, 3, 31); }
    bool contains(const QDate& date) const { return date >= start() && date <= end(); }
    // "2024 to 2025" in English, "2024 i 2025" in Welsh.
    QString label(Lang lang = Lang::English) const;

    bool operator==(const ReportingYear&) const = default;
    auto operator<=>(const ReportingYear&) const = default;

private:
    int m_first;
};

} // namespace arwain
