// AttendanceModel: a cohort's attendance sheet as a table: one row per person, their rate and rule,
// then one column per session (P, A, E, blank when not recorded, – when not applicable).
#pragma once

#include "services/SessionService.h"
#include "stats/AttendanceFigures.h"

#include <QAbstractTableModel>

namespace arwain {

class Workspace;

class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Rate,
        Rule,
        FirstSession
    };
    explicit AttendanceModel(Workspace* workspace, QObject* parent = nullptr);

    void setCohort(qint64 cohortId);
    void reload();
    const AttendanceSheet& sheet() const { return m_sheet; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The cell's state; NotApplicable outside the session columns.
    AttendanceCell cell(const QModelIndex& index) const;
    // The change that gives a cell this mark (none: clear it); none when the cell takes no mark.
    std::optional<MarkChange> change(const QModelIndex& index, std::optional<AttendanceMark> mark) const;
    // The column of a session, or -1.
    int columnOf(qint64 sessionId) const;

private:
    Workspace* m_workspace;
    qint64 m_cohort = 0;
    AttendanceSheet m_sheet;
};

} // namespace arwain
