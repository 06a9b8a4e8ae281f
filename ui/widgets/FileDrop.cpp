// FileDrop: accepting and acting on a dropped file (see FileDrop.h).
#include "FileDrop.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace arwain {

FileDrop::FileDrop(QWidget* target, std::function<bool()> canImport)
    : QObject(target), m_canImport(std::move(canImport))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
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
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (kindOf(drag->mimeData()->urls()) != Kind::None)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        const Kind kind = kindOf(urls);
        if (kind == Kind::None) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
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
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace arwain
