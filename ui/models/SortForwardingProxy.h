// SortForwardingProxy: filters in the proxy, sorting passed on to the TableModel underneath.
#pragma once

#include <QSortFilterProxyModel>

namespace arwain {

// Filters in the proxy; sorting goes to the TableModel underneath, which sorts all its rows.
class SortForwardingProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortForwardingProxy(QObject* parent = nullptr);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
};

} // namespace arwain
