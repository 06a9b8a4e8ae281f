// The Reports page driven as a report writer would: the preview follows the year and the language,
// Save as PDF and HTML write the report, and certificates print for a cohort or one person.
#include "UiTestSupport.h"

#include "pages/reports/ReportsPage.h"

#include <QDir>
#include <QTextBrowser>

using namespace arwain;
using namespace arwain::uitest;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

class ReportsUi : public App
{
protected:
    void SetUp() override
    {
        App::SetUp();
        {
            auto ws = Workspace::create(dir.filePath(u"demo.arwain"_s), true);
            ASSERT_TRUE(ws.ok());
        }
        ASSERT_TRUE(window->openFile(dir.filePath(u"demo.arwain"_s), true)); // a manager: read-only
        QTest::keyClick(window.get(), Qt::Key_6, Qt::ControlModifier);
        page = window->reportsPage();
        ASSERT_TRUE(page->isVisible());
    }
    bool previewSays(const QString& text)
    {
        return waitFor([&] { return page->preview()->toPlainText().simplified().contains(text); });
    }
    QComboBox* combo(const char* name) { return page->findChild<QComboBox*>(QString::fromLatin1(name)); }
    ReportsPage* page = nullptr;
};

} // namespace

TEST_F(ReportsUi, ThePreviewFollowsTheChoicesAndSavesAsPdfAndHtml)
{
    // The last reporting year that has ended (today is November 2026) is chosen first.
    EXPECT_EQ(combo("report-year")->currentText(), u"2025 to 2026"_s);
    ASSERT_TRUE(previewSays(u"Leadership development annual report 2025 to 2026"_s));

    choose(combo("report-year"), u"2024 to 2025"_s);
    ASSERT_TRUE(previewSays(u"Of these, 32 completed the programme, with three deferrals and one withdrawal, "
                            u"resulting in a completion rate of 88.89 per cent."_s))
        << page->preview()->toPlainText().toStdString();

    choose(combo("report-language"), u"Cymraeg"_s);
    ASSERT_TRUE(previewSays(u"gan roi cyfradd cwblhau o 88.89 y cant"_s))
        << page->preview()->toPlainText().toStdString();
    EXPECT_EQ(page->document().title, u"Adroddiad blynyddol datblygu arweinyddiaeth 2024 i 2025"_s);

    // A different definition changes the words under the table.
    choose(combo("report-definition"), u"Excluding deferrals"_s);
    ASSERT_TRUE(previewSays(u"wedi cwblhau ÷ (pawb a gofrestrwyd − wedi gohirio)"_s))
        << page->preview()->toPlainText().toStdString();

    const QString pdf = dir.filePath(u"adroddiad.pdf"_s);
    ASSERT_TRUE(page->savePdf(pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"Tudalen 1 o"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Rhaglen Datblygu Rheolwyr Tîm"_s));
    EXPECT_TRUE(page->findChild<QLabel*>(u"report-status"_s)->text().contains(u"adroddiad.pdf"_s));

    const QString html = dir.filePath(u"adroddiad.html"_s);
    ASSERT_TRUE(page->saveHtml(html));
    QFile file(html);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(written.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(written.contains(u"lang=\"cy\""_s));

    // A folder that cannot be written: a clear message, nothing else.
    EXPECT_FALSE(page->savePdf(u"/proc/no-such-folder/report.pdf"_s));
    EXPECT_TRUE(page->findChild<QLabel*>(u"report-status"_s)->text().contains(u"cannot write"_s));
}

TEST_F(ReportsUi, CertificatesForACohortAndForOnePerson)
{
    choose(combo("certificate-cohort"), u"NDP-2024-1 (9 completed)"_s);
    QComboBox* person = combo("certificate-person");
    EXPECT_EQ(person->count(), 10); // everyone, then each of the nine
    const QString all = dir.filePath(u"certificates"_s);
    EXPECT_EQ(page->saveCertificates(all), 9);
    EXPECT_EQ(QDir(all).entryList({u"*.pdf"_s}).size(), 9);

    choose(combo("certificate-language"), u"Cymraeg"_s);
    choose(person, person->itemText(1));
    const QString one = dir.filePath(u"one"_s);
    EXPECT_EQ(page->saveCertificates(one), 1);
    const QStringList files = QDir(one).entryList({u"*.pdf"_s});
    ASSERT_EQ(files.size(), 1);
    const QString text = pdfText(QDir(one).filePath(files.first()));
    EXPECT_TRUE(text.contains(u"Tystysgrif cwblhau"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(person->itemText(1))) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Certificate"_s));
}
