// arwain-cli: the command line of Arwain (see docs/cli.md). It speaks Welsh when LANG (or LC_ALL,
// LC_MESSAGES) names Welsh, or with --lang cy anywhere on the line. The same main, built with
// ARWAIN_CLI_DOCUMENTS, is arwain-cli-documents, which also draws reports and certificates.
#include "Cli.h"

#include "i18n/Translation.h"
#include "services/Databases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#ifdef ARWAIN_CLI_DOCUMENTS
#include <QGuiApplication>
#endif
#include <QTextStream>

int main(int argc, char* argv[])
{
    bool drawing = false; // report or certificates, whose --lang is also their documents' language
    for (int i = 1; i < argc; ++i)
        drawing = drawing || qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "certificates") == 0;
#ifdef ARWAIN_CLI_DOCUMENTS
    // arwain-cli-documents: PDFs lay text out with Qt Gui's fonts; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Where Qt would fall back to anyway, made here so it does not warn on every run.
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") +
                                qEnvironmentVariable("USER", QStringLiteral("arwain"));
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QGuiApplication app(argc, argv);
#else
    // arwain-cli: no Qt Gui (report and certificates are handed to arwain-cli-documents).
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("arwain-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARWAIN_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arwain::Lang lang = arwain::Translation::fromEnvironment();
    // --lang anywhere sets the language of the messages. `report` and `certificates` keep it when it
    // comes after the command, as it also chooses their documents' language (and is checked there); the
    // others do not know it. Before the command it is arwain-cli's own, and taken off.
    const bool keepsLang = drawing;
    for (int i = 1; i + 1 < arguments.size();) {
        if (arguments.at(i) != QStringLiteral("--lang")) {
            ++i;
            continue;
        }
        lang = arwain::Translation::parse(arguments.at(i + 1)).value_or(lang);
        if (keepsLang && i > 1) {
            i += 2;
            continue;
        }
        arguments.remove(i, 2);
    }
    arwain::Translation::install(lang);
    // A command has nothing to reload after another program's change got in first: it is run again.
    arwain::Databases::setRetry(arwain::Databases::Retry::RunAgain);
    arwain::Databases::setWaitingToOpen([](const QString& message) {
        QTextStream(stderr) << QStringLiteral("arwain-cli: ") << message << Qt::endl;
    });
    // --wait SECONDS anywhere: how long a write waits for another program that makes no progress.
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) != QStringLiteral("--wait"))
            continue;
        bool ok = false;
        const int seconds = arguments.at(i + 1).toInt(&ok);
        if (!ok || seconds < 1) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "arwain::cli", "arwain-cli: --wait: '%1' is not a number of seconds")
                                       .arg(arguments.at(i + 1))
                                << Qt::endl;
            return arwain::cli::Usage;
        }
        arwain::Databases::setPatience(seconds);
        arguments.remove(i, 2);
        break;
    }
    return arwain::cli::run(arguments);
}
