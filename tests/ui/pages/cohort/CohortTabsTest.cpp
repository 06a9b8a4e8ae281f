// The directors' programme run from the cohort page with the keyboard: sessions, registers in the
// attendance grid, the attendance rule, feedback typed in and a survey export with its own headers.
#include "UiTestSupport.h"

#include "dialogs/FeedbackDialog.h"
#include "dialogs/SessionDialog.h"
#include "dialogs/SurveyImportDialog.h"
#include "models/AttendanceModel.h"
#include "pages/cohort/AttendanceGrid.h"
#include "pages/cohort/AttendanceTab.h"
#include "pages/cohort/FeedbackTab.h"
#include "pages/cohort/SessionsTab.h"
#include "pages/feedback/ResponsesTable.h"
#include "services/EnrolmentService.h"
#include "services/FeedbackService.h"

#include <QClipboard>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

using namespace arwain;
using namespace arwain::uitest;

namespace {

class Directors : public App
{
protected:
    void SetUp() override
    {
        App::SetUp();
        const QString path = dir.filePath(u"ndp.arwain"_s);
        {
            auto ws = Workspace::create(path, false);
            ASSERT_TRUE(ws.ok());
            Workspace& w = *ws.value();
            Cohort c;
            c.code = u"NDP-2026-1"_s;
            c.programmeId = w.services().store().programmeByCode(u"NDP"_s)->id;
            c.startDate = QDate(2026, 5, 1);
            c.endDate = QDate(2027, 3, 1);
            const qint64 cohort = w.catalogue().save(c).value().id;
            const std::tuple<QString, QString, QString, QDate> people[] = {
                {u"Siân"_s, u"Rowlands"_s, u"sian@example.cymru"_s, QDate(2026, 4, 20)},
                {u"Llŷr"_s, u"Tudur"_s, u"llyr@example.cymru"_s, QDate(2026, 4, 20)},
                {u"Gwenllïan"_s, u"Williams"_s, u"gwen@example.cymru"_s, QDate(2026, 10, 15)}, // joins later
            };
            for (const auto& [given, family, email, joined] : people) {
                Participant p;
                p.givenName = given;
                p.familyName = family;
                p.email = email;
                const qint64 id = w.catalogue().save(p).value().id;
                ASSERT_TRUE(w.enrolments().enrol(id, cohort, joined).ok());
            }
            Programme ndp = *w.services().store().programmeByCode(u"NDP"_s);
            ndp.attendanceThreshold = 75;
            ndp.attendanceKind = SessionKind::ActionLearningSet;
            ASSERT_TRUE(w.catalogue().save(ndp).ok());
        }
        ASSERT_TRUE(window->openFile(path));
        window->showPage(MainWindow::Programmes);
        page = window->programmesPage();
        ASSERT_TRUE(page->selectCohort(u"NDP-2026-1"_s));
    }
    void addSession(QDate date, const QString& title)
    {
        page->cohortTabs()->setCurrentWidget(page->sessionsTab());
        page->sessionsTab()->addSessionAction()->trigger();
        auto* d = waitForDialog<SessionDialog>(window.get());
        ASSERT_NE(d, nullptr);
        choose(d->kindBox(), u"action learning set"_s);
        d->dateEdit()->setDate(date);
        type(d->titleEdit(), title);
        clickOk(d);
        ASSERT_TRUE(waitFor([&] { return !d->isVisible(); }));
    }
    QString cellText(int row, int sessionColumn)
    {
        AttendanceModel* m = page->attendanceTab()->model();
        return m->index(row, AttendanceModel::FirstSession + sessionColumn).data().toString();
    }
    int rowOf(const QString& name)
    {
        AttendanceModel* m = page->attendanceTab()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, AttendanceModel::Name).data().toString() == name)
                return r;
        return -1;
    }
    ProgrammesPage* page = nullptr;
};

} // namespace

TEST_F(Directors, SessionsAreAddedUndoneAndRedone)
{
    addSession(QDate(2026, 10, 1), u"Action learning set 1"_s);
    QTableWidget* table = page->sessionsTab()->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 4)->text(), u"Action learning set 1"_s);
    EXPECT_EQ(table->item(0, 3)->text(), u"register not taken"_s); // beside the date and kind
    window->workspace()->undoStack()->undo();
    EXPECT_EQ(table->rowCount(), 0);
    window->workspace()->undoStack()->redo();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 4)->text(), u"Action learning set 1"_s);
}

TEST_F(Directors, ARegisterIsTakenWithTheKeyboardAndUndone)
{
    addSession(QDate(2026, 10, 1), u"Set 1"_s);
    addSession(QDate(2026, 11, 5), u"Set 2"_s);
    // Enter on the first session opens its register: the first cell of its column.
    QTableWidget* sessions = page->sessionsTab()->table();
    sessions->setFocus();
    sessions->setCurrentCell(0, 0);
    QTest::keyClick(sessions, Qt::Key_Return);
    ASSERT_EQ(page->cohortTabs()->currentWidget(), page->attendanceTab());
    AttendanceGrid* grid = page->attendanceTab()->grid();
    EXPECT_EQ(grid->currentIndex().column(), AttendanceModel::FirstSession);
    const int sian = rowOf(u"Siân Rowlands"_s), llyr = rowOf(u"Llŷr Tudur"_s),
              gwen = rowOf(u"Gwenllïan Williams"_s);
    ASSERT_GE(sian, 0);
    ASSERT_GE(llyr, 0);
    ASSERT_GE(gwen, 0);
    // Gwenllïan joined after the first set: not applicable, never absent.
    EXPECT_EQ(cellText(gwen, 0), u"–"_s);

    // Rows are sorted by family name: Rowlands, Tudur, Williams. P then A, one key each, moving down.
    grid->setCurrentIndex(page->attendanceTab()->model()->index(sian, AttendanceModel::FirstSession));
    QTest::keyClick(grid, Qt::Key_P);
    QTest::keyClick(grid, Qt::Key_A);
    EXPECT_EQ(cellText(sian, 0), u"P"_s);
    EXPECT_EQ(cellText(llyr, 0), u"A"_s);
    EXPECT_EQ(grid->currentIndex().row(), gwen);
    QTest::keyClick(grid, Qt::Key_P); // not applicable: nothing recorded, and the user is told
    EXPECT_EQ(cellText(gwen, 0), u"–"_s);
    // Space cycles A → E.
    grid->setCurrentIndex(page->attendanceTab()->model()->index(llyr, AttendanceModel::FirstSession));
    QTest::keyClick(grid, Qt::Key_Space);
    EXPECT_EQ(cellText(llyr, 0), u"E"_s);
    window->workspace()->undoStack()->undo();
    EXPECT_EQ(cellText(llyr, 0), u"A"_s);

    // A column pasted from a spreadsheet fills the second set downwards.
    QApplication::clipboard()->setText(u"present\nP\nabsent\n"_s);
    grid->setCurrentIndex(page->attendanceTab()->model()->index(0, AttendanceModel::FirstSession + 1));
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(cellText(sian, 1), u"P"_s);
    EXPECT_EQ(cellText(llyr, 1), u"P"_s);
    EXPECT_EQ(cellText(gwen, 1), u"A"_s);
    // A pasted word that is not a mark changes nothing.
    QApplication::clipboard()->setText(u"maybe\n"_s);
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(cellText(sian, 1), u"P"_s);
    // Siân: two of two sets; the rate column says so.
    EXPECT_EQ(page->attendanceTab()->model()->index(sian, AttendanceModel::Rate).data().toString(),
              u"100.00%"_s);
}

TEST_F(Directors, ThoseWhoMeetTheRuleAreCompletedInOneConfirmedUndoableStep)
{
    addSession(QDate(2026, 10, 1), u"Set 1"_s);
    addSession(QDate(2026, 11, 5), u"Set 2"_s);
    page->cohortTabs()->setCurrentWidget(page->attendanceTab());
    AttendanceGrid* grid = page->attendanceTab()->grid();
    AttendanceModel* m = page->attendanceTab()->model();
    const int sian = rowOf(u"Siân Rowlands"_s), llyr = rowOf(u"Llŷr Tudur"_s),
              gwen = rowOf(u"Gwenllïan Williams"_s);
    grid->setFocus();
    for (int column : {0, 1}) {
        grid->setCurrentIndex(m->index(sian, AttendanceModel::FirstSession + column));
        QTest::keyClick(grid, Qt::Key_P);
        QTest::keyClick(grid, column == 0 ? Qt::Key_A : Qt::Key_P); // Llŷr: one of two, below 75%
    }
    grid->setCurrentIndex(m->index(gwen, AttendanceModel::FirstSession + 1));
    QTest::keyClick(grid, Qt::Key_P);
    EXPECT_EQ(m->index(sian, AttendanceModel::Rule).data().toString(), u"meets it"_s);
    EXPECT_EQ(m->index(llyr, AttendanceModel::Rule).data().toString(), u"below it"_s);
    EXPECT_EQ(m->index(gwen, AttendanceModel::Rule).data().toString(), u"meets it"_s);
    EXPECT_TRUE(page->attendanceTab()->summary()->text().contains(u"at least 75% of action learning sets"_s));

    QPushButton* complete = page->attendanceTab()->completeButton();
    ASSERT_TRUE(complete->isEnabled());
    QTest::mouseClick(complete, Qt::LeftButton);
    auto* box = waitForDialog<QMessageBox>(window.get());
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(u"Siân Rowlands"_s));
    EXPECT_FALSE(box->text().contains(u"Llŷr"_s));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] {
        return column(page->enrolmentTable()->model(), EnrolmentModel::Status).count(u"completed"_s) == 2;
    }));
    EXPECT_FALSE(complete->isEnabled()); // nobody left to complete
    window->workspace()->undoStack()->undo();
    EXPECT_EQ(column(page->enrolmentTable()->model(), EnrolmentModel::Status).count(u"completed"_s), 0);
}

TEST_F(Directors, FeedbackIsTypedInOneResponseAfterAnother)
{
    page->cohortTabs()->setCurrentWidget(page->feedbackTab());
    FeedbackTab* tab = page->feedbackTab();
    EXPECT_TRUE(tab->summary()->text().startsWith(u"No feedback yet"_s));
    tab->addResponsesAction()->trigger();
    auto* d = waitForDialog<FeedbackDialog>(window.get());
    ASSERT_NE(d, nullptr);
    d->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(d));
    choose(d->metNeedsBox(), u"very well"_s);
    for (int q = 0; q < 4; ++q)
        choose(d->answerBox(q), u"yes"_s);
    d->commentEdit()->setFocus();
    typeKeys(d->commentEdit(), u"Roedd y setiau'n wych"_s);
    QTest::keyClick(d->commentEdit(), Qt::Key_Return, Qt::ControlModifier); // save and next
    ASSERT_TRUE(waitFor([&] { return tab->table()->rowCount() == 1; }));
    // The new response is the one selected, and its comment is shown whole under the table.
    EXPECT_EQ(tab->table()->currentRow(), 0);
    QLabel* comment = nullptr;
    for (QLabel* l : tab->findChildren<QLabel*>())
        if (l->accessibleName() == u"Comment of the chosen response"_s)
            comment = l;
    ASSERT_NE(comment, nullptr);
    EXPECT_EQ(comment->text(), u"Comment: Roedd y setiau'n wych"_s);
    EXPECT_EQ(d->metNeedsBox()->currentIndex(), 0); // cleared for the next one
    choose(d->personBox(), u"Llŷr Tudur"_s);
    choose(d->metNeedsBox(), u"quite well"_s);
    choose(d->answerBox(3), u"no"_s);
    clickOk(d);
    ASSERT_TRUE(waitFor([&] { return tab->table()->rowCount() == 2; }));
    // Again the newest (Llŷr's, without a comment) is selected, wherever the sort puts it.
    ASSERT_GE(tab->table()->currentRow(), 0);
    EXPECT_EQ(tab->table()->item(tab->table()->currentRow(), 0)->text(), u"Llŷr Tudur"_s);
    EXPECT_EQ(comment->text(), u"This response has no comment."_s);
    EXPECT_TRUE(tab->summary()->text().contains(u"Feedback from 2 of 3 participants"_s))
        << tab->summary()->text().toStdString();
    EXPECT_TRUE(tab->summary()->text().contains(u"Met needs 100.00%"_s));
    EXPECT_TRUE(tab->summary()->text().contains(u"would recommend 50.00%"_s));
    // With a threshold of 5, the figures are withheld.
    ASSERT_TRUE(window->workspace()->feedback().setSuppressionThreshold(5).ok());
    EXPECT_TRUE(tab->summary()->text().contains(u"fewer than 5"_s)) << tab->summary()->text().toStdString();
}

TEST_F(Directors, ASurveyExportIsImportedThroughItsMappingOrRefusedWithLines)
{
    const QString bad =
        file(u"survey-bad.csv"_s, "Email address,How well did it meet your needs?,I would recommend it\n"
                                  "sian@example.cymru,Extremely well,Strongly agree\n"
                                  ",Very well,Somewhat\n");
    page->cohortTabs()->setCurrentWidget(page->feedbackTab());
    page->feedbackTab()->importAction()->trigger();
    auto* d = waitForDialog<SurveyImportDialog>(window.get());
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(d->load(bad));
    EXPECT_EQ(d->columnBox(u"met_needs"_s)->currentText(), u"How well did it meet your needs?"_s);
    EXPECT_EQ(d->columnBox(u"recommend"_s)->currentText(), u"I would recommend it"_s);
    EXPECT_FALSE(d->import());
    EXPECT_TRUE(d->results()->toPlainText().contains(
        u"survey-bad.csv:3: I would recommend it: \"Somewhat\" is not in the mapping's answers"_s))
        << d->results()->toPlainText().toStdString();
    EXPECT_EQ(page->feedbackTab()->table()->rowCount(), 0);

    // The user says what "Somewhat" means, names the mapping, and imports.
    QTableWidget* answers = d->answersTable();
    for (int r = 0; r < answers->rowCount(); ++r)
        if (answers->item(r, 0)->text() == u"somewhat"_s)
            choose(static_cast<QComboBox*>(answers->cellWidget(r, 1)), u"yes"_s);
    type(d->nameEdit(), u"Arolwg diwedd rhaglen"_s);
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return page->feedbackTab()->table()->rowCount() == 2; }));
    EXPECT_EQ(page->feedbackTab()->table()->item(0, 0)->text(), u"Siân Rowlands"_s);
    EXPECT_TRUE(page->feedbackTab()->summary()->text().contains(u"would recommend 100.00%"_s));
}

TEST_F(App, SingleSessionsSayAttendedAndCohortsUnderWayShowNoRate)
{
    {
        auto ws = Workspace::create(dir.filePath(u"demo.arwain"_s), true);
        ASSERT_TRUE(ws.ok());
    }
    ASSERT_TRUE(window->openFile(dir.filePath(u"demo.arwain"_s)));
    ProgrammesPage* page = window->programmesPage();
    EXPECT_EQ(page->treeModel()->headerData(2, Qt::Horizontal).toString(), u"Completed"_s);
    EXPECT_TRUE(
        page->treeModel()->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"attended"_s));
    const QString icl = treeCounts(page, u"ICL-2024-01"_s);
    EXPECT_TRUE(icl.endsWith(u"–"_s)) << icl.toStdString();
    EXPECT_FALSE(icl.contains(u"100.00"_s));
    const QString underWay = treeCounts(page, u"TMDP-2026-1"_s);
    EXPECT_TRUE(underWay.endsWith(u"under way"_s)) << underWay.toStdString();
    EXPECT_FALSE(underWay.contains(u"0.00"_s));
}

TEST_F(Directors, AddSessionStartsAfterTheLastOneAndWarnsOutsideTheCohort)
{
    addSession(QDate(2026, 10, 1), u"Set 1"_s);
    addSession(QDate(2026, 11, 5), u"Set 2"_s);
    page->sessionsTab()->addSessionAction()->trigger();
    auto* d = waitForDialog<SessionDialog>(window.get());
    ASSERT_NE(d, nullptr);
    // The next session after the last one, by the same gap (35 days), not today.
    EXPECT_EQ(d->dateEdit()->date(), QDate(2026, 12, 10));
    type(d->titleEdit(), u"Set 3"_s);

    // A typed date after the cohort's end: a note under the date, and OK asks before adding.
    type(d->dateEdit()->lineEdit(), u"2027-06-01"_s);
    QString shown;
    for (QLabel* l : d->findChildren<QLabel*>())
        if (l->accessibleName() == u"Date warning"_s && l->isVisible())
            shown = l->text();
    EXPECT_TRUE(shown.contains(u"after NDP-2026-1 ends (2027-03-01)"_s)) << shown.toStdString();
    QString asked;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        asked = box->text();
        // Escape is "Change the date".
        QTest::keyClick(box, Qt::Key_Escape);
    });
    clickOk(d);
    EXPECT_TRUE(asked.contains(u"2027-06-01 is after NDP-2026-1 ends"_s)) << asked.toStdString();
    EXPECT_TRUE(d->isVisible());
    EXPECT_EQ(page->sessionsTab()->table()->rowCount(), 2);

    // Back inside the cohort: no note, no question.
    type(d->dateEdit()->lineEdit(), u"10/12/2026"_s);
    EXPECT_EQ(d->dateEdit()->date(), QDate(2026, 12, 10));
    clickOk(d);
    ASSERT_TRUE(waitFor([&] { return !d->isVisible(); }));
    EXPECT_TRUE(waitFor([&] { return page->sessionsTab()->table()->rowCount() == 3; }));
}

TEST_F(Directors, TheRegisterKeepsTheNamesInViewWhileMarkingFarRight)
{
    window->resize(1024, 768);
    for (int i = 0; i < 12; ++i)
        addSession(QDate(2026, 10, 1).addDays(7 * i), u"Set %1"_s.arg(i + 1));
    page->cohortTabs()->setCurrentWidget(page->attendanceTab());
    auto* grid = page->attendanceTab()->findChild<AttendanceGrid*>();
    ASSERT_NE(grid, nullptr);
    AttendanceModel* m = page->attendanceTab()->model();
    grid->setFocus();
    grid->setCurrentIndex(m->index(0, AttendanceModel::FirstSession));
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(grid, Qt::Key_Right);
    ASSERT_GT(grid->horizontalScrollBar()->value(), 0) << "the grid did not need to scroll";
    // The grid's own Name column has scrolled away; the frozen names still show whose row it is.
    EXPECT_LT(grid->visualRect(m->index(0, AttendanceModel::Name)).right(), 0);
    QTableView* names = grid->frozenNames();
    ASSERT_TRUE(names->isVisible());
    EXPECT_EQ(names->width(), grid->columnWidth(AttendanceModel::Name));
    EXPECT_FALSE(names->isColumnHidden(AttendanceModel::Name));
    EXPECT_TRUE(names->isColumnHidden(AttendanceModel::FirstSession));
    // Each name sits level with its row of marks.
    for (int row = 0; row < m->rowCount(); ++row)
        EXPECT_EQ(names->viewport()
                      ->mapTo(grid, names->visualRect(m->index(row, AttendanceModel::Name)).topLeft())
                      .y(),
                  grid->viewport()
                      ->mapTo(grid, grid->visualRect(m->index(row, AttendanceModel::FirstSession)).topLeft())
                      .y())
            << "row " << row;
    // Back to the left one cell at a time: the grid does not jump to its start, and the current cell is
    // never hidden under the names.
    const int far = grid->horizontalScrollBar()->value();
    QTest::keyClick(grid, Qt::Key_Left);
    EXPECT_GT(grid->horizontalScrollBar()->value(), far / 2);
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(grid, Qt::Key_Left);
        if (grid->currentIndex().column() >= AttendanceModel::FirstSession) {
            EXPECT_GE(grid->visualRect(grid->currentIndex()).left(), names->width())
                << "column " << grid->currentIndex().column() << " is under the names";
        }
    }
}
