// How Arwain presents itself to the desktop, set once by main() (and by the UI tests' main alike): its
// version (CMake's, ARWAIN_VERSION), its icon and the desktop entry that is its own (arwain.desktop, so a
// Wayland desktop shows the menu's icon and name for the window).
#pragma once

#include <QIcon>

namespace arwain {

// The desktop theme's "arwain" (installed by the package under share/icons/hicolor), else the same SVG
// built into the program (packaging/icons/arwain.svg).
QIcon applicationIcon();

// Sets the application's version, window icon and desktop file name.
void identifyApplication();

} // namespace arwain
