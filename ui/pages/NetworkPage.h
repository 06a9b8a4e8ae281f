// NetworkPage: the members of the leadership network, joined and left.
#pragma once

#include "pages/Page.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace arwain {

class NetworkModel;
class Workspace;

class NetworkPage : public Page
{
    Q_OBJECT
public:
    explicit NetworkPage(Workspace* workspace, QWidget* parent = nullptr);
    QTableView* currentTable() const override { return m_table; }
    void focusSearch() override;

private:
    NetworkModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace arwain
