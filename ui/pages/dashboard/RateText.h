// RateText: a completion or feedback rate as the dashboard shows it ("88.89%", or "–" when nobody counts).
#pragma once

#include "stats/Statistics.h"

#include <optional>

namespace arwain {

inline QString rateText(const std::optional<qint64>& r)
{
    return r ? Statistics::formatRate(*r) + u'%' : QStringLiteral("–");
}

} // namespace arwain
