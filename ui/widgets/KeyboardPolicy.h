// KeyboardPolicy: the app-wide keyboard rules no single widget can keep — Tab leaves every table and list
// (cells move on the arrow keys) and the focused cell or button carries a frame that can be seen.
// Installed once by main(), before any window. (A page's action buttons are reached by Tab through
// ActionBar.)
#pragma once

#include <QObject>

namespace arwain {

class KeyboardPolicy : public QObject
{
    Q_OBJECT
public:
    // Installs the rules on the application once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace arwain
