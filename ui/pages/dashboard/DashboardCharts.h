// DashboardCharts: the dashboard's charts — completion rate by programme, status mix per cohort, the
// trend over reporting years, the feedback questions by programme — drawn from one set of figures, clickable,
// exportable as PNG or SVG.
#pragma once

#include "stats/DashboardFigures.h"

#include <QObject>

#include <optional>

class QChart;
class QChartView;

namespace arwain {

class DashboardCharts : public QObject
{
    Q_OBJECT
public:
    enum ChartIndex
    {
        RatesChart,
        StatusChart,
        TrendChart,
        FeedbackChart
    };

    explicit DashboardCharts(QObject* parent = nullptr);
    // The views, for the page to lay out; each belongs to whichever widget it is added to.
    QChartView* view(ChartIndex which) const;
    QChart* chart(ChartIndex which) const;
    void showFigures(const DashboardFigures& f, const QString& definitionName);
    // Writes a chart as PNG, or SVG when the path ends in .svg; an error message, or empty when done.
    QString exportChart(ChartIndex which, const QString& path) const;

Q_SIGNALS:
    // The people behind a figure: a programme, cohort or breakdown key, with a status or everyone.
    void drillDownRequested(arwain::Breakdown by, const QString& key, std::optional<arwain::Status> status);
    // The feedback responses behind a programme's bar.
    void responsesRequested(const QString& programme);

private:
    void showRates();
    void showStatusMix();
    void showTrend();
    void showFeedback();

    DashboardFigures m_figures;
    QString m_definitionName;
    QChartView *m_ratesView, *m_statusView, *m_trendView, *m_feedbackView;
};

} // namespace arwain
