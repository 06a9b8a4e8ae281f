// SeenKeys: the keys of an import's rows read so far, and the line each was first on, in little memory.
#pragma once

#include <QHash>
#include <QString>

namespace arwain {

// Kept as hashes instead of the text (a million keys of email and cohort would cost about 150 MB as
// text): a 64-bit hash finds the entry and a second, independent 32-bit hash confirms it, so two
// different keys pass for one only when both agree (for a million rows, about one chance in 10^17).
// A key whose first hash meets another key's is kept whole.
class SeenKeys
{
public:
    // The line `key` was first seen on, or 0 (and then it is remembered as seen on `line`).
    int firstLine(const QString& key, int line);

private:
    struct Seen
    {
        quint32 check;
        int line;
    };
    QHash<quint64, Seen> m_seen;
    QHash<QString, int> m_others;
};

} // namespace arwain
