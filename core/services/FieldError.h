// FieldError: a problem with one field of a record, named by its CSV column.
#pragma once

#include <QList>
#include <QString>

namespace arwain {

// A problem with one field; `field` is the CSV column name of that field.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

} // namespace arwain
