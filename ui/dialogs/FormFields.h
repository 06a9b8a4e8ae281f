// FormFields: form widgets set up the same way in every dialog — listed values in combo boxes, dates,
// named fields for screen readers.
#pragma once

#include "domain/Terms.h"

#include <QComboBox>

#include <algorithm>

class QDate;
class QLineEdit;
class QString;

namespace arwain {

class DateField;

// Fills a combo box with a listed value's labels; the canonical words are the item data.
template <typename E> void fillCombo(QComboBox* box, bool withBlank);

template <typename E> E comboValue(const QComboBox* box, E fallback)
{
    return fromText<E>(box->currentData().toString()).value_or(fallback);
}

template <typename E> void selectValue(QComboBox* box, E value)
{
    const int i = box->findData(toText(value));
    box->setCurrentIndex(std::max(i, 0));
}

// A date field with a calendar, written YYYY-MM-DD; today when `date` is null.
DateField* dateEdit(const QDate& date, const QString& name);
QLineEdit* lineEdit(const QString& text, const QString& name);

// Gives a widget its accessible name and returns it, for use inside form layouts.
template <typename W> W* named(W* widget, const QString& name)
{
    widget->setAccessibleName(name);
    return widget;
}

} // namespace arwain
