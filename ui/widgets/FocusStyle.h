// FocusStyle: the platform's style with a focus frame that can be seen — two pixels in the text colour
// around the focused cell of a table and the focused button — as WCAG 2.2's "focus visible" asks.
#pragma once

#include <QProxyStyle>

namespace arwain {

class FocusStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override;
};

} // namespace arwain
