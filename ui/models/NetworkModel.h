// NetworkModel: the members of the leadership network.
#pragma once

#include "models/TableModel.h"

#include <QList>

namespace arwain {

class Workspace;

class NetworkModel : public TableModel
{
    Q_OBJECT
public:
    enum Column
    {
        GivenName,
        FamilyName,
        Email,
        Organisation,
        Joined,
        Left,
        ColumnCount
    };
    explicit NetworkModel(Workspace* workspace, QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    Loader loader() const override;
};

} // namespace arwain
