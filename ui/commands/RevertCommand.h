// RevertCommand: "Revert last change" of one enrolment; undo makes the change again.
#pragma once

#include "commands/EditCommand.h"
#include "domain/Records.h"

#include <optional>

namespace arwain {

class Workspace;

// "Revert last change" of one enrolment; undoing it makes the change again.
class RevertCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(arwain::RevertCommand)

public:
    RevertCommand(Workspace* workspace, qint64 enrolmentId);

protected:
    QString apply() override;
    QString revert() override;

private:
    qint64 m_enrolment;
    std::optional<StatusChange> m_reverted;
};

} // namespace arwain
