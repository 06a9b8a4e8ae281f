// StatusCommand: change statuses through EnrolmentService; undo reverts them, newest first.
#include "commands/StatusCommand.h"

#include "Workspace.h"
#include "commands/EditCommand.h"
#include "services/EnrolmentService.h"
#include "storage/Store.h"

namespace arwain {

StatusCommand::StatusCommand(Workspace* workspace, QList<qint64> enrolments, Change change,
                             const QString& text)
    : EditCommand(workspace, text), m_enrolments(std::move(enrolments)), m_change(std::move(change))
{
}

QString StatusCommand::apply()
{
    EnrolmentService& service = workspace()->enrolments();
    m_done.clear();
    for (qint64 id : m_enrolments) {
        auto r = service.changeStatus(id, m_change.to, m_change.date, m_change.reason, m_change.note);
        if (!r) {
            // Put back what this command already did, so it is all or nothing.
            for (auto it = m_done.crbegin(); it != m_done.crend(); ++it)
                (void)service.revertLastChange(*it);
            m_done.clear();
            return r.error();
        }
        m_done << id;
    }
    if (m_change.to == Status::Deferred && m_change.resumeInCohort != 0 && m_done.size() == 1) {
        auto resumed = service.resume(m_done.first(), m_change.resumeInCohort, m_change.date, {}, m_resumeId);
        if (!resumed) {
            (void)service.revertLastChange(m_done.first());
            m_done.clear();
            return resumed.error();
        }
        m_resumeId = resumed.value().id;
    }
    return {};
}

QString StatusCommand::revert()
{
    EnrolmentService& service = workspace()->enrolments();
    if (m_resumeId != 0)
        if (auto r = service.removeUnchanged(m_resumeId); !r)
            return r.error();
    for (auto it = m_done.crbegin(); it != m_done.crend(); ++it)
        if (auto r = service.revertLastChange(*it); !r)
            return r.error();
    return {};
}

} // namespace arwain
