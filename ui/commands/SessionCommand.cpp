// SessionCommand: through SessionService; a redone addition comes back under its first id.
#include "commands/SessionCommand.h"

#include "Workspace.h"

namespace arwain {

SessionCommand::SessionCommand(Workspace* workspace, Kind kind, std::optional<Session> before, Session after,
                               const QString& text)
    : EditCommand(workspace, text), m_kind(kind), m_before(std::move(before)), m_after(std::move(after))
{
}

QString SessionCommand::apply()
{
    SessionService& service = workspace()->sessions();
    if (m_kind == Kind::Remove) {
        auto removed = service.remove(m_after.id);
        if (!removed)
            return removed.error();
        m_removed = removed.value();
        return {};
    }
    if (!m_before && m_removed.session.id != 0) // redo of an addition
        return errorOf(service.restore(m_removed));
    auto saved = service.save(m_after);
    if (!saved)
        return saved.error();
    m_after = saved.value();
    return {};
}

QString SessionCommand::revert()
{
    SessionService& service = workspace()->sessions();
    if (m_kind == Kind::Remove)
        return errorOf(service.restore(m_removed));
    if (m_before)
        return errorOf(service.save(*m_before));
    auto removed = service.remove(m_after.id);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

} // namespace arwain
