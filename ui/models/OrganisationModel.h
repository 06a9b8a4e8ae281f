// OrganisationModel: every organisation with its sector, region and number of participants.
#pragma once

#include "models/TableModel.h"

#include <QList>

namespace arwain {

class Workspace;

class OrganisationModel : public TableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Sector,
        Region,
        Participants,
        ColumnCount
    };
    explicit OrganisationModel(Workspace* workspace, QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    Loader loader() const override;
};

} // namespace arwain
