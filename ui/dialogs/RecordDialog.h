// Dialogs: adding and editing records with inline validation, the enrolment picker, defer/withdraw.
#pragma once

#include "domain/Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;

namespace arwain {

class Workspace;

// Shows the core's validation messages under the form as the user types; OK only when valid.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(Workspace* workspace, const QString& title, QWidget* parent);
    // The problems with the form as it stands ("code: cohort X already exists").
    QString problems() const;

protected:
    void finishLayout(QWidget* form);
    // Called whenever a field changes: the field name → message pairs of core validation.
    virtual QString validate() const = 0;
    void revalidate();
    Workspace* workspace() const { return m_workspace; }

private:
    Workspace* m_workspace;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

class CohortDialog : public RecordDialog
{
    Q_OBJECT
public:
    CohortDialog(Workspace* workspace, const Cohort& cohort, QWidget* parent = nullptr);
    Cohort cohort() const;

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* programmeBox() const { return m_programme; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QSpinBox* capacityBox() const { return m_capacity; }

protected:
    QString validate() const override;

private:
    Cohort m_original;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_programme;
    QDateEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateEdit* m_end;
    QComboBox* m_mode;
    QLineEdit* m_venue;
    QComboBox* m_region;
    QLineEdit* m_provider;
    QLineEdit* m_partner;
    QSpinBox* m_capacity;
    QSpinBox* m_headcount;
};

class ParticipantDialog : public RecordDialog
{
    Q_OBJECT
public:
    ParticipantDialog(Workspace* workspace, const Participant& person, QWidget* parent = nullptr);
    Participant participant() const;

    QLineEdit* givenEdit() const { return m_given; }
    QLineEdit* familyEdit() const { return m_family; }
    QLineEdit* emailEdit() const { return m_email; }

protected:
    QString validate() const override;

private:
    Participant m_original;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_email;
    QComboBox* m_organisation;
    QComboBox* m_role;
    QComboBox* m_language;
};

class OrganisationDialog : public RecordDialog
{
    Q_OBJECT
public:
    OrganisationDialog(Workspace* workspace, const Organisation& organisation, QWidget* parent = nullptr);
    Organisation organisation() const;
    QLineEdit* nameEdit() const { return m_name; }

protected:
    QString validate() const override;

private:
    Organisation m_original;
    QLineEdit* m_name;
    QComboBox* m_sector;
    QComboBox* m_region;
};

// Choose one or many participants to enrol, searching by name, email or organisation.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(Workspace* workspace, qint64 cohortId, QWidget* parent = nullptr);
    QList<qint64> chosen() const;
    QDate date() const;

    QLineEdit* searchEdit() const { return m_search; }
    QListView* list() const { return m_list; }

private:
    void updateSummary();
    QStandardItemModel* m_people;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QListView* m_list;
    QDateEdit* m_date;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    int m_free = -1; // places left, -1 when the cohort has no capacity
};

// Defer… or Withdraw…: a reason (required), the date, a note, and for a deferral a later cohort to
// resume in.
class StatusDialog : public QDialog
{
    Q_OBJECT
public:
    StatusDialog(Workspace* workspace, Status to, qint64 cohortId, int count, QWidget* parent = nullptr);
    Reason reason() const;
    QDate date() const;
    QString note() const;
    qint64 resumeCohort() const;

    QComboBox* reasonBox() const { return m_reason; }
    QComboBox* resumeBox() const { return m_resume; }

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
    QLineEdit* m_note;
    QComboBox* m_resume = nullptr;
    QDialogButtonBox* m_buttons;
};

// Fills a combo box with a listed value's labels; the canonical words are the item data.
template <typename E> void fillCombo(QComboBox* box, bool withBlank);

} // namespace arwain
