// StatusDialog: Defer… or Withdraw…, with a reason, the date, a note and a cohort to resume in.
#pragma once

#include "domain/Terms.h"

#include <QDate>
#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace arwain {

class DateField;

class Workspace;

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
    DateField* m_date;
    QLineEdit* m_note;
    QComboBox* m_resume = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace arwain
