// KeyboardWalkTest: a coordinator's pages walked with Tab alone. Tab must leave every table, reach every
// enabled action (toolbar buttons included) and never stay on one widget.
#include "UiTestSupport.h"

#include "dialogs/SessionDialog.h"
#include "pages/cohort/AttendanceGrid.h"
#include "pages/cohort/AttendanceTab.h"
#include "pages/cohort/SessionsTab.h"

#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QToolButton>

namespace arwain::uitest {

namespace {

// Presses Tab `presses` times from the widget that has the focus; returns each widget focused in turn.
QList<QWidget*> tabWalk(QWidget* window, int presses)
{
    QList<QWidget*> visited;
    for (int i = 0; i < presses; ++i) {
        QWidget* from = QApplication::focusWidget();
        QTest::keyClick(from ? from : window, Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    return visited;
}

// The action texts of the toolbar buttons among `visited`.
QStringList actionsReached(const QList<QWidget*>& visited)
{
    QStringList texts;
    for (QWidget* w : visited)
        if (auto* b = qobject_cast<QToolButton*>(w); b && b->defaultAction())
            texts << b->defaultAction()->text();
    return texts;
}

// The longest run of presses that left the focus inside `area` (a table and its cells).
int longestStayIn(const QList<QWidget*>& visited, QWidget* area)
{
    int run = 0, longest = 0;
    for (QWidget* w : visited) {
        run = (w && (w == area || area->isAncestorOf(w))) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// The Alt+letter mnemonics a person can press in the window as it is shown, each with who owns it.
QMultiMap<QChar, QString> visibleMnemonics(QWidget* window)
{
    QMultiMap<QChar, QString> found;
    auto add = [&](const QString& text, const QString& owner) {
        static const QRegularExpression amp(u"&([^&\\s])"_s);
        if (auto m = amp.match(text); m.hasMatch())
            found.insert(m.captured(1).at(0).toLower(), owner + u" “"_s + text + u'”');
    };
    if (auto* bar = window->findChild<QMenuBar*>())
        for (QAction* a : bar->actions())
            add(a->text(), u"menu"_s);
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w); b && !qobject_cast<QToolButton*>(w))
            add(b->text(), u"button"_s);
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text(), u"label"_s);
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), u"tab"_s);
    }
    return found;
}

} // namespace

class Mnemonics : public AppIn
{
};

// In English and in Welsh, every Alt+letter shown on a page belongs to one control only (two owners
// and Qt does neither).
TEST_P(Mnemonics, EveryShownMnemonicIsUnique)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"keys.arwain"_s)));
    addCohort(u"TMDP-2025-9"_s, QDate(2025, 6, 4), QDate(2026, 3, 19));
    ProgrammesPage* page = window->programmesPage();
    ASSERT_TRUE(page->selectCohort(u"TMDP-2025-9"_s));
    for (auto p : {MainWindow::Dashboard, MainWindow::Programmes, MainWindow::Participants,
                   MainWindow::Organisations, MainWindow::Reports}) {
        window->showPage(p);
        QTest::qWait(20);
        const auto found = visibleMnemonics(window.get());
        for (QChar key : found.uniqueKeys())
            EXPECT_EQ(found.count(key), 1)
                << "page " << int(p) << ": Alt+" << QString(key).toStdString() << " is "
                << QStringList(found.values(key)).join(u", "_s).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Mnemonics, ::testing::Values(Lang::English, Lang::Welsh));

// A cohort of two at 1024×768, both enrolled through the Enrol dialog.
class Cohort2 : public App
{
protected:
    void SetUp() override
    {
        App::SetUp();
        ASSERT_TRUE(window->createFile(dir.filePath(u"keys.arwain"_s)));
        window->resize(1024, 768);
        addPerson(u"Siân"_s, u"Jones"_s, u"sian@example.org"_s);
        addPerson(u"Llŷr"_s, u"Ifans"_s, u"llyr@example.org"_s);
        addCohort(u"TMDP-2025-9"_s, QDate(2025, 6, 4), QDate(2026, 3, 19));
        page = window->programmesPage();
        ASSERT_TRUE(page->selectCohort(u"TMDP-2025-9"_s));
        page->enrolAction()->trigger();
        auto* enrol = waitForDialog<EnrolDialog>(window.get());
        ASSERT_NE(enrol, nullptr);
        enrol->list()->setFocus();
        QTest::keyClick(enrol->list(), Qt::Key_A, Qt::ControlModifier);
        clickOk(enrol);
        table = page->enrolmentTable();
        ASSERT_TRUE(waitFor([&] { return table->model()->rowCount() == 2; }));
    }
    ProgrammesPage* page = nullptr;
    QTableView* table = nullptr;
};

TEST_F(Cohort2, TheChangedRowStaysSelectedAfterMarkCompleted)
{
    // Sorted by name, Llŷr comes first; Siân is the second row.
    clickRow(table, u"Siân Jones"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(
        waitFor([&] { return column(table->model(), EnrolmentModel::Status).contains(u"completed"_s); }));
    QTest::qWait(50);
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().data().toString(), u"Siân Jones"_s);
    EXPECT_EQ(table->currentIndex().row(), rows.first().row());
    EXPECT_EQ(table->model()->index(rows.first().row(), EnrolmentModel::Status).data().toString(),
              u"completed"_s);
}

TEST_F(Cohort2, FrequentShortcutsWorkFromAnyOfTheCohortsTabs)
{
    // From the tree, with the Enrolments tab showing: Ctrl+Shift+N adds a session.
    page->tree()->setFocus();
    // As X11 sends it: with the control character Ctrl+Shift+N types (a tree takes typed text as a
    // search, and took this too).
    QTest::sendKeyEvent(QTest::Click, page->tree(), Qt::Key_N, QString(QChar(0x0e)),
                        Qt::ControlModifier | Qt::ShiftModifier);
    auto* session = waitForDialog<SessionDialog>(window.get());
    ASSERT_NE(session, nullptr) << "Ctrl+Shift+N did nothing";
    EXPECT_EQ(page->cohortTabs()->currentWidget(), page->sessionsTab());
    session->reject();
    // From the Attendance tab, Ctrl+E enrols.
    page->cohortTabs()->setCurrentWidget(page->attendanceTab());
    page->attendanceTab()->grid()->setFocus();
    QTest::keyClick(page->attendanceTab()->grid(), Qt::Key_E, Qt::ControlModifier);
    auto* enrol = waitForDialog<EnrolDialog>(window.get());
    ASSERT_NE(enrol, nullptr) << "Ctrl+E did nothing";
    enrol->reject();
}

TEST_F(Cohort2, TabLeavesTablesAndReachesEveryAction)
{
    clickRow(table, u"Siân Jones"_s);

    // From the table, Tab goes on at once (cells are the arrow keys' job) and comes round to every action.
    table->setFocus(Qt::TabFocusReason);
    const QList<QWidget*> visited = tabWalk(window.get(), 60);
    EXPECT_LE(longestStayIn(visited, table), 1);
    const QStringList reached = actionsReached(visited);
    for (QAction* a : {page->addCohortAction(), page->editCohortAction(), page->enrolAction(),
                       page->completeAction(), page->deferAction(), page->withdrawAction()})
        EXPECT_TRUE(reached.contains(a->text())) << a->text().toStdString() << " never reached by Tab";

    // Participants: the table lets go, and Add/Edit participant are reached.
    window->showPage(MainWindow::Participants);
    ParticipantsPage* people = window->participantsPage();
    clickRow(people->currentTable(), u"Siân"_s);
    people->currentTable()->setFocus(Qt::TabFocusReason);
    const QList<QWidget*> onPeople = tabWalk(window.get(), 40);
    EXPECT_LE(longestStayIn(onPeople, people->currentTable()), 1);
    const QStringList peopleActions = actionsReached(onPeople);
    EXPECT_TRUE(peopleActions.contains(people->addAction()->text()));
    EXPECT_TRUE(peopleActions.contains(people->editAction()->text()));

    // Dashboard: the focus moves through the tiles' links and on, rather than staying on one tile.
    window->showPage(MainWindow::Dashboard);
    QTest::qWait(50);
    auto* year = window->dashboardPage()->findChild<QComboBox*>();
    ASSERT_NE(year, nullptr);
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    year->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(QApplication::focusWidget(), year);
    const QList<QWidget*> onDashboard = tabWalk(window.get(), 80);
    int longest = 0, run = 0;
    for (int i = 1; i < onDashboard.size(); ++i) {
        run = onDashboard.at(i) == onDashboard.at(i - 1) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    // A tile keeps the focus while Tab walks its handful of links, then lets go.
    EXPECT_LE(longest, 8) << "Tab stayed on one widget: "
                          << (onDashboard.last() ? onDashboard.last()->metaObject()->className() : "none")
                          << " "
                          << (onDashboard.last() ? onDashboard.last()->objectName().toStdString() : "");
    EXPECT_GE(QSet<QWidget*>(onDashboard.begin(), onDashboard.end()).size(), 10);
}

} // namespace arwain::uitest
