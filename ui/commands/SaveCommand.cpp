// SaveCommand: save through CatalogueService; undo restores the record as it was, or removes a new one.
#include "commands/SaveCommand.h"

#include "Workspace.h"
#include "domain/Records.h"
#include "services/CatalogueService.h"

namespace arwain {

template <typename T> QString SaveCommand<T>::apply()
{
    CatalogueService& cat = workspace()->catalogue();
    if (m_before || m_after.id == 0) {
        auto saved = cat.save(m_after);
        if (!saved)
            return saved.error();
        m_after = saved.value();
        return {};
    }
    return errorOf(cat.restore(m_after)); // redo of an addition: back under its old id
}

template <typename T> QString SaveCommand<T>::revert()
{
    CatalogueService& cat = workspace()->catalogue();
    if (m_before) {
        // Back to how it was, but only over this command's own save: a change someone else made since
        // is not overwritten (the versions differ and the undo is refused).
        T before = *m_before;
        before.version = m_after.version;
        auto saved = cat.save(before);
        if (!saved)
            return saved.error();
        m_after.version = saved.value().version; // a redo applies over the undo
        return {};
    }
    if constexpr (std::is_same_v<T, Cohort>)
        return errorOf(cat.removeCohort(m_after.id));
    else if constexpr (std::is_same_v<T, Participant>)
        return errorOf(cat.removeParticipant(m_after.id));
    else
        return errorOf(cat.removeOrganisation(m_after.id));
}

template class SaveCommand<Cohort>;
template class SaveCommand<Participant>;
template class SaveCommand<Organisation>;

} // namespace arwain
