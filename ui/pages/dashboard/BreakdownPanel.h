// BreakdownPanel: the dashboard's figures by region, sector or job role, in a table whose rows open
// the people behind them.
#pragma once

#include "stats/DashboardFigures.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QTableWidget;

namespace arwain {

class BreakdownPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BreakdownPanel(QWidget* parent = nullptr);
    void showFigures(const DashboardFigures& f);
    QTableWidget* table() const { return m_breakdown; }

Q_SIGNALS:
    // The people behind a figure: a programme, cohort or breakdown key, with a status or everyone.
    void drillDownRequested(arwain::Breakdown by, const QString& key, std::optional<arwain::Status> status);

private:
    void showTable();

    DashboardFigures m_figures;
    QComboBox* m_breakdownBy;
    QTableWidget* m_breakdown;
};

} // namespace arwain
