// EnrolCommand: enrolling several people in a cohort; undo removes the enrolments it made.
#pragma once

#include "commands/EditCommand.h"
#include "domain/Records.h"

namespace arwain {

class Workspace;

// Enrolling several people in a cohort; each may land on the waitlist or resume a deferral.
class EnrolCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(arwain::EnrolCommand)

public:
    EnrolCommand(Workspace* workspace, QList<qint64> participants, qint64 cohortId, QDate date);
    const QList<Enrolment>& made() const { return m_made; }

protected:
    QString apply() override;
    QString revert() override;

private:
    QList<qint64> m_participants;
    qint64 m_cohort;
    QDate m_date;
    QList<qint64> m_ids; // kept across undo and redo so later commands still find them
    QList<Enrolment> m_made;
};

} // namespace arwain
