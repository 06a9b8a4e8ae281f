// EditCommand: the base of every undoable edit — runs it through a core service, reports a failure
// and keeps only edits that happened in the undo history.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace arwain {

class Workspace;

// The base runs the edit; a failure is reported to the workspace and the command made obsolete, so
// the undo history only ever holds edits that happened.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(arwain::EditCommand)
public:
    EditCommand(Workspace* workspace, const QString& text) : QUndoCommand(text), m_workspace(workspace) {}
    void redo() final;
    void undo() final;
    bool succeeded() const { return !isObsolete(); }

protected:
    // Each returns an error message, or an empty string when done.
    virtual QString apply() = 0;
    virtual QString revert() = 0;
    Workspace* workspace() const { return m_workspace; }
    // The message of a failed core result, or an empty string.
    template <typename T> static QString errorOf(const Result<T>& r) { return r ? QString() : r.error(); }

private:
    Workspace* m_workspace;
};

} // namespace arwain
