// StatusCommand: change statuses through EnrolmentService, all in one transaction; undo reverts them.
#include "commands/StatusCommand.h"

#include "Workspace.h"
#include "commands/EditCommand.h"
#include "services/EnrolmentService.h"

namespace arwain {

StatusCommand::StatusCommand(Workspace* workspace, QList<qint64> enrolments, Change change,
                             const QString& text, QList<qint64> seenVersions)
    : EditCommand(workspace, text), m_enrolments(std::move(enrolments)), m_change(std::move(change)),
      m_seen(std::move(seenVersions))
{
    if (m_seen.size() != m_enrolments.size())
        m_seen = QList<qint64>(m_enrolments.size(), 0);
}

QString StatusCommand::apply()
{
    // One service call, one transaction: every enrolment changes, or none does.
    auto changed =
        workspace()->enrolments().changeStatuses(m_enrolments, m_change.to, m_change.date, m_change.reason,
                                                 m_change.note, m_seen, m_change.resumeInCohort, m_resumeId);
    if (!changed)
        return changed.error();
    m_done = m_enrolments;
    m_doneVersions.clear();
    for (qsizetype i = 0; i < m_enrolments.size(); ++i)
        m_doneVersions << changed.value().at(i).version;
    if (changed.value().size() > m_enrolments.size())
        m_resumeId = changed.value().last().id;
    return {};
}

QString StatusCommand::revert()
{
    // Only this command's own changes, in one transaction: if someone else has changed an enrolment
    // since, the whole undo is refused rather than reverting their change.
    auto reverted = workspace()->enrolments().revertLastChanges(m_done, m_doneVersions, m_resumeId);
    if (!reverted)
        return reverted.error();
    // A redo applies over the undo.
    for (const Enrolment& e : reverted.value())
        m_seen[m_enrolments.indexOf(e.id)] = e.version;
    return {};
}

} // namespace arwain
