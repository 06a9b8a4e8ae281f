// ActionBar: a page's row of action buttons. Unlike a QToolBar it wraps onto a second line when the
// window is narrow (1024×768, 200% scaling), so no action hides behind "»", and each button is reached
// by Tab.
#pragma once

#include <QAction>
#include <QWidget>

namespace arwain {

class FlowLayout;

class ActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ActionBar(const QString& accessibleName, QWidget* parent = nullptr);
    // A new action shown as a text button; the caller connects it.
    QAction* addAction(const QString& text);
    // A new action that calls `slot` on `receiver` when triggered.
    template <typename Receiver, typename Slot>
    QAction* addAction(const QString& text, const Receiver* receiver, Slot slot)
    {
        QAction* action = addAction(text);
        QObject::connect(action, &QAction::triggered, receiver, slot);
        return action;
    }
    // Shows an existing action as a button.
    void addAction(QAction* action);
    void addSeparator();

private:
    FlowLayout* m_layout;
};

} // namespace arwain
