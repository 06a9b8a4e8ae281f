// DashboardTiles: a tile per programme — its completion rate, definition and counts, each count a link
// to the people behind it.
#pragma once

#include "stats/StatsQuery.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace arwain {

struct DashboardFigures;
class Workspace;

class DashboardTiles : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardTiles(Workspace* workspace, QWidget* parent = nullptr);
    void showFigures(const DashboardFigures& f);
    QLabel* tile(const QString& programme) const;

Q_SIGNALS:
    // The people behind a figure: a programme, cohort or breakdown key, with a status or everyone.
    void drillDownRequested(arwain::Breakdown by, const QString& key, std::optional<arwain::Status> status);

private:
    Workspace* m_workspace;
    QGridLayout* m_tiles;
};

} // namespace arwain
