// FileDrop: what a file dropped anywhere on the window does, on a search field as well as on a page.
// One local CSV file starts an import (when a database is open); one other local file is opened as a
// database (and refused with the reason if it is not one). Folders, several files and anything not a
// local file are not taken (a text dropped on a field still goes into it).
#pragma once

#include <QObject>

#include <functional>

namespace arwain {

class FileDrop : public QObject
{
    Q_OBJECT
public:
    // Watches `window` and every widget in it; `canImport` says whether a CSV may be imported now.
    FileDrop(QWidget* window, std::function<bool()> canImport);

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
    QWidget* m_window;
    std::function<bool()> m_canImport;
};

} // namespace arwain
