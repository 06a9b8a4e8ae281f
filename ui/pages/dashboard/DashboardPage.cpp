// DashboardPage: filters → a StatsQuery → Dashboard::compute in a worker thread → tiles, charts and
// tables; any figure opens the people behind it on the participants page.
#include "pages/dashboard/DashboardPage.h"
#include "io/OutputFile.h"

#include "Labels.h"
#include "Workspace.h"
#include "dialogs/ResponsesDialog.h"
#include "domain/Parsing.h"
#include "models/BehindTheWindow.h"
#include "pages/PageWidgets.h"
#include "pages/dashboard/BreakdownPanel.h"
#include "pages/dashboard/DashboardFilterBar.h"
#include "pages/dashboard/DashboardTiles.h"
#include "pages/dashboard/DashboardWorker.h"
#include "pages/dashboard/FeedbackPanel.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"
#include "stats/StatsFormat.h"

#include "widgets/DateField.h"
#include "widgets/SaveDialog.h"
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

DashboardPage::DashboardPage(Workspace* workspace, QWidget* parent) : Page(parent), m_workspace(workspace)
{
    qRegisterMetaType<StatsQuery>();
    qRegisterMetaType<DashboardFigures>();
    m_worker = new DashboardWorker(workspace->path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::computed, this,
            [this](int generation, const DashboardFigures& f, const QString& error) {
                if (generation != m_requested)
                    return; // superseded while it was computed
                m_shown = generation;
                if (!error.isEmpty()) {
                    m_status->setText(error);
                    Q_EMIT failed(error);
                    return;
                }
                showFigures(f);
            });
    connect(&m_thread, &QThread::started, &m_thread, &workBehindTheWindow, Qt::DirectConnection); // on it
    m_thread.start();

    m_filters = new DashboardFilterBar(workspace);
    connect(m_filters, &DashboardFilterBar::changed, this, &DashboardPage::refresh);
    connect(m_filters, &DashboardFilterBar::exportChartRequested, this, &DashboardPage::askExportChart);
    connect(m_filters, &DashboardFilterBar::exportFiguresRequested, this, &DashboardPage::askExportFigures);
    m_status = new QLabel;
    m_status->setAccessibleName(tr("Dashboard status"));

    m_tiles = new DashboardTiles(workspace);
    m_charts = new DashboardCharts(this);
    m_breakdown = new BreakdownPanel;
    m_feedback = new FeedbackPanel;
    connect(m_tiles, &DashboardTiles::drillDownRequested, this, &DashboardPage::drillDown);
    connect(m_charts, &DashboardCharts::drillDownRequested, this, &DashboardPage::drillDown);
    connect(m_breakdown, &BreakdownPanel::drillDownRequested, this, &DashboardPage::drillDown);
    connect(m_feedback, &FeedbackPanel::responsesRequested, this, &DashboardPage::showResponses);
    connect(m_charts, &DashboardCharts::responsesRequested, this, &DashboardPage::showResponses);
    m_figuresModel = new QStandardItemModel(this);
    m_figuresTable = makeTable(m_figuresModel, tr("Figures by programme"));
    m_figuresTable->setSortingEnabled(false);

    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Charts and tables"));
    m_tabs->tabBar()->setAccessibleName(tr("Chart or table"));
    m_tabs->addTab(m_charts->view(RatesChart), tr("&Rates by programme"));
    m_tabs->addTab(m_charts->view(StatusChart), tr("&Status by cohort"));
    m_tabs->addTab(m_charts->view(TrendChart), tr("&Trend over years"));
    m_tabs->addTab(m_charts->view(FeedbackChart), tr("Feedback &questions"));
    m_tabs->addTab(m_breakdown, tr("Region, sector, r&ole"));
    m_tabs->addTab(m_figuresTable, tr("Fi&gures"));
    m_tabs->addTab(m_feedback, tr("Feedback && &network"));

    // Tiles above charts; on a small screen the page scrolls rather than squeezing the charts.
    m_tabs->setMinimumHeight(440);
    // The page gives the tabs its height. A tab widget's size hint is its pages' and a chart view's is
    // its scene's, which follows the view's own size: each layout pass of the scroll area then asked for
    // 2 pixels more, and the chart was laid out again every time the page was first shown. Its minimum
    // height still holds (the status chart's grows with its bars).
    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_tiles);
    bodyLayout->addWidget(m_tabs, 1);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Figures and charts"));
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(workspace, &Workspace::changed, this, [this](DataTables::Table t) {
        if (t != DataTables::Network)
            refresh();
    });
    refresh();
}

DashboardPage::~DashboardPage()
{
    m_thread.quit();
    m_thread.wait();
}

void DashboardPage::setYear(int firstYear)
{
    m_filters->setYear(firstYear);
}

StatsQuery DashboardPage::query() const
{
    return m_filters->query();
}

void DashboardPage::refresh()
{
    const StatsQuery q = query();
    m_status->setText(tr("Working out the figures…"));
    m_requested += 1;
    m_worker->latest = m_requested;
    QMetaObject::invokeMethod(m_worker, "compute", Qt::QueuedConnection, Q_ARG(int, m_requested),
                              Q_ARG(arwain::StatsQuery, q));
}

void DashboardPage::showFigures(const DashboardFigures& f)
{
    m_figures = f;
    QString status =
        tr("%1 · %2").arg(labels::period(f.query), tr("definition: %1").arg(m_filters->definitionName()));
    if (const QString filters = StatsFormat::filters(f.query); !filters.isEmpty())
        status += u" · "_s + filters;
    if (f.query.asAt)
        status += u" · "_s + tr("as at %1").arg(dateText(*f.query.asAt));
    m_status->setText(status);
    m_tiles->showFigures(f);
    m_charts->showFigures(f, m_filters->definitionName());
    m_breakdown->showFigures(f);
    showFiguresTable();
    m_feedback->showFigures(f);
    Q_EMIT updated();
}

void DashboardPage::showFiguresTable()
{
    m_figuresModel->clear();
    m_figuresModel->setHorizontalHeaderLabels(
        {tr("Programme"), tr("Cohorts"), tr("Participants"), tr("Completed"), tr("Deferred"), tr("Withdrawn"),
         tr("In progress"), tr("Waitlisted"), tr("Completion rate %"), tr("Eventual completion %")});
    for (const StatsRow& r : m_figures.programmes.rows) {
        QList<QStandardItem*> items;
        items << new QStandardItem(r.key);
        for (int v :
             {r.cohorts, r.participants, r.completed, r.deferred, r.withdrawn, r.inProgress, r.waitlisted})
            items << new QStandardItem(QString::number(v));
        items << new QStandardItem(r.rate ? Statistics::formatRate(*r.rate) : QString());
        items << new QStandardItem(r.eventualRate ? Statistics::formatRate(*r.eventualRate) : QString());
        for (int c = 1; c < items.size(); ++c)
            items.at(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figuresModel->appendRow(items);
    }
}

QTableView* DashboardPage::currentTable() const
{
    return m_figuresTable;
}

QChart* DashboardPage::chart(ChartIndex which) const
{
    return m_charts->chart(which);
}

QLabel* DashboardPage::tile(const QString& programme) const
{
    return m_tiles->tile(programme);
}

QLabel* DashboardPage::attendanceTile(const QString& programme) const
{
    return m_tiles->attendanceTile(programme);
}

QComboBox* DashboardPage::yearBox() const
{
    return m_filters->yearBox();
}

QComboBox* DashboardPage::definitionBox() const
{
    return m_filters->definitionBox();
}

QComboBox* DashboardPage::programmeBox() const
{
    return m_filters->programmeBox();
}

QComboBox* DashboardPage::regionBox() const
{
    return m_filters->regionBox();
}

QCheckBox* DashboardPage::asAtBox() const
{
    return m_filters->asAtBox();
}

DateField* DashboardPage::asAtEdit() const
{
    return m_filters->asAtEdit();
}

QTableWidget* DashboardPage::feedbackTable() const
{
    return m_feedback->table();
}

QTableWidget* DashboardPage::breakdownTable() const
{
    return m_breakdown->table();
}

QLabel* DashboardPage::networkLabel() const
{
    return m_feedback->networkLabel();
}

void DashboardPage::drillDown(Breakdown by, const QString& key, std::optional<Status> status)
{
    const StatsResult& r = by == Breakdown::Cohort   ? m_figures.cohorts
                           : by == Breakdown::Region ? m_figures.regions
                           : by == Breakdown::Sector ? m_figures.sectors
                           : by == Breakdown::Role   ? m_figures.roles
                                                     : m_figures.programmes;
    for (const StatsRow& row : r.rows) {
        if (row.key != key)
            continue;
        QString what = labels::term(key);
        if (status)
            what += u" · "_s + labels::of(*status);
        what += u" · "_s + labels::period(m_figures.query);
        Q_EMIT drillDownRequested(row.participantsWith(status), what);
        return;
    }
}

void DashboardPage::showResponses(const QString& programme)
{
    for (const FeedbackRow& row : m_figures.feedback.rows) {
        if (row.key != programme)
            continue;
        if (row.suppressed) {
            m_status->setText(
                tr("%1: fewer than %2 responses, so they are withheld (a setting of this database).")
                    .arg(programme)
                    .arg(m_figures.feedback.query.minResponses));
            return;
        }
        auto responses =
            FeedbackStats(m_workspace->services()).responses(m_figures.feedback.query, programme);
        if (!responses) {
            Q_EMIT failed(responses.error());
            return;
        }
        auto* dialog =
            new ResponsesDialog(m_workspace, tr("%1 · %2").arg(programme, labels::period(m_figures.query)),
                                responses.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        Q_EMIT responsesShown(dialog);
        return;
    }
}

bool DashboardPage::exportChart(ChartIndex which, const QString& path)
{
    if (const QString error = m_charts->exportChart(which, path); !error.isEmpty()) {
        Q_EMIT failed(error);
        return false;
    }
    m_workspace->reportSaved(path);
    return true;
}

bool DashboardPage::exportFigures(const QString& path)
{
    StatsResult figures = m_figures.programmes;
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        if (auto done = StatsFormat::xlsx(figures, path); !done) {
            Q_EMIT failed(done.error());
            return false;
        }
        m_workspace->reportSaved(path);
        return true;
    }
    OutputFile file(path);
    auto written = file.open();
    if (written && !StatsFormat::csv(figures, file.device(), true))
        written = fail(tr("%1: cannot write: %2").arg(path, file.device().errorString()));
    if (written)
        written = file.commit();
    if (!written) {
        file.cancel();
        Q_EMIT failed(written.error());
        return false;
    }
    m_workspace->reportSaved(path);
    return true;
}

void DashboardPage::askExportChart()
{
    ChartIndex which = RatesChart;
    for (ChartIndex c : {RatesChart, StatusChart, TrendChart, FeedbackChart})
        if (m_tabs->currentWidget() == m_charts->view(c))
            which = c;
    const QString path = askSavePath(this, tr("Export chart"), QString(),
                                     {{tr("PNG image"), u"png"_s}, {tr("SVG drawing"), u"svg"_s}});
    if (!path.isEmpty())
        exportChart(which, path);
}

void DashboardPage::askExportFigures()
{
    const QString path = askSavePath(this, tr("Export figures"), QString(),
                                     {{tr("Excel workbook"), u"xlsx"_s}, {tr("CSV file"), u"csv"_s}});
    if (!path.isEmpty())
        exportFigures(path);
}

} // namespace arwain
