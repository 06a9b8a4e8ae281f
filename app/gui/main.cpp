// arwain: the desktop app. Opens the file named on the command line, or the last file, or the welcome page.
#include "MainWindow.h"
#include "MeasureTour.h"
#include "StallMeter.h"
#include "i18n/Translation.h"
#include "models/BehindTheWindow.h"
#include "pages/ProgrammesPage.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/reports/ReportsPage.h"
#include "services/Databases.h"
#include "widgets/ApplicationIdentity.h"
#include "widgets/KeyboardPolicy.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    arwain::giveBackLargeBlocksAtOnce();
    QApplication app(argc, argv);
    // Tab leaves tables, focus is seen: for every window and dialog of the app.
    arwain::KeyboardPolicy::install();
    QApplication::setOrganizationName(QStringLiteral("Arwain"));
    QApplication::setApplicationName(QStringLiteral("Arwain"));
    // Version, icon and desktop entry (the tests' main does the same).
    arwain::identifyApplication();

    // Welsh when chosen in View ▸ Language, or (by default) when the system's language is Welsh.
    arwain::Translation::install(
        arwain::Translation::chosen(QSettings().value(QStringLiteral("language")).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Arwain: leadership-programme tracker"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption readOnly(QStringLiteral("read-only"),
                                QApplication::translate("main", "Open the file read-only"));
    parser.addOption(readOnly);
    QCommandLineOption page(QStringLiteral("page"),
                            QApplication::translate("main",
                                                    "Start on a page: dashboard, programmes, participants, "
                                                    "organisations, network or reports"),
                            QStringLiteral("PAGE"));
    QCommandLineOption cohort(QStringLiteral("cohort"), QApplication::translate("main", "Start on a cohort"),
                              QStringLiteral("CODE"));
    QCommandLineOption tab(QStringLiteral("tab"),
                           QApplication::translate("main", "Start on a cohort's tab: enrolments, sessions, "
                                                           "attendance or feedback"),
                           QStringLiteral("TAB"));
    parser.addOption(tab);
    QCommandLineOption import(QStringLiteral("import"),
                              QApplication::translate("main", "Start importing this CSV file"),
                              QStringLiteral("FILE"));
    QCommandLineOption year(QStringLiteral("year"),
                            QApplication::translate("main",
                                                    "Show this reporting year on the dashboard and in the "
                                                    "report (2024: 2024 to 2025)"),
                            QStringLiteral("Y"));
    parser.addOption(year);
    QCommandLineOption measure(QStringLiteral("measure"),
                               QApplication::translate("main",
                                                       "Walk through every page, print how long the window "
                                                       "stopped painting at each step, and quit"));
    parser.addOption(measure);
    parser.addOption(page);
    parser.addOption(cohort);
    parser.addOption(import);
    parser.addPositionalArgument(QStringLiteral("DB"),
                                 QApplication::translate("main", "The database to open"));
    parser.process(app);

    arwain::MainWindow window;
    arwain::StallMeter* meter =
        parser.isSet(measure) ? new arwain::StallMeter(started, &window, &app) : nullptr;
    window.show();
    QString file = parser.positionalArguments().value(0);
    if (file.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
        if (arwain::Databases::isServerLocation(last) || QFileInfo::exists(last))
            file = last;
    }
    if (!file.isEmpty() && window.openFile(file, parser.isSet(readOnly))) {
        const QStringList pages = {QStringLiteral("dashboard"),    QStringLiteral("programmes"),
                                   QStringLiteral("participants"), QStringLiteral("organisations"),
                                   QStringLiteral("network"),      QStringLiteral("reports")};
        if (const int i = int(pages.indexOf(parser.value(page).toLower())); i >= 0)
            window.showPage(arwain::MainWindow::PageIndex(i));
        if (parser.isSet(year)) {
            window.dashboardPage()->setYear(parser.value(year).toInt());
            window.reportsPage()->setYear(parser.value(year).toInt());
        }
        if (parser.isSet(cohort))
            window.programmesPage()->selectCohort(parser.value(cohort));
        if (parser.isSet(tab))
            window.programmesPage()->showTab(parser.value(tab));
        if (parser.isSet(import))
            window.startImport(parser.value(import));
    }
    if (meter)
        (new arwain::MeasureTour(&window, meter, 1500, &app))->start();
    return QApplication::exec();
}
