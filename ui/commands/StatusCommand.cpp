// StatusCommand: change statuses through EnrolmentService; undo reverts them, newest first.
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
    EnrolmentService& service = workspace()->enrolments();
    m_done.clear();
    m_doneVersions.clear();
    auto putBack = [&] {
        // Put back what this command already did, so it is all or nothing.
        for (qsizetype i = m_done.size() - 1; i >= 0; --i)
            (void)service.revertLastChange(m_done.at(i), {}, m_doneVersions.at(i));
        m_done.clear();
        m_doneVersions.clear();
    };
    for (qsizetype i = 0; i < m_enrolments.size(); ++i) {
        const qint64 id = m_enrolments.at(i);
        auto r = service.changeStatus(id, m_change.to, m_change.date, m_change.reason, m_change.note,
                                      m_seen.at(i));
        if (!r) {
            putBack();
            return r.error();
        }
        m_done << id;
        m_doneVersions << r.value().version;
    }
    if (m_change.to == Status::Deferred && m_change.resumeInCohort != 0 && m_done.size() == 1) {
        auto resumed = service.resume(m_done.first(), m_change.resumeInCohort, m_change.date, {}, m_resumeId);
        if (!resumed) {
            putBack();
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
    // Newest first, and only over this command's own changes: if someone else has changed an
    // enrolment since, the undo is refused rather than reverting their change.
    for (qsizetype i = m_done.size() - 1; i >= 0; --i) {
        auto r = service.revertLastChange(m_done.at(i), {}, m_doneVersions.at(i));
        if (!r)
            return r.error();
        // A redo applies over the undo.
        m_seen[m_enrolments.indexOf(m_done.at(i))] = r.value().version;
    }
    return {};
}

} // namespace arwain
