// SessionCommand: adding, changing or removing a session; undo puts it back as it was, with its marks.
#pragma once

#include "commands/EditCommand.h"
#include "domain/Records.h"
#include "services/SessionService.h"

#include <optional>

namespace arwain {

class SessionCommand : public EditCommand
{
public:
    enum class Kind
    {
        Save,
        Remove
    };
    // Save: `before` empty for an addition. Remove: `after` is the session to remove.
    SessionCommand(Workspace* workspace, Kind kind, std::optional<Session> before, Session after,
                   const QString& text);

protected:
    QString apply() override;
    QString revert() override;

private:
    Kind m_kind;
    std::optional<Session> m_before;
    Session m_after;
    RemovedSession m_removed; // what a removal (or the undo of an addition) took away
};

} // namespace arwain
