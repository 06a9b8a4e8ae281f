// Names: the given and family names of the demo and of generated data (every person fictional).
#pragma once

#include <QStringList>

namespace arwain::names {

const QStringList& given();
const QStringList& family();

} // namespace arwain::names
