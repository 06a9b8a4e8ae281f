// AttendanceGrid: the people × sessions table a coordinator fills in with the keyboard alone: arrows
// move, P/A/E mark, Space cycles (blank → P → A → E → blank), Delete clears, Ctrl+V pastes a column
// from a spreadsheet downwards from the current cell.
#pragma once

#include "services/SessionService.h"

#include <QTableView>

namespace arwain {

class AttendanceModel;

class AttendanceGrid : public QTableView
{
    Q_OBJECT
public:
    explicit AttendanceGrid(AttendanceModel* model, QWidget* parent = nullptr);
    void setEditable(bool editable) { m_editable = editable; }
    // The names, frozen at the left while the sessions scroll beneath them.
    QTableView* frozenNames() const { return m_frozen; }
    // As QTableView's, except that the frozen names are never scrolled to (they are always in view).
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

    // Reads one pasted cell: "P", "present", "yes", "1", "x" … ; none for a blank; false when unknown.
    static bool parseMark(const QString& text, std::optional<AttendanceMark>& mark);

Q_SIGNALS:
    // Marks to record as one undoable step, with the words for the Edit menu.
    void marksRequested(const QList<arwain::MarkChange>& changes, const QString& text);
    // Something the user should know (a paste that did not fit, a cell that takes no mark).
    void message(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    void markSelection(std::optional<AttendanceMark> mark, const QString& text);
    void cycle();
    void paste();

    void placeFrozen();
    void hideAllButNames();

    AttendanceModel* m_model;
    QTableView* m_frozen;
    bool m_editable = true;
};

} // namespace arwain
