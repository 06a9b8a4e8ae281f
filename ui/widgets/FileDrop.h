// FileDrop: what a file dropped on the window does. One local CSV file starts an import (when the open
// database may be changed); one other local file is opened as a database (and refused with the reason
// if it is not one). Folders, several files and anything not a local file are not taken.
#pragma once

#include <QObject>

#include <functional>

namespace arwain {

class FileDrop : public QObject
{
    Q_OBJECT
public:
    // Watches `target` (which it makes accept drops); `canImport` says whether a CSV may be imported now.
    FileDrop(QWidget* target, std::function<bool()> canImport);

    enum class Kind
    {
        None,
        Import,
        Open
    };
    // What dropping these URLs would do.
    Kind kindOf(const QList<QUrl>& urls) const;

Q_SIGNALS:
    void importDropped(const QString& path);
    void databaseDropped(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<bool()> m_canImport;
};

} // namespace arwain
