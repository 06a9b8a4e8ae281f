// OrganisationsPage: the organisations table, adding and editing one.
#include "pages/OrganisationsPage.h"

#include "Labels.h"
#include "Workspace.h"
#include "commands/SaveCommand.h"
#include "dialogs/OrganisationDialog.h"
#include "domain/Records.h"
#include "models/OrganisationModel.h"
#include "pages/Page.h"
#include "pages/PageWidgets.h"
#include "services/Directory.h"
#include "widgets/ActionBar.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace arwain {

OrganisationsPage::OrganisationsPage(Workspace* workspace, QWidget* parent)
    : Page(parent), m_workspace(workspace)
{
    m_model = new OrganisationModel(workspace, this);
    m_filter = sortingProxy(m_model, this);
    m_search = makeSearch(tr("Search organisations (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->fetchAll();
        m_filter->setFilterFixedString(text);
    });
    auto* tools = new ActionBar(tr("Organisation actions"));
    m_add = tools->addAction(tr("Add organisation…"), this, [this] { edit(true); });
    m_edit = tools->addAction(tr("Edit organisation…"), this, [this] { edit(false); });
    m_table = makeTable(m_filter, tr("Organisations"));
    m_table->sortByColumn(OrganisationModel::Name, Qt::AscendingOrder);
    // The names take the room the window gives; the counts at the end need only their digits.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OrganisationModel::Name, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { setEditable(m_editable); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            edit(false);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(tools);
    layout->addWidget(m_table, 1);
    setEditable(true);
}

void OrganisationsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrganisationsPage::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && m_table->currentIndex().isValid());
}

void OrganisationsPage::edit(bool adding)
{
    std::optional<Organisation> before;
    if (!adding) {
        const qint64 id = m_model->idFromIndex(m_filter->mapToSource(m_table->currentIndex()));
        auto found = m_workspace->directory().organisation(id);
        if (!found || !found.value())
            return;
        before = *found.value();
    }
    auto* dialog = new OrganisationDialog(m_workspace, before.value_or(Organisation{}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        m_workspace->undoStack()->push(
            new SaveOrganisationCommand(m_workspace, before, dialog->organisation(),
                                        before ? tr("Edit %1").arg(before->name) : tr("Add organisation")));
    });
    dialog->open();
}

} // namespace arwain
