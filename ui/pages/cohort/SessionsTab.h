// SessionsTab: a cohort's sessions in date order, like a calendar list (date, time, kind, title,
// facilitator, venue, for whom, attendance), with add, edit, delete and "take register". It shows the
// sheet of the cohort's AttendanceModel, so a cohort's sheet is built once for both tabs.
#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableWidget;

namespace arwain {

class AttendanceModel;
class Workspace;

class SessionsTab : public QWidget
{
    Q_OBJECT
public:
    // `sheets` is the attendance tab's model: it reloads on every change of sessions, registers and
    // enrolments, and this tab follows it.
    SessionsTab(Workspace* workspace, AttendanceModel* sheets, QWidget* parent = nullptr);
    void setCohort(qint64 cohortId);
    void setEditable(bool editable);

    QTableWidget* table() const { return m_table; }
    QAction* addSessionAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* registerAction() const { return m_register; }
    qint64 currentSession() const;

Q_SIGNALS:
    void registerRequested(qint64 sessionId);

private:
    void reload();
    void updateActions();
    void addSession();
    void editSession();
    void deleteSession();
    std::optional<Session> sessionNamed(qint64 id) const;

    Workspace* m_workspace;
    AttendanceModel* m_sheets;
    qint64 m_cohort = 0;
    bool m_editable = true;
    QTableWidget* m_table;
    QLabel* m_empty;
    QAction *m_add, *m_edit, *m_delete, *m_register;
};

} // namespace arwain
