// applicationIcon(): see ApplicationIcon.h.
#include "ApplicationIcon.h"

namespace arwain {

QIcon applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("arwain"), QIcon(QStringLiteral(":/icons/arwain.svg")));
}

} // namespace arwain
