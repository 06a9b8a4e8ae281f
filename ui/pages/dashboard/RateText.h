// RateText: a completion or feedback rate as the dashboard shows it ("88.89%", or "–" when nobody counts),
// and a count as the tiles show it (grouped in thousands the way the language writes them: "12,345").
#pragma once

#include "stats/Statistics.h"

#include <QLocale>

#include <optional>

namespace arwain {

inline QString rateText(const std::optional<qint64>& r)
{
    return r ? Statistics::formatRate(*r) + u'%' : QStringLiteral("–");
}

inline QString countText(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace arwain
