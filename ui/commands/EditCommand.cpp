// EditCommand: redo and undo, with failures reported to the workspace.
#include "commands/EditCommand.h"

#include "Workspace.h"

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

} // namespace arwain
