// OrganisationsPage: the organisations people work for, with how many participants each has.
#pragma once

#include "pages/Page.h"

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace arwain {

class OrganisationModel;
class Workspace;

class OrganisationsPage : public Page
{
    Q_OBJECT
public:
    explicit OrganisationsPage(Workspace* workspace, QWidget* parent = nullptr);
    QTableView* currentTable() const override { return m_table; }
    void focusSearch() override;
    void setEditable(bool editable) override;
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }

private:
    void edit(bool adding);
    Workspace* m_workspace;
    bool m_editable = true;
    OrganisationModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_table;
    QAction *m_add, *m_edit;
};

} // namespace arwain
