// AttendanceTab: marks go through MarksCommand; after each, the cursor stays where it was and moves
// down a row, so a register is taken with one key per person.
#include "pages/cohort/AttendanceTab.h"

#include "Workspace.h"
#include "commands/MarksCommand.h"
#include "commands/StatusCommand.h"
#include "domain/Clock.h"
#include "models/AttendanceModel.h"
#include "pages/cohort/AttendanceGrid.h"
#include "stats/AttendanceStats.h"
#include "stats/Statistics.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

AttendanceTab::AttendanceTab(Workspace* workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_model = new AttendanceModel(workspace, this);
    m_grid = new AttendanceGrid(m_model);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Attendance summary"));
    m_message = new QLabel;
    m_message->setAccessibleName(tr("Attendance message"));
    m_message->setWordWrap(true);
    m_complete = new QPushButton(tr("Mark those who meet the rule as &completed…"));
    m_complete->setToolTip(tr("Shows who meets the programme's attendance rule and, once you confirm, "
                              "records them as completed in one step you can undo"));
    auto* keys = new QLabel(tr("Keys: arrows move · P present · A absent · E excused · Space cycles · "
                               "Delete clears · Ctrl+V pastes a column · Ctrl+Z undoes"));
    keys->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_complete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    layout->addWidget(keys);
    layout->addWidget(m_message);

    connect(m_grid, &AttendanceGrid::message, m_message, &QLabel::setText);
    connect(m_grid, &AttendanceGrid::marksRequested, this,
            [this](const QList<MarkChange>& changes, const QString& text) {
                const QModelIndex at = m_grid->currentIndex();
                const int row = at.row(), column = at.column();
                auto* command = new MarksCommand(m_workspace, changes, text);
                m_workspace->undoStack()->push(command);
                m_message->setText(command->succeeded() ? QString() : m_message->text());
                // Back where the user was; after one mark, on to the next person.
                const int next = changes.size() == 1 && row + 1 < m_model->rowCount() ? row + 1 : row;
                m_grid->setCurrentIndex(m_model->index(next, column));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendanceTab::showSummary);
    connect(m_complete, &QPushButton::clicked, this, &AttendanceTab::completeThoseWhoMeetTheRule);
    showSummary();
}

void AttendanceTab::setCohort(qint64 cohortId)
{
    m_model->setCohort(cohortId);
    m_grid->resizeColumnToContents(AttendanceModel::Name);
    m_grid->horizontalHeader()->setMinimumHeight(m_grid->fontMetrics().lineSpacing() * 3 + 8);
    m_message->clear();
}

void AttendanceTab::setEditable(bool editable)
{
    m_editable = editable;
    m_grid->setEditable(editable);
    showSummary();
}

void AttendanceTab::focusSession(qint64 sessionId)
{
    const int column = m_model->columnOf(sessionId);
    if (column < 0)
        return;
    m_grid->setCurrentIndex(m_model->index(0, column));
    m_grid->scrollTo(m_model->index(0, column));
    m_grid->setFocus(Qt::OtherFocusReason);
}

void AttendanceTab::showSummary()
{
    const AttendanceSheet& sheet = m_model->sheet();
    if (sheet.cohort.id == 0) {
        m_summary->clear();
        m_complete->setEnabled(false);
        return;
    }
    QString text;
    if (sheet.sessions.isEmpty())
        text = tr("No sessions yet. Add them on the Sessions tab; their registers then appear here.");
    else
        text =
            tr("Attendance of the cohort: %1 (%2 present of %3 counted; excused sessions and registers not "
               "yet taken are left out).")
                .arg(sheet.total.rate() ? Statistics::formatRate(*sheet.total.rate()) + u"%"_s
                                        : tr("none recorded"))
                .arg(sheet.total.present)
                .arg(sheet.total.counted());
    int meets = 0, below = 0, open = 0;
    for (const AttendancePerson& p : sheet.people)
        (p.meetsRule ? (*p.meetsRule ? meets : below) : open)++;
    if (sheet.ruleText.isEmpty())
        text += u' ' + tr("The programme has no attendance rule.");
    else
        text += u' ' + tr("Rule: %1. Meet it: %2; below it: %3; not decided yet: %4.")
                           .arg(sheet.ruleText)
                           .arg(meets)
                           .arg(below)
                           .arg(open);
    m_summary->setText(text);
    m_complete->setVisible(!sheet.ruleText.isEmpty());
    m_complete->setEnabled(m_editable && !AttendanceStats::meetingRule(sheet).isEmpty());
}

void AttendanceTab::completeThoseWhoMeetTheRule()
{
    const AttendanceSheet& sheet = m_model->sheet();
    const QList<qint64> ids = AttendanceStats::meetingRule(sheet);
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const AttendancePerson& p : sheet.people)
        if (ids.contains(p.enrolment.id))
            names << p.participant.givenName + u' ' + p.participant.familyName;
    const QDate date = sheet.cohort.endDate.isValid() && sheet.cohort.endDate < Clock::today()
                           ? sheet.cohort.endDate
                           : Clock::today();
    QString question = tr("These %1 people meet the rule (%2) and are still enrolled:\n\n%3\n\nMark them as "
                          "completed on %4? You can undo this in one step.")
                           .arg(names.size())
                           .arg(sheet.ruleText, names.join(u"\n"_s), date.toString(Qt::ISODate));
    if (sheet.rulePending > 0)
        question +=
            u"\n\n"_s + tr("Note: %1 sessions the rule counts are still to come.").arg(sheet.rulePending);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Mark as completed"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRuleCompletion"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    StatusCommand::Change change;
    change.to = Status::Completed;
    change.date = date;
    change.note = tr("met the attendance rule: %1").arg(sheet.ruleText);
    connect(box, &QMessageBox::finished, this, [this, box, ids, change](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        m_workspace->undoStack()->push(new StatusCommand(
            m_workspace, ids, change,
            tr("Mark %1 people who meet the attendance rule as completed").arg(ids.size())));
    });
    box->open();
}

} // namespace arwain
