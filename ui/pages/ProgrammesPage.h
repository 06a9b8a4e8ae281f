// ProgrammesPage: programmes and their cohorts in a tree, a cohort's enrolments, and the day-to-day
// changes a coordinator makes to them.
#pragma once

#include "models/CohortTreeModel.h"
#include "pages/Page.h"
#include "stats/StatsResult.h"

#include <QHash>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace arwain {

class AttendanceTab;
class EnrolmentModel;
class FeedbackTab;
class SessionsTab;
class Workspace;

class ProgrammesPage : public Page
{
    Q_OBJECT
public:
    explicit ProgrammesPage(Workspace* workspace, QWidget* parent = nullptr);
    QTableView* currentTable() const override;
    void focusSearch() override;
    void setEditable(bool editable) override;

    // For tests and the keyboard: select a cohort by code.
    bool selectCohort(const QString& code);
    // "enrolments", "sessions", "attendance" or "feedback"; false for another word.
    bool showTab(const QString& name);
    qint64 currentCohort() const { return m_cohort; }
    QTreeView* tree() const { return m_tree; }
    QTableView* enrolmentTable() const { return m_table; }
    CohortTreeModel* treeModel() const { return m_treeModel; }
    // Whether the tree is being read on a worker thread (large files); it shows the last read meanwhile.
    bool isReadingTree() const { return m_treeGeneration != m_treeShown; }
    QAction* addCohortAction() const { return m_addCohort; }
    QAction* editCohortAction() const { return m_editCohort; }
    QAction* enrolAction() const { return m_enrol; }
    QAction* completeAction() const { return m_complete; }
    QAction* deferAction() const { return m_defer; }
    QAction* withdrawAction() const { return m_withdraw; }
    QAction* placeAction() const { return m_place; }
    QAction* revertAction() const { return m_revert; }
    QList<QAction*> editActions() const;
    QLabel* cohortHeader() const { return m_header; }
    QTabWidget* cohortTabs() const { return m_tabs; }
    SessionsTab* sessionsTab() const { return m_sessions; }
    AttendanceTab* attendanceTab() const { return m_attendance; }
    FeedbackTab* feedbackTab() const { return m_feedback; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitTree();
    void reloadTree();
    void showTree(Result<QList<CohortTreeModel::Branch>> branches);
    void showSelection();
    void updateActions();
    QList<qint64> selectedEnrolments() const;
    // The row versions of the selected enrolments as shown, in the same order.
    QList<qint64> selectedVersions() const;
    void addCohort();
    void editCohort();
    void enrol();
    void complete();
    void changeWithDialog(int status);
    void givePlace();
    void revert();
    void importSurvey(qint64 cohortId);

    Workspace* m_workspace;
    bool m_editable = true;
    qint64 m_cohort = 0;
    qint64 m_programme = 0;
    CohortTreeModel* m_treeModel;
    QTreeView* m_tree;
    QLabel* m_header;
    QLineEdit* m_search;
    EnrolmentModel* m_enrolments;
    QSortFilterProxyModel* m_filter;
    QTableView* m_table;
    QSplitter* m_split = nullptr;
    QTabWidget* m_tabs;
    SessionsTab* m_sessions;
    AttendanceTab* m_attendance;
    FeedbackTab* m_feedback;
    int m_treeGeneration = 0; // the newest read of the tree
    int m_treeShown = 0;      // the read on show
    QString m_pendingCohort;  // chosen (by code) while the tree was being read
    QAction *m_addCohort, *m_editCohort, *m_enrol, *m_complete, *m_defer, *m_withdraw, *m_place, *m_revert;
};

} // namespace arwain
