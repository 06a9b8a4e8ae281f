// UndoCommands: redo applies through the services; undo uses their inverse (remove, restore, revert).
#include "commands/EditCommand.h"

#include "services/CatalogueService.h"
#include "services/EnrolmentService.h"
#include "domain/Lifecycle.h"
#include "Workspace.h"
#include "storage/Store.h"

namespace arwain {

void EditCommand::redo()
{
    if (const QString error = apply(); !error.isEmpty()) {
        setObsolete(true);
        m_workspace->reportError(error);
    }
}

void EditCommand::undo()
{
    if (const QString error = revert(); !error.isEmpty()) {
        setObsolete(true);
        m_workspace->reportError(tr("Cannot undo \"%1\": %2").arg(text(), error));
    }
}

namespace {
QString errorOf(const Result<void>& r)
{
    return r ? QString() : r.error();
}
template <typename T> QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error();
}
} // namespace

template <typename T> QString SaveCommand<T>::apply()
{
    CatalogueService& cat = workspace()->catalogue();
    if (m_before || m_after.id == 0) {
        auto saved = cat.save(m_after);
        if (!saved)
            return saved.error();
        m_after = saved.value();
        return {};
    }
    return errorOf(cat.restore(m_after)); // redo of an addition: back under its old id
}

template <typename T> QString SaveCommand<T>::revert()
{
    CatalogueService& cat = workspace()->catalogue();
    if (m_before)
        return errorOf(cat.save(*m_before));
    if constexpr (std::is_same_v<T, Cohort>)
        return errorOf(cat.removeCohort(m_after.id));
    else if constexpr (std::is_same_v<T, Participant>)
        return errorOf(cat.removeParticipant(m_after.id));
    else
        return errorOf(cat.removeOrganisation(m_after.id));
}

template class SaveCommand<Cohort>;
template class SaveCommand<Participant>;
template class SaveCommand<Organisation>;

EnrolCommand::EnrolCommand(Workspace* workspace, QList<qint64> participants, qint64 cohortId, QDate date)
    : EditCommand(workspace, tr("Enrol %n participant(s)", nullptr, int(participants.size()))),
      m_participants(std::move(participants)), m_cohort(cohortId), m_date(date)
{
}

QString EnrolCommand::apply()
{
    EnrolmentService& service = workspace()->enrolments();
    QList<Enrolment> made;
    QStringList errors;
    for (qsizetype i = 0; i < m_participants.size(); ++i) {
        auto e = service.enrol(m_participants.at(i), m_cohort, m_date, {}, m_ids.value(i));
        if (!e) {
            errors << e.error();
            continue;
        }
        made << e.value();
    }
    if (made.isEmpty())
        return errors.join(u'\n');
    if (m_ids.isEmpty()) {
        // The first time: only those enrolled belong to this command.
        m_participants.clear();
        for (const Enrolment& e : made) {
            m_participants << e.participantId;
            m_ids << e.id;
        }
    }
    m_made = made;
    if (!errors.isEmpty())
        workspace()->reportError(errors.join(u'\n'));
    return {};
}

QString EnrolCommand::revert()
{
    for (auto it = m_made.crbegin(); it != m_made.crend(); ++it)
        if (auto r = workspace()->enrolments().removeUnchanged(it->id); !r)
            return r.error();
    return {};
}

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
