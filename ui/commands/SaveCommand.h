// SaveCommand: adding or editing a cohort, participant or organisation; undo restores or removes it.
#pragma once

#include "commands/EditCommand.h"
#include "domain/Records.h"

#include <optional>

namespace arwain {

class Workspace;

// Adding (no `before`) or editing a cohort, participant or organisation.
template <typename T> class SaveCommand : public EditCommand
{
public:
    SaveCommand(Workspace* workspace, std::optional<T> before, T after, const QString& text)
        : EditCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    const T& saved() const { return m_after; }

protected:
    QString apply() override;
    QString revert() override;

private:
    std::optional<T> m_before;
    T m_after;
};

using SaveCohortCommand = SaveCommand<Cohort>;
using SaveParticipantCommand = SaveCommand<Participant>;
using SaveOrganisationCommand = SaveCommand<Organisation>;

} // namespace arwain
