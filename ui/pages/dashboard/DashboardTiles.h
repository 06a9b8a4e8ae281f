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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Gives each word-wrapped tile the height its text needs at its width (a grid layout does not ask
    // a label's height for its width, and cut the last lines off: the links, "Eventual completion").
    void fitHeights();
    void addAttendanceTiles(const DashboardFigures& f, int firstRow);

    Workspace* m_workspace;
    QGridLayout* m_tiles;
};

} // namespace arwain
