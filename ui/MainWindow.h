// MainWindow: the sidebar of pages, the menus, the status bar, the welcome page and the read-only banner.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace arwain {

class SavedNotice;

class Workspace;
class Page;
class DashboardPage;
class ReportsPage;
class ProgrammesPage;
class ParticipantsPage;
class OrganisationsPage;
class NetworkPage;
class ImportDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageIndex
    {
        Dashboard,
        Programmes,
        Participants,
        Organisations,
        Network,
        Reports
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each reports failures to the user and returns whether it worked.
    bool openFile(const QString& path, bool readOnly = false);
    bool createFile(const QString& path, bool demo = false);
    bool openDemo();
    bool exportCurrentView(const QString& path);
    bool backUp(const QString& path);
    ImportDialog* startImport(const QString& file = {});

    Workspace* workspace() const { return m_workspace.get(); }
    void showPage(PageIndex page);
    Page* currentPage() const;
    DashboardPage* dashboardPage() const { return m_dashboard; }
    ProgrammesPage* programmesPage() const { return m_programmes; }
    ParticipantsPage* participantsPage() const { return m_participants; }
    OrganisationsPage* organisationsPage() const { return m_organisations; }
    NetworkPage* networkPage() const { return m_network; }
    ReportsPage* reportsPage() const { return m_reports; }
    QLabel* readOnlyBanner() const { return m_banner; }
    QWidget* welcomePage() const { return m_welcome; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* backupAction() const { return m_backup; }
    QAction* auditAction() const { return m_audit; }
    QAction* retentionAction() const { return m_retention; }
    QAction* connectAction() const { return m_connect; }
    const QString& lastError() const { return m_lastError; }
    static QString demoPath();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Coming back to the window: changes another program made to the file meanwhile are shown.
    void changeEvent(QEvent* event) override;

    // View ▸ Language: "cy", "en", or empty to follow the system; takes effect at once.
    void setLanguage(const QString& setting);
    void retranslate();

private:
    static QStringList pageNames();
    void showWaiting(const QString& message);
    void clearWaiting();
    void releaseWorkspace();
    void syncUndo();
    void syncFileActions();
    void buildMenus();
    QWidget* buildWelcome();
    void install(std::unique_ptr<Workspace> workspace);
    void showError(const QString& message);
    void updateTitle();
    void rememberFile(const QString& path);
    void rebuildRecentMenu();
    void askNew();
    void askOpen(bool readOnly);
    void askConnect();
    // What the read-only banner says: a file opened for viewing, or a server that lets this login only read.
    QString bannerText() const;
    void askExport();
    void askBackup();
    void showCsvFormats();
    void showAbout();

    std::unique_ptr<Workspace> m_workspace;
    QStackedWidget* m_root;
    QWidget* m_welcome;
    QWidget* m_main;
    QLabel* m_banner;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    DashboardPage* m_dashboard = nullptr;
    ReportsPage* m_reports = nullptr;
    ProgrammesPage* m_programmes = nullptr;
    ParticipantsPage* m_participants = nullptr;
    OrganisationsPage* m_organisations = nullptr;
    NetworkPage* m_network = nullptr;
    QLabel* m_fileLabel;
    SavedNotice* m_savedNotice;
    QMenu* m_recent;
    QAction *m_undo, *m_redo, *m_import, *m_export, *m_backup, *m_audit, *m_retention, *m_find;
    QAction* m_connect = nullptr;
    QList<QAction*> m_needFile;
    QString m_lastError;
};

} // namespace arwain
