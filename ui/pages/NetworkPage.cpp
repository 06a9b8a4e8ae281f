// NetworkPage: the network's members, searchable, with their count.
#include "pages/NetworkPage.h"

#include "Workspace.h"
#include "models/NetworkModel.h"
#include "pages/Page.h"
#include "pages/PageWidgets.h"

#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace arwain {

NetworkPage::NetworkPage(Workspace* workspace, QWidget* parent) : Page(parent)
{
    m_model = new NetworkModel(workspace, this);
    m_filter = sortingProxy(m_model, this);
    m_search = makeSearch(tr("Search network members (Ctrl+F)"));
    m_count = new QLabel;
    auto updateCount = [this] {
        m_count->setText(
            tr("%n member(s) of the compassionate leadership network", nullptr, m_model->totalRows()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    updateCount();
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->fetchAll();
        m_filter->setFilterFixedString(text);
    });
    m_table = makeTable(m_filter, tr("Network members"));
    m_table->sortByColumn(NetworkModel::FamilyName, Qt::AscendingOrder);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT showParticipant(m_model->idFromIndex(m_filter->mapToSource(index)));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
}

void NetworkPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace arwain
