// NetworkModel: the network's members table.
#include "models/NetworkModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Records.h"
#include "models/TableModel.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

namespace arwain {

NetworkModel::NetworkModel(Workspace* workspace, QObject* parent)
    : TableModel(workspace, {DataTables::Network, DataTables::Participants, DataTables::Organisations},
                 parent)
{
    setWholeTable(true);
    reload();
}

QStringList NetworkModel::headers() const
{
    return {tr("Given name"), tr("Family name"), tr("Email"), tr("Organisation"), tr("Joined"), tr("Left")};
}

TableModel::Loader NetworkModel::loader() const
{
    return [](const Directory& directory, QList<Row>& rows, QString& error) {
        auto list = directory.network();
        if (!list) {
            error = list.error();
            return false;
        }
        for (const NetworkRow& n : list.value())
            rows.append(
                {.id = n.person.id,
                 .cells = {n.person.givenName, labels::familyName(n.person), n.person.email, n.organisation,
                           n.member.joinedOn,
                           n.member.leftOn.isValid() ? QVariant(n.member.leftOn) : QVariant(QString())}});
        return true;
    };
}

} // namespace arwain
