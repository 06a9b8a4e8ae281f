// MainWindow: opening files (read-write or read-only), the pages, menus, undo/redo, import/export,
// and what the app remembers between runs (QSettings).
#include "MainWindow.h"
#include "io/OutputFile.h"

#include "Workspace.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RetentionDialog.h"
#include "i18n/Translation.h"
#include "io/csv/CsvKinds.h"
#include "io/csv/CsvWriter.h"
#include "pages/NetworkPage.h"
#include "pages/OrganisationsPage.h"
#include "pages/Page.h"
#include "pages/ParticipantsPage.h"
#include "pages/ProgrammesPage.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/reports/ReportsPage.h"
#include "services/Databases.h"
#include "services/Services.h"
#include "widgets/FileDrop.h"
#include "widgets/SaveDialog.h"
#include "widgets/SavedNotice.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
const QString kRecent = u"recentFiles"_s;
const QString kLast = u"lastFile"_s;
const QString kGeometry = u"geometry"_s;
const QString kState = u"windowState"_s;

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Arwain"));
    auto* drop = new FileDrop(this, [this] { return m_workspace != nullptr; });
    connect(drop, &FileDrop::importDropped, this, [this](const QString& path) {
        if (m_workspace && m_workspace->isReadOnly())
            showError(
                tr("%1 was not imported: this database is open read-only.").arg(QFileInfo(path).fileName()));
        else
            startImport(path);
    });
    connect(drop, &FileDrop::databaseDropped, this, [this](const QString& path) { openFile(path); });
    // A file another program holds locked is waited for as it is opened: say so in the status bar (the
    // window's own thread is the one waiting; the readers of other threads say nothing).
    Databases::setWaitingToOpen([window = QPointer<MainWindow>(this)](const QString& message) {
        if (window && QThread::currentThread() == window->thread())
            window->showWaiting(message);
    });
    m_root = new QStackedWidget;
    m_welcome = buildWelcome();
    m_root->addWidget(m_welcome);

    m_main = new QWidget;
    m_banner = new QLabel(bannerText());
    m_banner->setAccessibleName(tr("Read-only notice"));
    m_banner->setAutoFillBackground(true);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->hide();
    m_sidebar = new QListWidget;
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->addItems(pageNames());
    m_sidebar->setFixedWidth(160);
    m_pages = new QStackedWidget;
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    auto* body = new QHBoxLayout;
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    auto* mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(4, 4, 4, 4);
    mainLayout->addWidget(m_banner);
    mainLayout->addLayout(body, 1);
    m_root->addWidget(m_main);
    setCentralWidget(m_root);

    m_fileLabel = new QLabel;
    statusBar()->addPermanentWidget(m_fileLabel);
    m_savedNotice = new SavedNotice;
    statusBar()->addWidget(m_savedNotice);
    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray())) {
        const QRect screen = QApplication::primaryScreen()->availableGeometry();
        resize(std::min(1400, screen.width()), std::min(900, screen.height()));
    }
    restoreState(settings.value(kState).toByteArray());
    for (QAction* a : std::as_const(m_needFile))
        a->setEnabled(false);
}

MainWindow::~MainWindow()
{
    Databases::setWaitingToOpen({});
    releaseWorkspace();
}

void MainWindow::releaseWorkspace()
{
    // Its undo stack and database signal while they are destroyed; nothing here may answer then.
    if (!m_workspace)
        return;
    m_workspace->undoStack()->disconnect(this);
    m_workspace->services().disconnect(this);
    m_workspace->disconnect(this);
}

QString MainWindow::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.arwain"_s;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newFile = file->addAction(tr("&New…"), this, &MainWindow::askNew);
    newFile->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, [this] { askOpen(false); });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &read-only…"), this, [this] { askOpen(true); });
    m_connect = file->addAction(tr("Connect to &server…"), this, &MainWindow::askConnect);
    m_recent = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    m_import = file->addAction(tr("&Import CSV…"), this, [this] { startImport(); });
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = file->addAction(tr("&Export current view…"), this, &MainWindow::askExport);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_backup = file->addAction(tr("&Back up…"), this, &MainWindow::askBackup);
    file->addSeparator();
    m_audit = file->addAction(tr("Audit &log…"), this, [this] {
        auto* dialog = new AuditDialog(m_workspace.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_retention = file->addAction(tr("Re&tention…"), this, [this] {
        auto* dialog = new RetentionDialog(m_workspace.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->undoStack()->redo();
    });
    edit->addSeparator();
    m_find = edit->addAction(tr("&Find"), this, [this] {
        if (Page* p = currentPage())
            p->focusSearch();
    });
    m_find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList pages = {tr("&Dashboard"),    tr("&Programmes && cohorts"),
                               tr("Pa&rticipants"), tr("&Organisations"),
                               tr("&Network"),      tr("&Reports")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction* a = view->addAction(pages.at(i), this, [this, i] { showPage(PageIndex(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        m_needFile << a;
    }
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QString current = QSettings().value(u"language"_s).toString();
    for (const auto& [code, name] : {std::pair(QString(), tr("As the &system")),
                                     std::pair(u"en"_s, u"&English"_s), std::pair(u"cy"_s, u"&Cymraeg"_s)}) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            // Queued: the menu that sent this is rebuilt.
            QMetaObject::invokeMethod(
                this, [this, code] { setLanguage(code); }, Qt::QueuedConnection);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&CSV formats"), this, &MainWindow::showCsvFormats);
    help->addAction(tr("&About Arwain"), this, &MainWindow::showAbout);

    m_needFile << m_import << m_export << m_backup << m_audit << m_retention << m_find;
}

QWidget* MainWindow::buildWelcome()
{
    auto* page = new QWidget;
    auto* title = new QLabel(tr("<h1>Arwain</h1><p>Leadership programmes, cohorts and completion rates.</p>"
                                "<p>There is no database open yet.</p>"));
    title->setWordWrap(true);
    auto* demo = new QPushButton(tr("Open the &demo database"));
    demo->setToolTip(
        tr("Fictional people in the programmes of 2022 to 2026, with the figures of the published "
           "2024-to-2025 report"));
    auto* create = new QPushButton(tr("Create a &new database…"));
    auto* open = new QPushButton(tr("&Open an existing database…"));
    connect(demo, &QPushButton::clicked, this, &MainWindow::openDemo);
    connect(create, &QPushButton::clicked, this, &MainWindow::askNew);
    connect(open, &QPushButton::clicked, this, [this] { askOpen(false); });
    auto* box = new QVBoxLayout;
    box->addWidget(title);
    for (QPushButton* b : {demo, create, open}) {
        b->setMinimumHeight(36);
        box->addWidget(b);
    }
    box->addStretch();
    auto* outer = new QHBoxLayout(page);
    outer->addStretch();
    outer->addLayout(box);
    outer->addStretch();
    return page;
}

bool MainWindow::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path))
        return openFile(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return createFile(path, true);
}

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    // A file the user cannot write to opens read-only rather than not at all.
    const QFileInfo info(path);
    if (!readOnly && !Databases::isServerLocation(path) && info.exists() && !info.isWritable())
        readOnly = true;
    auto ws = Workspace::open(path, readOnly);
    if (!ws) {
        showError(ws.error());
        return false;
    }
    if (!ws.value()->services().migrationBackup().isEmpty())
        statusBar()->showMessage(tr("The file was upgraded; the previous version is kept as %1")
                                     .arg(ws.value()->services().migrationBackup()));
    install(ws.take());
    return true;
}

bool MainWindow::createFile(const QString& path, bool demo)
{
    auto ws = Workspace::create(path, demo);
    if (!ws) {
        showError(ws.error());
        return false;
    }
    install(ws.take());
    return true;
}

void MainWindow::install(std::unique_ptr<Workspace> workspace)
{
    // Pages belong to one workspace: build them afresh.
    while (m_pages->count() > 0) {
        QWidget* w = m_pages->widget(0);
        m_pages->removeWidget(w);
        delete w;
    }
    if (m_workspace != workspace)
        releaseWorkspace();
    m_workspace = std::move(workspace);
    Workspace* ws = m_workspace.get();
    m_programmes = new ProgrammesPage(ws);
    m_participants = new ParticipantsPage(ws);
    m_organisations = new OrganisationsPage(ws);
    m_network = new NetworkPage(ws);
    m_dashboard = new DashboardPage(ws);
    m_reports = new ReportsPage(ws);
    connect(m_dashboard, &DashboardPage::drillDownRequested, this,
            [this](const QList<qint64>& people, const QString& description) {
                showPage(Participants);
                m_participants->showOnly(people, description);
            });
    connect(m_dashboard, &DashboardPage::failed, this, &MainWindow::showError);
    for (Page* p : std::initializer_list<Page*>{m_dashboard, m_programmes, m_participants, m_organisations,
                                                m_network, m_reports}) {
        m_pages->addWidget(p);
        connect(p, &Page::showParticipant, this, [this](qint64 id) {
            showPage(Participants);
            m_participants->showPerson(id);
        });
    }
    const bool editable = !ws->isReadOnly();
    for (int i = 0; i < m_pages->count(); ++i)
        static_cast<Page*>(m_pages->widget(i))->setEditable(editable);
    m_banner->setText(bannerText());
    m_banner->setVisible(!editable);
    // Unique: a change of language installs the same workspace again.
    connect(ws, &Workspace::errorOccurred, this, &MainWindow::showError, Qt::UniqueConnection);
    connect(ws, &Workspace::saved, m_savedNotice, &SavedNotice::show, Qt::UniqueConnection);
    // Another program (arwain-cli, another coordinator's Arwain) is writing the same file.
    connect(&ws->services(), &Services::waiting, this, &MainWindow::showWaiting, Qt::UniqueConnection);
    connect(&ws->services(), &Services::waitOver, statusBar(), &QStatusBar::clearMessage,
            Qt::UniqueConnection);
    QUndoStack* stack = ws->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::syncUndo, Qt::UniqueConnection);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::syncUndo, Qt::UniqueConnection);
    syncFileActions();
    m_root->setCurrentWidget(m_main);
    // Managers open files read-only to look at figures; coordinators open them to work on cohorts.
    showPage(editable ? Programmes : Dashboard);
    rememberFile(ws->path());
    updateTitle();
    ws->services().noticeChangesElsewhere(); // where "since last looked" starts
}

void MainWindow::clearWaiting()
{
    statusBar()->clearMessage();
}

void MainWindow::showWaiting(const QString& message)
{
    statusBar()->showMessage(message);
    statusBar()->repaint(); // the UI thread is held by the write that waits
}

void MainWindow::syncUndo()
{
    if (!m_workspace)
        return;
    const QUndoStack* stack = m_workspace->undoStack();
    const bool editable = !m_workspace->isReadOnly();
    m_undo->setEnabled(editable && stack->canUndo());
    m_redo->setEnabled(editable && stack->canRedo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::syncFileActions()
{
    syncUndo();
    for (QAction* a : std::as_const(m_needFile))
        a->setEnabled(m_workspace != nullptr);
    m_import->setEnabled(m_workspace && !m_workspace->isReadOnly());
}

void MainWindow::setLanguage(const QString& setting)
{
    QSettings().setValue(u"language"_s, setting);
    Translation::install(Translation::chosen(setting));
    retranslate();
}

void MainWindow::retranslate()
{
    // Every page, menu and label is built again in the new language; the open file and its undo
    // history stay, and so does the page on show.
    setWindowTitle(tr("Arwain"));
    const bool onWelcome = m_root->currentWidget() == m_welcome;
    QWidget* oldWelcome = m_welcome;
    m_welcome = buildWelcome();
    m_root->insertWidget(0, m_welcome);
    m_root->removeWidget(oldWelcome);
    oldWelcome->deleteLater();
    m_banner->setText(bannerText());
    m_banner->setAccessibleName(tr("Read-only notice"));
    m_sidebar->setAccessibleName(tr("Pages"));
    const QStringList names = pageNames();
    for (int i = 0; i < m_sidebar->count() && i < names.size(); ++i)
        m_sidebar->item(i)->setText(names.at(i));
    menuBar()->clear();
    m_needFile.clear();
    buildMenus();
    if (m_workspace) {
        const int page = m_sidebar->currentRow();
        install(std::move(m_workspace));
        showPage(PageIndex(std::max(page, 0)));
    } else {
        syncFileActions();
        if (onWelcome)
            m_root->setCurrentWidget(m_welcome);
    }
}

QStringList MainWindow::pageNames()
{
    return {tr("Dashboard"),    tr("Programmes & cohorts"),
            tr("Participants"), tr("Organisations"),
            tr("Network"),      tr("Reports")};
}

void MainWindow::showPage(PageIndex page)
{
    if (!m_workspace)
        return;
    m_sidebar->setCurrentRow(page);
}

Page* MainWindow::currentPage() const
{
    return m_workspace ? static_cast<Page*>(m_pages->currentWidget()) : nullptr;
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace->services().isServer() ? QUrl(m_workspace->path()).path().mid(1)
                                                            : QFileInfo(m_workspace->path()).fileName();
    const QString mode = m_workspace->isReadOnly() ? tr("read-only") : tr("read-write");
    setWindowTitle(m_workspace->isReadOnly() ? tr("%1 (read-only) — Arwain").arg(name)
                                             : tr("%1 — Arwain").arg(name));
    m_fileLabel->setText(tr("%1 (%2)").arg(QDir::toNativeSeparators(m_workspace->path()), mode));
}

QString MainWindow::bannerText() const
{
    // On a server, read-only is the server's answer to who you are, not a choice made when opening.
    if (m_workspace && m_workspace->services().isReadOnlyByServer())
        return tr("Read-only: the server lets your login read this database, not change it (the manager "
                  "role). Nothing can be changed.");
    return tr("Read-only: this file is open for viewing. Nothing can be changed.");
}

void MainWindow::showError(const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Arwain"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::rememberFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecent).toStringList();
    // A server's connection is remembered as it is (it never holds a password); a file by its full path.
    const QString absolute = Databases::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecent, recent.mid(0, 8));
    settings.setValue(kLast, absolute);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(kRecent).toStringList();
    for (const QString& path : recent)
        m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::askNew()
{
    const QString path =
        askSavePath(this, tr("New database"), QString(), {{tr("Arwain databases"), u"arwain"_s}});
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; choose a new name (Arwain never overwrites a database).").arg(path));
        return;
    }
    createFile(path);
}

void MainWindow::askConnect()
{
    // Starts from the last server connection used, if any.
    QString previous;
    for (const QString& recent : QSettings().value(kRecent).toStringList())
        if (Databases::isServerLocation(recent)) {
            previous = recent;
            break;
        }
    auto* dialog = new ConnectDialog(previous, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openFile(dialog->location()); });
    dialog->open();
}

void MainWindow::askOpen(bool readOnly)
{
    const QString path =
        QFileDialog::getOpenFileName(this, readOnly ? tr("Open read-only") : tr("Open database"),
                                     QDir::homePath(), tr("Arwain databases (*.arwain);;All files (*)"));
    if (!path.isEmpty())
        openFile(path, readOnly);
}

ImportDialog* MainWindow::startImport(const QString& file)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return nullptr;
    auto* dialog = new ImportDialog(m_workspace.get(), file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::askExport()
{
    const QString path =
        askSavePath(this, tr("Export current view"), QString(), {{tr("CSV files"), u"csv"_s}});
    if (!path.isEmpty())
        exportCurrentView(path);
}

bool MainWindow::exportCurrentView(const QString& path)
{
    Page* page = currentPage();
    QTableView* view = page ? page->currentTable() : nullptr;
    if (!view) {
        showError(tr("This page has no table to export."));
        return false;
    }
    // Everything the view would show: all batches fetched, filters and sorting applied, columns in
    // the order they are displayed, hidden ones left out.
    QAbstractItemModel* model = view->model();
    QAbstractItemModel* source = model;
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(source))
        source = proxy->sourceModel();
    while (source->canFetchMore({}))
        source->fetchMore({});
    QList<int> columns;
    for (int visual = 0; visual < view->horizontalHeader()->count(); ++visual) {
        const int logical = view->horizontalHeader()->logicalIndex(visual);
        if (!view->isColumnHidden(logical))
            columns << logical;
    }
    QList<QStringList> rows;
    QStringList header;
    for (int c : columns)
        header << model->headerData(c, Qt::Horizontal).toString();
    rows << header;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c : columns)
            cells << model->index(r, c).data().toString();
        rows << cells;
    }

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QProgressDialog progress(tr("Exporting %n row(s)…", nullptr, int(rows.size()) - 1), tr("Cancel"), 0, 0,
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, rows = std::move(rows), cancel]() -> QString {
        OutputFile file(path);
        if (auto opened = file.open(); !opened)
            return opened.error();
        CsvWriter writer(file.device(), true);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i % 1000 == 0 && cancel->load()) {
                file.cancel();
                return tr("Export cancelled; %1 was not written.").arg(path);
            }
            writer.writeRow(rows.at(i));
        }
        if (!writer.ok()) {
            const QString why = file.device().errorString();
            file.cancel();
            return tr("%1: cannot write: %2").arg(path, why);
        }
        auto committed = file.commit();
        return committed ? QString() : committed.error();
    }));
    loop.exec(); // the window stays responsive while the file is written
    const QString error = watcher.result();
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    m_savedNotice->show(path);
    return true;
}

void MainWindow::askBackup()
{
    if (!m_workspace)
        return;
    const QString suggested = m_workspace->path() + u"-backup-"_s +
                              QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s) + u".arwain"_s;
    const QString path = askSavePath(this, tr("Back up"), suggested, {{tr("Arwain databases"), u"arwain"_s}});
    if (!path.isEmpty())
        backUp(path);
}

bool MainWindow::backUp(const QString& path)
{
    if (auto saved = m_workspace->services().backupTo(path); !saved) {
        showError(saved.error());
        return false;
    }
    m_savedNotice->show(path);
    return true;
}

void MainWindow::showCsvFormats()
{
    QString text =
        tr("<p>CSV files are UTF-8 with a header row; columns in any order. Required columns are in "
           "bold. Dates are YYYY-MM-DD or DD/MM/YYYY.</p>");
    for (const auto& [kind, words] : Terms<CsvKind>::list) {
        QStringList cols;
        for (const CsvColumn& c : csvColumns(kind))
            cols << (c.required ? u"<b>"_s + c.name + u"</b>"_s : c.name);
        text += u"<p><b>"_s + toText(kind) + u"</b>: "_s + cols.join(u", "_s) + u"</p>"_s;
    }
    auto* box = new QMessageBox(QMessageBox::Information, tr("CSV formats"), text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    (new AboutDialog(m_workspace ? m_workspace->path() : QString(), this))->open();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_workspace)
        m_workspace->services().noticeChangesElsewhere();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    event->accept();
}

} // namespace arwain
