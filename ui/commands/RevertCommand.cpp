// RevertCommand: revert through EnrolmentService; undo records the reverted change again.
#include "commands/RevertCommand.h"

#include "Workspace.h"
#include "commands/EditCommand.h"
#include "domain/Lifecycle.h"
#include "domain/Records.h"
#include "services/EnrolmentService.h"

namespace arwain {

RevertCommand::RevertCommand(Workspace* workspace, qint64 enrolmentId)
    : EditCommand(workspace, tr("Revert last change")), m_enrolment(enrolmentId)
{
}

QString RevertCommand::apply()
{
    auto history = workspace()->enrolments().history(m_enrolment);
    if (!history)
        return history.error();
    const QList<StatusChange> standing = Lifecycle::standingChanges(history.value());
    if (!standing.isEmpty())
        m_reverted = standing.last();
    return errorOf(workspace()->enrolments().revertLastChange(m_enrolment));
}

QString RevertCommand::revert()
{
    if (!m_reverted)
        return tr("nothing to restore");
    return errorOf(workspace()->enrolments().changeStatus(
        m_enrolment, m_reverted->to, m_reverted->effectiveDate, m_reverted->reason, m_reverted->note));
}

} // namespace arwain
