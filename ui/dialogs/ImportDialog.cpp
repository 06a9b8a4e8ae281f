// ImportDialog: a dry run shows what would happen; the real import repeats it for real. Both open
// their own connection in a worker thread (SQLite connections belong to one thread each).
#include "dialogs/ImportDialog.h"

#include "Labels.h"
#include "Workspace.h"
#include "io/csv/CsvReader.h"
#include "services/Services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace arwain {

ImportDialog::ImportDialog(Workspace* workspace, const QString& file, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import CSV"));
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind of file"));
    for (const auto& [value, words] : Terms<CsvKind>::list)
        m_kind->addItem(toText(value), toText(value));
    m_path = new QLineEdit;
    m_path->setReadOnly(true);
    // Shown as text, not as a box to type in: the file is chosen with Choose file….
    m_path->setFrame(false);
    QPalette plain = m_path->palette();
    plain.setColor(QPalette::Base, plain.color(QPalette::Window));
    m_path->setPalette(plain);
    m_path->setPlaceholderText(tr("No file chosen yet"));
    m_path->setAccessibleName(tr("File"));
    auto* browse = new QPushButton(tr("&Choose file…"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::check);

    m_preview = new QTableWidget;
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_errors = new QListWidget;
    m_errors->setAccessibleName(tr("Problems found in the file"));
    m_summary = new QLabel(tr("Choose a CSV file to import."));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));

    auto* buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("&Kind:")));
    fileRow->addWidget(m_kind);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    static_cast<QLabel*>(fileRow->itemAt(0)->widget())->setBuddy(m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(new QLabel(tr("Preview (first 200 rows):")));
    layout->addWidget(m_preview, 3);
    layout->addWidget(new QLabel(tr("Problems (nothing is imported until there are none):")));
    layout->addWidget(m_errors, 2);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 620);
    if (!file.isEmpty())
        setFile(file);
}

ImportDialog::~ImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

std::optional<CsvKind> ImportDialog::guessKind(const QStringList& header)
{
    QStringList names;
    for (const QString& h : header)
        names << h.trimmed().toLower();
    // The kind whose columns the header matches best (unknown columns count against). A file that lacks
    // a required column is still the kind it most resembles — an enrolments file without its status
    // column is an enrolments file, and the check then says "status: missing required column" on the
    // header line — rather than some other kind it happens to complete. Completeness only breaks ties.
    std::optional<CsvKind> best;
    int bestScore = 0;
    bool bestComplete = false;
    for (const auto& [kind, words] : Terms<CsvKind>::list) {
        const QList<CsvColumn> columns = csvColumns(kind);
        bool complete = true;
        int score = 0;
        for (const CsvColumn& c : columns) {
            if (names.contains(c.name))
                ++score;
            else if (c.required)
                complete = false;
        }
        score -= int(names.size()) - score;
        // A complete match is taken even with as many unknown columns as known ones (score 0).
        if ((!best && complete && score >= 0) || score > bestScore ||
            (score == bestScore && best && complete && !bestComplete)) {
            best = kind;
            bestScore = score;
            bestComplete = complete;
        }
    }
    return best;
}

void ImportDialog::setKind(CsvKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(toText(kind)));
}

CsvKind ImportDialog::kind() const
{
    return fromText<CsvKind>(m_kind->currentData().toString()).value_or(CsvKind::Participants);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import CSV"), QFileInfo(m_file).absolutePath(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    m_file = path;
    m_path->setText(QDir::toNativeSeparators(path));
    showPreview();
    check();
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    // Only the start of the file is needed for the preview; the check reads it all in the worker.
    auto records = CsvReader::parse(f.read(256 * 1024), QFileInfo(m_file).fileName());
    if (!records || records.value().isEmpty())
        return;
    const QList<CsvRecord>& r = records.value();
    if (auto guessed = guessKind(r.first().fields)) {
        const QSignalBlocker block(m_kind);
        setKind(*guessed);
    }
    m_preview->setColumnCount(int(r.first().fields.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList{tr("Line")} + r.first().fields);
    const int rows = int(std::min<qsizetype>(r.size() - 1, 200));
    m_preview->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const CsvRecord& rec = r.at(i + 1);
        m_preview->setItem(i, 0, new QTableWidgetItem(QString::number(rec.line)));
        for (int c = 0; c < rec.fields.size() && c + 1 < m_preview->columnCount(); ++c)
            m_preview->setItem(i, c + 1, new QTableWidgetItem(rec.fields.at(c)));
    }
    m_preview->resizeColumnsToContents();
}

void ImportDialog::check()
{
    if (m_file.isEmpty() || m_busy)
        return;
    start(true);
}

void ImportDialog::runImport()
{
    if (!m_checkedGood || m_busy)
        return;
    start(false);
}

void ImportDialog::start(bool dryRun)
{
    m_busy = true;
    m_checkedGood = dryRun ? false : m_checkedGood;
    m_import->setEnabled(false);
    m_errors->clear();
    m_summary->setText(dryRun ? tr("Checking %1…").arg(QFileInfo(m_file).fileName())
                              : tr("Importing %1…").arg(QFileInfo(m_file).fileName()));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(m_summary->text(), tr("Cancel"), 0, 100, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> progress = m_progress;

    const QString dbPath = m_workspace->path(), file = m_file;
    const CsvKind kind = this->kind();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, dryRun] {
        watcher->deleteLater();
        finished(dryRun, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([dbPath, file, kind, dryRun, cancel, progress]() -> Outcome {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {tr("%1: cannot read: %2").arg(file, in.errorString()), {}};
        // Its own connection: SQLite connections are not shared between threads.
        auto services = Services::open(dbPath);
        if (!services)
            return {services.error(), {}};
        auto report =
            Importer(*services.value())
                .run(kind, in, QFileInfo(file).fileName(), dryRun, [&](int, int percent) {
                    if (QProgressDialog* target = progress.data())
                        QMetaObject::invokeMethod(target, [progress, percent] {
                            if (progress) {
                                progress->setMaximum(percent < 0 ? 0 : 100); // 0: busy, size unknown
                                progress->setValue(std::max(percent, 0));
                            }
                        });
                    return !cancel->load();
                });
        if (!report)
            return {report.error(), {}};
        return {QString(), report.value()};
    }));
}

// Colours each cell a problem names ("FILE:LINE: column: message") and puts the message on it.
void ImportDialog::markProblems(const QStringList& errors)
{
    static const QRegularExpression where(u":(\\d+): ([a-z_]+): (.*)$"_s);
    QHash<QString, int> columnOf;
    for (int c = 1; c < m_preview->columnCount(); ++c)
        columnOf.insert(m_preview->horizontalHeaderItem(c)->text().trimmed().toLower(), c);
    QHash<int, int> rowOf;
    for (int row = 0; row < m_preview->rowCount(); ++row)
        rowOf.insert(m_preview->item(row, 0)->text().toInt(), row);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor bad = dark ? QColor(0x70, 0x20, 0x20) : QColor(0xFF, 0xD7, 0xD7);
    for (const QString& e : errors) {
        const auto m = where.match(e);
        if (!m.hasMatch() || !rowOf.contains(m.captured(1).toInt()))
            continue;
        const int row = rowOf.value(m.captured(1).toInt());
        const int column = columnOf.value(m.captured(2), 0);
        QTableWidgetItem* item = m_preview->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_preview->setItem(row, column, item);
        }
        item->setBackground(bad);
        item->setToolTip(m.captured(3));
    }
}

void ImportDialog::finished(bool dryRun, const Outcome& outcome)
{
    m_busy = false;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!outcome.error.isEmpty()) {
        m_summary->setText(outcome.error);
        m_errors->addItem(outcome.error);
        Q_EMIT dryRun ? checkFinished(false) : importFinished(false);
        return;
    }
    const ImportReport& r = outcome.report;
    for (const QString& e : r.errors)
        m_errors->addItem(e);
    markProblems(r.errors);
    if (r.moreErrors > 0)
        m_errors->addItem(tr("… and %n more problem(s)", nullptr, r.moreErrors));
    if (!r.ok()) {
        m_summary->setText(tr("%n problem(s) found. Nothing will be imported until the file is corrected.",
                              nullptr, int(r.errors.size()) + r.moreErrors));
        Q_EMIT dryRun ? checkFinished(false) : importFinished(false);
        return;
    }
    if (dryRun) {
        m_checkedGood = !m_workspace->isReadOnly();
        m_import->setEnabled(m_checkedGood);
        QString text = tr("The file is good: %1 row(s) to add, %2 already there unchanged.")
                           .arg(r.added)
                           .arg(r.unchanged);
        if (r.organisationsCreated > 0)
            text += u' ' + tr("%n new organisation(s) will be created.", nullptr, r.organisationsCreated);
        if (m_workspace->isReadOnly())
            text += u' ' + tr("This file is open read-only, so nothing can be imported.");
        m_summary->setText(text);
        Q_EMIT checkFinished(true);
        return;
    }
    // Written by another connection: every table reloads; an import is not undone step by step.
    m_workspace->services().announceExternalChange();
    m_workspace->undoStack()->clear();
    m_checkedGood = false;
    m_summary->setText(tr("Imported %1 row(s) into %2; %3 were already there. Undo history was cleared.")
                           .arg(r.added)
                           .arg(toText(kind()))
                           .arg(r.unchanged));
    Q_EMIT importFinished(true);
}

} // namespace arwain
