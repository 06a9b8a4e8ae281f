// Trust in the app: an edit over someone else's change is refused and the view reloads; the audit log
// and the retention rule, driven through their dialogs.
#include "UiTestSupport.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/RetentionDialog.h"
#include "domain/Clock.h"
#include "services/PrivacyService.h"

#include <QUndoStack>

#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <iostream>

using namespace arwain;
using namespace arwain::uitest;

TEST_F(App, AnEditOfAPersonSomeoneElseChangedIsRefusedAndTheViewShowsTheirChange)
{
    const QString path = dir.filePath(u"shared.arwain"_s);
    ASSERT_TRUE(window->createFile(path));
    addPerson(u"Llŷr"_s, u"Owen"_s, u"llyr@example.org"_s);
    ParticipantsPage* page = window->participantsPage();
    ASSERT_TRUE(waitFor([&] { return page->currentTable()->model()->rowCount() == 1; }));
    clickRow(page->currentTable(), u"Llŷr"_s);
    const QString undoBefore = window->workspace()->undoStack()->undoText();

    page->editAction()->trigger();
    auto* d = waitForDialog<ParticipantDialog>(window.get());
    ASSERT_NE(d, nullptr);
    // Meanwhile a colleague, with the same file open in another program, saves a change to him.
    {
        auto other = Database::open(path);
        ASSERT_TRUE(other.ok()) << other.error().toStdString();
        Store store(*other.value());
        Participant p = *store.participantByEmail(u"llyr@example.org"_s);
        p.familyName = u"Owen-Jones"_s;
        ASSERT_TRUE(CatalogueService(store).save(p).ok());
    }
    type(d->familyEdit(), u"Owens"_s);
    clickOk(d);

    ASSERT_TRUE(waitFor([&] { return !window->lastError().isEmpty(); }));
    EXPECT_TRUE(window->lastError().contains(
        u"changed by someone else since it was shown; nothing was saved. The window now shows their change"_s))
        << window->lastError().toStdString();
    // Nothing of theirs was overwritten, the failed edit is not in the undo history, and the table
    // already shows their change.
    EXPECT_EQ(window->workspace()->services().store().participantByEmail(u"llyr@example.org"_s)->familyName,
              u"Owen-Jones"_s);
    EXPECT_EQ(window->workspace()->undoStack()->undoText(), undoBefore);
    EXPECT_TRUE(waitFor([&] { return column(page->currentTable()->model(), 1).contains(u"Owen-Jones"_s); }))
        << column(page->currentTable()->model(), 1).join(u", "_s).toStdString();
    if (auto* box = waitForDialog<QMessageBox>(window.get()))
        box->close();

    // After the reload, the same edit goes through.
    clickRow(page->currentTable(), u"Llŷr"_s);
    page->editAction()->trigger();
    d = waitForDialog<ParticipantDialog>(window.get());
    ASSERT_NE(d, nullptr);
    type(d->familyEdit(), u"Owens"_s);
    clickOk(d);
    EXPECT_TRUE(waitFor([&] {
        return window->workspace()
                   ->services()
                   .store()
                   .participantByEmail(u"llyr@example.org"_s)
                   ->familyName == u"Owens"_s;
    }));
}

TEST_F(App, TheAuditLogListsEveryChangeNewestFirstAndFilters)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"audit.arwain"_s)));
    addPerson(u"Siân"_s, u"Llywelyn"_s, u"sian@example.org"_s);
    addPerson(u"Gwenllïan"_s, u"Prosser"_s, u"gwen@example.org"_s);
    QTest::keySequence(window.get(), window->auditAction()->shortcut());
    auto* d = waitForDialog<AuditDialog>(window.get());
    ASSERT_NE(d, nullptr);
    QTableWidget* t = d->table();
    ASSERT_EQ(t->rowCount(), 2);
    EXPECT_EQ(t->item(0, 2)->text(), u"Participant added"_s);
    EXPECT_EQ(t->item(0, 3)->text(), u"Gwenllïan Prosser <gwen@example.org>"_s);
    EXPECT_EQ(t->item(1, 3)->text(), u"Siân Llywelyn <sian@example.org>"_s);
    EXPECT_EQ(t->item(0, 1)->text(), Database::osAccount());
    EXPECT_EQ(d->summary()->text(), u"2 entries shown"_s);

    typeKeys(d->filter(), u"siân"_s);
    EXPECT_TRUE(t->isRowHidden(0));
    EXPECT_FALSE(t->isRowHidden(1));
    EXPECT_EQ(d->summary()->text(), u"1 entry shown (of 2)"_s);

    // A change made while the log is open appears in it.
    addPerson(u"Llŷr"_s, u"Owen"_s, u"llyr@example.org"_s);
    EXPECT_EQ(t->rowCount(), 3);
    d->close();
}

TEST_F(App, RetentionPreviewsWhoIsDueAndAnonymisesOnlyAfterConfirmation)
{
    const QString path = dir.filePath(u"demo.arwain"_s);
    {
        auto ws = Workspace::create(path, true);
        ASSERT_TRUE(ws.ok());
    }
    ASSERT_TRUE(window->openFile(path));
    window->retentionAction()->trigger();
    auto* d = waitForDialog<RetentionDialog>(window.get());
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->years()->value(), 0);
    EXPECT_EQ(d->preview()->rowCount(), 0);
    EXPECT_FALSE(d->applyButton()->isEnabled());

    // Three years, typed: the preview follows before anything is saved.
    d->years()->setFocus();
    QTest::keyClick(d->years(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(d->years(), u"3"_s);
    const Store& store = window->workspace()->services().store();
    const auto due = PrivacyService(window->workspace()->services().store()).dueForErasure(Clock::today(), 3);
    ASSERT_TRUE(due.ok());
    ASSERT_FALSE(due.value().isEmpty());
    EXPECT_EQ(d->preview()->rowCount(), due.value().size());
    EXPECT_TRUE(d->summary()->text().contains(QString::number(due.value().size())))
        << d->summary()->text().toStdString();
    EXPECT_TRUE(d->saveButton()->isEnabled());
    EXPECT_EQ(PrivacyService(window->workspace()->services().store()).retentionYears(), 0); // not saved yet

    // Cancelling the confirmation erases nobody.
    QString asked;
    d->setConfirm([&](const QString& q) {
        asked = q;
        return false;
    });
    QTest::mouseClick(d->applyButton(), Qt::LeftButton);
    EXPECT_TRUE(asked.startsWith(QStringLiteral("Anonymise %1 people?").arg(due.value().size())))
        << asked.toStdString();
    EXPECT_FALSE(store.participantById(due.value().first().id)->anonymised);

    d->setConfirm([](const QString&) { return true; });
    QTest::mouseClick(d->applyButton(), Qt::LeftButton);
    for (const Participant& p : due.value())
        EXPECT_TRUE(store.participantById(p.id)->anonymised) << p.email.toStdString();
    EXPECT_EQ(d->preview()->rowCount(), 0);
    EXPECT_EQ(PrivacyService(window->workspace()->services().store()).retentionYears(),
              3); // the period applied is kept
    EXPECT_FALSE(window->undoAction()->isEnabled());
    const auto log = store.auditEntries({}, 3);
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.at(1).action, u"retention.apply"_s);
    EXPECT_EQ(log.at(1).detail, QString::number(due.value().size()));
}

namespace {

// The history rows and audit entries of a file, read as another program would.
std::pair<int, int> historyAndAudit(const QString& path)
{
    std::pair<int, int> counts{-1, -1};
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"counts"_s);
        c.setDatabaseName(path);
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(u"SELECT (SELECT count(*) FROM status_history), (SELECT count(*) FROM audit)"_s) &&
                q.next())
                counts = {q.value(0).toInt(), q.value(1).toInt()};
        }
    }
    QSqlDatabase::removeDatabase(u"counts"_s);
    return counts;
}

} // namespace

TEST_F(App, TheAppAndAnArwainCliLoopWritingOneFileLoseNoUpdate)
{
    const QString path = dir.filePath(u"shared.arwain"_s);
    ASSERT_TRUE(window->createFile(path, true));
    window->showPage(MainWindow::Programmes);
    ProgrammesPage* page = window->programmesPage();
    ASSERT_TRUE(page->selectCohort(u"TMDP-2026-1"_s));
    QTableView* table = page->enrolmentTable();
    QStringList names, emails;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, EnrolmentModel::Status).data().toString() == u"enrolled"_s) {
            names << table->model()->index(r, EnrolmentModel::Name).data().toString();
            emails << table->model()->index(r, EnrolmentModel::Email).data().toString();
        }
    ASSERT_EQ(names.size(), 18);
    const auto [historyBefore, auditBefore] = historyAndAudit(path);
    // A colleague's script completing and reverting the same people, one arwain-cli process a change.
    QByteArray ops;
    for (int i = 0; i < 240; ++i)
        ops += (emails.at(i % 6) + (i % 12 < 6 ? u" completed\n"_s : u" revert\n"_s)).toUtf8();
    const QString opsFile = dir.filePath(u"ops.txt"_s), log = dir.filePath(u"cli.log"_s);
    {
        QFile f(opsFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(ops);
    }
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLI"_s, QStringLiteral(ARWAIN_CLI));
    env.insert(u"DB"_s, path);
    env.insert(u"OPS"_s, opsFile);
    env.insert(u"LOG"_s, log);
    cli.setProcessEnvironment(env);
    cli.start(u"bash"_s, {u"-c"_s, uR"sh(while read -r email action; do
  "$CLI" status "$DB" "$email" TMDP-2026-1 "$action" >/dev/null 2>&1; echo $?
done < "$OPS" > "$LOG")sh"_s});
    ASSERT_TRUE(cli.waitForStarted());

    // Meanwhile the coordinator completes people in the app and undoes, on the same six and others.
    int attempted = 0, done = 0, refused = 0;
    QStringList unclear;
    for (int i = 0; attempted < 150 && (cli.state() != QProcess::NotRunning || attempted < 40); ++i) {
        clickRow(table, names.at(i % 9));
        const bool undo = i % 3 == 2;
        if (undo ? !window->undoAction()->isEnabled() : !page->completeAction()->isEnabled()) {
            QTest::qWait(5);
            continue;
        }
        ++attempted;
        QUndoStack* history = window->workspace()->undoStack();
        const int indexBefore = history->index();
        (undo ? window->undoAction() : page->completeAction())->trigger();
        QMessageBox* box = nullptr;
        for (QMessageBox* b : window->findChildren<QMessageBox*>())
            if (b->isVisible())
                box = b;
        if (!box) {
            // Done: the change is in the app's undo history (or, for an undo, out of it).
            if (history->index() == indexBefore + (undo ? -1 : 1))
                ++done;
            else
                unclear << u"%1 of %2: neither done nor refused"_s.arg(undo ? u"undo"_s : u"complete"_s,
                                                                       names.at(i % 9));
            continue;
        }
        ++refused;
        const QString said = box->text();
        if (!said.contains(u"changed by someone else"_s) && !said.contains(u"TMDP-2026-1"_s) &&
            !said.contains(u"already"_s))
            unclear << said;
        if (said.contains(u"locked"_s) || said.contains(u"Unable to"_s) || said.contains(u"SQL"_s))
            unclear << said;
        box->close();
        QCoreApplication::processEvents();
    }
    ASSERT_TRUE(cli.state() == QProcess::NotRunning || cli.waitForFinished(5 * 60 * 1000));
    ASSERT_EQ(cli.exitCode(), 0);

    QFile f(log);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList codes = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const int cliDone = int(codes.count(u"0"_s)), cliRefused = int(codes.count(u"1"_s));
    EXPECT_EQ(cliDone + cliRefused, 240);

    // Every change either side reported done is one history row and one audit entry: none lost.
    const auto [historyAfter, auditAfter] = historyAndAudit(path);
    std::cout << "[ APP+CLI  ] app: attempted " << attempted << ", done " << done << ", refused " << refused
              << "; arwain-cli: attempted 240, done " << cliDone << ", refused " << cliRefused << "; lost "
              << (done + cliDone) - (historyAfter - historyBefore) << std::endl;
    EXPECT_TRUE(unclear.isEmpty()) << unclear.join(u" | "_s).toStdString();
    EXPECT_GT(done, 0);
    EXPECT_GT(refused + cliRefused, 0); // the two did meet on the same people
    EXPECT_EQ(historyAfter - historyBefore, done + cliDone);
    EXPECT_EQ(auditAfter - auditBefore, done + cliDone);
}

// Another program (a colleague's Arwain, a script with arwain-cli) changes the file while the window is
// in the background: coming back to the window shows the change without reopening the file.
TEST_F(App, ChangesAnotherProgramMadeShowWhenTheWindowIsUsedAgain)
{
    const QString path = dir.filePath(u"shared.arwain"_s);
    ASSERT_TRUE(window->createFile(path));
    addPerson(u"Gwenllïan"_s, u"Rhys"_s, u"gwen@example.org"_s);
    ParticipantsPage* page = window->participantsPage();
    ASSERT_TRUE(waitFor([&] { return page->currentTable()->model()->rowCount() == 1; }));
    {
        auto other = Database::open(path);
        ASSERT_TRUE(other.ok()) << other.error().toStdString();
        Store store(*other.value());
        Participant p;
        p.givenName = u"Llŷr"_s;
        p.familyName = u"Prys"_s;
        p.email = u"llyr.prys@example.org"_s;
        ASSERT_TRUE(CatalogueService(store).save(p).ok());
    }
    QTest::qWait(300);
    EXPECT_EQ(page->currentTable()->model()->rowCount(), 1); // nothing told the window yet
    QEvent activated(QEvent::ActivationChange);
    window->activateWindow();
    QApplication::sendEvent(window.get(), &activated);
    EXPECT_TRUE(waitFor([&] { return page->currentTable()->model()->rowCount() == 2; }))
        << column(page->currentTable()->model(), 0).join(u", "_s).toStdString();
}
