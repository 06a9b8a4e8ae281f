// Terms: reading listed values whatever their case and separators.
#include "domain/Terms.h"

namespace arwain {

QString normaliseTerm(QStringView text)
{
    QString out = text.toString().toLower();
    out.replace(u'-', u' ');
    out.replace(u'_', u' ');
    return out.simplified();
}

} // namespace arwain
