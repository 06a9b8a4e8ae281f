// ApplicationIdentity: see ApplicationIdentity.h.
#include "ApplicationIdentity.h"

#include <QApplication>

namespace arwain {

QIcon applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("arwain"), QIcon(QStringLiteral(":/icons/arwain.svg")));
}

void identifyApplication()
{
    QApplication::setApplicationVersion(QStringLiteral(ARWAIN_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("arwain"));
}

} // namespace arwain
