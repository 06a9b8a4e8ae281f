// DashboardTiles: a tile per programme — its completion rate, definition and counts, each count a link
// to the people behind it — then an attendance tile per programme that holds sessions.
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
    QLabel* attendanceTile(const QString& programme) const;

Q_SIGNALS:
    // The people behind a figure: a programme, cohort or breakdown key, with a status or everyone.
    void drillDownRequested(arwain::Breakdown by, const QString& key, std::optional<arwain::Status> status);

private:
    void addAttendanceTiles(const DashboardFigures& f, int firstRow);

    Workspace* m_workspace;
    QGridLayout* m_tiles;
};

} // namespace arwain
