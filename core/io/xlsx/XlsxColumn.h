// XlsxColumn: a worksheet column's heading and the type its cells are written as.
#pragma once

#include <QString>

namespace arwain {

struct XlsxColumn
{
    enum Type
    {
        Text,
        Integer,
        Date,
        Percent
    };
    QString name;
    Type type = Text;
};

} // namespace arwain
