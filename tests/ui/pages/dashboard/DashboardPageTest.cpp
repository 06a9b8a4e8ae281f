// The dashboard driven as a manager would: published figures, filters, drill-down and exports.
#include "UiTestSupport.h"

#include "dialogs/ResponsesDialog.h"
#include "pages/feedback/ResponsesTable.h"
#include "services/FeedbackService.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPointer>

using namespace arwain;
using namespace arwain::uitest;
using namespace Qt::StringLiterals;

namespace {
class DashboardUi : public App
{
protected:
    void SetUp() override
    {
        App::SetUp();
        {
            auto ws = Workspace::create(dir.filePath(u"demo.arwain"_s), true);
            ASSERT_TRUE(ws.ok());
        }
        ASSERT_TRUE(window->openFile(dir.filePath(u"demo.arwain"_s), true)); // a manager: read-only
        page = window->dashboardPage();
        ASSERT_TRUE(page->isVisible()); // read-only files open on the dashboard
        waitUpToDate();
        page->setYear(2024);
        waitUpToDate();
    }
    void waitUpToDate()
    {
        ASSERT_TRUE(waitFor([&] { return page->isUpToDate(); }));
    }
    QList<double> barValues(DashboardPage::ChartIndex which, int set = 0)
    {
        QList<double> out;
        for (QAbstractSeries* s : page->chart(which)->series())
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
                for (int i = 0; i < bars->barSets().at(set)->count(); ++i)
                    out << bars->barSets().at(set)->at(i);
        return out;
    }
    DashboardPage* page = nullptr;
};
} // namespace

TEST_F(DashboardUi, DemoYearShowsThePublishedFigures)
{
    QLabel* tmdp = page->tile(u"TMDP"_s);
    ASSERT_NE(tmdp, nullptr);
    EXPECT_TRUE(tmdp->text().contains(u"88.89%"_s));
    EXPECT_TRUE(tmdp->text().contains(u"36&nbsp;participants"_s)) << tmdp->text().toStdString();
    EXPECT_TRUE(tmdp->text().contains(u"32&nbsp;completed"_s));
    EXPECT_TRUE(tmdp->text().contains(u"completed ÷ everyone enrolled"_s)); // the definition under the rate
    EXPECT_TRUE(page->tile(u"MMDP"_s)->text().contains(u"86.67%"_s));
    const QList<double> rates = barValues(DashboardPage::RatesChart);
    ASSERT_GE(rates.size(), 2);
    EXPECT_DOUBLE_EQ(rates.at(0), 88.89);
    EXPECT_DOUBLE_EQ(rates.at(1), 86.67);
    // Feedback and the network, as in the report.
    QTableWidget* feedback = page->feedbackTable();
    int icl = -1;
    for (int r = 0; r < feedback->rowCount(); ++r)
        if (feedback->item(r, 0)->text() == u"ICL"_s)
            icl = r;
    ASSERT_GE(icl, 0);
    EXPECT_EQ(feedback->item(icl, 5)->text(), u"99.00%"_s); // met expectations
    EXPECT_EQ(feedback->item(icl, 6)->text(), u"99.50%"_s); // learned something usable
    EXPECT_TRUE(page->networkLabel()->text().contains(u"146 members"_s));
    // The figures shown are exactly those of `arwain-cli stats` (one code path).
    StatsQuery q;
    q.year = 2024;
    const auto cli = Statistics(window->workspace()->services().store()).compute(q);
    ASSERT_TRUE(cli.ok());
    ASSERT_EQ(page->figures().programmes.rows.size(), cli.value().rows.size());
    for (qsizetype i = 0; i < cli.value().rows.size(); ++i) {
        EXPECT_EQ(page->figures().programmes.rows.at(i).rate, cli.value().rows.at(i).rate);
        EXPECT_EQ(page->figures().programmes.rows.at(i).participants, cli.value().rows.at(i).participants);
    }
}

TEST_F(DashboardUi, FiltersAndDefinitionsChangeTheFigures)
{
    choose(page->definitionBox(), u"Finished only"_s);
    waitUpToDate();
    EXPECT_TRUE(page->tile(u"TMDP"_s)->text().contains(u"96.97%"_s)); // 32 ÷ (32 + 1)
    EXPECT_TRUE(page->tile(u"TMDP"_s)->text().contains(u"completed ÷ (completed + withdrawn)"_s));
    choose(page->definitionBox(), u"Published"_s);
    choose(page->programmeBox(), u"MMDP"_s);
    waitUpToDate();
    EXPECT_EQ(page->tile(u"TMDP"_s), nullptr);
    EXPECT_EQ(barValues(DashboardPage::RatesChart), QList<double>{86.67});
    choose(page->programmeBox(), u"All programmes"_s);
    page->asAtBox()->setChecked(true);
    page->asAtEdit()->setDate(QDate(2024, 10, 1));
    waitUpToDate();
    EXPECT_TRUE(page->tile(u"TMDP"_s)->text().contains(u"0&nbsp;completed"_s));
}

TEST_F(DashboardUi, DrillDownListsExactlyThePeopleBehindAFigure)
{
    QLabel* tmdp = page->tile(u"TMDP"_s);
    ASSERT_NE(tmdp, nullptr);
    Q_EMIT tmdp->linkActivated(u"withdrawn"_s); // as a click on "1 withdrawn"
    ParticipantsPage* people = window->participantsPage();
    ASSERT_TRUE(people->isVisible());
    QAbstractItemModel* m = people->currentTable()->model();
    ASSERT_EQ(m->rowCount(), 1);
    EXPECT_TRUE(people->drillDownNote()->text().contains(u"TMDP · withdrawn · 2024 to 2025"_s));
    // That one person's TMDP enrolment of the year is the withdrawn one.
    people->currentTable()->selectRow(0);
    EXPECT_TRUE(
        column(people->enrolmentTable()->model(), PersonEnrolmentModel::Status).contains(u"withdrawn"_s));

    window->showPage(MainWindow::Dashboard);
    Q_EMIT page->tile(u"TMDP"_s)->linkActivated(u"completed"_s);
    EXPECT_EQ(m->rowCount(), 32);
    people->showEveryone();
    EXPECT_GT(m->rowCount(), 32);
}

TEST_F(DashboardUi, ExportsReadBackEqual)
{
    const QString csv = dir.filePath(u"figures.csv"_s), xlsx = dir.filePath(u"figures.xlsx"_s);
    ASSERT_TRUE(page->exportFigures(csv));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto records = CsvReader::parse(f.readAll(), csv);
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records.value().at(1).fields.mid(0, 14),
              (QStringList{u"2024 to 2025"_s, u"published"_s, QString(), QString(), u"programme"_s, u"TMDP"_s,
                           u"2"_s, u"36"_s, u"32"_s, u"3"_s, u"1"_s, u"0"_s, u"0"_s, u"88.89"_s}));
    ASSERT_TRUE(page->exportFigures(xlsx));
    QProcess py;
    py.start(u"/usr/bin/python3"_s,
             {u"-c"_s,
              u"import openpyxl,sys\n"
              "ws=openpyxl.load_workbook(sys.argv[1]).active\n"
              "rows=[r for r in ws.iter_rows(values_only=True) if r and r[0]=='MMDP']\n"
              "print(rows[0][2], round(rows[0][8],4))"_s,
              xlsx});
    ASSERT_TRUE(py.waitForFinished(30000));
    EXPECT_EQ(QString::fromUtf8(py.readAllStandardOutput()).trimmed(), u"15 0.8667"_s)
        << py.readAllStandardError().toStdString();

    const QString png = dir.filePath(u"rates.png"_s), svg = dir.filePath(u"trend.svg"_s);
    ASSERT_TRUE(page->exportChart(DashboardPage::RatesChart, png));
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
    ASSERT_TRUE(page->exportChart(DashboardPage::TrendChart, svg));
    QFile s(svg);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    const QByteArray text = s.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Completion-rate trend"));
}

TEST_F(DashboardUi, SingleSessionsShowAttendanceNotACompletionRate)
{
    QLabel* icl = page->tile(u"ICL"_s);
    ASSERT_NE(icl, nullptr);
    EXPECT_TRUE(icl->text().contains(u"312 attended"_s)) << icl->text().toStdString();
    EXPECT_FALSE(icl->text().contains(u"%"_s));
    QLabel* wsh = page->tile(u"WSH"_s);
    ASSERT_NE(wsh, nullptr);
    EXPECT_TRUE(wsh->text().contains(u"164 of them a headcount"_s)) << wsh->text().toStdString();
    // The rates chart has bars for the four courses only.
    EXPECT_EQ(barValues(DashboardPage::RatesChart), (QList<double>{88.89, 86.67, 100.0, 100.0}));
}

TEST_F(DashboardUi, AttendanceHasATilePerProgrammeWithSessions)
{
    QLabel* ndp = page->attendanceTile(u"NDP"_s);
    ASSERT_NE(ndp, nullptr);
    // The demo's registers for NDP-2024-1: 76 present of 82 counted over 18 sessions; all nine directors
    // attended at least 75% of the action learning sets.
    EXPECT_TRUE(ndp->text().contains(u"92.68%"_s)) << ndp->text().toStdString();
    EXPECT_TRUE(ndp->text().contains(u"76 present of 82 counted"_s));
    EXPECT_TRUE(ndp->text().contains(u"at least 75% of action learning sets. 9 of 9 people meet it"_s));
    EXPECT_EQ(page->attendanceTile(u"ICL"_s), nullptr); // no sessions recorded: no tile
    choose(page->programmeBox(), u"NDP"_s);
    waitUpToDate();
    EXPECT_EQ(page->attendanceTile(u"TMDP"_s), nullptr);
    EXPECT_NE(page->attendanceTile(u"NDP"_s), nullptr);
}

TEST_F(DashboardUi, FeedbackChartAndDrillDownToTheResponsesBehindAFigure)
{
    // The chart: a group of bars per programme, a bar per question.
    QChart* chart = page->chart(DashboardPage::FeedbackChart);
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_NE(axis, nullptr);
    const int ndp = int(axis->categories().indexOf(u"NDP (7 of 9)"_s));
    ASSERT_GE(ndp, 0) << axis->categories().join(u", "_s).toStdString();
    EXPECT_DOUBLE_EQ(barValues(DashboardPage::FeedbackChart, 1).at(ndp), 100.0); // met expectations
    EXPECT_DOUBLE_EQ(barValues(DashboardPage::FeedbackChart, 4).at(ndp), 100.0); // would recommend

    // From the feedback table by keyboard: the NDP row, Enter.
    QPointer<ResponsesDialog> dialog; // deleted when closed
    QObject::connect(page, &DashboardPage::responsesShown, page,
                     [&](QDialog* d) { dialog = qobject_cast<ResponsesDialog*>(d); });
    QTableWidget* table = page->feedbackTable();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == u"NDP"_s)
            row = r;
    ASSERT_GE(row, 0);
    table->setFocus();
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_FALSE(dialog.isNull());
    EXPECT_EQ(dialog->table()->rowCount(), 7);
    EXPECT_TRUE(dialog->description()->text().contains(u"7 responses"_s))
        << dialog->description()->text().toStdString();
    EXPECT_EQ(column(dialog->table()->model(), 0), QStringList(7, u"NDP-2024-1"_s));
    EXPECT_EQ(column(dialog->table()->model(), 3), QStringList(7, u"yes"_s)); // met expectations
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull()); // Escape closes it, and it is deleted

    // With a threshold of 10 responses, NDP's seven are withheld: no drill-down either.
    {
        auto other = Workspace::open(dir.filePath(u"demo.arwain"_s), false);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(other.value()->feedback().setSuppressionThreshold(10).ok());
    }
    page->refresh();
    waitUpToDate();
    dialog.clear();
    table->setCurrentCell(row, 0);
    EXPECT_EQ(table->item(row, 4)->text(), u"fewer than 10"_s);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(dialog.isNull());
    bool said = false;
    for (QLabel* l : page->findChildren<QLabel*>())
        said = said || l->text().contains(u"NDP: fewer than 10 responses, so they are withheld"_s);
    EXPECT_TRUE(said);
}

namespace {
// Counts the resize events a widget receives.
class ResizeCounter : public QObject
{
public:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            ++resizes;
        return false;
    }
    int resizes = 0;
};
using DashboardFirstShown = App;
} // namespace

TEST_F(DashboardFirstShown, ItsChartIsLaidOutOnceNotOncePerLayoutPass)
{
    // A chart's size hint follows its own size: laid out in the page's scroll area, each pass asked for a
    // little more room, and the page held the window the first time it was shown.
    {
        auto ws = Workspace::create(dir.filePath(u"demo.arwain"_s), true);
        ASSERT_TRUE(ws.ok());
    }
    // As the app starts: the file opened before the window is first shown.
    window->hide();
    ASSERT_TRUE(window->openFile(dir.filePath(u"demo.arwain"_s))); // a coordinator starts elsewhere
    window->show();
    DashboardPage* page = window->dashboardPage();
    ASSERT_FALSE(page->isVisible());
    ASSERT_TRUE(waitFor([&] { return page->isUpToDate(); }));
    QGraphicsView* chartView = page->chart(DashboardPage::RatesChart)->scene()->views().value(0);
    ASSERT_NE(chartView, nullptr);
    ResizeCounter counter;
    chartView->installEventFilter(&counter);
    window->showPage(MainWindow::Dashboard);
    ASSERT_TRUE(page->isVisible());
    QTest::qWait(300);
    EXPECT_LE(counter.resizes, 3); // 65 before
    // The chart has the room the page gives it, at least the tabs' minimum.
    EXPECT_GE(chartView->height(), 320);
}
