// KeyboardPolicy: an application event filter that sets each item view and toolbar button up as it is
// first polished, so no page can forget.
#include "widgets/KeyboardPolicy.h"

#include "widgets/FocusStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QStyle>

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
        // Tab and Shift+Tab leave the table; the arrow keys move between its cells.
        if (auto* view = qobject_cast<QAbstractItemView*>(watched))
            view->setTabKeyNavigation(false);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace arwain
