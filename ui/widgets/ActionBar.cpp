// ActionBar: tool buttons bound to actions in a FlowLayout.
#include "widgets/ActionBar.h"

#include "widgets/FlowLayout.h"

#include <QAction>
#include <QFrame>
#include <QToolButton>

namespace arwain {

ActionBar::ActionBar(const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_layout(new FlowLayout(this))
{
    setAccessibleName(accessibleName);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QAction* ActionBar::addAction(const QString& text)
{
    auto* action = new QAction(text, this);
    addAction(action);
    return action;
}

void ActionBar::addAction(QAction* action)
{
    QWidget::addAction(action);
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    m_layout->addWidget(button);
}

void ActionBar::addSeparator()
{
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    line->setFixedHeight(fontMetrics().height() + 6);
    m_layout->addWidget(line);
}

} // namespace arwain
