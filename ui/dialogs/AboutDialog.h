// AboutDialog: Help ▸ About Arwain: the version, the licence, the data folder and the open database
// (its path, or its server address without secrets), each selectable to copy.
#pragma once

#include <QMessageBox>

namespace arwain {

class AboutDialog : public QMessageBox
{
    Q_OBJECT
public:
    // `database`: the open file's path or server address as the status bar shows it; empty when none.
    AboutDialog(const QString& database, QWidget* parent);

    static QString dataFolder();
};

} // namespace arwain
