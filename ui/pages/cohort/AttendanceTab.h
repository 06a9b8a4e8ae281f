// AttendanceTab: a cohort's attendance grid, its rates, and the programme's attendance rule with the
// one action it offers: mark the people who meet it as completed (confirmed, undoable).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace arwain {

class AttendanceGrid;
class AttendanceModel;
class Workspace;

class AttendanceTab : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceTab(Workspace* workspace, QWidget* parent = nullptr);
    void setCohort(qint64 cohortId);
    void setEditable(bool editable);
    // Puts the cursor on a session's column (the register of one session), first row.
    void focusSession(qint64 sessionId);

    AttendanceGrid* grid() const { return m_grid; }
    AttendanceModel* model() const { return m_model; }
    QPushButton* completeButton() const { return m_complete; }
    QLabel* summary() const { return m_summary; }

private:
    void showSummary();
    void completeThoseWhoMeetTheRule();

    Workspace* m_workspace;
    AttendanceModel* m_model;
    AttendanceGrid* m_grid;
    QLabel* m_summary;
    QLabel* m_message;
    QPushButton* m_complete;
    bool m_editable = true;
};

} // namespace arwain
