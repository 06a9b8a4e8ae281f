// ImportDialog: choose a CSV file and its kind, see a preview and every error before anything is
// written; the check and the import run off the UI thread and can be cancelled.
#pragma once

#include "io/csv/Importer.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace arwain {

class Workspace;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Workspace* workspace, const QString& file = {}, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    void setKind(CsvKind kind);
    CsvKind kind() const;
    // The best-matching kind for a header row, if any kind has all its required columns.
    static std::optional<CsvKind> guessKind(const QStringList& header);

    QComboBox* kindBox() const { return m_kind; }
    QListWidget* errorList() const { return m_errors; }
    QTableWidget* preview() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summary() const { return m_summary; }
    bool busy() const { return m_busy; }

public Q_SLOTS:
    void check();
    void runImport();

Q_SIGNALS:
    void checkFinished(bool good);
    void importFinished(bool written);

private:
    struct Outcome
    {
        QString error; // the file could not be read, or the work was cancelled
        ImportReport report;
    };
    void browse();
    void start(bool dryRun);
    void finished(bool dryRun, const Outcome& outcome);
    void showPreview();
    void markProblems(const QStringList& errors);

    Workspace* m_workspace;
    QString m_file;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QTableWidget* m_preview;
    QListWidget* m_errors;
    QLabel* m_summary;
    QPushButton* m_import;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
    bool m_checkedGood = false;
};

} // namespace arwain
