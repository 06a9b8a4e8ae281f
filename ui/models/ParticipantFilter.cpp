// ParticipantFilter: which participants pass the search text, the filters and a drill-down.
#include "models/ParticipantFilter.h"

#include "domain/Records.h"
#include "models/ParticipantModel.h"
#include "models/TableModel.h"

#include <algorithm>

namespace arwain {

bool ParticipantFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    auto cell = [&](int column) { return sourceModel()->index(row, column, parent).data().toString(); };
    if (only && !only->contains(sourceModel()->index(row, 0, parent).data(TableModel::IdRole).toLongLong()))
        return false;
    if (!sector.isEmpty() && cell(ParticipantModel::Sector) != sector)
        return false;
    if (!region.isEmpty() && cell(ParticipantModel::Region) != region)
        return false;
    if (!role.isEmpty() && cell(ParticipantModel::Role) != role)
        return false;
    if (!programme.isEmpty() || !status.isEmpty()) {
        const QStringList enrolments =
            sourceModel()->index(row, 0, parent).data(TableModel::FilterRole).toString().split(u';');
        const bool any = std::any_of(enrolments.cbegin(), enrolments.cend(), [&](const QString& e) {
            const QString code = e.section(u':', 0, 0), st = e.section(u':', 1);
            return (programme.isEmpty() || code == programme) && (status.isEmpty() || st == status);
        });
        if (!any)
            return false;
    }
    if (text.isEmpty())
        return true;
    for (int c : {ParticipantModel::GivenName, ParticipantModel::FamilyName, ParticipantModel::Email,
                  ParticipantModel::Organisation})
        if (cell(c).contains(text, Qt::CaseInsensitive))
            return true;
    const QString fullName = cell(ParticipantModel::GivenName) + u' ' + cell(ParticipantModel::FamilyName);
    return fullName.contains(text, Qt::CaseInsensitive);
}

} // namespace arwain
