// FeedbackTab: figures from FeedbackStats by cohort (the same counting as the dashboard and the CLI,
// with the database's suppression threshold), counted over the cohort's programme and reporting year
// only; edits go through FeedbackCommand.
#include "pages/cohort/FeedbackTab.h"

#include "Labels.h"
#include "Workspace.h"
#include "commands/FeedbackCommand.h"
#include "dialogs/FeedbackDialog.h"
#include "domain/ReportingYear.h"
#include "pages/feedback/ResponsesTable.h"
#include "services/Directory.h"
#include "services/FeedbackService.h"
#include "services/Services.h"
#include "stats/FeedbackStats.h"
#include "stats/Statistics.h"
#include "widgets/ActionBar.h"

#include <QAction>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

FeedbackTab::FeedbackTab(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    auto* tools = new ActionBar(tr("Feedback actions"));
    m_add = tools->addAction(tr("Add responses…"));
    m_add->setToolTip(tr("Type in responses one after another (Save and next: Ctrl+Return)"));
    m_edit = tools->addAction(tr("Edit response…"));
    m_delete = tools->addAction(tr("Delete response"));
    m_import = tools->addAction(tr("Import survey…"));
    m_import->setToolTip(tr("Read a survey tool's export, matching its questions and answers to Arwain's"));
    connect(m_add, &QAction::triggered, this, &FeedbackTab::addResponses);
    connect(m_edit, &QAction::triggered, this, &FeedbackTab::editResponse);
    connect(m_delete, &QAction::triggered, this, &FeedbackTab::deleteResponse);
    connect(m_import, &QAction::triggered, this, [this] { Q_EMIT importSurveyRequested(m_cohort); });

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Feedback figures of the cohort"));
    m_table = new ResponsesTable(workspace, false);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &FeedbackTab::editResponse);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FeedbackTab::updateActions);
    // The chosen response's comment, whole and wrapped: in a narrow window the table's comment column
    // is the one squeezed.
    m_comment = new QLabel;
    m_comment->setWordWrap(true);
    m_comment->setTextFormat(Qt::PlainText);
    m_comment->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_comment->setAccessibleName(tr("Comment of the chosen response"));
    m_comment->setFrameShape(QFrame::StyledPanel);
    m_comment->setMargin(6);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FeedbackTab::showComment);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_comment);
    connect(workspace, &Workspace::changed, this, [this](DataTables::Table t) {
        if (t == DataTables::Feedback || t == DataTables::Enrolments || t == DataTables::Settings)
            reload();
    });
    updateActions();
}

void FeedbackTab::setCohort(qint64 cohortId)
{
    m_cohort = cohortId;
    reload();
}

void FeedbackTab::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

std::optional<Feedback> FeedbackTab::responseNamed(qint64 id) const
{
    auto response = m_workspace->feedback().byId(id);
    if (!response) {
        m_workspace->reportError(tr("The response could not be read: %1").arg(response.error()));
        return std::nullopt;
    }
    return response.value();
}

void FeedbackTab::reload()
{
    QList<Feedback> responses;
    QString summary;
    // Every read here returns a Result: the first that fails says why in the summary.
    auto read = [this, &responses, &summary]() -> Result<void> {
        auto cohort = m_workspace->directory().cohort(m_cohort);
        if (!cohort)
            return cohort.toError();
        if (!cohort.value())
            return {};
        auto ofCohort = m_workspace->feedback().ofCohort(m_cohort);
        if (!ofCohort)
            return ofCohort.toError();
        responses = ofCohort.value();
        FeedbackQuery q;
        q.by = Breakdown::Cohort;
        q.year = ReportingYear::containing(Statistics::countingDate(*cohort.value())).firstYear();
        auto programme = m_workspace->directory().programme(cohort.value()->programmeId);
        if (!programme)
            return programme.toError();
        if (programme.value())
            q.programme = programme.value()->code;
        q.minResponses = m_workspace->feedback().suppressionThreshold();
        q.cohortId = m_cohort; // this cohort's figures only: the window's thread reads them
        auto figures = FeedbackStats(m_workspace->services()).compute(q);
        FeedbackRow row;
        if (figures)
            for (const FeedbackRow& r : figures.value().rows)
                if (r.key == cohort.value()->code)
                    row = r;
        auto pct = [](const std::optional<qint64>& v) {
            return v ? Statistics::formatRate(*v) + u"%"_s : u"–"_s;
        };
        if (responses.isEmpty())
            summary = tr("No feedback yet. Type responses in with \"Add responses…\", or import a survey "
                         "export with \"Import survey…\".");
        else if (row.suppressed)
            summary = tr("Feedback from fewer than %1 participants: the figures are withheld (a setting of "
                         "this database).")
                          .arg(q.minResponses);
        else
            summary = tr("Feedback from %1 of %2 participants. Met needs %3 · met expectations %4 · "
                         "learned something usable %5 · relevant to role %6 · would recommend %7")
                          .arg(row.responses)
                          .arg(row.participants)
                          .arg(pct(row.metNeeds), pct(row.metExpectations), pct(row.learnedUsable),
                               pct(row.relevant), pct(row.recommend));
        return {};
    };
    if (auto done = read(); !done)
        summary = tr("The feedback could not be read: %1").arg(done.error());
    // After an add, the new response (the highest id) is the one selected and shown.
    qint64 keep = m_table->currentResponse();
    if (m_showNewest) {
        for (const Feedback& f : responses)
            keep = std::max(keep, f.id);
        m_showNewest = false;
    }
    m_table->setResponses(responses, keep);
    m_summary->setText(summary);
    showComment();
    updateActions();
}

void FeedbackTab::showComment()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem* cell = row >= 0 ? m_table->item(row, m_table->columnCount() - 1) : nullptr;
    if (!cell)
        m_comment->setText(tr("Choose a response to read its comment here."));
    else if (cell->text().isEmpty())
        m_comment->setText(tr("This response has no comment."));
    else
        m_comment->setText(tr("Comment: %1").arg(cell->text()));
}

void FeedbackTab::updateActions()
{
    const bool chosen = m_table->currentResponse() != 0;
    m_add->setEnabled(m_editable && m_cohort != 0);
    m_import->setEnabled(m_editable && m_cohort != 0);
    m_edit->setEnabled(m_editable && chosen);
    m_delete->setEnabled(m_editable && chosen);
}

void FeedbackTab::addResponses()
{
    if (!m_editable || m_cohort == 0)
        return;
    Feedback blank;
    blank.cohortId = m_cohort;
    auto* dialog = new FeedbackDialog(m_workspace, blank, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FeedbackDialog::responseReady, this, [this](const Feedback& f) {
        m_showNewest = true;
        m_workspace->undoStack()->push(
            new FeedbackCommand(m_workspace, std::nullopt, f, tr("Add feedback response")));
        m_showNewest = false; // used by the reload the push made, or by none if it failed
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_showNewest = true;
        m_workspace->undoStack()->push(
            new FeedbackCommand(m_workspace, std::nullopt, dialog->response(), tr("Add feedback response")));
        m_showNewest = false;
    });
    dialog->open();
}

void FeedbackTab::editResponse()
{
    const auto before = responseNamed(m_table->currentResponse());
    if (!m_editable || !before)
        return;
    auto* dialog = new FeedbackDialog(m_workspace, *before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        m_workspace->undoStack()->push(
            new FeedbackCommand(m_workspace, before, dialog->response(), tr("Edit feedback response")));
    });
    dialog->open();
}

void FeedbackTab::deleteResponse()
{
    const auto before = responseNamed(m_table->currentResponse());
    if (!m_editable || !before)
        return;
    m_workspace->undoStack()->push(
        new FeedbackCommand(m_workspace, before, std::nullopt, tr("Delete feedback response")));
}

} // namespace arwain
