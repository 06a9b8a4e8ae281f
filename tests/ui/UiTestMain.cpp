// UI test main: an offscreen QApplication, settings kept in a temporary folder, a fixed "today", and
// the English plural forms the app loads ("1 response", "7 responses").
#include "domain/Clock.h"
#include "widgets/ApplicationIdentity.h"
#include "widgets/KeyboardPolicy.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("XDG_DATA_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    arwain::KeyboardPolicy::install(); // as the app's main does
    arwain::identifyApplication();     // version, icon and desktop entry, as the app's main does
    QApplication::setOrganizationName(QStringLiteral("ArwainTests"));
    QApplication::setApplicationName(QStringLiteral("ArwainTests"));
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/arwain_en.qm")))
        QApplication::installTranslator(&plurals);
    arwain::Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
