// MarksCommand: attendance marks recorded or cleared together (a key press, a paste); undo puts back
// the marks there were.
#pragma once

#include "commands/EditCommand.h"
#include "services/SessionService.h"

#include <QList>

namespace arwain {

class MarksCommand : public EditCommand
{
public:
    MarksCommand(Workspace* workspace, QList<MarkChange> changes, const QString& text);

protected:
    QString apply() override;
    QString revert() override;

private:
    QList<MarkChange> m_changes;
    QList<MarkChange> m_undo;
};

} // namespace arwain
