// SessionsTab: edits go through SessionCommand; Enter on a session opens its register.
#include "pages/cohort/SessionsTab.h"

#include "Labels.h"
#include "Workspace.h"
#include "commands/SessionCommand.h"
#include "dialogs/SessionDialog.h"
#include "domain/Clock.h"
#include "domain/Parsing.h"
#include "models/AttendanceModel.h"
#include "pages/PageWidgets.h"
#include "services/Directory.h"
#include "services/SessionService.h"
#include "stats/AttendanceFigures.h"
#include "stats/Statistics.h"
#include "widgets/ActionBar.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

SessionsTab::SessionsTab(Workspace* workspace, AttendanceModel* sheets, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_sheets(sheets)
{
    auto* tools = new ActionBar(tr("Session actions"));
    m_add = tools->addAction(tr("Add session…"));
    m_add->setToolTip(tr("Add a session to this cohort (Ctrl+Shift+N)"));
    // Ctrl+Shift+N belongs to the cohort's page, so that it works from any of the cohort's tabs.
    m_edit = tools->addAction(tr("Edit session…"));
    m_delete = tools->addAction(tr("Delete session"));
    m_delete->setToolTip(tr("Delete the session and its register (undo puts both back)"));
    m_register = tools->addAction(tr("Take register"));
    m_register->setToolTip(tr("Open this session's column of the attendance grid (Enter)"));
    addAction(m_add);
    connect(m_add, &QAction::triggered, this, &SessionsTab::addSession);
    connect(m_edit, &QAction::triggered, this, &SessionsTab::editSession);
    connect(m_delete, &QAction::triggered, this, &SessionsTab::deleteSession);
    connect(m_register, &QAction::triggered, this, [this] {
        if (const qint64 id = currentSession())
            Q_EMIT registerRequested(id);
    });

    m_table = new QTableWidget;
    m_table->setAccessibleName(tr("Sessions of the cohort"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { m_register->trigger(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SessionsTab::updateActions);
    auto* enter = new QAction(m_table);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, m_register, &QAction::trigger);
    m_table->addAction(enter);

    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(sheets, &QAbstractItemModel::modelReset, this, &SessionsTab::reload);
    updateActions();
}

qint64 SessionsTab::currentSession() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void SessionsTab::setCohort(qint64 cohortId)
{
    m_cohort = cohortId;
    reload(); // again when the sheets model has loaded the cohort
}

void SessionsTab::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

void SessionsTab::reload()
{
    const qint64 keep = currentSession();
    // The attendance next to the date and kind, where a narrow window still shows it; the words after.
    const QStringList headers = {tr("Date"),       tr("Time"),  tr("Kind"),
                                 tr("Attendance"), tr("Title"), tr("Facilitator or speaker"),
                                 tr("Venue"),      tr("For")};
    QList<QStringList> rows;
    QList<qint64> ids;
    const AttendanceSheet& sheet = m_sheets->sheet();
    if (m_cohort != 0 && sheet.cohort.id == m_cohort) {
        for (const AttendanceSessionRow& sr : sheet.sessions) {
            const Session& s = sr.session;
            QString forWhom = tr("whole cohort");
            for (const AttendancePerson& p : sheet.people)
                if (s.participantId != 0 && p.participant.id == s.participantId)
                    forWhom = p.participant.givenName + u' ' + p.participant.familyName;
            QString attendance;
            if (s.date > Clock::today())
                attendance = tr("still to come");
            else if (sr.count.rate())
                attendance = tr("%1% (%2 of %3)")
                                 .arg(Statistics::formatRate(*sr.count.rate()))
                                 .arg(sr.count.present)
                                 .arg(sr.count.counted());
            else
                attendance = tr("register not taken");
            rows << QStringList{QLocale().toString(s.date, u"ddd d MMM yyyy"_s),
                                s.startTime.isValid() ? s.startTime.toString(u"HH:mm"_s) : QString(),
                                labels::of(s.kind),
                                attendance,
                                s.title,
                                s.facilitator,
                                s.venue.compare(u"online"_s, Qt::CaseInsensitive) == 0 ? tr("online")
                                                                                       : s.venue,
                                forWhom};
            ids << s.id;
        }
    }
    fillTextTable(m_table, headers, rows);
    for (int i = 0; i < ids.size(); ++i) {
        m_table->item(i, 0)->setData(Qt::UserRole, ids.at(i));
        for (int c = 1; c < m_table->columnCount(); ++c) // words, not figures: left-aligned
            m_table->item(i, c)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        if (ids.at(i) == keep)
            m_table->setCurrentCell(i, 0);
    }
    m_empty->setText(tr("No sessions yet: add the teaching days, action learning sets, speakers and coaching "
                        "of this cohort with \"Add session…\"."));
    m_empty->setVisible(m_cohort != 0 && ids.isEmpty());
    if (m_table->currentRow() < 0 && !ids.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateActions();
}

void SessionsTab::updateActions()
{
    const bool chosen = currentSession() != 0;
    m_add->setEnabled(m_editable && m_cohort != 0);
    m_edit->setEnabled(m_editable && chosen);
    m_delete->setEnabled(m_editable && chosen);
    m_register->setEnabled(chosen);
}

void SessionsTab::addSession()
{
    if (!m_editable || m_cohort == 0)
        return;
    Session s;
    s.cohortId = m_cohort;
    s.date = m_workspace->sessions().suggestedDate(m_cohort, Clock::today());
    auto* dialog = new SessionDialog(m_workspace, s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workspace->undoStack()->push(new SessionCommand(
            m_workspace, SessionCommand::Kind::Save, std::nullopt, dialog->session(), tr("Add session")));
    });
    dialog->open();
}

std::optional<Session> SessionsTab::sessionNamed(qint64 id) const
{
    auto session = m_workspace->sessions().byId(id);
    if (!session) {
        m_workspace->reportError(tr("The session could not be read: %1").arg(session.error()));
        return std::nullopt;
    }
    return session.value();
}

void SessionsTab::editSession()
{
    const auto before = sessionNamed(currentSession());
    if (!m_editable || !before)
        return;
    auto* dialog = new SessionDialog(m_workspace, *before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        if (dialog->session() != *before)
            m_workspace->undoStack()->push(new SessionCommand(m_workspace, SessionCommand::Kind::Save, before,
                                                              dialog->session(), tr("Edit session")));
    });
    dialog->open();
}

void SessionsTab::deleteSession()
{
    const auto s = sessionNamed(currentSession());
    if (!m_editable || !s)
        return;
    m_workspace->undoStack()->push(
        new SessionCommand(m_workspace, SessionCommand::Kind::Remove, std::nullopt, *s,
                           tr("Delete session of %1").arg(s->date.toString(Qt::ISODate))));
}

} // namespace arwain
