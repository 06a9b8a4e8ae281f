// The app as the desktop meets it: a database or a CSV file dropped on the window, the title of a file
// opened read-only, Help ▸ About (version, licence, data folder, database) and the window's icon.
#include "UiTestSupport.h"
#include "dialogs/AboutDialog.h"

#include <QMenuBar>

namespace arwain::uitest {
namespace {

// Drags these files over the window and drops them: whether the window took the drag.
bool dropOn(QWidget* window, const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    // A file manager offers the files' names as text too, which a text field would take.
    QStringList names;
    for (const QUrl& url : urls)
        names << url.toString();
    mime.setText(names.join(u'\n'));
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    return drop.isAccepted();
}

QAction* menuAction(QMainWindow* window, const QString& text)
{
    for (QAction* a : window->menuBar()->findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

TEST_F(App, ADatabaseDroppedOnTheWindowOpens)
{
    const QString demo = dir.filePath(u"demo.arwain"_s);
    ASSERT_TRUE(Workspace::create(demo, true).ok());
    ASSERT_TRUE(window->createFile(dir.filePath(u"team.arwain"_s)));
    ASSERT_EQ(window->windowTitle(), u"team.arwain — Arwain"_s);

    EXPECT_TRUE(dropOn(window.get(), {QUrl::fromLocalFile(demo)}));
    ASSERT_TRUE(waitFor([&] { return window->windowTitle() == u"demo.arwain — Arwain"_s; }))
        << window->windowTitle().toStdString();
    EXPECT_TRUE(window->programmesPage()->selectCohort(u"TMDP-2024-1"_s));

    // Not taken: a folder, two files at once, a web address, a file that is not there.
    EXPECT_FALSE(dropOn(window.get(), {QUrl::fromLocalFile(dir.path())}));
    EXPECT_FALSE(dropOn(window.get(), {QUrl::fromLocalFile(demo), QUrl::fromLocalFile(demo)}));
    EXPECT_FALSE(dropOn(window.get(), {QUrl(u"https://example.org/demo.arwain"_s)}));
    EXPECT_FALSE(dropOn(window.get(), {QUrl::fromLocalFile(dir.filePath(u"gone.arwain"_s))}));

    // A file that is not a database is taken, refused with the reason, and the open one stays.
    const QString notes = file(u"notes.txt"_s, "not a database\n");
    EXPECT_TRUE(dropOn(window.get(), {QUrl::fromLocalFile(notes)}));
    ASSERT_TRUE(waitFor([&] { return !window->lastError().isEmpty(); }));
    EXPECT_TRUE(window->lastError().contains(u"not an Arwain database"_s))
        << window->lastError().toStdString();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
            box->close();
    EXPECT_EQ(window->windowTitle(), u"demo.arwain — Arwain"_s);
}

TEST_F(App, AFileDroppedOnAFieldOpensAndACsvOnAReadOnlyDatabaseIsRefusedWithTheReason)
{
    const QString demo = dir.filePath(u"demo.arwain"_s);
    ASSERT_TRUE(Workspace::create(demo, true).ok());
    const QString copy = dir.filePath(u"copy.arwain"_s);
    ASSERT_TRUE(QFile::copy(demo, copy));
    ASSERT_TRUE(window->openFile(demo, true));
    window->showPage(MainWindow::Participants);
    auto* search = window->participantsPage()->findChild<QLineEdit*>();
    ASSERT_NE(search, nullptr);
    const QString before = search->text();

    // A CSV on a read-only database: taken, and refused with the reason (nothing imported).
    const QString csv = file(u"people.csv"_s, "given_name,family_name,email\nSiân,Jones,sian@example.org\n");
    EXPECT_TRUE(dropOn(window.get(), {QUrl::fromLocalFile(csv)}));
    ASSERT_TRUE(waitFor([&] { return window->lastError().contains(u"read-only"_s); }));
    EXPECT_EQ(window->lastError(), u"people.csv was not imported: this database is open read-only."_s);
    QTest::qWait(200);
    for (ImportDialog* d : window->findChildren<ImportDialog*>())
        EXPECT_FALSE(d->isVisible());

    // A database dropped on the search field opens; the field does not get the file's name.
    EXPECT_TRUE(dropOn(search, {QUrl::fromLocalFile(copy)}));
    EXPECT_EQ(search->text(), before);
    ASSERT_TRUE(waitFor([&] { return window->windowTitle() == u"copy.arwain — Arwain"_s; }))
        << window->windowTitle().toStdString();
}

TEST_F(App, AFileOpenedReadOnlySaysSoInTheTitle)
{
    const QString demo = dir.filePath(u"demo.arwain"_s);
    ASSERT_TRUE(Workspace::create(demo, true).ok());
    ASSERT_TRUE(window->openFile(demo, true));
    EXPECT_EQ(window->windowTitle(), u"demo.arwain (read-only) — Arwain"_s);
    ASSERT_TRUE(window->openFile(demo, false));
    EXPECT_EQ(window->windowTitle(), u"demo.arwain — Arwain"_s);
}

TEST_F(App, AboutNamesTheVersionTheLicenceAndWhereTheDataIs)
{
    const QString demo = dir.filePath(u"demo.arwain"_s);
    ASSERT_TRUE(Workspace::create(demo, true).ok());
    ASSERT_TRUE(window->openFile(demo, true));
    QAction* about = menuAction(window.get(), u"&About Arwain"_s);
    ASSERT_NE(about, nullptr);
    about->trigger();
    auto* box = waitForDialog<AboutDialog>(window.get());
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->windowTitle(), u"About Arwain"_s);
    // CMake's version (set by identifyApplication() in main, as in the tests' main).
    EXPECT_TRUE(box->text().contains(u"<b>Arwain</b> "_s + QStringLiteral(ARWAIN_EXPECTED_VERSION)))
        << box->text().toStdString();
    const QString info = box->informativeText();
    EXPECT_TRUE(info.contains(u"GNU General Public License, version 3 or later"_s)) << info.toStdString();
    EXPECT_TRUE(info.contains(u"Data folder: "_s + AboutDialog::dataFolder())) << info.toStdString();
    EXPECT_TRUE(info.contains(u"Database: "_s + demo)) << info.toStdString();
    // The icon beside the text is Arwain's: drawn, not blank.
    const QImage icon = box->iconPixmap().toImage();
    ASSERT_FALSE(icon.isNull());
    EXPECT_EQ(icon.pixelColor(icon.width() / 2, icon.height() - icon.height() / 4).alpha(), 255);
    box->close();
}

TEST(ApplicationIdentity, TheIconIsArwainsOwnAtEverySize)
{
    const QIcon icon = applicationIcon();
    ASSERT_FALSE(icon.isNull());
    // The window's icon (set by identifyApplication() in main, as in the tests' main) is this one.
    EXPECT_EQ(QApplication::windowIcon().pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32),
              icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32));
    for (int size : {16, 32, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        ASSERT_EQ(image.width(), size);
        // Teal ground at the centre-left, a transparent corner (the rounded square).
        EXPECT_EQ(image.pixelColor(0, 0).alpha(), 0) << size;
        const QColor ground = image.pixelColor(size / 5, size / 2);
        EXPECT_GT(ground.green(), ground.red() + 40) << size;
    }
}

} // namespace
} // namespace arwain::uitest
