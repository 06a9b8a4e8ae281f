// SortForwardingProxy: case-insensitive filtering over every column; sorting done by the model.
#include "models/SortForwardingProxy.h"

namespace arwain {

SortForwardingProxy::SortForwardingProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void SortForwardingProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

} // namespace arwain
