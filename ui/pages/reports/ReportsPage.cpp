// ReportsPage: choices on the left, the report as it will print on the right. The report is written by
// ReportWorker off the UI thread; the preview is the same QTextDocument the PDF and printer lay out.
#include "pages/reports/ReportsPage.h"
#include "io/OutputFile.h"

#include "Workspace.h"
#include "domain/Clock.h"
#include "domain/ReportingYear.h"
#include "i18n/Translation.h"
#include "models/BackgroundRead.h"
#include "models/BehindTheWindow.h"
#include "pages/PageWidgets.h"
#include "pages/reports/ReportWorker.h"
#include "report/Certificates.h"
#include "report/ReportFigures.h"
#include "report/ReportHtml.h"
#include "report/ReportPages.h"
#include "services/FeedbackService.h"

#include "widgets/SaveDialog.h"
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace arwain {

ReportsPage::ReportsPage(Workspace* workspace, QWidget* parent) : Page(parent), m_workspace(workspace)
{
    qRegisterMetaType<ReportOptions>();
    qRegisterMetaType<ReportDocument>();
    qRegisterMetaType<QList<QImage>>();
    m_worker = new ReportWorker(workspace->path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(
        m_worker, &ReportWorker::written, this,
        [this](int generation, const ReportDocument& doc, const QList<QImage>& charts, const QString& error) {
            if (generation != m_requested)
                return; // superseded while it was written
            if (!error.isEmpty()) {
                setStatus(error);
                return;
            }
            m_charts = charts;
            showDocument(doc);
        });
    connect(&m_thread, &QThread::started, &m_thread, &workBehindTheWindow, Qt::DirectConnection); // on it
    m_thread.start();

    m_year = new QComboBox;
    m_year->setObjectName(u"report-year"_s);
    m_lang = new QComboBox;
    m_lang->setObjectName(u"report-language"_s);
    m_lang->addItem(u"English"_s, u"en"_s);
    m_lang->addItem(u"Cymraeg"_s, u"cy"_s);
    m_lang->setCurrentIndex(labels::welsh() ? 1 : 0);
    m_definition = new QComboBox;
    m_definition->setObjectName(u"report-definition"_s);
    m_definition->addItem(tr("Published"), int(Definition::Published));
    m_definition->addItem(tr("Excluding deferrals"), int(Definition::ExcludingDeferrals));
    m_definition->addItem(tr("Finished only"), int(Definition::FinishedOnly));
    m_suppress = new QSpinBox;
    m_suppress->setObjectName(u"report-suppress"_s);
    m_suppress->setRange(0, 1000);
    m_suppress->setSpecialValueText(tr("show every figure"));
    m_suppress->setSuffix(tr(" responses"));
    m_suppress->setToolTip(tr("Feedback percentages from fewer responses than this are withheld"));
    m_savePdf = new QPushButton(tr("Save as &PDF…"));
    m_saveHtml = new QPushButton(tr("Save as HT&ML…"));
    m_print = new QPushButton(tr("P&rint…"));
    connect(m_savePdf, &QPushButton::clicked, this, [this] { askSave(true); });
    connect(m_saveHtml, &QPushButton::clicked, this, [this] { askSave(false); });
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::askPrint);

    auto* reportBox = new QGroupBox(tr("Annual report"));
    auto* form = new QFormLayout(reportBox);
    form->addRow(buddyLabel(tr("&Year:"), m_year), m_year);
    form->addRow(buddyLabel(tr("&Language:"), m_lang), m_lang);
    form->addRow(buddyLabel(tr("&Completion rate:"), m_definition), m_definition);
    form->addRow(buddyLabel(tr("&Withhold feedback under:"), m_suppress), m_suppress);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_savePdf, m_saveHtml, m_print})
        buttons->addWidget(b);
    form->addRow(buttons);

    m_cohort = new QComboBox;
    m_cohort->setObjectName(u"certificate-cohort"_s);
    // As wide as a code and its count, not as the widest of thousands of cohorts (measured on each show).
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cohort->setMinimumContentsLength(24);
    m_person = new QComboBox;
    m_person->setObjectName(u"certificate-person"_s);
    m_certificateLang = new QComboBox;
    m_certificateLang->setObjectName(u"certificate-language"_s);
    m_certificateLang->addItem(tr("Welsh and English"), int(Certificates::Languages::Both));
    m_certificateLang->addItem(tr("Each person's preferred language"),
                               int(Certificates::Languages::Preferred));
    m_certificateLang->addItem(u"English"_s, int(Certificates::Languages::English));
    m_certificateLang->addItem(u"Cymraeg"_s, int(Certificates::Languages::Welsh));
    m_saveCertificates = new QPushButton(tr("&Save certificates…"));
    connect(m_saveCertificates, &QPushButton::clicked, this, &ReportsPage::askCertificates);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &ReportsPage::fillPeople);
    auto* certificateBox = new QGroupBox(tr("Completion certificates"));
    auto* certificateForm = new QFormLayout(certificateBox);
    certificateForm->addRow(buddyLabel(tr("Cohor&t:"), m_cohort), m_cohort);
    certificateForm->addRow(buddyLabel(tr("F&or:"), m_person), m_person);
    certificateForm->addRow(buddyLabel(tr("La&nguages:"), m_certificateLang), m_certificateLang);
    certificateForm->addRow(m_saveCertificates);

    m_status = new QLabel;
    m_status->setObjectName(u"report-status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    auto* side = new QVBoxLayout;
    side->addWidget(reportBox);
    side->addWidget(certificateBox);
    side->addWidget(m_status);
    side->addStretch(1);
    auto* sideWidget = new QWidget;
    sideWidget->setLayout(side);
    sideWidget->setMaximumWidth(380);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(u"report-preview"_s);
    m_preview->setAccessibleName(tr("Report preview"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(m_preview, 1);

    for (QComboBox* box : {m_year, m_lang, m_definition})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_suppress, &QSpinBox::valueChanged, this, &ReportsPage::refresh);
    connect(workspace, &Workspace::changed, this, [this](DataTables::Table table) {
        if (m_stale)
            return; // read in full when the page is next shown
        if (table == DataTables::Cohorts)
            reloadChoices();
        else if (table == DataTables::Enrolments)
            fillPeople();
        refresh();
    });
    // A large file's report takes seconds and much memory: it is written when the page is first shown,
    // not while the file opens.
    m_stale = workspace->readsInBackground();
    if (!m_stale) {
        reloadChoices();
        refresh();
    }
}

void ReportsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reloadChoices();
        refresh();
    }
}

ReportsPage::~ReportsPage()
{
    m_thread.quit();
    m_thread.wait();
}

void ReportsPage::reloadChoices()
{
    const QSignalBlocker blockYear(m_year), blockCohort(m_cohort), blockSuppress(m_suppress);
    const int chosenYear = m_year->currentData().isValid() ? m_year->currentData().toInt() : -1;
    const QString chosenCohort = m_cohort->currentData().toString();
    m_year->clear();
    const auto years = ReportFigures::reportingYears(m_workspace->services());
    const int lastEnded = ReportingYear::containing(Clock::today()).firstYear() - 1;
    for (int y : years ? years.value() : QList<int>())
        m_year->addItem(labels::year(y), y);
    if (m_year->count() == 0)
        m_year->addItem(labels::year(lastEnded), lastEnded);
    // The last year that has ended: the one an annual report is written about.
    const int wanted = chosenYear >= 0 ? chosenYear : lastEnded;
    int index = m_year->findData(wanted);
    if (index < 0)
        for (int i = 0; i < m_year->count() && index < 0; ++i)
            if (m_year->itemData(i).toInt() <= wanted)
                index = i;
    m_year->setCurrentIndex(std::max(index, 0));
    m_suppress->setValue(m_workspace->feedback().suppressionThreshold());

    if (!m_workspace->readsInBackground()) {
        fillCohorts(certificateCohorts(m_workspace->services()), chosenCohort);
        return;
    }
    const int generation = ++m_cohortsRead;
    readInBackground<QList<CertificateCohort>>(
        this, m_workspace->path(), [](const Services& services) { return certificateCohorts(services); },
        [this, generation, chosenCohort](Result<QList<CertificateCohort>> cohorts) {
            if (generation == m_cohortsRead)
                fillCohorts(std::move(cohorts), chosenCohort);
        });
}

Result<QList<ReportsPage::CertificateCohort>> ReportsPage::certificateCohorts(const Services& services)
{
    // From the kept counts, not the tree's figures for every cohort counted again.
    auto cohorts = Certificates::cohortsToCertify(services);
    if (!cohorts)
        return cohorts.toError();
    QList<CertificateCohort> out;
    out.reserve(cohorts.value().size());
    for (const CompletedCohort& c : cohorts.value())
        out.append({tr("%1 (%n completed)", nullptr, c.completed).arg(c.code), c.code});
    return out;
}

void ReportsPage::fillCohorts(Result<QList<CertificateCohort>> cohorts, const QString& chosen)
{
    const QSignalBlocker block(m_cohort);
    // One model set at once, two strings a row: tens of thousands of addItem() calls, or a QStandardItem
    // a row, held the window.
    QList<CertificateCohort> list;
    if (cohorts)
        list = cohorts.take();
    else
        setStatus(cohorts.error().toHtmlEscaped());
    auto* model = new LabelledCodesModel(std::move(list), m_cohort);
    m_cohort->setModel(model); // the combo box deletes the model before, which it is the parent of
    m_cohort->setCurrentIndex(std::max(0, m_cohort->findData(chosen)));
    fillPeople();
}

void ReportsPage::fillPeople()
{
    m_person->clear();
    m_person->addItem(tr("Everyone who completed"), QVariant());
    const QString code = m_cohort->currentData().toString();
    m_saveCertificates->setEnabled(!code.isEmpty());
    if (code.isEmpty())
        return;
    auto list = Certificates::of(m_workspace->services(), code);
    if (!list)
        return;
    for (const Certificates::Certificate& c : list.value())
        m_person->addItem(c.participant.givenName + u' ' + c.participant.familyName, c.participant.id);
}

void ReportsPage::setYear(int firstYear)
{
    if (m_stale) { // the years are read when the page is shown; this one is then chosen
        const QSignalBlocker block(m_year);
        m_year->clear();
        m_year->addItem(labels::year(firstYear), firstYear);
        return;
    }
    if (const int i = m_year->findData(firstYear); i >= 0)
        m_year->setCurrentIndex(i);
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    o.year = m_year->currentData().toInt();
    o.lang = m_lang->currentData().toString() == u"cy"_s ? Lang::Welsh : Lang::English;
    o.definition = Definition(m_definition->currentData().toInt());
    o.minResponses = m_suppress->value();
    return o;
}

void ReportsPage::refresh()
{
    setStatus(tr("Writing the report…"));
    m_requested += 1;
    m_worker->latest = m_requested;
    m_worker->previewScale = std::max(1, int(std::ceil(devicePixelRatioF())));
    QMetaObject::invokeMethod(m_worker, "write", Qt::QueuedConnection, Q_ARG(int, m_requested),
                              Q_ARG(arwain::ReportOptions, options()));
}

void ReportsPage::showDocument(const ReportDocument& doc)
{
    m_document = doc;
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    auto text = ReportPages::layout(doc, m_charts);
    QTextDocument* shown = text.release();
    shown->setDocumentMargin(16); // on screen, a little white around the page's text
    // The editor deletes a document it made itself; one set here (parented to the preview) is ours.
    QTextDocument* old = m_preview->document();
    const bool ours = old && old->parent() == m_preview;
    shown->setParent(m_preview);
    m_preview->setDocument(shown);
    if (ours)
        old->deleteLater();
    m_preview->verticalScrollBar()->setValue(scroll);
    setStatus(tr("%1, as at %2.").arg(doc.title, QLocale().toString(Clock::today(), QLocale::LongFormat)));
    Q_EMIT previewed();
}

void ReportsPage::setStatus(const QString& text)
{
    m_status->setText(text.toHtmlEscaped());
}

bool ReportsPage::savePdf(const QString& path)
{
    if (auto written = ReportPages::writePdf(m_document, path); !written) {
        setStatus(written.error());
        return false;
    }
    m_status->setText(
        tr("Saved the report as <a href=\"%1\">%2</a>.")
            .arg(QUrl::fromLocalFile(path).toString(), QDir::toNativeSeparators(path).toHtmlEscaped()));
    m_workspace->reportSaved(path);
    return true;
}

bool ReportsPage::saveHtml(const QString& path)
{
    if (auto written = OutputFile::write(path, ReportHtml::write(m_document).toUtf8()); !written) {
        setStatus(written.error());
        return false;
    }
    m_status->setText(
        tr("Saved the report as <a href=\"%1\">%2</a>.")
            .arg(QUrl::fromLocalFile(path).toString(), QDir::toNativeSeparators(path).toHtmlEscaped()));
    m_workspace->reportSaved(path);
    return true;
}

void ReportsPage::askSave(bool pdf)
{
    const QString suggested = m_document.title + (pdf ? u".pdf"_s : u".html"_s);
    const QString path =
        askSavePath(this, pdf ? tr("Save the report as PDF") : tr("Save the report as HTML"), suggested,
                    {pdf ? FileType{tr("PDF"), u"pdf"_s} : FileType{tr("Web page"), u"html"_s}});
    if (path.isEmpty())
        return;
    pdf ? savePdf(path) : saveHtml(path);
}

void ReportsPage::askPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto text = ReportPages::layout(m_document); // its charts drawn sharp for paper, not the preview's
    const int pages = ReportPages::paint(*text, printer, m_document.lang);
    setStatus(tr("Sent %n page(s) to the printer.", nullptr, pages));
}

int ReportsPage::saveCertificates(const QString& folder)
{
    const QVariant who = m_person->currentData();
    auto list = Certificates::of(m_workspace->services(), m_cohort->currentData().toString(),
                                 who.isValid() ? std::optional<qint64>(who.toLongLong()) : std::nullopt);
    if (!list) {
        setStatus(list.error());
        return -1;
    }
    const auto languages = Certificates::Languages(m_certificateLang->currentData().toInt());
    QProgressDialog progress(tr("Saving certificates…"), tr("Cancel"), 0, int(list.value().size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto written = Certificates::write(list.value(), folder, languages, [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (!written) {
        setStatus(written.error());
        return -1;
    }
    const int count = int(written.value().size());
    m_status->setText(
        tr("Saved %n certificate(s) in <a href=\"%1\">%2</a>.", nullptr, count)
            .arg(QUrl::fromLocalFile(folder).toString(), QDir::toNativeSeparators(folder).toHtmlEscaped()));
    return count;
}

void ReportsPage::askCertificates()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Save the certificates in"), QDir::homePath());
    if (!folder.isEmpty())
        saveCertificates(folder);
}

} // namespace arwain
