// EnrolCommand: enrol through EnrolmentService, keeping the ids across undo and redo.
#include "commands/EnrolCommand.h"

#include "Workspace.h"
#include "commands/EditCommand.h"
#include "domain/Records.h"
#include "services/EnrolmentService.h"

namespace arwain {

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

} // namespace arwain
