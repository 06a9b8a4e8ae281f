// CsvCell: formula protection. A cell a spreadsheet would run as a formula is written with a leading
// apostrophe, and reading removes exactly that apostrophe again, so export then import is exact.
#pragma once

#include <QString>

namespace arwain::csvcell {

// Characters that make a spreadsheet treat a cell as a formula.
inline bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Also protects a value that itself begins with an apostrophe before a trigger, so reading it back
// (which removes one apostrophe) gives the value unchanged.
inline QString protect(const QString& value)
{
    if (value.isEmpty())
        return value;
    if (isTrigger(value.front()) || (value.size() > 1 && value.front() == u'\'' && isTrigger(value.at(1))))
        return u'\'' + value;
    return value;
}

inline QString unprotect(const QString& value)
{
    if (value.size() > 1 && value.front() == u'\'' && isTrigger(value.at(1)))
        return value.mid(1);
    if (value.size() > 2 && value.front() == u'\'' && value.at(1) == u'\'' && isTrigger(value.at(2)))
        return value.mid(1);
    return value;
}

} // namespace arwain::csvcell
