// KeyboardPolicy: an application event filter that sets each item view and toolbar button up as it is
// first polished, so no page can forget.
#include "widgets/KeyboardPolicy.h"

#include "widgets/FocusStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace arwain {

void KeyboardPolicy::install()
{
    static KeyboardPolicy* installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new KeyboardPolicy(qApp);
    qApp->installEventFilter(installed);
    // The platform's own look, with a focus frame that can be seen.
    QApplication::setStyle(new FocusStyle(QApplication::style()->name()));
}

bool KeyboardPolicy::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        if (auto* view = qobject_cast<QAbstractItemView*>(watched)) {
            // Tab and Shift+Tab leave the table; the arrow keys move between its cells.
            view->setTabKeyNavigation(false);
        } else if (auto* button = qobject_cast<QToolButton*>(watched)) {
            // A toolbar's actions are reached by Tab like any button (Qt leaves them out).
            if (qobject_cast<QToolBar*>(button->parentWidget()) && button->defaultAction() &&
                button->focusPolicy() == Qt::NoFocus)
                button->setFocusPolicy(Qt::TabFocus);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace arwain
