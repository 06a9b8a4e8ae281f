// FocusStyle: PE_FrameFocusRect drawn solid and thick enough to be seen on every palette.
#include "widgets/FocusStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace arwain {

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    if (element != PE_FrameFocusRect) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    painter->save();
    // The text colour stands out against the base, the selection highlight and a button alike.
    QPen pen(option->palette.color(QPalette::Active, QPalette::Text), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace arwain
