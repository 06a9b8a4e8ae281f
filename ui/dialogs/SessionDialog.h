// SessionDialog: a session's kind, date, start time, title, facilitator or speaker, venue, and (for
// one-to-one coaching) the one participant it is for.
#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace arwain {

class DateField;

class Workspace;

class SessionDialog : public RecordDialog
{
    Q_OBJECT
public:
    SessionDialog(Workspace* workspace, const Session& session, QWidget* parent = nullptr);
    Session session() const;

    QComboBox* kindBox() const { return m_kind; }
    DateField* dateEdit() const { return m_date; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* forBox() const { return m_for; }

protected:
    FieldErrors validate() const override;
    bool confirmed() override;

private:
    Session m_original;
    QComboBox* m_kind;
    DateField* m_date;
    QLabel* m_dateWarning;
    QCheckBox* m_hasTime;
    QTimeEdit* m_time;
    QLineEdit* m_title;
    QLineEdit* m_facilitator;
    QComboBox* m_venue;
    QComboBox* m_for;
};

} // namespace arwain
