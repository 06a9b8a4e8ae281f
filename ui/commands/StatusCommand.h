// StatusCommand: the same status change for one or more enrolments; undo reverts each.
#pragma once

#include "commands/EditCommand.h"
#include "domain/Terms.h"

#include <QDate>
#include <QList>
#include <QString>

namespace arwain {

class Workspace;

// The same status change for one or more enrolments (complete, withdraw, defer); a deferral may
// resume straight away in a later cohort.
class StatusCommand : public EditCommand
{
public:
    struct Change
    {
        Status to = Status::Completed;
        QDate date;
        Reason reason = Reason::Unset;
        QString note;
        qint64 resumeInCohort = 0;
    };
    // `seenVersions`: the versions of the enrolments as the user saw them (same order; empty: as they are
    // now). A change someone else made since is not overwritten: the command is refused.
    StatusCommand(Workspace* workspace, QList<qint64> enrolments, Change change, const QString& text,
                  QList<qint64> seenVersions = {});

protected:
    QString apply() override;
    QString revert() override;

private:
    QList<qint64> m_enrolments;
    Change m_change;
    QList<qint64> m_seen;
    QList<qint64> m_done;
    QList<qint64> m_doneVersions; // each enrolment's version after this command's change
    qint64 m_resumeId = 0;
};

} // namespace arwain
