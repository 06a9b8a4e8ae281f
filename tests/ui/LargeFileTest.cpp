// A large file: whole tables (every participant, every cohort) are read and sorted on worker threads
// while the window keeps painting, and what was read arrives in full. Files of 16 MiB and more work
// this way; here the demo is switched to it, so the same figures can be checked.
#include "StallMeter.h"
#include "UiTestSupport.h"
#include "demo/Generator.h"
#include "models/BackgroundRead.h"
#include "models/ParticipantFilter.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/reports/ReportsPage.h"
#include "services/Directory.h"

#include <QAbstractProxyModel>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace arwain;
using namespace arwain::uitest;
using namespace Qt::StringLiterals;

namespace {

// A generated file of 4,000 people, 80,000 enrolments and about 3,400 cohorts, opened.
bool openManyCohorts(MainWindow* window, const QString& path)
{
    GeneratorOptions options;
    options.participants = 4000;
    options.enrolments = 80000;
    return Generator::createDatabase(path, options).ok() && window->openFile(path);
}

// The dashboard of the file above for 2020, once its figures are read (null if they never are).
DashboardPage* dashboardOf2020(MainWindow* window, const QString& path)
{
    if (!openManyCohorts(window, path))
        return nullptr;
    window->showPage(MainWindow::Dashboard);
    DashboardPage* page = window->dashboardPage();
    page->setYear(2020);
    return waitFor([&] { return page->isUpToDate(); }, 60000) ? page : nullptr;
}

// The participants' model under a view's proxies.
ParticipantModel* peopleBehind(QAbstractItemModel* model)
{
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    return qobject_cast<ParticipantModel*>(model);
}

} // namespace

TEST_F(App, LargeFileReadsParticipantsOnAWorkerAndShowsEveryoneWhenRead)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"large.arwain"_s), true));
    Workspace* ws = window->workspace();
    ws->setReadsInBackground(true);
    ParticipantModel* model = peopleBehind(window->participantsPage()->currentTable()->model());
    ASSERT_NE(model, nullptr);
    const int before = model->totalRows();
    ASSERT_GT(before, 0);

    QSignalSpy busy(model, &ParticipantModel::busyChanged);
    QLabel* note = nullptr;
    for (QLabel* l : window->participantsPage()->findChildren<QLabel*>())
        if (l->accessibleName() == u"Work under way"_s)
            note = l;
    ASSERT_NE(note, nullptr);
    QStringList said; // what the page says beside the search box while the rows are read
    QObject::connect(model, &ParticipantModel::busyChanged, note, [&](bool on) {
        if (on)
            said << (note->isHidden() ? QString() : note->text());
    });
    addPerson(u"Gwenllïan"_s, u"Llŷr-Prys"_s, u"gwenllian.prys@example.org"_s);
    // The read went to a worker: the table said so, then filled in.
    ASSERT_TRUE(waitFor([&] { return !busy.isEmpty() && !model->isBusy(); }));
    EXPECT_EQ(busy.first().first().toBool(), true);
    EXPECT_EQ(busy.last().first().toBool(), false);
    EXPECT_EQ(said.value(0), u"Reading the participants…"_s);
    EXPECT_TRUE(note->isHidden()); // and no longer once they are in
    EXPECT_EQ(model->totalRows(), before + 1);
    model->fetchAll();
    EXPECT_TRUE(column(model, ParticipantModel::Email).contains(u"gwenllian.prys@example.org"_s));
    EXPECT_EQ(model->lastError(), QString());
}

TEST_F(App, LargeFileSortsOnAWorkerInTheSameOrderAsASmallOne)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"large.arwain"_s), true));
    window->workspace()->setReadsInBackground(true);
    window->showPage(MainWindow::Participants);
    QTableView* table = window->participantsPage()->currentTable();
    ParticipantModel* model = peopleBehind(table->model());
    ASSERT_NE(model, nullptr);

    const int everyone = model->totalRows();
    // A click on "Family name" sorts it the other way (it starts ascending), here while the rows are
    // being read again: the sort waits for them.
    model->reload();
    ASSERT_TRUE(model->isBusy());
    QHeaderView* header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(ParticipantModel::FamilyName) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_TRUE(model->isBusy());
    ASSERT_TRUE(waitFor([&] { return !model->isBusy(); }));
    EXPECT_EQ(model->totalRows(), everyone);
    model->fetchAll();
    const QStringList names = column(model, ParticipantModel::FamilyName);
    ASSERT_EQ(names.size(), everyone);
    for (qsizetype i = 1; i < names.size(); ++i)
        ASSERT_GE(names.at(i - 1).localeAwareCompare(names.at(i)), 0)
            << names.at(i - 1).toStdString() << " before " << names.at(i).toStdString();
}

TEST_F(App, LargeFileReadsTheCohortTreeOnAWorkerAndSelectsACohortChosenMeanwhile)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"large.arwain"_s), true));
    window->workspace()->setReadsInBackground(true);
    ProgrammesPage* page = window->programmesPage();
    const QString published = treeCounts(page, u"TMDP-2024-1"_s);
    ASSERT_FALSE(published.isEmpty());

    addCohort(u"TMDP-2031-1"_s, QDate(2031, 5, 1), QDate(2032, 2, 1));
    // Chosen while the tree is still being read: chosen once it is.
    EXPECT_TRUE(page->isReadingTree());
    EXPECT_TRUE(page->selectCohort(u"TMDP-2031-1"_s));
    ASSERT_TRUE(waitFor([&] { return !page->isReadingTree(); }));
    EXPECT_EQ(page->tree()->currentIndex().siblingAtColumn(0).data().toString(), u"TMDP-2031-1"_s);
    EXPECT_TRUE(page->cohortHeader()->text().contains(u"TMDP-2031-1"_s));
    EXPECT_EQ(treeCounts(page, u"TMDP-2031-1"_s), u"0 0 0 0 –"_s);
    EXPECT_EQ(treeCounts(page, u"TMDP-2024-1"_s), published);
}

TEST(StallMeterTest, MeasuresTheFirstPaintAndTheLongestTimeTheWindowWasHeld)
{
    QElapsedTimer since;
    since.start();
    QWidget window;
    StallMeter meter(since, &window);
    window.resize(200, 100);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return meter.firstPaintMs() >= 0; }));
    EXPECT_LE(meter.firstPaintMs(), since.elapsed());

    const qint64 heldAt = since.elapsed();
    QTimer::singleShot(0, [] { QThread::msleep(150); });
    // Seen at the meter's first tick after the thread is free again.
    EXPECT_TRUE(QTest::qWaitFor([&] { return meter.longestStallMs() >= 140; }, 2000))
        << meter.longestStallMs();
    EXPECT_GE(meter.longestStallAtMs(), heldAt - 10);
    EXPECT_GE(meter.takeStepStall(), 140);
    EXPECT_EQ(meter.takeStepStall(), 0);
    EXPECT_GT(StallMeter::peakMemoryMb(), 0);
}

TEST_F(App, LargeFileSearchesOnAWorkerAndShowsOnlyTheNewestSearch)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"large.arwain"_s), true));
    window->workspace()->setReadsInBackground(true);
    addPerson(u"Gwenllïan"_s, u"Llŷr-Prys"_s, u"gwenllian.prys@example.org"_s);
    addPerson(u"Siân"_s, u"Llŷr"_s, u"sian.llyr@example.org"_s);
    window->showPage(MainWindow::Participants);
    ParticipantsPage* page = window->participantsPage();
    ParticipantModel* model = peopleBehind(page->currentTable()->model());
    ASSERT_TRUE(waitFor([&] { return !model->isBusy(); }));
    QAbstractItemModel* shown = page->currentTable()->model();
    model->fetchAll();
    const int everyone = model->totalRows();
    ASSERT_EQ(shown->rowCount(), everyone);

    // "llŷr" is typed; the search runs after the pause in typing, on a worker, saying so beside the
    // search box, and the table shows it once done.
    QLabel* searching = nullptr;
    for (QLabel* l : page->findChildren<QLabel*>())
        if (l->accessibleName() == u"Work under way"_s)
            searching = l;
    ASSERT_NE(searching, nullptr);
    EXPECT_FALSE(searching->isVisible()); // everyone read: nothing under way
    // (searching, what the label says, label visible) as each change is announced
    QList<std::tuple<bool, QString, bool>> seen;
    QObject::connect(page->findChild<ParticipantFilter*>(), &ParticipantFilter::filteringChanged, page,
                     [&](bool on) {
                         seen.append({on, searching->text(), searching->isVisible()});
                     });
    page->focusSearch();
    typeKeys(page->searchEdit(), u"llŷr"_s);
    EXPECT_EQ(shown->rowCount(), everyone); // nothing filtered on the UI thread as the keys go in
    ASSERT_TRUE(waitFor([&] { return seen.size() >= 2; }));
    EXPECT_EQ(seen.at(0), std::tuple(true, u"Searching…"_s, true));
    EXPECT_FALSE(std::get<2>(seen.at(1)));
    EXPECT_LT(shown->rowCount(), everyone);
    // Typing on: only the newest search shows.
    typeKeys(page->searchEdit(), u"-prys"_s);
    ASSERT_TRUE(waitFor([&] { return seen.size() >= 4; }));
    QStringList emails;
    for (int r = 0; r < shown->rowCount(); ++r)
        emails << shown->index(r, ParticipantModel::Email).data().toString();
    EXPECT_EQ(emails, QStringList{u"gwenllian.prys@example.org"_s});

    // Emptied: everyone again.
    page->searchEdit()->clear();
    ASSERT_TRUE(waitFor([&] { return shown->rowCount() == everyone && !page->isSearching(); }));
}

TEST_F(App, ATreeOfThousandsOfCohortsOpensOnlyTheProgrammeWorkedIn)
{
    // About 3,400 cohorts: laying them all out at once would hold the window, so one programme opens.
    ASSERT_TRUE(openManyCohorts(window.get(), dir.filePath(u"many-cohorts.arwain"_s)));
    window->showPage(MainWindow::Programmes);
    ProgrammesPage* page = window->programmesPage();
    ASSERT_TRUE(waitFor([&] { return !page->isReadingTree() && page->tree()->model()->rowCount() > 0; }));
    QAbstractItemModel* tree = page->tree()->model();
    int cohorts = 0, open = 0;
    for (int p = 0; p < tree->rowCount(); ++p) {
        cohorts += tree->rowCount(tree->index(p, 0));
        open += page->tree()->isExpanded(tree->index(p, 0)) ? 1 : 0;
    }
    ASSERT_GT(cohorts, 3000);
    EXPECT_EQ(open, 1);
    EXPECT_TRUE(page->tree()->isExpanded(tree->index(0, 0)));
    // Another programme opens from the keyboard, as any branch does.
    page->tree()->setFocus();
    page->tree()->setCurrentIndex(tree->index(1, 0));
    QTest::keyClick(page->tree(), Qt::Key_Right);
    EXPECT_TRUE(page->tree()->isExpanded(tree->index(1, 0)));
}

TEST_F(App, LargeFileListsTheCertificatesCohortsFromAWorkerNewestFirst)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"large.arwain"_s), true));
    Workspace* ws = window->workspace();
    ws->setReadsInBackground(true);
    window->showPage(MainWindow::Reports);
    ReportsPage* page = window->reportsPage();
    page->reloadChoices();
    auto* cohort = page->findChild<QComboBox*>(u"certificate-cohort"_s);
    ASSERT_NE(cohort, nullptr);
    ASSERT_TRUE(waitFor([&] { return cohort->findData(u"NDP-2024-1"_s) >= 0; }));
    EXPECT_GE(cohort->findText(u"NDP-2024-1 (9 completed)"_s), 0);
    // Courses with someone who completed, newest first; no single sessions.
    QHash<QString, QDate> starts;
    const auto rows = ws->directory().cohorts();
    ASSERT_TRUE(rows.ok());
    for (const CohortRow& r : rows.value())
        starts.insert(r.code, r.startDate);
    for (int i = 0; i < cohort->count(); ++i) {
        const QString code = cohort->itemData(i).toString();
        ASSERT_TRUE(starts.contains(code)) << code.toStdString();
        EXPECT_FALSE(code.startsWith(u"ICL"_s) || code.startsWith(u"WSH"_s)) << code.toStdString();
        if (i > 0) {
            EXPECT_GE(starts.value(cohort->itemData(i - 1).toString()), starts.value(code));
        }
    }
    // Chosen from the keyboard, the people of that cohort follow.
    cohort->setFocus();
    cohort->setCurrentIndex(cohort->findData(u"NDP-2024-1"_s));
    QTest::keyClick(cohort, Qt::Key_Down);
    QTest::keyClick(cohort, Qt::Key_Up);
    EXPECT_EQ(cohort->currentData().toString(), u"NDP-2024-1"_s);
    EXPECT_EQ(page->findChild<QComboBox*>(u"certificate-person"_s)->count(), 10); // everyone, then the nine
}

TEST_F(App, WorkersGiveTheWindowsThreadTheCoresFirst)
{
    // A read on the workers' pool runs at a lower priority (a higher nice value) than the window's thread.
    const int ui = getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
    std::optional<int> worker;
    runInBackground<int>(
        window.get(), [] { return getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid))); },
        [&](int nice) { worker = nice; });
    ASSERT_TRUE(waitFor([&] { return worker.has_value(); }));
    EXPECT_GT(*worker, ui);
}

TEST_F(App, ADashboardYearOfHundredsOfCohortsChartsTheLatestFortyAndSaysSo)
{
    DashboardPage* page = dashboardOf2020(window.get(), dir.filePath(u"many-cohorts.arwain"_s));
    ASSERT_NE(page, nullptr);
    const QList<StatsRow>& cohorts = page->figures().cohorts.rows;
    ASSERT_GT(cohorts.size(), 40);
    QChart* chart = page->chart(DashboardPage::StatusChart);
    EXPECT_TRUE(chart->title().contains(
        u"Status mix per cohort: the latest 40 of %1"_s.arg(QLocale().toString(cohorts.size()))))
        << chart->title().toStdString();
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->count(), 40);
    EXPECT_TRUE(axis->categories().contains(cohorts.last().key));   // the latest is shown
    EXPECT_FALSE(axis->categories().contains(cohorts.first().key)); // the earliest is not
    EXPECT_EQ(page->figures().cohorts.rows.size(), cohorts.size()); // the figures keep them all
}

TEST_F(App, ADashboardTileOfThousandsOfParticipantsGroupsTheCountTheWayTheLanguageWritesIt)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    DashboardPage* page = dashboardOf2020(window.get(), dir.filePath(u"many-cohorts.arwain"_s));
    ASSERT_NE(page, nullptr);
    const QList<StatsRow>& rows = page->figures().programmes.rows;
    const auto big = std::find_if(rows.begin(), rows.end(), [](const StatsRow& r) {
        return r.participants >= 1000 && !r.attendedOnly;
    });
    ASSERT_NE(big, rows.end()) << "no programme of 2020 has a thousand participants";
    QLabel* tile = page->tile(big->key);
    ASSERT_NE(tile, nullptr);
    const QString grouped =
        u"%1,%2"_s.arg(big->participants / 1000).arg(big->participants % 1000, 3, 10, QChar(u'0'));
    EXPECT_TRUE(tile->text().contains(grouped + u"&nbsp;participants"_s)) << tile->text().toStdString();
    EXPECT_FALSE(tile->text().contains(QString::number(big->participants))) << tile->text().toStdString();
}
