// PageWidgets: tables, search boxes and filter boxes set up the same way on every page.
#pragma once

#include "Labels.h"

#include <QComboBox>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QWidget;

namespace arwain {

// A searchable, sortable table view set up the same way everywhere.
QTableView* makeTable(QAbstractItemModel* model, const QString& accessibleName, QWidget* parent = nullptr);
// After the table's model reloads (a status change, an edit elsewhere), the same records are selected
// and the current one is scrolled into view again: rows are known by their TableModel::IdRole.
void keepSelection(QTableView* view);
QLineEdit* makeSearch(const QString& placeholder, QWidget* parent = nullptr);
// A proxy that filters and passes sorting on to the TableModel underneath.
QSortFilterProxyModel* sortingProxy(QAbstractItemModel* source, QObject* parent);
// A filter box whose first item, `all`, has no value.
QComboBox* filterCombo(const QString& all, const QString& name);
// A label whose mnemonic (&) moves the focus to `buddy`.
QLabel* buddyLabel(const QString& text, QWidget* buddy);
// A read-only table of text; every column after the first holds numbers, so is right-aligned.
void fillTextTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows);
// A listed value's labels as filter items.
template <typename E> void addLabels(QComboBox* box)
{
    for (const auto& [value, words] : Terms<E>::list)
        box->addItem(labels::of(value), labels::of(value));
}

} // namespace arwain
