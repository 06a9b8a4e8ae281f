// The app started in Welsh: every page, reached with its keyboard shortcut, shows Welsh labels,
// buttons, tabs, group titles and column headers (no English word of the interface left).
#include "UiTestSupport.h"

#include "i18n/Translation.h"
#include "pages/reports/ReportsPage.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocument>
#include <QUndoStack>

using namespace arwain;
using namespace arwain::uitest;
using namespace Qt::StringLiterals;

namespace {

// Every text of the interface visible on the window now (not the data in tables).
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    auto plain = [](const QString& s) {
        QTextDocument d;
        d.setHtml(s);
        return d.toPlainText();
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << plain(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
        else if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        else if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                texts << h->model()->headerData(i, h->orientation()).toString();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->placeholderText();
    }
    return texts;
}

} // namespace

TEST_F(App, StartsInWelshWithWelshOnEveryPage)
{
    Translation::install(Lang::Welsh);
    auto cy = std::make_unique<MainWindow>();
    cy->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(cy.get()));
    {
        auto ws = Workspace::create(dir.filePath(u"cymraeg.arwain"_s), true);
        ASSERT_TRUE(ws.ok());
    }
    ASSERT_TRUE(cy->openFile(dir.filePath(u"cymraeg.arwain"_s)));
    // Words of the English interface ("Sector" is Welsh too); names, codes and numbers are the same in
    // both languages.
    static const QRegularExpression english(
        u"\\b(the|and|of|with|Programmes?|Participants?|Cohorts?|Completed|Deferred|Withdrawn|Search|Export|"
        u"Import|Save|Print|Reports?|Year|Language|Filter|Status|Enrol|Attendance|Feedback|Sessions?|Network|"
        u"Organisations?|Dashboard|Email|Name|Region|Role|Rate|Definition|Completion|Add|Edit|Undo|"
        u"File|View|Help|Everyone|Certificates?|Show|All|Summary|Members?)\\b"_s);
    const QStringList pages = {u"Dangosfwrdd"_s, u"Rhaglenni a charfanau"_s,
                               u"Cyfranogwyr"_s, u"Sefydliadau"_s,
                               u"Rhwydwaith"_s,  u"Adroddiadau"_s};
    auto* sidebar = cy->findChild<QListWidget*>();
    for (int i = 0; i < pages.size(); ++i) {
        QTest::keyClick(cy.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        ASSERT_EQ(sidebar->currentItem()->text(), pages.at(i));
        QTest::qWait(50);
        for (const QString& text : visibleTexts(cy.get())) {
            const auto match = english.match(text);
            EXPECT_FALSE(match.hasMatch())
                << "page " << pages.at(i).toStdString() << ": \"" << text.toStdString()
                << "\" has the English word \"" << match.captured(1).toStdString() << '"';
        }
    }
    // The menus too.
    for (QAction* menu : cy->menuBar()->actions()) {
        EXPECT_FALSE(english.match(menu->text().remove(u'&')).hasMatch()) << menu->text().toStdString();
        for (QAction* a : menu->menu()->actions())
            EXPECT_FALSE(english.match(a->text().remove(u'&')).hasMatch()) << a->text().toStdString();
    }
    // The Reports page writes in the app's language unless told otherwise.
    EXPECT_TRUE(waitFor([&] {
        return cy->reportsPage()->document().title.startsWith(
            u"Adroddiad blynyddol datblygu arweinyddiaeth"_s);
    }));
    cy.reset();
    Translation::install(Lang::English);
    QLocale::setDefault(QLocale::system());
}

TEST_F(App, ChangingTheLanguageTakesEffectAtOnceKeepingTheFileAndItsUndo)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"iaith.arwain"_s), true));
    window->showPage(MainWindow::Participants);
    addPerson(u"Llŷr"_s, u"Gwenllïan-Jones"_s, u"llyr@example.org"_s);
    const int undoable = window->workspace()->undoStack()->count();
    ASSERT_GT(undoable, 0);
    auto languageAction = [&](const QString& text) -> QAction* {
        for (QAction* menu : window->menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                if (a->menu())
                    for (QAction* choice : a->menu()->actions())
                        if (choice->text() == text)
                            return choice;
        return nullptr;
    };
    QAction* cymraeg = languageAction(u"&Cymraeg"_s);
    ASSERT_NE(cymraeg, nullptr);
    cymraeg->trigger();
    auto* sidebar = window->findChild<QListWidget*>();
    ASSERT_TRUE(waitFor([&] { return sidebar->item(0)->text() == u"Dangosfwrdd"_s; }));
    EXPECT_EQ(sidebar->currentRow(), int(MainWindow::Participants)); // still on the same page
    EXPECT_EQ(window->workspace()->undoStack()->count(), undoable);  // the undo history is kept
    EXPECT_TRUE(window->undoAction()->text().startsWith(u"&Dadwneud"_s))
        << window->undoAction()->text().toStdString();
    EXPECT_EQ(window->menuBar()->actions().first()->text(), u"&Ffeil"_s);
    EXPECT_EQ(column(window->participantsPage()->currentTable()->model(), ParticipantModel::FamilyName)
                  .count(u"Gwenllïan-Jones"_s),
              1);

    QAction* english = languageAction(u"&English"_s);
    ASSERT_NE(english, nullptr);
    english->trigger();
    ASSERT_TRUE(waitFor([&] { return sidebar->item(0)->text() == u"Dashboard"_s; }));
    EXPECT_EQ(window->menuBar()->actions().first()->text(), u"&File"_s);
}
