// CohortDialog: a cohort's code, title, dates, delivery mode, capacity and venue.
#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace arwain {

class DateField;

class Workspace;

class CohortDialog : public RecordDialog
{
    Q_OBJECT
public:
    CohortDialog(Workspace* workspace, const Cohort& cohort, QWidget* parent = nullptr);
    Cohort cohort() const;

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* programmeBox() const { return m_programme; }
    DateField* startEdit() const { return m_start; }
    DateField* endEdit() const { return m_end; }
    QSpinBox* capacityBox() const { return m_capacity; }

protected:
    FieldErrors validate() const override;

private:
    Cohort m_original;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_programme;
    DateField* m_start;
    QCheckBox* m_hasEnd;
    DateField* m_end;
    QComboBox* m_mode;
    QLineEdit* m_venue;
    QComboBox* m_region;
    QLineEdit* m_provider;
    QLineEdit* m_partner;
    QSpinBox* m_capacity;
    QSpinBox* m_headcount;
};

} // namespace arwain
