// Names: the given and family names of the demo and of generated data (every person fictional), and
// the 22 local authorities of Wales, which both use.
#pragma once

#include "domain/Terms.h"

#include <QList>
#include <QStringList>

namespace arwain::names {

const QStringList& given();
const QStringList& family();

struct Council
{
    QString name;
    Region region;
};
// The 22 councils, north to south-east; the demo's figures depend on this order.
const QList<Council>& councils();

// The letters of a name as an email address spells them: "Gwenllïan" → "gwenllian", "ap Dafydd" →
// "apdafydd".
QString asciiFold(const QString& name);

} // namespace arwain::names
