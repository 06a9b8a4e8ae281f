// DashboardCharts: Qt Charts drawn in the system palette. Colours are Okabe–Ito (readable with every
// common colour-vision deficiency); lines also differ by dash pattern and marker.
#include "pages/dashboard/DashboardCharts.h"

#include "Labels.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/ReportingYear.h"
#include "pages/dashboard/RateText.h"
#include "stats/DashboardFigures.h"
#include "stats/Statistics.h"
#include "stats/StatsResult.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// Okabe & Ito, "Color Universal Design".
const QColor kBlue(0x00, 0x72, 0xB2), kOrange(0xE6, 0x9F, 0x00), kGreen(0x00, 0x9E, 0x73),
    kPurple(0xCC, 0x79, 0xA7), kSky(0x56, 0xB4, 0xE9), kVermillion(0xD5, 0x5E, 0x00),
    kYellow(0xF0, 0xE4, 0x42), kBlack(0x00, 0x00, 0x00);
const QList<QColor> kSeries = {kBlue, kOrange, kGreen, kPurple, kSky, kVermillion, kBlack, kYellow};

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

} // namespace

DashboardCharts::DashboardCharts(QObject* parent) : QObject(parent)
{
    m_ratesView = chartView(tr("Completion rate by programme"));
    m_statusView = chartView(tr("Status mix per cohort"));
    m_trendView = chartView(tr("Completion-rate trend"));
    m_feedbackView = chartView(tr("Feedback questions by programme"));
}

QChartView* DashboardCharts::view(ChartIndex which) const
{
    switch (which) {
    case RatesChart:
        return m_ratesView;
    case StatusChart:
        return m_statusView;
    case TrendChart:
        return m_trendView;
    case FeedbackChart:
        return m_feedbackView;
    }
    return m_ratesView;
}

QChart* DashboardCharts::chart(ChartIndex which) const
{
    return view(which)->chart();
}

void DashboardCharts::showFigures(const DashboardFigures& f, const QString& definitionName)
{
    m_figures = f;
    m_definitionName = definitionName;
    showRates();
    showStatusMix();
    showTrend();
    showFeedback();
}

void DashboardCharts::showRates()
{
    QChart* chart = newChart(m_ratesView, tr("Completion rate by programme"),
                             tr("Completion rate: %1").arg(Statistics::describe(m_figures.query.definition)));
    auto* set = new QBarSet(tr("Completion rate (%1)").arg(m_definitionName));
    set->setColor(kBlue);
    // Single sessions have attendance, not a completion rate: they have no bar.
    QList<StatsRow> rows;
    for (const StatsRow& r : m_figures.programmes.rows)
        if (!r.attendedOnly)
            rows << r;
    QStringList categories;
    for (const StatsRow& r : rows) {
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
    connect(set, &QBarSet::hovered, this, [rows](bool on, int index) {
        if (on && index < rows.size())
            QToolTip::showText(QCursor::pos(), tr("%1: %2 (%3 of %4 completed)")
                                                   .arg(rows.at(index).key, rateText(rows.at(index).rate))
                                                   .arg(rows.at(index).completed)
                                                   .arg(rows.at(index).participants));
    });
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        if (index < rows.size())
            Q_EMIT drillDownRequested(Breakdown::Programme, rows.at(index).key, Status::Completed);
    });
    QChart* old = m_ratesView->chart();
    m_ratesView->setChart(chart);
    delete old;
}

void DashboardCharts::showStatusMix()
{
    // A bar per cohort is read at a glance for a few dozen; a nation's year has thousands (a chart tens
    // of thousands of pixels tall that held the window): then the latest, and the title says so.
    constexpr qsizetype kMostBars = 40;
    QList<StatsRow> rows = m_figures.cohorts.rows;
    const qsizetype all = rows.size();
    if (all > kMostBars)
        rows = rows.mid(all - kMostBars);
    QChart* chart = newChart(
        m_statusView,
        all > kMostBars
            ? tr("Status mix per cohort: the latest %1 of %2").arg(countText(kMostBars), countText(all))
            : tr("Status mix per cohort"));
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
                Q_EMIT drillDownRequested(Breakdown::Cohort, rows.at(index).key, status);
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

void DashboardCharts::showTrend()
{
    QChart* chart = newChart(m_trendView, tr("Completion-rate trend by reporting year"),
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

void DashboardCharts::showFeedback()
{
    const int threshold = m_figures.feedback.query.minResponses;
    QChart* chart = newChart(
        m_feedbackView, tr("Feedback questions by programme"),
        threshold > 0 ? tr("Met needs: very well or quite well ÷ answers; others: yes ÷ answers. Programmes "
                           "with fewer than %1 responses are withheld.")
                            .arg(threshold)
                      : tr("Met needs: very well or quite well ÷ answers; others: yes ÷ answers."));
    QList<FeedbackRow> rows;
    for (const FeedbackRow& r : m_figures.feedback.rows)
        if (r.responses > 0 && !r.suppressed)
            rows << r;
    struct Question
    {
        QString name;
        std::optional<qint64> FeedbackRow::*rate;
    };
    const QList<Question> questions = {{tr("Met needs"), &FeedbackRow::metNeeds},
                                       {tr("Met expectations"), &FeedbackRow::metExpectations},
                                       {tr("Learned something usable"), &FeedbackRow::learnedUsable},
                                       {tr("Relevant to role"), &FeedbackRow::relevant},
                                       {tr("Would recommend"), &FeedbackRow::recommend}};
    auto* series = new QBarSeries;
    QStringList categories;
    for (const FeedbackRow& r : rows)
        categories << tr("%1 (%2 of %3)").arg(r.key).arg(r.responses).arg(r.participants);
    int n = 0;
    for (const Question& q : questions) {
        auto* set = new QBarSet(q.name);
        set->setColor(kSeries.at(n++ % kSeries.size()));
        for (const FeedbackRow& r : rows)
            *set << value(r.*(q.rate));
        series->append(set);
        const QString name = q.name;
        const auto rate = q.rate;
        connect(set, &QBarSet::hovered, this, [rows, name, rate](bool on, int index) {
            if (on && index < rows.size())
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1, %2: %3").arg(rows.at(index).key, name, rateText(rows.at(index).*rate)));
        });
        connect(set, &QBarSet::clicked, this, [this, rows](int index) {
            if (index < rows.size())
                Q_EMIT responsesRequested(rows.at(index).key);
        });
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(rows.isEmpty() ? tr("No feedback in this period")
                                   : tr("Programme (responses of participants)"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = percentAxis(tr("Per cent"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = m_feedbackView->chart();
    m_feedbackView->setChart(chart);
    delete old;
}

QString DashboardCharts::exportChart(ChartIndex which, const QString& path) const
{
    QChartView* view = this->view(which);
    const QSize size = view->size().isValid() && view->width() > 100 ? view->size() : QSize(1000, 600);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("%1: cannot write").arg(path);
        view->render(&painter, QRectF(QPoint(0, 0), size), QRect(QPoint(0, 0), size));
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : tr("%1: cannot write").arg(path);
    }
    QPixmap image(size * 2);
    image.setDevicePixelRatio(2);
    image.fill(view->palette().color(QPalette::Base));
    QPainter painter(&image);
    view->render(&painter, QRectF(QPoint(0, 0), size), QRect(QPoint(0, 0), size));
    painter.end();
    if (!image.save(path, "PNG"))
        return tr("%1: cannot write").arg(path);
    return {};
}

} // namespace arwain
