// ParticipantsPage: everyone, filtered by sector, region, role, programme and status; one person's
// enrolments and history; the people behind a dashboard figure.
#pragma once

#include "pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTableView;

namespace arwain {

class HistoryModel;
class ParticipantFilter;
class ParticipantModel;
class PersonEnrolmentModel;
class Workspace;

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
    // A search of a large file is being worked out on a worker thread.
    bool isSearching() const;
    QLabel* drillDownNote() const { return m_drillNote; }
    QComboBox* sectorFilter() const { return m_sector; }
    QComboBox* regionFilter() const { return m_region; }
    QComboBox* roleFilter() const { return m_role; }
    QComboBox* programmeFilter() const { return m_programme; }
    QComboBox* statusFilter() const { return m_status; }
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* exportPersonAction() const { return m_exportPerson; }
    QAction* anonymiseAction() const { return m_anonymise; }
    // The chosen person: everything held about them as JSON in `path`; erasure (after asking).
    bool exportPerson(const QString& path);
    bool anonymiseCurrent();
    QTableView* historyTable() const { return m_historyTable; }
    QTableView* enrolmentTable() const { return m_enrolmentTable; }
    QLabel* personHeader() const { return m_person; }

private:
    void applyFilters();
    void addParticipant();
    void editParticipant();
    void showCurrent();
    qint64 currentId() const;
    void askExportPerson();
    void askAnonymise();

    Workspace* m_workspace;
    bool m_editable = true;
    ParticipantModel* m_model;
    ParticipantFilter* m_filter;
    QLineEdit* m_search;
    QTimer* m_searchPause;
    QComboBox *m_sector, *m_region, *m_role, *m_programme, *m_status;
    QTableView* m_table;
    QLabel* m_person;
    QWidget* m_drill;
    QLabel* m_drillNote;
    QLabel* m_searching; // shown while a large file's participants are read or searched
    PersonEnrolmentModel* m_personEnrolments;
    HistoryModel* m_history;
    QTableView* m_enrolmentTable;
    QTableView* m_historyTable;
    QAction *m_add, *m_edit, *m_exportPerson, *m_anonymise;
};

} // namespace arwain
