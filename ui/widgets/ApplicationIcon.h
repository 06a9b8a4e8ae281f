// applicationIcon(): Arwain's icon: the desktop theme's "arwain" (installed by the package under
// share/icons/hicolor), else the same SVG built into the program (packaging/icons/arwain.svg).
#pragma once

#include <QIcon>

namespace arwain {

QIcon applicationIcon();

} // namespace arwain
