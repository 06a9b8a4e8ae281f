// DashboardFilterBar: the dashboard's filters — reporting year or dates, programme, region, sector,
// role, delivery mode, definition, "as at" — turned into a StatsQuery; and the export buttons.
#pragma once

#include "stats/StatsQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace arwain {

class DateField;

class Workspace;

class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardFilterBar(Workspace* workspace, QWidget* parent = nullptr);

    StatsQuery query() const;
    // Chooses a reporting year by its first year (2024: 2024 to 2025), if it has cohorts.
    void setYear(int firstYear);
    // The chosen definition's name, as shown in the box.
    QString definitionName() const;

    QComboBox* yearBox() const { return m_year; }
    QComboBox* definitionBox() const { return m_definition; }
    QComboBox* programmeBox() const { return m_programme; }
    QComboBox* regionBox() const { return m_region; }
    QCheckBox* asAtBox() const { return m_asAtOn; }
    DateField* asAtEdit() const { return m_asAt; }

Q_SIGNALS:
    void changed();
    void exportChartRequested();
    void exportFiguresRequested();

private:
    void fillYears();
    void onChange();

    Workspace* m_workspace;
    QComboBox *m_year, *m_programme, *m_region, *m_sector, *m_role, *m_mode, *m_definition;
    DateField *m_from, *m_to, *m_asAt;
    QCheckBox* m_asAtOn;
    QLabel* m_definitionText;
};

} // namespace arwain
