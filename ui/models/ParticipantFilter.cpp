// ParticipantFilter: which participants pass the search text, the filters and a drill-down.
#include "models/ParticipantFilter.h"

#include "domain/Records.h"
#include "models/ParticipantModel.h"
#include "models/TableModel.h"

#include <algorithm>

namespace arwain {

bool ParticipantFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    // Read straight from the rows: a keystroke filters 200,000 of them.
    const auto* table = qobject_cast<const TableModel*>(sourceModel());
    if (!table || parent.isValid())
        return false;
    const TableModel::Row& r = table->rowAt(row);
    if (only && !only->contains(r.id))
        return false;
    auto differs = [&r](int column, const QString& wanted) {
        return !wanted.isEmpty() && r.cells.at(column).toString() != wanted;
    };
    if (differs(ParticipantModel::Sector, sector) || differs(ParticipantModel::Region, region) ||
        differs(ParticipantModel::Role, role))
        return false;
    if (!programme.isEmpty() || !status.isEmpty()) {
        const QStringList enrolments = r.filterKey.split(u';');
        const bool any = std::any_of(enrolments.cbegin(), enrolments.cend(), [&](const QString& e) {
            const QString code = e.section(u':', 0, 0), st = e.section(u':', 1);
            return (programme.isEmpty() || code == programme) && (status.isEmpty() || st == status);
        });
        if (!any)
            return false;
    }
    return m_needle.isEmpty() || r.searchText.contains(m_needle);
}

} // namespace arwain
