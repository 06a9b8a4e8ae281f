// ParticipantModel: every participant with their organisation, sector, region, role and programmes.
#pragma once

#include "models/TableModel.h"

#include <QList>

namespace arwain {

class Workspace;

class ParticipantModel : public TableModel
{
    Q_OBJECT
public:
    enum Column
    {
        GivenName,
        FamilyName,
        Email,
        Organisation,
        Sector,
        Region,
        Role,
        Language,
        Programmes,
        ColumnCount
    };
    explicit ParticipantModel(Workspace* session, QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    Loader loader() const override;
};

} // namespace arwain
