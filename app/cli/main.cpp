// arwain-cli: the command line of Arwain (see docs/cli.md).
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arwain-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARWAIN_VERSION));
    return arwain::cli::run(QCoreApplication::arguments());
}
