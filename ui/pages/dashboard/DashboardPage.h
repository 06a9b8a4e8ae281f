// DashboardPage: completion rates at a glance — filters, a tile per programme, charts, breakdowns,
// drill-down to the people behind any figure, and exports. Figures are computed off the UI thread.
#pragma once

#include "pages/Page.h"
#include "pages/dashboard/DashboardCharts.h"
#include "stats/DashboardFigures.h"

#include <QThread>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QStandardItemModel;
class QTableWidget;
class QTabWidget;

namespace arwain {

class DateField;

class BreakdownPanel;
class DashboardFilterBar;
class DashboardTiles;
class DashboardWorker;
class FeedbackPanel;
class Workspace;

class DashboardPage : public Page
{
    Q_OBJECT
public:
    using ChartIndex = DashboardCharts::ChartIndex;
    static constexpr ChartIndex RatesChart = DashboardCharts::RatesChart;
    static constexpr ChartIndex StatusChart = DashboardCharts::StatusChart;
    static constexpr ChartIndex TrendChart = DashboardCharts::TrendChart;
    static constexpr ChartIndex FeedbackChart = DashboardCharts::FeedbackChart;

    explicit DashboardPage(Workspace* workspace, QWidget* parent = nullptr);
    ~DashboardPage() override;
    QTableView* currentTable() const override;

    StatsQuery query() const;
    const DashboardFigures& figures() const { return m_figures; }
    bool isUpToDate() const { return m_shown == m_requested; }
    QChart* chart(ChartIndex which) const;
    QLabel* tile(const QString& programme) const;
    QLabel* attendanceTile(const QString& programme) const;
    QComboBox* yearBox() const;
    QComboBox* definitionBox() const;
    QComboBox* programmeBox() const;
    QComboBox* regionBox() const;
    QTableWidget* feedbackTable() const;
    QTableWidget* breakdownTable() const;
    QLabel* networkLabel() const;
    QCheckBox* asAtBox() const;
    DateField* asAtEdit() const;

    // Chooses a reporting year by its first year (2024: 2024 to 2025), if it has cohorts.
    void setYear(int firstYear);
    bool exportChart(ChartIndex which, const QString& path);
    bool exportFigures(const QString& path);
    // The people behind a figure: a programme, cohort or breakdown key, with a status or everyone.
    void drillDown(Breakdown by, const QString& key, std::optional<Status> status);
    // The feedback responses behind a programme's feedback figures, in a dialog (none when withheld).
    void showResponses(const QString& programme);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void updated();
    void drillDownRequested(const QList<qint64>& participants, const QString& description);
    // A dialog of responses was opened (tests reach it through this).
    void responsesShown(QDialog* dialog);
    void failed(const QString& message);

private:
    void showFigures(const DashboardFigures& f);
    void showFiguresTable();
    void askExportChart();
    void askExportFigures();

    QThread m_thread;
    DashboardWorker* m_worker;
    int m_requested = 0;
    int m_shown = 0;
    DashboardFigures m_figures;
    Workspace* m_workspace;

    DashboardFilterBar* m_filters;
    QLabel* m_status;
    DashboardTiles* m_tiles;
    QTabWidget* m_tabs;
    DashboardCharts* m_charts;
    BreakdownPanel* m_breakdown;
    FeedbackPanel* m_feedback;
    QTableView* m_figuresTable;
    QStandardItemModel* m_figuresModel;
};

} // namespace arwain
