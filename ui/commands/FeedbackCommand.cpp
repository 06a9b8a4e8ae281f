// FeedbackCommand: through FeedbackService; a redone addition comes back under its first id.
#include "commands/FeedbackCommand.h"

#include "Workspace.h"
#include "services/FeedbackService.h"

namespace arwain {

FeedbackCommand::FeedbackCommand(Workspace* workspace, std::optional<Feedback> before,
                                 std::optional<Feedback> after, const QString& text)
    : EditCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after))
{
}

QString FeedbackCommand::change(const std::optional<Feedback>& from, std::optional<Feedback>& to)
{
    FeedbackService& service = workspace()->feedback();
    if (!to)
        return errorOf(service.remove(from->id));
    if (!from && to->id != 0) // back under the id it had
        return errorOf(service.restore(*to));
    auto saved = service.save(*to);
    if (!saved)
        return saved.error();
    to = saved.value();
    return {};
}

QString FeedbackCommand::apply()
{
    return change(m_before, m_after);
}

QString FeedbackCommand::revert()
{
    return change(m_after, m_before);
}

} // namespace arwain
