// File > Connect to server…: the form typed as a user would, the connection it makes, and a server that
// cannot be reached refused with a clear message while the window keeps what it had open.
#include "dialogs/ConnectDialog.h"
#include "UiTestSupport.h"

#include <QSettings>
#include <QSpinBox>

using namespace arwain;
using namespace arwain::uitest;

TEST_F(App, ConnectToServerIsTypedAsAFormAndNeverHoldsAPassword)
{
    window->connectAction()->trigger();
    auto* d = waitForDialog<ConnectDialog>(window.get());
    ASSERT_NE(d, nullptr);
    EXPECT_FALSE(d->connectButton()->isEnabled()); // no database named yet
    typeKeys(d->server(), u"arwain.gwasanaethau.cymru"_s);
    QTest::keyClick(d->port(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(d->port(), u"6432"_s);
    EXPECT_EQ(d->port()->value(), 6432);
    typeKeys(d->database(), u"tîm_arwain"_s);
    EXPECT_TRUE(d->connectButton()->isEnabled());
    // A login is a name: the "@" or "/" that would change the connection's meaning are not taken.
    typeKeys(d->login(), u"siân@/"_s);
    EXPECT_EQ(d->login()->text(), u"siân"_s);
    d->encryption()->setCurrentIndex(2);
    EXPECT_EQ(d->location(),
              u"postgresql://siân@arwain.gwasanaethau.cymru:6432/tîm_arwain?sslmode=verify-full"_s);
    QTest::keyClick(d->database(), Qt::Key_Escape);
}

TEST_F(App, AServerThatCannotBeReachedIsSaidPlainlyAndTheOpenFileStays)
{
    const QString path = dir.filePath(u"work.arwain"_s);
    ASSERT_TRUE(window->createFile(path));
    window->connectAction()->trigger();
    auto* d = waitForDialog<ConnectDialog>(window.get());
    ASSERT_NE(d, nullptr);
    typeKeys(d->server(), u"127.0.0.1"_s);
    d->port()->setValue(1); // nothing listens there
    typeKeys(d->database(), u"team"_s);
    int result = -1;
    QObject::connect(d, &QDialog::finished, [&](int r) { result = r; });
    QTest::keyClick(d->database(), Qt::Key_Return);
    EXPECT_EQ(result, QDialog::Accepted) << "Return connects";
    ASSERT_TRUE(waitFor([&] { return !window->lastError().isEmpty(); }));
    EXPECT_TRUE(window->lastError().contains(u"postgresql://127.0.0.1:1/team: cannot connect"_s))
        << window->lastError().toStdString();
    EXPECT_TRUE(window->lastError().contains(u"nothing was changed"_s)) << window->lastError().toStdString();
    ASSERT_NE(window->workspace(), nullptr);
    EXPECT_EQ(window->workspace()->path(), path);
    // Nothing that failed is remembered among the recent databases.
    EXPECT_FALSE(
        QSettings().value(u"recentFiles"_s).toStringList().contains(u"postgresql://127.0.0.1:1/team"_s));
}
