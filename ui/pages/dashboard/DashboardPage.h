// DashboardPage: completion rates at a glance — filters, a tile per programme, charts, breakdowns,
// drill-down to the people behind any figure, and exports. Figures are computed off the UI thread.
#pragma once

#include "stats/Dashboard.h"
#include "pages/ProgrammesPage.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QThread>

#include <atomic>
#include <memory>

class QCheckBox;
class QChart;
class QChartView;
class QDateEdit;
class QGridLayout;
class QTableWidget;
class QTabWidget;

namespace arwain {

// Computes dashboards in its own thread with its own read-only connection (opened once).
class DashboardWorker : public QObject
{
    Q_OBJECT
public:
    explicit DashboardWorker(QString path) : m_path(std::move(path)) {}
    ~DashboardWorker() override;
    std::atomic<int> latest{0};

public Q_SLOTS:
    void compute(int generation, const arwain::StatsQuery& query);

Q_SIGNALS:
    void computed(int generation, const arwain::DashboardFigures& figures, const QString& error);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

class DashboardPage : public Page
{
    Q_OBJECT
public:
    enum ChartIndex
    {
        RatesChart,
        StatusChart,
        TrendChart
    };

    explicit DashboardPage(Workspace* workspace, QWidget* parent = nullptr);
    ~DashboardPage() override;
    QTableView* currentTable() const override;

    StatsQuery query() const;
    const DashboardFigures& figures() const { return m_figures; }
    bool isUpToDate() const { return m_shown == m_requested; }
    QChart* chart(ChartIndex which) const;
    QLabel* tile(const QString& programme) const;
    QComboBox* yearBox() const { return m_year; }
    QComboBox* definitionBox() const { return m_definition; }
    QComboBox* programmeBox() const { return m_programme; }
    QComboBox* regionBox() const { return m_region; }
    QTableWidget* feedbackTable() const { return m_feedback; }
    QTableWidget* breakdownTable() const { return m_breakdown; }
    QLabel* networkLabel() const { return m_network; }
    QCheckBox* asAtBox() const { return m_asAtOn; }
    QDateEdit* asAtEdit() const { return m_asAt; }

    // Chooses a reporting year by its first year (2024: 2024 to 2025), if it has cohorts.
    void setYear(int firstYear);
    bool exportChart(ChartIndex which, const QString& path);
    bool exportFigures(const QString& path);
    // The people behind a figure: a programme, cohort or breakdown key, with a status or everyone.
    void drillDown(Breakdown by, const QString& key, std::optional<Status> status);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void updated();
    void drillDownRequested(const QList<qint64>& participants, const QString& description);
    void failed(const QString& message);

private:
    void fillYears();
    void show(const DashboardFigures& f);
    void showTiles();
    void showRates();
    void showStatusMix();
    void showTrend();
    void showBreakdown();
    void showFiguresTable();
    void showFeedback();
    void askExportChart();
    void askExportFigures();

    Workspace* m_workspace;
    QThread m_thread;
    DashboardWorker* m_worker;
    int m_requested = 0;
    int m_shown = 0;
    DashboardFigures m_figures;

    QComboBox *m_year, *m_programme, *m_region, *m_sector, *m_role, *m_mode, *m_definition, *m_breakdownBy;
    QDateEdit *m_from, *m_to, *m_asAt;
    QCheckBox* m_asAtOn;
    QLabel* m_definitionText;
    QLabel* m_status;
    QWidget* m_tilesBox;
    QGridLayout* m_tiles;
    QTabWidget* m_tabs;
    QChartView *m_ratesView, *m_statusView, *m_trendView;
    QTableWidget* m_breakdown;
    QTableView* m_figuresTable;
    QTableWidget* m_feedback;
    QLabel* m_network;
    class QStandardItemModel* m_figuresModel;
};

} // namespace arwain

Q_DECLARE_METATYPE(arwain::StatsQuery)
Q_DECLARE_METATYPE(arwain::DashboardFigures)
