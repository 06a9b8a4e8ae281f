// SurveyImportDialog: the steps share one page so the keyboard reaches every choice with Tab; the
// import itself is SurveyImporter's, in one transaction.
#include "dialogs/SurveyImportDialog.h"

#include "Labels.h"
#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "io/csv/SurveyImporter.h"
#include "pages/PageWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// The meanings an answer word can have, canonical word → label; "" is "no answer".
QList<std::pair<QString, QString>> meanings()
{
    return {{u"yes"_s, labels::of(YesNo::Yes)},
            {u"no"_s, labels::of(YesNo::No)},
            {u"very well"_s, labels::of(MetNeeds::VeryWell)},
            {u"quite well"_s, labels::of(MetNeeds::QuiteWell)},
            {u"not very well"_s, labels::of(MetNeeds::NotVeryWell)},
            {u"not at all"_s, labels::of(MetNeeds::NotAtAll)},
            {QString(), SurveyImportDialog::tr("no answer")}};
}
} // namespace

SurveyImportDialog::SurveyImportDialog(Workspace* workspace, qint64 cohortId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_cohort(cohortId)
{
    setWindowTitle(tr("Import a survey export"));
    m_file = named(new QLineEdit, tr("Survey file"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &SurveyImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { load(m_file->text()); });
    m_saved = named(new QComboBox, tr("Mapping"));
    m_saved->addItem(tr("Guess from the file's headers"), QString());
    for (const QString& name : SurveyImporter(m_workspace->services()).savedNames())
        m_saved->addItem(name, name);
    connect(m_saved, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_saved->currentData().toString();
        if (name.isEmpty()) {
            applyMapping(SurveyMapping::guess(m_headers));
        } else if (const auto m = SurveyImporter(m_workspace->services()).saved(name)) {
            m_name->setText(name);
            applyMapping(*m);
        }
    });
    m_name = named(new QLineEdit, tr("Remember the mapping as"));
    m_name->setPlaceholderText(tr("e.g. Leaderful Action end-of-programme survey"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* first = new QFormLayout;
    first->addRow(buddyLabel(tr("&File:"), m_file), fileRow);
    first->addRow(tr("&Mapping:"), m_saved);
    first->addRow(tr("&Remember as:"), m_name);

    auto* columnsBox = new QGroupBox(tr("Which column holds each question"));
    auto* columns = new QFormLayout(columnsBox);
    for (const QString& field : SurveyMapping::fields()) {
        auto* box = named(new QComboBox, SurveyMapping::question(field));
        connect(box, &QComboBox::currentIndexChanged, this, &SurveyImportDialog::refreshAnswers);
        m_columns.insert(field, box);
        columns->addRow(SurveyMapping::question(field), box);
    }
    auto* answersBox = new QGroupBox(tr("What each answer means"));
    auto* answersLayout = new QVBoxLayout(answersBox);
    m_answers = new QTableWidget(0, 2);
    m_answers->setAccessibleName(tr("Answers in the file and their meaning"));
    m_answers->setHorizontalHeaderLabels({tr("Answer in the file"), tr("Means")});
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_answers->verticalHeader()->hide();
    answersLayout->addWidget(m_answers);

    m_results = new QPlainTextEdit;
    m_results->setReadOnly(true);
    m_results->setAccessibleName(tr("Import results"));
    m_results->setPlaceholderText(
        tr("Choose a file; problems found in it are listed here with their lines."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (import())
            accept();
    });
    auto* grid = new QHBoxLayout;
    grid->addWidget(columnsBox, 1);
    grid->addWidget(answersBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addLayout(grid, 1);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    resize(900, 600);
}

void SurveyImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Survey export"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
        load(path);
    }
}

bool SurveyImportDialog::load(const QString& path)
{
    if (m_file->text() != path)
        m_file->setText(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_results->setPlainText(tr("%1: cannot read: %2").arg(path, f.errorString()));
        m_import->setEnabled(false);
        return false;
    }
    auto headers = SurveyImporter::headers(f, QFileInfo(path).fileName());
    if (!headers) {
        m_results->setPlainText(headers.error());
        m_import->setEnabled(false);
        return false;
    }
    m_headers = headers.value();
    const QString name = m_saved->currentData().toString();
    const auto remembered =
        name.isEmpty() ? std::nullopt : SurveyImporter(m_workspace->services()).saved(name);
    applyMapping(remembered ? *remembered : SurveyMapping::guess(m_headers));
    m_results->setPlainText(
        tr("%1 columns read. Check the columns and answers, then Import.").arg(m_headers.size()));
    m_import->setEnabled(true);
    return true;
}

void SurveyImportDialog::applyMapping(const SurveyMapping& m)
{
    m_base = m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        QComboBox* box = it.value();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(not in the file)"), QString());
        for (const QString& h : m_headers)
            box->addItem(h, h);
        box->setCurrentIndex(std::max(0, box->findData(m.columns.value(it.key()))));
    }
    refreshAnswers();
}

void SurveyImportDialog::refreshAnswers()
{
    const SurveyMapping current = mapping();
    QStringList words;
    QFile f(m_file->text());
    if (f.open(QIODevice::ReadOnly))
        if (auto found = SurveyImporter::answerWords(f, QFileInfo(f).fileName(), current))
            words = found.value();
    m_answers->setRowCount(int(words.size()));
    for (int i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        auto* item = new QTableWidgetItem(w);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_answers->setItem(i, 0, item);
        auto* box = named(new QComboBox, tr("Meaning of \"%1\"").arg(w));
        box->addItem(tr("(choose)"), u"?"_s);
        for (const auto& [canonical, label] : meanings())
            box->addItem(label, canonical);
        const QString known = m_base.yesNoAnswers.contains(w)   ? m_base.yesNoAnswers.value(w)
                              : m_base.needsAnswers.contains(w) ? m_base.needsAnswers.value(w)
                                                                : u"?"_s;
        box->setCurrentIndex(std::max(0, box->findData(known)));
        m_answers->setCellWidget(i, 1, box);
    }
    m_answers->resizeColumnToContents(0);
}

SurveyMapping SurveyImportDialog::mapping() const
{
    SurveyMapping m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (const QString h = it.value()->currentData().toString(); !h.isEmpty())
            m.columns.insert(it.key(), h);
    for (int i = 0; i < m_answers->rowCount(); ++i) {
        const QString word = m_answers->item(i, 0)->text();
        const QString meaning =
            static_cast<QComboBox*>(m_answers->cellWidget(i, 1))->currentData().toString();
        if (meaning == u"?")
            continue; // left unmapped: the import names every row that uses it
        if (meaning.isEmpty()) {
            m.needsAnswers.insert(word, QString());
            m.yesNoAnswers.insert(word, QString());
        } else if (fromText<YesNo>(meaning)) {
            m.yesNoAnswers.insert(word, meaning);
        } else {
            m.needsAnswers.insert(word, meaning);
        }
    }
    return m;
}

bool SurveyImportDialog::import()
{
    QFile f(m_file->text());
    if (!f.open(QIODevice::ReadOnly)) {
        m_results->setPlainText(tr("%1: cannot read: %2").arg(m_file->text(), f.errorString()));
        return false;
    }
    auto report = SurveyImporter(m_workspace->services())
                      .run(f, QFileInfo(f).fileName(), m_cohort, mapping(), m_name->text());
    if (!report) {
        m_results->setPlainText(report.error());
        return false;
    }
    const ImportReport& r = report.value();
    if (!r.ok()) {
        QString text =
            tr("Nothing was imported. Fix these and import again:") + u"\n"_s + r.errors.join(u'\n');
        if (r.moreErrors > 0)
            text += u"\n"_s + tr("… and %1 more").arg(r.moreErrors);
        m_results->setPlainText(text);
        return false;
    }
    m_results->setPlainText(
        tr("%1 responses added; %2 rows already recorded or empty.").arg(r.added).arg(r.unchanged));
    return true;
}

} // namespace arwain
