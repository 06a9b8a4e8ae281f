// Labels: listed values as the user reads them, translated (Welsh) — the core keeps the canonical words.
#pragma once

#include "Domain.h"

#include <QCoreApplication>

namespace arwain::labels {

QString term(const QString& canonical);

template <typename E> QString of(E value)
{
    return term(toText(value));
}

// "attended" instead of "completed" for single-session programmes.
QString status(Status s, ProgrammeKind kind);

} // namespace arwain::labels
