// OrganisationModel: the organisations table's columns and rows.
#include "models/OrganisationModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "models/TableModel.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

namespace arwain {

OrganisationModel::OrganisationModel(Workspace* workspace, QObject* parent)
    : TableModel(workspace, {DataTables::Organisations, DataTables::Participants}, parent)
{
    setWholeTable(true);
    reload();
}

QStringList OrganisationModel::headers() const
{
    return {tr("Name"), tr("Sector"), tr("Region"), tr("Participants")};
}

TableModel::Loader OrganisationModel::loader() const
{
    return [](const Directory& directory, QList<Row>& rows, QString& error) {
        auto list = directory.organisations();
        if (!list) {
            error = list.error();
            return false;
        }
        for (const OrganisationRow& o : list.value())
            rows.append({.id = o.organisation.id,
                         .cells = {o.organisation.name, labels::of(o.organisation.sector),
                                   labels::of(o.organisation.region), o.participants}});
        return true;
    };
}

// ---- a cohort's enrolments

} // namespace arwain
