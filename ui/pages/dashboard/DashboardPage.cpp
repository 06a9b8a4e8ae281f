// DashboardPage: filters → a StatsQuery → Dashboard::compute in a worker thread → tiles, charts and
// tables. Colours are Okabe–Ito (readable with every common colour-vision deficiency); lines also
// differ by dash pattern and marker.
#include "pages/dashboard/DashboardPage.h"

#include "domain/Clock.h"
#include "dialogs/RecordDialog.h"
#include "services/Directory.h"
#include "Labels.h"
#include "domain/ReportingYear.h"
#include "stats/StatsFormat.h"
#include "models/TableModel.h"
#include "Workspace.h"
#include "storage/Store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// Okabe & Ito, "Color Universal Design".
const QColor kBlue(0x00, 0x72, 0xB2), kOrange(0xE6, 0x9F, 0x00), kGreen(0x00, 0x9E, 0x73),
    kPurple(0xCC, 0x79, 0xA7), kSky(0x56, 0xB4, 0xE9), kVermillion(0xD5, 0x5E, 0x00),
    kYellow(0xF0, 0xE4, 0x42), kBlack(0x00, 0x00, 0x00);
const QList<QColor> kSeries = {kBlue, kOrange, kGreen, kPurple, kSky, kVermillion, kBlack, kYellow};

QString pct(const std::optional<qint64>& r)
{
    return r ? Statistics::formatRate(*r) + u'%' : u"–"_s;
}

double value(const std::optional<qint64>& r)
{
    return r ? double(*r) / 100.0 : 0.0;
}

QChartView* chartView(const QString& name)
{
    auto* view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->viewport()->setAccessibleName(name);
    view->setMinimumHeight(320);
    return view;
}

// A fresh chart that follows the system palette (dark too); the definition goes under the title.
QChart* newChart(QWidget* owner, const QString& title, const QString& definition = {})
{
    auto* chart = new QChart;
    const bool dark = owner->palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(owner->palette().brush(QPalette::Base));
    chart->setTitle(definition.isEmpty() ? u"<b>%1</b>"_s.arg(title.toHtmlEscaped())
                                         : u"<b>%1</b><br><small>%2</small>"_s.arg(
                                               title.toHtmlEscaped(), definition.toHtmlEscaped()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setLabelFormat(u"%d%"_s);
    axis->setTickCount(6);
    axis->setTitleText(title);
    return axis;
}

// A read-only table of text; every column after the first holds numbers, so is right-aligned.
void fillTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < rows.at(i).size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(i).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(i, c, item);
        }
    }
    table->resizeColumnsToContents();
}

template <typename Combo> void addTerms(QComboBox* box, const QString& all)
{
    box->addItem(all, QString());
    for (const auto& [value, words] : Terms<Combo>::list)
        box->addItem(labels::of(value), toText(value));
}

template <typename E> std::optional<E> chosen(const QComboBox* box)
{
    const QString t = box->currentData().toString();
    return t.isEmpty() ? std::nullopt : fromText<E>(t);
}

} // namespace

// ---- worker

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::compute(int generation, const StatsQuery& query)
{
    if (generation < latest.load())
        return; // a newer request is queued: skip the stale one
    if (!m_db) {
        auto db = Database::open(m_path, Database::Access::ReadOnly);
        if (!db) {
            Q_EMIT computed(generation, {}, db.error());
            return;
        }
        m_db = db.take();
        m_store = std::make_unique<Store>(*m_db);
    }
    auto figures = Dashboard::compute(*m_store, query);
    Q_EMIT computed(generation, figures ? figures.value() : DashboardFigures{},
                    figures ? QString() : figures.error());
}

// ---- page

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
                show(f);
            });
    m_thread.start();

    // Filters.
    auto combo = [](const QString& name) {
        auto* box = new QComboBox;
        box->setAccessibleName(name);
        return box;
    };
    m_year = combo(tr("Reporting year"));
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        d->setVisible(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setDate(ReportingYear::containing(Clock::today()).start());
    m_to->setDate(Clock::today());
    m_programme = combo(tr("Programme filter"));
    m_programme->addItem(tr("All programmes"), QString());
    if (auto programmes = workspace->directory().programmes())
        for (const Programme& p : programmes.value())
            m_programme->addItem(p.code, p.code);
    m_region = combo(tr("Region filter"));
    addTerms<Region>(m_region, tr("All regions"));
    m_sector = combo(tr("Sector filter"));
    addTerms<Sector>(m_sector, tr("All sectors"));
    m_role = combo(tr("Job role filter"));
    addTerms<JobRole>(m_role, tr("All roles"));
    m_mode = combo(tr("Delivery mode filter"));
    addTerms<DeliveryMode>(m_mode, tr("Any delivery mode"));
    m_definition = combo(tr("Completion-rate definition"));
    m_definition->addItem(tr("Published"), toText(Definition::Published));
    m_definition->addItem(tr("Excluding deferrals"), toText(Definition::ExcludingDeferrals));
    m_definition->addItem(tr("Finished only"), toText(Definition::FinishedOnly));
    m_asAtOn = new QCheckBox(tr("As &at"));
    m_asAtOn->setAccessibleName(tr("Figures as at a past date"));
    m_asAt = new QDateEdit(Clock::today());
    m_asAt->setCalendarPopup(true);
    m_asAt->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_asAt->setMaximumDate(Clock::today());
    m_asAt->setEnabled(false);
    m_asAt->setAccessibleName(tr("As at date"));
    fillYears();

    auto* filters = new QHBoxLayout;
    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Year:"), m_year));
    filters->addWidget(m_year);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_programme);
    filters->addWidget(m_region);
    filters->addWidget(m_sector);
    filters->addWidget(m_role);
    filters->addWidget(m_mode);
    filters->addStretch();
    auto* second = new QHBoxLayout;
    second->addWidget(label(tr("&Definition:"), m_definition));
    second->addWidget(m_definition);
    second->addWidget(m_asAtOn);
    second->addWidget(m_asAt);
    m_definitionText = new QLabel;
    m_definitionText->setWordWrap(true);
    second->addWidget(m_definitionText, 1);
    auto* exportChart = new QPushButton(tr("Export &chart…"));
    auto* exportFigures = new QPushButton(tr("Export &figures…"));
    second->addWidget(exportChart);
    second->addWidget(exportFigures);
    connect(exportChart, &QPushButton::clicked, this, &DashboardPage::askExportChart);
    connect(exportFigures, &QPushButton::clicked, this, &DashboardPage::askExportFigures);

    m_status = new QLabel;
    m_status->setAccessibleName(tr("Dashboard status"));

    // Tiles.
    m_tilesBox = new QWidget;
    m_tiles = new QGridLayout(m_tilesBox);
    m_tiles->setContentsMargins(0, 0, 0, 0);

    // Charts and tables.
    m_ratesView = chartView(tr("Completion rate by programme"));
    m_statusView = chartView(tr("Status mix per cohort"));
    m_trendView = chartView(tr("Completion-rate trend"));
    m_breakdownBy = combo(tr("Break down by"));
    m_breakdownBy->addItem(tr("Region"), toText(Breakdown::Region));
    m_breakdownBy->addItem(tr("Sector"), toText(Breakdown::Sector));
    m_breakdownBy->addItem(tr("Job role"), toText(Breakdown::Role));
    m_breakdown = new QTableWidget;
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakdown->verticalHeader()->hide();
    connect(m_breakdownBy, &QComboBox::currentIndexChanged, this, &DashboardPage::showBreakdown);
    connect(m_breakdown, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const auto by =
            fromText<Breakdown>(m_breakdownBy->currentData().toString()).value_or(Breakdown::Region);
        drillDown(by, m_breakdown->item(row, 0)->data(Qt::UserRole).toString(), std::nullopt);
    });
    auto* breakdownPage = new QWidget;
    auto* bl = new QVBoxLayout(breakdownPage);
    auto* byRow = new QHBoxLayout;
    byRow->addWidget(label(tr("&Break down by:"), m_breakdownBy));
    byRow->addWidget(m_breakdownBy);
    byRow->addStretch();
    bl->addLayout(byRow);
    bl->addWidget(m_breakdown, 1);
    bl->addWidget(new QLabel(tr("Double-click a row to see the people behind it.")));
    m_figuresModel = new QStandardItemModel(this);
    m_figuresTable = makeTable(m_figuresModel, tr("Figures by programme"));
    m_figuresTable->setSortingEnabled(false);

    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Charts and tables"));
    m_tabs->tabBar()->setAccessibleName(tr("Chart or table"));
    m_tabs->addTab(m_ratesView, tr("&Rates by programme"));
    m_tabs->addTab(m_statusView, tr("&Status by cohort"));
    m_tabs->addTab(m_trendView, tr("&Trend over years"));
    m_tabs->addTab(breakdownPage, tr("Region, sector, &role"));
    m_tabs->addTab(m_figuresTable, tr("Fi&gures"));
    m_feedback = new QTableWidget;
    m_feedback->setAccessibleName(tr("Feedback by programme"));
    m_feedback->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feedback->verticalHeader()->hide();
    m_network = new QLabel;
    m_network->setAccessibleName(tr("Network members"));
    auto* feedbackPage = new QWidget;
    auto* fl = new QVBoxLayout(feedbackPage);
    fl->addWidget(m_network);
    auto* feedbackNote =
        new QLabel(tr("Feedback for the reporting year and programme chosen (the region, sector and "
                      "role filters do not apply to it). Met needs: very well or quite well ÷ "
                      "answers; other rates: yes ÷ answers; response rate: responses ÷ participants."));
    feedbackNote->setWordWrap(true);
    fl->addWidget(feedbackNote);
    fl->addWidget(m_feedback, 1);
    m_tabs->addTab(feedbackPage, tr("Feedback && &network"));

    // Tiles above charts; on a small screen the page scrolls rather than squeezing the charts.
    m_tabs->setMinimumHeight(440);
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_tilesBox);
    bodyLayout->addWidget(m_tabs, 1);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Figures and charts"));
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(second);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    for (QComboBox* box : {m_year, m_programme, m_region, m_sector, m_role, m_mode, m_definition})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    for (QDateEdit* d : {m_from, m_to, m_asAt})
        connect(d, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_asAtOn, &QCheckBox::toggled, this, [this](bool on) {
        m_asAt->setEnabled(on);
        refresh();
    });
    connect(workspace, &Workspace::changed, this, [this](Database::Table t) {
        if (t == Database::Cohorts || t == Database::Enrolments || t == Database::Participants ||
            t == Database::Organisations)
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
    if (const int i = m_year->findData(firstYear); i >= 0)
        m_year->setCurrentIndex(i);
}

void DashboardPage::fillYears()
{
    QList<int> years;
    if (auto cohorts = m_workspace->directory().cohorts())
        for (const CohortRow& c : cohorts.value()) {
            const int y =
                ReportingYear::containing(c.cohort.endDate.isValid() ? c.cohort.endDate : c.cohort.startDate)
                    .firstYear();
            if (!years.contains(y))
                years << y;
        }
    std::sort(years.begin(), years.end(), std::greater<>());
    const QSignalBlocker block(m_year);
    for (int y : years)
        m_year->addItem(labels::year(y), y);
    m_year->addItem(tr("All years"), -1);
    m_year->addItem(tr("Dates…"), -2);
    // The latest reporting year that has ended: the one an annual report is written about.
    const int ended = ReportingYear::containing(Clock::today()).firstYear() - 1;
    const int index = m_year->findData(ended);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

StatsQuery DashboardPage::query() const
{
    StatsQuery q;
    const int y = m_year->currentData().toInt();
    if (y > 0)
        q.year = y;
    if (y == -2) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    q.programme = m_programme->currentData().toString();
    q.region = chosen<Region>(m_region);
    q.sector = chosen<Sector>(m_sector);
    q.role = chosen<JobRole>(m_role);
    q.deliveryMode = chosen<DeliveryMode>(m_mode);
    q.definition =
        fromText<Definition>(m_definition->currentData().toString()).value_or(Definition::Published);
    if (m_asAtOn->isChecked())
        q.asAt = m_asAt->date();
    return q;
}

void DashboardPage::refresh()
{
    const bool range = m_year->currentData().toInt() == -2;
    m_from->setVisible(range);
    m_to->setVisible(range);
    const StatsQuery q = query();
    m_definitionText->setText(tr("Completion rate: %1").arg(Statistics::describe(q.definition)));
    m_status->setText(tr("Working out the figures…"));
    m_requested += 1;
    m_worker->latest = m_requested;
    QMetaObject::invokeMethod(m_worker, "compute", Qt::QueuedConnection, Q_ARG(int, m_requested),
                              Q_ARG(arwain::StatsQuery, q));
}

void DashboardPage::show(const DashboardFigures& f)
{
    m_figures = f;
    QString status =
        tr("%1 · %2").arg(labels::period(f.query), tr("definition: %1").arg(m_definition->currentText()));
    if (const QString filters = StatsFormat::filters(f.query); !filters.isEmpty())
        status += u" · "_s + filters;
    if (f.query.asAt)
        status += u" · "_s + tr("as at %1").arg(dateText(*f.query.asAt));
    m_status->setText(status);
    showTiles();
    showRates();
    showStatusMix();
    showTrend();
    showBreakdown();
    showFiguresTable();
    showFeedback();
    Q_EMIT updated();
}

void DashboardPage::showTiles()
{
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QHash<QString, Programme> programmes;
    if (auto list = m_workspace->directory().programmes())
        for (const Programme& p : list.value())
            programmes.insert(p.code, p);
    const QString definition = Statistics::describe(m_figures.query.definition).toHtmlEscaped();
    int i = 0;
    for (const StatsRow& r : m_figures.programmes.rows) {
        const Programme p = programmes.value(r.key);
        const bool single = p.kind == ProgrammeKind::SingleSession;
        auto* tile = new QLabel;
        tile->setObjectName(u"tile-"_s + r.key);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setTextFormat(Qt::RichText);
        tile->setWordWrap(true);
        tile->setMargin(8);
        tile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        tile->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        tile->setFocusPolicy(Qt::StrongFocus);
        tile->setAccessibleName(tr("%1: completion rate %2").arg(r.key, pct(r.rate)));
        auto link = [](const QString& what, int n, const QString& text) {
            return u"<a href=\"%1\">%2&nbsp;%3</a>"_s.arg(what).arg(n).arg(
                text.toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
        };
        QStringList counts{link(u"all"_s, r.participants, tr("participants")),
                           link(u"completed"_s, r.completed, single ? tr("attended") : tr("completed")),
                           link(u"deferred"_s, r.deferred, tr("deferred")),
                           link(u"withdrawn"_s, r.withdrawn, tr("withdrawn")),
                           link(u"enrolled"_s, r.inProgress, tr("in progress"))};
        tile->setText(
            u"<b>%1</b> %2<br><span style=\"font-size:20pt\">%3</span><br><small>%4</small><br>%5<br>%6"_s
                .arg(r.key.toHtmlEscaped(), p.name.toHtmlEscaped(), pct(r.rate), definition,
                     counts.join(u" · "_s),
                     tr("Eventual completion %1 (%2 of %3 people)")
                         .arg(pct(r.eventualRate))
                         .arg(r.eventuallyCompleted)
                         .arg(r.people)
                         .toHtmlEscaped()));
        const QString key = r.key;
        connect(tile, &QLabel::linkActivated, this, [this, key](const QString& what) {
            drillDown(Breakdown::Programme, key, what == u"all"_s ? std::nullopt : fromText<Status>(what));
        });
        m_tiles->addWidget(tile, i / 3, i % 3);
        ++i;
    }
    if (i == 0) {
        auto* none = new QLabel(tr("No enrolments match these filters in this period."));
        m_tiles->addWidget(none, 0, 0);
    }
}

void DashboardPage::showRates()
{
    QChart* chart = newChart(this, tr("Completion rate by programme"),
                             tr("Completion rate: %1").arg(Statistics::describe(m_figures.query.definition)));
    auto* set = new QBarSet(tr("Completion rate (%1)").arg(m_definition->currentText()));
    set->setColor(kBlue);
    QStringList categories;
    for (const StatsRow& r : m_figures.programmes.rows) {
        categories << r.key;
        *set << value(r.rate);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Programme"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = percentAxis(tr("Completion rate"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QList<StatsRow> rows = m_figures.programmes.rows;
    connect(set, &QBarSet::hovered, this, [rows](bool on, int index) {
        if (on && index < rows.size())
            QToolTip::showText(QCursor::pos(), tr("%1: %2 (%3 of %4 completed)")
                                                   .arg(rows.at(index).key, pct(rows.at(index).rate))
                                                   .arg(rows.at(index).completed)
                                                   .arg(rows.at(index).participants));
    });
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        if (index < rows.size())
            drillDown(Breakdown::Programme, rows.at(index).key, Status::Completed);
    });
    QChart* old = m_ratesView->chart();
    m_ratesView->setChart(chart);
    delete old;
}

void DashboardPage::showStatusMix()
{
    QChart* chart = newChart(this, tr("Status mix per cohort"));
    struct Part
    {
        Status status;
        QString name;
        QColor colour;
        int StatsRow::*count;
    };
    const QList<Part> parts = {{Status::Completed, tr("completed / attended"), kGreen, &StatsRow::completed},
                               {Status::Enrolled, tr("in progress"), kSky, &StatsRow::inProgress},
                               {Status::Deferred, tr("deferred"), kOrange, &StatsRow::deferred},
                               {Status::Withdrawn, tr("withdrawn"), kVermillion, &StatsRow::withdrawn},
                               {Status::Waitlisted, tr("waitlisted"), kPurple, &StatsRow::waitlisted}};
    auto* series = new QHorizontalStackedBarSeries;
    QList<StatsRow> rows = m_figures.cohorts.rows;
    std::reverse(rows.begin(), rows.end()); // first cohort at the top
    QStringList categories;
    for (const StatsRow& r : rows)
        categories << r.key;
    for (const Part& part : parts) {
        auto* set = new QBarSet(part.name);
        set->setColor(part.colour);
        for (const StatsRow& r : rows)
            *set << r.*(part.count);
        series->append(set);
        const Status status = part.status;
        const QString name = part.name;
        connect(set, &QBarSet::hovered, this, [rows, set, name](bool on, int index) {
            if (on && index < rows.size())
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 %3").arg(rows.at(index).key).arg(set->at(index)).arg(name));
        });
        connect(set, &QBarSet::clicked, this, [this, rows, status](int index) {
            if (index < rows.size())
                drillDown(Breakdown::Cohort, rows.at(index).key, status);
        });
    }
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(tr("People"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    x->applyNiceNumbers();
    QChart* old = m_statusView->chart();
    m_statusView->setChart(chart);
    m_statusView->setMinimumHeight(std::max(320, 26 * int(rows.size()) + 120));
    delete old;
}

void DashboardPage::showTrend()
{
    QChart* chart = newChart(this, tr("Completion-rate trend by reporting year"),
                             tr("Completion rate: %1. Years still under way are not shown.")
                                 .arg(Statistics::describe(m_figures.query.definition)));
    // A year that has not ended yet would show its people in progress as not completed.
    QList<int> ended;
    for (int y : m_figures.years)
        if (ReportingYear(y).end() < Clock::today())
            ended << y;
    QStringList years;
    for (int y : ended)
        years << labels::year(y);
    auto* x = new QBarCategoryAxis;
    x->append(years);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* yAxis = percentAxis(tr("Completion rate"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    const QList<Qt::PenStyle> dashes = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                        Qt::DashDotDotLine};
    int n = 0;
    for (const auto& [programme, points] : m_figures.trend) {
        auto* series = new QLineSeries;
        series->setName(programme);
        QPen pen(kSeries.at(n % kSeries.size()));
        pen.setWidth(3);
        pen.setStyle(dashes.at(n % dashes.size()));
        series->setPen(pen);
        series->setPointsVisible(true);
        for (const TrendPoint& p : points)
            if (p.rate && ended.contains(p.year))
                series->append(ended.indexOf(p.year), value(p.rate));
        if (series->count() == 0) {
            delete series;
            continue;
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(yAxis);
        const QList<int> yearList = ended;
        connect(series, &QLineSeries::hovered, this,
                [programme = programme, yearList](const QPointF& point, bool on) {
                    const int i = int(std::lround(point.x()));
                    if (on && i >= 0 && i < yearList.size())
                        QToolTip::showText(QCursor::pos(), tr("%1, %2: %3%")
                                                               .arg(programme, labels::year(yearList.at(i)))
                                                               .arg(point.y(), 0, 'f', 2));
                });
        ++n;
    }
    QChart* old = m_trendView->chart();
    m_trendView->setChart(chart);
    delete old;
}

void DashboardPage::showBreakdown()
{
    const auto by = fromText<Breakdown>(m_breakdownBy->currentData().toString()).value_or(Breakdown::Region);
    const StatsResult& r = by == Breakdown::Sector ? m_figures.sectors
                           : by == Breakdown::Role ? m_figures.roles
                                                   : m_figures.regions;
    const QStringList headers = {m_breakdownBy->currentText(),
                                 tr("Participants"),
                                 tr("Completed"),
                                 tr("Deferred"),
                                 tr("Withdrawn"),
                                 tr("In progress"),
                                 tr("Completion rate")};
    QList<QStringList> rows;
    for (const StatsRow& row : r.rows)
        rows << QStringList{labels::term(row.key),
                            QString::number(row.participants),
                            QString::number(row.completed),
                            QString::number(row.deferred),
                            QString::number(row.withdrawn),
                            QString::number(row.inProgress),
                            pct(row.rate)};
    fillTable(m_breakdown, headers, rows);
    // Drill-down needs the key as counted, not as shown (in Welsh they differ).
    for (int i = 0; i < r.rows.size(); ++i)
        m_breakdown->item(i, 0)->setData(Qt::UserRole, r.rows.at(i).key);
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

void DashboardPage::showFeedback()
{
    m_network->setText(tr("Compassionate leadership network: %1 members at the end of the period")
                           .arg(m_figures.networkMembers));
    const QStringList headers = {tr("Programme"),
                                 tr("Participants"),
                                 tr("Responses"),
                                 tr("Response rate"),
                                 tr("Met needs"),
                                 tr("Met expectations"),
                                 tr("Learned something usable"),
                                 tr("Relevant to role"),
                                 tr("Would recommend")};
    QList<QStringList> rows;
    for (const FeedbackRow& r : m_figures.feedback.rows)
        rows << QStringList{r.key,
                            QString::number(r.participants),
                            QString::number(r.responses),
                            pct(r.responseRate),
                            pct(r.metNeeds),
                            pct(r.metExpectations),
                            pct(r.learnedUsable),
                            pct(r.relevant),
                            pct(r.recommend)};
    fillTable(m_feedback, headers, rows);
}

QTableView* DashboardPage::currentTable() const
{
    return m_figuresTable;
}

QChart* DashboardPage::chart(ChartIndex which) const
{
    switch (which) {
    case RatesChart:
        return m_ratesView->chart();
    case StatusChart:
        return m_statusView->chart();
    case TrendChart:
        return m_trendView->chart();
    }
    return nullptr;
}

QLabel* DashboardPage::tile(const QString& programme) const
{
    return m_tilesBox->findChild<QLabel*>(u"tile-"_s + programme);
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

bool DashboardPage::exportChart(ChartIndex which, const QString& path)
{
    QChartView* view = which == RatesChart ? m_ratesView : which == StatusChart ? m_statusView : m_trendView;
    const QSize size = view->size().isValid() && view->width() > 100 ? view->size() : QSize(1000, 600);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg)) {
            Q_EMIT failed(tr("%1: cannot write").arg(path));
            return false;
        }
        view->render(&painter, QRectF(QPoint(0, 0), size), QRect(QPoint(0, 0), size));
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    QPixmap image(size * 2);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    view->render(&painter, QRectF(QPoint(0, 0), size), QRect(QPoint(0, 0), size));
    painter.end();
    if (!image.save(path, "PNG")) {
        Q_EMIT failed(tr("%1: cannot write").arg(path));
        return false;
    }
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
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !StatsFormat::csv(figures, file, true) || !file.commit()) {
        Q_EMIT failed(tr("%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void DashboardPage::askExportChart()
{
    const auto which = ChartIndex(std::min(m_tabs->currentIndex(), int(TrendChart)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QDir::homePath(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportChart(which, path);
}

void DashboardPage::askExportFigures()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export figures"), QDir::homePath(),
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (!path.isEmpty())
        exportFigures(path);
}

} // namespace arwain
