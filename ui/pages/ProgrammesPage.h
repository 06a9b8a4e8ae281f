// Pages: the sidebar's pages. Each knows its table (for Export current view) and its search box (Ctrl+F).
#pragma once

#include "stats/Statistics.h"

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace arwain {

class Workspace;
class EnrolmentModel;
class ParticipantModel;
class OrganisationModel;
class NetworkModel;
class PersonEnrolmentModel;
class HistoryModel;
class ParticipantFilter;

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The table that "Export current view…" writes, or null.
    virtual QTableView* currentTable() const { return nullptr; }
    virtual void focusSearch() {}
    // Read-only files: every edit control is switched off.
    virtual void setEditable(bool) {}

Q_SIGNALS:
    void showParticipant(qint64 id);
};

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
    qint64 currentCohort() const { return m_cohort; }
    QTreeView* tree() const { return m_tree; }
    QTableView* enrolmentTable() const { return m_table; }
    QStandardItemModel* treeModel() const { return m_treeModel; }
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

private:
    void reloadTree();
    void showSelection();
    void updateActions();
    QList<qint64> selectedEnrolments() const;
    void addCohort();
    void editCohort();
    void enrol();
    void complete();
    void changeWithDialog(int status);
    void givePlace();
    void revert();

    Workspace* m_workspace;
    bool m_editable = true;
    qint64 m_cohort = 0;
    qint64 m_programme = 0;
    QStandardItemModel* m_treeModel;
    QTreeView* m_tree;
    QLabel* m_header;
    QLineEdit* m_search;
    EnrolmentModel* m_enrolments;
    QSortFilterProxyModel* m_filter;
    QTableView* m_table;
    QSplitter* m_split = nullptr;
    QHash<qint64, StatsRow> m_cohortCounts; // from the last reload of the tree
    QAction *m_addCohort, *m_editCohort, *m_enrol, *m_complete, *m_defer, *m_withdraw, *m_place, *m_revert;
};

class ParticipantsPage : public Page
{
    Q_OBJECT
public:
    explicit ParticipantsPage(Workspace* workspace, QWidget* parent = nullptr);
    QTableView* currentTable() const override { return m_table; }
    void focusSearch() override;
    void setEditable(bool editable) override;
    void showPerson(qint64 id);
    // Drill-down: only these people, with a note saying which figure they are behind.
    void showOnly(const QList<qint64>& people, const QString& description);
    void showEveryone();

    QLineEdit* searchEdit() const { return m_search; }
    QLabel* drillDownNote() const { return m_drillNote; }
    QComboBox* sectorFilter() const { return m_sector; }
    QComboBox* regionFilter() const { return m_region; }
    QComboBox* roleFilter() const { return m_role; }
    QComboBox* programmeFilter() const { return m_programme; }
    QComboBox* statusFilter() const { return m_status; }
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QTableView* historyTable() const { return m_historyTable; }
    QTableView* enrolmentTable() const { return m_enrolmentTable; }
    QLabel* personHeader() const { return m_person; }

private:
    void applyFilters();
    void addParticipant();
    void editParticipant();
    void showCurrent();

    Workspace* m_workspace;
    bool m_editable = true;
    ParticipantModel* m_model;
    ParticipantFilter* m_filter;
    QLineEdit* m_search;
    QComboBox *m_sector, *m_region, *m_role, *m_programme, *m_status;
    QTableView* m_table;
    QLabel* m_person;
    QWidget* m_drill;
    QLabel* m_drillNote;
    PersonEnrolmentModel* m_personEnrolments;
    HistoryModel* m_history;
    QTableView* m_enrolmentTable;
    QTableView* m_historyTable;
    QAction *m_add, *m_edit;
};

class OrganisationsPage : public Page
{
    Q_OBJECT
public:
    explicit OrganisationsPage(Workspace* workspace, QWidget* parent = nullptr);
    QTableView* currentTable() const override { return m_table; }
    void focusSearch() override;
    void setEditable(bool editable) override;
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }

private:
    void edit(bool adding);
    Workspace* m_workspace;
    bool m_editable = true;
    OrganisationModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_table;
    QAction *m_add, *m_edit;
};

class NetworkPage : public Page
{
    Q_OBJECT
public:
    explicit NetworkPage(Workspace* workspace, QWidget* parent = nullptr);
    QTableView* currentTable() const override { return m_table; }
    void focusSearch() override;

private:
    NetworkModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
};

// A searchable, sortable table view set up the same way everywhere.
QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName, QWidget* parent = nullptr);
QLineEdit* makeSearch(const QString& placeholder, QWidget* parent = nullptr);

} // namespace arwain
