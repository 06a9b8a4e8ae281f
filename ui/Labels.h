// Labels: listed values as the user reads them, translated (Welsh) — the core keeps the canonical words.
#pragma once

#include "domain/Records.h"

#include <QCoreApplication>

namespace arwain {
struct StatsQuery;
}

namespace arwain::labels {

QString term(const QString& canonical);

template <typename E> QString of(E value)
{
    return term(toText(value));
}

// The interface's language (main() records it as the application property "language").
bool welsh();
// A reporting year in the interface's language: "2024 to 2025" or "2024 i 2025".
QString year(int firstYear);
// A person's name as shown: "Given Family", or "(anonymised)" once their identity has been erased.
QString personName(const Participant& p);
// The family-name column: the family name, or "(anonymised)".
QString familyName(const Participant& p);
// The programme's name in the interface's language (its Welsh name when the interface is Welsh).
QString programmeName(const Programme& p);
// The period of a query in the interface's language.
QString period(const StatsQuery& query);

// "attended" instead of "completed" for single-session programmes.
QString status(Status s, ProgrammeKind kind);

} // namespace arwain::labels
