// FileDrop: accepting and acting on a dropped file (see FileDrop.h).
#include "FileDrop.h"

#include <QApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace arwain {

FileDrop::FileDrop(QWidget* window, std::function<bool()> canImport)
    : QObject(window), m_window(window), m_canImport(std::move(canImport))
{
    window->setAcceptDrops(true);
    // On the application: a drag over a field (which takes drops of text, and so of a file's name)
    // reaches the field, not the window.
    qApp->installEventFilter(this);
}

FileDrop::Kind FileDrop::kindOf(const QList<QUrl>& urls) const
{
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return Kind::None;
    const QFileInfo file(urls.first().toLocalFile());
    if (!file.isFile())
        return Kind::None;
    if (file.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return m_canImport() ? Kind::Import : Kind::None;
    return Kind::Open;
}

bool FileDrop::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return QObject::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event);
    const QList<QUrl> urls = drop->mimeData()->urls();
    const Kind kind = kindOf(urls);
    if (kind == Kind::None) {
        if (widget != m_window)
            return false; // a field takes its text as ever
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (type == QEvent::Drop) {
        // Acted on after the drop has finished: the program the file came from is not kept waiting on
        // a question or a message the import or the opening may ask.
        QMetaObject::invokeMethod(
            this,
            [this, kind, path = urls.first().toLocalFile()] {
                if (kind == Kind::Import)
                    Q_EMIT importDropped(path);
                else
                    Q_EMIT databaseDropped(path);
            },
            Qt::QueuedConnection);
    }
    return true;
}

} // namespace arwain
