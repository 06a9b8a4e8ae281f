// PageWidgets: tables, search boxes and filter boxes set up the same way on every page.
#include "pages/PageWidgets.h"

#include "models/SortForwardingProxy.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QWidget>

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
