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
    StatusCommand(Workspace* workspace, QList<qint64> enrolments, Change change, const QString& text);

protected:
    QString apply() override;
    QString revert() override;

private:
    QList<qint64> m_enrolments;
    Change m_change;
    QList<qint64> m_done;
    qint64 m_resumeId = 0;
};

} // namespace arwain
