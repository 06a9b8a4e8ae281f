// MarksCommand: SessionService::setMarks returns the changes that undo it.
#include "commands/MarksCommand.h"

#include "Workspace.h"

namespace arwain {

MarksCommand::MarksCommand(Workspace* workspace, QList<MarkChange> changes, const QString& text)
    : EditCommand(workspace, text), m_changes(std::move(changes))
{
}

QString MarksCommand::apply()
{
    auto undo = workspace()->sessions().setMarks(m_changes);
    if (!undo)
        return undo.error();
    m_undo = undo.value();
    return {};
}

QString MarksCommand::revert()
{
    return errorOf(workspace()->sessions().setMarks(m_undo));
}

} // namespace arwain
