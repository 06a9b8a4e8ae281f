// ResponsesTable: feedback responses one to a row (who, the five answers, the comment), for a cohort's
// Feedback tab and for the dashboard's drill-down from a figure to the responses behind it.
#pragma once

#include "domain/Records.h"

#include <QTableWidget>

namespace arwain {

class Workspace;

class ResponsesTable : public QTableWidget
{
    Q_OBJECT
public:
    // With `showCohort`, a first column names each response's cohort.
    ResponsesTable(Workspace* workspace, bool showCohort, QWidget* parent = nullptr);
    // Shows the responses; the current row stays on `keep` when it is still there.
    void setResponses(const QList<Feedback>& responses, qint64 keep = 0);
    // The response of the current row, or 0.
    qint64 currentResponse() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    Workspace* m_workspace;
    bool m_showCohort;
};

} // namespace arwain
