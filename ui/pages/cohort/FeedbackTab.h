// FeedbackTab: a cohort's feedback responses with their figures (met needs, yes-rates, "7 of 9"), and
// the ways in: a form for typing responses, and a survey file with its own headers.
#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace arwain {

class ResponsesTable;
class Workspace;

class FeedbackTab : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackTab(Workspace* workspace, QWidget* parent = nullptr);
    void setCohort(qint64 cohortId);
    void setEditable(bool editable);

    ResponsesTable* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QAction* addResponsesAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* importAction() const { return m_import; }

Q_SIGNALS:
    void importSurveyRequested(qint64 cohortId);

private:
    void reload();
    void updateActions();
    void addResponses();
    void editResponse();
    void deleteResponse();
    void showComment();
    std::optional<Feedback> responseNamed(qint64 id) const;

    Workspace* m_workspace;
    qint64 m_cohort = 0;
    bool m_editable = true;
    QLabel* m_summary;
    ResponsesTable* m_table;
    QLabel* m_comment;
    bool m_showNewest = false; // the next reload selects the response just added
    QAction *m_add, *m_edit, *m_delete, *m_import;
};

} // namespace arwain
