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

    // Reads one pasted cell: "P", "present", "yes", "1", "x" … ; none for a blank; false when unknown.
    static bool parseMark(const QString& text, std::optional<AttendanceMark>& mark);

Q_SIGNALS:
    // Marks to record as one undoable step, with the words for the Edit menu.
    void marksRequested(const QList<arwain::MarkChange>& changes, const QString& text);
    // Something the user should know (a paste that did not fit, a cell that takes no mark).
    void message(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void markSelection(std::optional<AttendanceMark> mark, const QString& text);
    void cycle();
    void paste();

    AttendanceModel* m_model;
    bool m_editable = true;
};

} // namespace arwain
