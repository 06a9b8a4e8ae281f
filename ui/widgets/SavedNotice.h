// SavedNotice: the status bar's word that a file was saved — where, and a button to open its folder.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace arwain {

class SavedNotice : public QWidget
{
    Q_OBJECT
public:
    explicit SavedNotice(QWidget* parent = nullptr);
    // Shows "Saved figures.xlsx in /home/…" for a while, with "Open folder".
    void show(const QString& path);
    QString text() const;
    QPushButton* openFolderButton() const { return m_open; }

private:
    QLabel* m_text;
    QPushButton* m_open;
    QTimer* m_hide;
    QString m_folder;
};

} // namespace arwain
