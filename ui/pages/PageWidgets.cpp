// PageWidgets: tables, search boxes and filter boxes set up the same way on every page.
#include "pages/PageWidgets.h"

#include "models/TableModel.h"

#include "models/SortForwardingProxy.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QWidget>
#include <memory>

namespace arwain {

QSortFilterProxyModel* sortingProxy(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new SortForwardingProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}

QComboBox* filterCombo(const QString& all, const QString& name)
{
    auto* box = new QComboBox;
    box->addItem(all, QString());
    box->setAccessibleName(name);
    return box;
}

void keepSelection(QTableView* view)
{
    // The ids of the selected rows and of the current one, read just before the model reloads.
    struct Kept
    {
        QSet<qint64> selected;
        qint64 current = 0;
        int column = 0;
    };
    auto kept = std::make_shared<Kept>();
    QAbstractItemModel* model = view->model();
    auto remember = [view, kept] {
        if (!view->selectionModel())
            return;
        kept->selected.clear();
        for (const QModelIndex& i : view->selectionModel()->selectedRows())
            kept->selected.insert(i.data(TableModel::IdRole).toLongLong());
        kept->current = view->currentIndex().data(TableModel::IdRole).toLongLong();
        kept->column = std::max(0, view->currentIndex().column());
    };
    auto restore = [view, kept] {
        QAbstractItemModel* m = view->model();
        if (!m || !view->selectionModel() || (kept->selected.isEmpty() && kept->current == 0))
            return;
        QItemSelection selection;
        QModelIndex current;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            const qint64 id = i.data(TableModel::IdRole).toLongLong();
            if (kept->selected.contains(id))
                selection.select(i, m->index(r, m->columnCount() - 1));
            if (id == kept->current)
                current = m->index(r, kept->column);
        }
        if (current.isValid())
            view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (current.isValid())
            view->scrollTo(current);
    };
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, remember);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, restore);
}

QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(140);
    keepSelection(view);
    return view;
}

QLineEdit* makeSearch(const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setAccessibleName(QObject::tr("Search"));
    return edit;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A read-only table of text; every column after the first holds numbers, so is right-aligned.
void fillTextTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < rows.at(i).size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(i).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(i, c, item);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace arwain
