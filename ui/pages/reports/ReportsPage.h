// ReportsPage: the annual report with a live preview (year, language, definition, suppression), saved
// as PDF or HTML or printed; and completion certificates for a cohort or one person.
#pragma once

#include "domain/Result.h"
#include "models/LabelledCodesModel.h"
#include "pages/Page.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QImage>
#include <QThread>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace arwain {

class ReportWorker;
class Services;
class Workspace;

class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(Workspace* workspace, QWidget* parent = nullptr);
    ~ReportsPage() override;

    ReportOptions options() const;
    // Shows this reporting year's report, when the file has one.
    void setYear(int firstYear);
    const ReportDocument& document() const { return m_document; }
    QTextBrowser* preview() const { return m_preview; }
    // Each reports failures on the page and returns whether it worked.
    bool savePdf(const QString& path);
    bool saveHtml(const QString& path);
    // Certificates of the chosen cohort (and person) into `folder`; how many were written (-1: failed).
    int saveCertificates(const QString& folder);

public Q_SLOTS:
    void refresh();
    void reloadChoices();

Q_SIGNALS:
    void previewed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDocument(const ReportDocument& doc);
    void fillPeople();
    // The cohorts certificates can be written for (courses with someone who completed), newest first,
    // as the combo box shows them: worked out on the worker for a large file.
    using CertificateCohort = LabelledCodesModel::Choice;
    static Result<QList<CertificateCohort>> certificateCohorts(const Services& services);
    void fillCohorts(Result<QList<CertificateCohort>> cohorts, const QString& chosen);
    void askSave(bool pdf);
    void askPrint();
    void askCertificates();
    void setStatus(const QString& text);

    Workspace* m_workspace;
    bool m_stale = false;  // a large file: read when first shown
    int m_cohortsRead = 0; // the newest read of the certificates' cohorts
    QThread m_thread;
    ReportWorker* m_worker = nullptr;
    int m_requested = 0;
    ReportDocument m_document;
    QList<QImage> m_charts; // the document's charts, drawn by the worker
    QComboBox* m_year;
    QComboBox* m_lang;
    QComboBox* m_definition;
    QSpinBox* m_suppress;
    QTextBrowser* m_preview;
    QPushButton* m_savePdf;
    QPushButton* m_saveHtml;
    QPushButton* m_print;
    QComboBox* m_cohort;
    QComboBox* m_person;
    QComboBox* m_certificateLang;
    QPushButton* m_saveCertificates;
    QLabel* m_status;
};

} // namespace arwain
