// FeedbackCommand: adding, changing or removing a feedback response; undo puts it back as it was.
#pragma once

#include "commands/EditCommand.h"
#include "domain/Records.h"

#include <optional>

namespace arwain {

class FeedbackCommand : public EditCommand
{
public:
    // `before` empty: an addition; `after` empty: a removal of `before`.
    FeedbackCommand(Workspace* workspace, std::optional<Feedback> before, std::optional<Feedback> after,
                    const QString& text);

protected:
    QString apply() override;
    QString revert() override;

private:
    // Moves the response from `from` to `to` (either may be empty).
    QString change(const std::optional<Feedback>& from, std::optional<Feedback>& to);

    std::optional<Feedback> m_before;
    std::optional<Feedback> m_after;
};

} // namespace arwain
