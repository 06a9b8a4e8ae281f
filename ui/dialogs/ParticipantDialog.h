// ParticipantDialog: a person's names, email, organisation, role and preferred language.
#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

class QComboBox;
class QLineEdit;

namespace arwain {

class Workspace;

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
    FieldErrors validate() const override;

private:
    Participant m_original;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_email;
    QComboBox* m_organisation;
    QComboBox* m_role;
    QComboBox* m_language;
};

} // namespace arwain
