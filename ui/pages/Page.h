// Page: what every sidebar page offers the window — its table (for Export current view), its search
// (Ctrl+F) and whether edits are allowed.
#pragma once

#include <QWidget>

class QTableView;

namespace arwain {

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The table that "Export current view…" writes, or null.
    virtual QTableView* currentTable() const { return nullptr; }
    virtual void focusSearch() {}
    // Read-only files: every edit control is switched off.
    virtual void setEditable(bool) {}

Q_SIGNALS:
    void showParticipant(qint64 id);
};

} // namespace arwain
