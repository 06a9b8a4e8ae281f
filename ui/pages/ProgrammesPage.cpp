// ProgrammesPage: programmes and their cohorts with counts; a cohort's details and enrolments, and the
// actions a coordinator takes on them (only the changes the lifecycle allows are offered).
#include "pages/ProgrammesPage.h"

#include "Labels.h"
#include "Workspace.h"
#include "commands/EnrolCommand.h"
#include "commands/RevertCommand.h"
#include "commands/SaveCommand.h"
#include "commands/StatusCommand.h"
#include "dialogs/CohortDialog.h"
#include "dialogs/EnrolDialog.h"
#include "dialogs/StatusDialog.h"
#include "dialogs/SurveyImportDialog.h"
#include "domain/Clock.h"
#include "domain/Lifecycle.h"
#include "domain/Parsing.h"
#include "domain/Records.h"
#include "models/BackgroundRead.h"
#include "models/EnrolmentModel.h"
#include "models/SortForwardingProxy.h"
#include "models/TableModel.h"
#include "pages/Page.h"
#include "pages/PageWidgets.h"
#include "pages/cohort/AttendanceTab.h"
#include "pages/cohort/FeedbackTab.h"
#include "pages/cohort/SessionsTab.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"
#include "widgets/ActionBar.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// More cohorts than this and only the programme being worked in is opened when the tree is shown.
constexpr int kExpandAllCohorts = 3000;
constexpr int CohortIdRole = CohortTreeModel::CohortIdRole;
constexpr int ProgrammeIdRole = CohortTreeModel::ProgrammeIdRole;
} // namespace

ProgrammesPage::ProgrammesPage(Workspace* workspace, QWidget* parent) : Page(parent), m_workspace(workspace)
{
    m_treeModel = new CohortTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setModel(m_treeModel);
    m_tree->setAccessibleName(tr("Programmes and cohorts"));
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);

    m_header = new QLabel;
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAccessibleName(tr("Cohort details"));

    // Two rows of actions: the cohort itself, then its enrolments.
    auto* cohortTools = new ActionBar(tr("Cohort actions"));
    auto* tools = new ActionBar(tr("Enrolment actions"));
    auto action = [this](ActionBar* bar, const QString& text, const QString& tip, auto slot) {
        QAction* a = bar->addAction(text);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addCohort = action(cohortTools, tr("Add cohort…"), tr("Add a cohort to this programme"),
                         &ProgrammesPage::addCohort);
    m_editCohort = action(cohortTools, tr("Edit cohort…"), tr("Change this cohort's details"),
                          &ProgrammesPage::editCohort);
    m_enrol = action(tools, tr("Enrol…"), tr("Enrol one or more people in this cohort (Ctrl+E)"),
                     &ProgrammesPage::enrol);
    m_complete =
        action(tools, tr("Mark completed"), tr("Record the selected enrolments as completed (Ctrl+Shift+C)"),
               &ProgrammesPage::complete);
    m_defer = action(tools, tr("Defer…"), tr("Defer the selected enrolments, with a reason"),
                     [this] { changeWithDialog(int(Status::Deferred)); });
    m_withdraw = action(tools, tr("Withdraw…"), tr("Withdraw the selected enrolments, with a reason"),
                        [this] { changeWithDialog(int(Status::Withdrawn)); });
    m_place =
        action(tools, tr("Give a place"), tr("Move the selected people from the waitlist into the cohort"),
               &ProgrammesPage::givePlace);
    m_revert =
        action(tools, tr("Revert last change"),
               tr("Undo the last status change of the selected enrolment; the correction is kept in its "
                  "history"),
               &ProgrammesPage::revert);
    m_enrol->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_complete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    m_search = makeSearch(tr("Filter enrolments by name, email or organisation (Ctrl+F)"));
    m_enrolments = new EnrolmentModel(workspace, this);
    m_filter = new SortForwardingProxy(this);
    m_filter->setSourceModel(m_enrolments);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_enrolments->fetchAll();
        m_filter->setFilterFixedString(text);
    });
    m_table = makeTable(m_filter, tr("Enrolments of the cohort"));
    m_table->sortByColumn(EnrolmentModel::Name, Qt::AscendingOrder);
    for (auto [column, width] :
         {std::pair(EnrolmentModel::Name, 170), std::pair(EnrolmentModel::Email, 230),
          std::pair(EnrolmentModel::Organisation, 220), std::pair(EnrolmentModel::Status, 100),
          std::pair(EnrolmentModel::StatusDate, 100)})
        m_table->setColumnWidth(column, width);
    // What a coordinator acts on first: the name, then the status and its date; contact details after.
    m_table->horizontalHeader()->moveSection(EnrolmentModel::Status, EnrolmentModel::Email);
    m_table->horizontalHeader()->moveSection(EnrolmentModel::StatusDate, EnrolmentModel::Organisation);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 id = m_enrolments->idFromIndex(m_filter->mapToSource(index));
        if (auto e = found(m_workspace->directory().enrolment(id)))
            Q_EMIT showParticipant(e->participantId);
    });

    // The cohort's tabs: its enrolments, sessions, attendance grid and feedback.
    auto* enrolmentsTab = new QWidget;
    auto* enrolmentsLayout = new QVBoxLayout(enrolmentsTab);
    enrolmentsLayout->setContentsMargins(0, 0, 0, 0);
    enrolmentsLayout->addWidget(tools);
    enrolmentsLayout->addWidget(m_search);
    enrolmentsLayout->addWidget(m_table, 1);
    m_attendance = new AttendanceTab(workspace);
    m_sessions = new SessionsTab(workspace, m_attendance->model());
    m_feedback = new FeedbackTab(workspace);
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Cohort tabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Enrolments, sessions, attendance or feedback"));
    m_tabs->addTab(enrolmentsTab, tr("E&nrolments"));
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(m_attendance, tr("A&ttendance"));
    m_tabs->addTab(m_feedback, tr("Feed&back"));
    connect(m_sessions, &SessionsTab::registerRequested, this, [this](qint64 sessionId) {
        m_tabs->setCurrentWidget(m_attendance);
        m_attendance->focusSession(sessionId);
    });
    connect(m_feedback, &FeedbackTab::importSurveyRequested, this, &ProgrammesPage::importSurvey);
    // The frequent actions answer their shortcuts wherever the page has the focus, not only on the tab
    // whose toolbar shows them: Ctrl+E enrols, Ctrl+Shift+N adds a session (and shows the Sessions tab).
    addAction(m_enrol);
    auto* addSession = new QAction(tr("Add session…"), this);
    addSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    // Like Ctrl+E, the window's while this page shows (a page's actions are live only while it is visible).
    addSession->setShortcutContext(Qt::WindowShortcut);
    addAction(addSession);
    connect(addSession, &QAction::triggered, this, [this] {
        if (!m_sessions->addSessionAction()->isEnabled())
            return;
        m_tabs->setCurrentWidget(m_sessions);
        m_sessions->addSessionAction()->trigger();
    });

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(cohortTools);
    rightLayout->addWidget(m_tabs, 1);

    auto* split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    m_split = split;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProgrammesPage::showSelection);
    QTimer::singleShot(0, this, &ProgrammesPage::fitTree);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgrammesPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProgrammesPage::updateActions);
    connect(workspace, &Workspace::changed, this, [this](DataTables::Table t) {
        if (t == DataTables::Cohorts || t == DataTables::Enrolments || t == DataTables::Programmes)
            reloadTree();
    });
    reloadTree();
}

void ProgrammesPage::fitTree()
{
    // The tree is as wide as its codes and counts need (the headings' language decides), but never
    // more than two fifths of the page: the cohort's pane needs the room more. When that is too
    // narrow, the columns the cohort's own header also gives go first: withdrawn, deferred, completed.
    if (!m_split || m_split->width() <= 0)
        return;
    const int room = m_split->width() * 2 / 5;
    auto needed = [this] {
        int n = m_tree->frameWidth() * 2 + m_tree->verticalScrollBar()->sizeHint().width() + 4;
        for (int c = 0; c < m_treeModel->columnCount(); ++c)
            if (!m_tree->isColumnHidden(c))
                n += m_tree->header()->sectionSize(c);
        return n;
    };
    for (int c : {CohortTreeModel::Completed, CohortTreeModel::Deferred, CohortTreeModel::Withdrawn})
        m_tree->setColumnHidden(c, false);
    for (int c : {CohortTreeModel::Withdrawn, CohortTreeModel::Deferred, CohortTreeModel::Completed})
        if (needed() > room)
            m_tree->setColumnHidden(c, true);
    const int width = std::min(needed(), room);
    m_split->setSizes({width, std::max(400, m_split->width() - width)});
}

void ProgrammesPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    // On a narrower window the tree gives way again, and on a wider one it takes back the columns it
    // dropped; a width the user dragged it to is otherwise kept.
    bool dropped = false;
    for (int c : {CohortTreeModel::Completed, CohortTreeModel::Deferred, CohortTreeModel::Withdrawn})
        dropped = dropped || m_tree->isColumnHidden(c);
    if (event->oldSize().width() > event->size().width() || event->oldSize().width() <= 0 ||
        (dropped && event->oldSize().width() < event->size().width()))
        QTimer::singleShot(0, this, &ProgrammesPage::fitTree);
}

QList<QAction*> ProgrammesPage::editActions() const
{
    return {m_addCohort, m_editCohort, m_enrol, m_complete, m_defer, m_withdraw, m_place, m_revert};
}

QTableView* ProgrammesPage::currentTable() const
{
    return m_table;
}

void ProgrammesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProgrammesPage::setEditable(bool editable)
{
    m_editable = editable;
    m_sessions->setEditable(editable);
    m_attendance->setEditable(editable);
    m_feedback->setEditable(editable);
    updateActions();
}

void ProgrammesPage::importSurvey(qint64 cohortId)
{
    if (!m_editable || cohortId == 0)
        return;
    auto* dialog = new SurveyImportDialog(m_workspace, cohortId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProgrammesPage::reloadTree()
{
    const int generation = ++m_treeGeneration;
    if (!m_workspace->readsInBackground()) {
        m_treeShown = generation;
        showTree(CohortTreeModel::read(m_workspace->services()));
        return;
    }
    if (m_treeModel->rowCount() == 0)
        m_header->setText(tr("Reading the programmes and cohorts…"));
    readInBackground<QList<CohortTreeModel::Branch>>(
        this, m_workspace->path(), &CohortTreeModel::read,
        [this, generation](Result<QList<CohortTreeModel::Branch>> branches) {
            if (generation != m_treeGeneration)
                return; // a newer read is under way
            m_treeShown = generation;
            showTree(std::move(branches));
        });
}

void ProgrammesPage::showTree(Result<QList<CohortTreeModel::Branch>> branches)
{
    if (!branches) {
        m_header->setText(tr("The programmes could not be read: %1").arg(branches.error().toHtmlEscaped()));
        return;
    }
    const qint64 keepCohort = m_cohort, keepProgramme = m_programme;
    m_treeModel->setBranches(branches.take(), Clock::today());
    QModelIndex restore;
    for (int p = 0; p < m_treeModel->rowCount() && !restore.isValid(); ++p) {
        const QModelIndex programme = m_treeModel->index(p, 0);
        if (keepCohort != 0) {
            for (int c = 0; c < m_treeModel->rowCount(programme); ++c) {
                const QModelIndex cohort = m_treeModel->index(c, 0, programme);
                if (cohort.data(CohortIdRole).toLongLong() == keepCohort) {
                    restore = cohort;
                    break;
                }
            }
        } else if (programme.data(ProgrammeIdRole).toLongLong() == keepProgramme) {
            restore = programme;
        }
    }
    // Every programme opened, unless that lays out tens of thousands of cohorts at once on the UI
    // thread: then only the one being worked in; the others open on a click.
    int cohorts = 0;
    for (int p = 0; p < m_treeModel->rowCount(); ++p)
        cohorts += m_treeModel->rowCount(m_treeModel->index(p, 0));
    if (cohorts <= kExpandAllCohorts) {
        m_tree->expandAll();
    } else {
        const QModelIndex open = restore.isValid() ? (restore.parent().isValid() ? restore.parent() : restore)
                                                   : m_treeModel->index(0, 0);
        m_tree->expand(open);
    }
    // The counts always show; long programme names are elided (their full names are tooltips).
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(48);
    // Codes and counts always show in full, in English and in Welsh (whose headings are longer). Measured
    // over the rows in view and a few around them when there are thousands: Qt's default of 1,000 rows,
    // measured again at every layout, held the window.
    m_tree->header()->setResizeContentsPrecision(cohorts <= kExpandAllCohorts ? 1000 : 64);
    for (int c = 0; c < m_treeModel->columnCount(); ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    if (!restore.isValid() && keepCohort == 0 && keepProgramme == 0 && m_treeModel->rowCount() > 0)
        restore = m_treeModel->index(0, 0);
    if (restore.isValid())
        m_tree->setCurrentIndex(restore);
    else
        showSelection();
    if (!m_pendingCohort.isEmpty())
        selectCohort(std::exchange(m_pendingCohort, QString()));
}

bool ProgrammesPage::selectCohort(const QString& code)
{
    if (isReadingTree()) {
        m_pendingCohort = code; // chosen once the tree is read
        return true;
    }
    const QModelIndexList found = m_treeModel->match(m_treeModel->index(0, 0), Qt::DisplayRole, code, 1,
                                                     Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    m_tree->setCurrentIndex(found.first());
    return true;
}

bool ProgrammesPage::showTab(const QString& name)
{
    const int i = int(
        QStringList{u"enrolments"_s, u"sessions"_s, u"attendance"_s, u"feedback"_s}.indexOf(name.toLower()));
    if (i < 0 || !m_tabs->isTabEnabled(i))
        return false;
    m_tabs->setCurrentIndex(i);
    return true;
}

void ProgrammesPage::showSelection()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    m_cohort = current.data(CohortIdRole).toLongLong();
    m_programme = current.data(ProgrammeIdRole).toLongLong();
    m_enrolments->setCohort(m_cohort);
    m_sessions->setCohort(m_cohort);
    m_attendance->setCohort(m_cohort);
    m_feedback->setCohort(m_cohort);
    for (int t = 1; t < m_tabs->count(); ++t)
        m_tabs->setTabEnabled(t, m_cohort != 0);
    if (m_cohort == 0) {
        const auto programme = found(m_workspace->directory().programme(m_programme));
        m_header->setText(
            programme
                ? tr("<b>%1</b> — %2<br>Choose a cohort to see its enrolments, or add a cohort.")
                      .arg(programme->code.toHtmlEscaped(), labels::programmeName(*programme).toHtmlEscaped())
                : tr("Choose a programme or cohort on the left."));
        updateActions();
        return;
    }
    const auto c = found(m_workspace->directory().cohort(m_cohort));
    const auto p = found(m_workspace->directory().programme(m_programme));
    if (!c || !p) {
        m_header->setText(tr("The cohort could not be read."));
        updateActions();
        return;
    }
    QStringList facts;
    facts << (c->endDate.isValid() ? tr("%1 to %2").arg(dateText(c->startDate), dateText(c->endDate))
                                   : dateText(c->startDate));
    if (c->deliveryMode != DeliveryMode::Unset)
        facts << labels::of(c->deliveryMode);
    if (!c->venue.isEmpty())
        facts << c->venue;
    if (c->region != Region::Unset)
        facts << labels::of(c->region);
    if (!c->provider.isEmpty())
        facts << tr("provider: %1").arg(c->provider);
    if (!c->partner.isEmpty())
        facts << tr("with %1").arg(c->partner);
    const auto places = m_workspace->directory().placesTaken(m_cohort);
    const int taken = places ? places.value() : 0;
    if (c->capacity)
        facts << tr("%1 of %2 places taken").arg(taken).arg(*c->capacity);
    if (c->headcount)
        facts << tr("headcount %1").arg(*c->headcount);
    const StatsRow counts = m_treeModel->countsOf(m_cohort); // counted with the tree, not again
    const bool single = p->kind == ProgrammeKind::SingleSession;
    QString summary =
        tr("%1 participants · %2 %3 · %4 deferred · %5 withdrawn · %6 in progress · %7 waitlisted")
            .arg(counts.participants)
            .arg(counts.completed)
            .arg(single ? tr("attended") : tr("completed"))
            .arg(counts.deferred)
            .arg(counts.withdrawn)
            .arg(counts.inProgress)
            .arg(counts.waitlisted);
    summary = summary.toHtmlEscaped() + u"<br>"_s +
              tr("Completion rate %1%: %2")
                  .arg(counts.rate ? Statistics::formatRate(*counts.rate) : u"–"_s,
                       Statistics::describe(Definition::Published))
                  .toHtmlEscaped();
    m_header->setText(u"<b>%1</b> — %2<br>%3<br>%4"_s.arg(c->code.toHtmlEscaped(), c->title.toHtmlEscaped(),
                                                          facts.join(u" · "_s).toHtmlEscaped(), summary));
    m_complete->setText(single ? tr("Mark attended") : tr("Mark completed"));
    updateActions();
}

QList<qint64> ProgrammesPage::selectedEnrolments() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_enrolments->idFromIndex(m_filter->mapToSource(i));
    return ids;
}

QList<qint64> ProgrammesPage::selectedVersions() const
{
    QList<qint64> versions;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        versions << m_enrolments->versionFromIndex(m_filter->mapToSource(i));
    return versions;
}

void ProgrammesPage::updateActions()
{
    // The statuses the table already holds: no query per selected row.
    QList<Status> statuses;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        if (auto s = fromText<Status>(i.data(TableModel::FilterRole).toString()))
            statuses << *s;
    auto allMay = [&](Status to) {
        return !statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), [to](Status s) {
            return Lifecycle::allowedTargets(s).contains(to);
        });
    };
    m_addCohort->setEnabled(m_editable && m_programme != 0);
    m_editCohort->setEnabled(m_editable && m_cohort != 0);
    m_enrol->setEnabled(m_editable && m_cohort != 0);
    m_complete->setEnabled(m_editable && allMay(Status::Completed));
    m_defer->setEnabled(m_editable && allMay(Status::Deferred));
    m_withdraw->setEnabled(m_editable && allMay(Status::Withdrawn));
    m_place->setEnabled(m_editable && allMay(Status::Enrolled));
    m_revert->setEnabled(m_editable && statuses.size() == 1);
}

void ProgrammesPage::addCohort()
{
    Cohort c;
    c.programmeId = m_programme;
    c.startDate = Clock::today();
    auto* dialog = new CohortDialog(m_workspace, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto* command = new SaveCohortCommand(m_workspace, std::nullopt, dialog->cohort(), tr("Add cohort"));
        m_workspace->undoStack()->push(command);
        selectCohort(dialog->cohort().code);
    });
    dialog->open();
}

void ProgrammesPage::editCohort()
{
    const auto before = found(m_workspace->directory().cohort(m_cohort));
    if (!before)
        return;
    auto* dialog = new CohortDialog(m_workspace, *before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        m_workspace->undoStack()->push(new SaveCohortCommand(m_workspace, before, dialog->cohort(),
                                                             tr("Edit cohort %1").arg(before->code)));
    });
    dialog->open();
}

void ProgrammesPage::enrol()
{
    auto* dialog = new EnrolDialog(m_workspace, m_cohort, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 cohort = m_cohort;
    connect(dialog, &QDialog::accepted, this, [this, dialog, cohort] {
        auto* command = new EnrolCommand(m_workspace, dialog->chosen(), cohort, dialog->date());
        m_workspace->undoStack()->push(command);
    });
    dialog->open();
}

void ProgrammesPage::complete()
{
    // Completion is dated at the cohort's end when that has passed, otherwise today.
    const auto c = found(m_workspace->directory().cohort(m_cohort));
    QDate date = Clock::today();
    const QList<qint64> ids = selectedEnrolments();
    if (c && c->endDate.isValid() && c->endDate < date) {
        date = c->endDate;
        for (qint64 id : ids)
            if (auto e = found(m_workspace->directory().enrolment(id)); e && e->statusDate > date)
                date = Clock::today();
    }
    StatusCommand::Change change{Status::Completed, date, Reason::Unset, {}, 0};
    m_workspace->undoStack()->push(
        new StatusCommand(m_workspace, ids, change, m_complete->text(), selectedVersions()));
}

void ProgrammesPage::changeWithDialog(int status)
{
    const Status to = Status(status);
    const QList<qint64> ids = selectedEnrolments();
    const QList<qint64> versions = selectedVersions();
    auto* dialog = new StatusDialog(m_workspace, to, m_cohort, int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, versions, to] {
        StatusCommand::Change change{to, dialog->date(), dialog->reason(), dialog->note(),
                                     dialog->resumeCohort()};
        m_workspace->undoStack()->push(new StatusCommand(
            m_workspace, ids, change, to == Status::Deferred ? tr("Defer") : tr("Withdraw"), versions));
    });
    dialog->open();
}

void ProgrammesPage::givePlace()
{
    StatusCommand::Change change{Status::Enrolled, Clock::today(), Reason::Unset, {}, 0};
    m_workspace->undoStack()->push(
        new StatusCommand(m_workspace, selectedEnrolments(), change, tr("Give a place"), selectedVersions()));
}

void ProgrammesPage::revert()
{
    const QList<qint64> ids = selectedEnrolments();
    if (ids.size() == 1)
        m_workspace->undoStack()->push(new RevertCommand(m_workspace, ids.first()));
}

} // namespace arwain
