// arwain-cli's documents: the year's report as PDF (its text layer and fonts) and HTML, in English and
// Welsh, and certificates.
#include "CliSupport.h"
#include "QtPrinters.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace clitest;

namespace {

QString pdfTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << s(tool) << " (poppler-utils) did not run";
    EXPECT_EQ(p.exitCode(), 0) << s(tool) << ": " << s(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext's words on one line each way: lines break wherever the page did.
QString pdfText(const QString& path)
{
    return pdfTool(u"pdftotext"_s, {path, u"-"_s}).simplified();
}

// Every font of the file is embedded: pdffonts' "emb" column says yes on each font's line.
void expectFontsEmbedded(const QString& path)
{
    const QStringList lines = pdfTool(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    EXPECT_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        EXPECT_TRUE(line.contains(u" yes "_s)) << "not embedded: " << s(line);
}

} // namespace

// The text layer follows the pages: no line of the report is on two pages (a line at a page's foot was
// once drawn, clipped, on that page as well as the next, so copying or a screen reader said it twice).
TEST_F(Cli, EveryLineOfTheReportPdfIsOnOnePageOnly)
{
    for (const QString& lang : {u"en"_s, u"cy"_s}) {
        const QString pdf = dir.filePath(u"report-%1.pdf"_s.arg(lang));
        const Outcome made =
            run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, lang, u"-o"_s, pdf});
        ASSERT_EQ(made.exit, 0) << s(made.err);
        const int pages =
            QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(pdfTool(u"pdfinfo"_s, {pdf})).captured(1).toInt();
        ASSERT_GE(pages, 2);
        QList<QSet<QString>> lines;
        for (int p = 1; p <= pages; ++p) {
            QSet<QString> page;
            const QString n = QString::number(p);
            for (const QString& line :
                 pdfTool(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s}).split(u'\n'))
                if (line.simplified().size() > 30)
                    page.insert(line.simplified());
            lines << page;
        }
        // The running footer (the report's title) is on every page by design.
        QSet<QString> everywhere = lines.first();
        for (const QSet<QString>& page : lines)
            everywhere &= page;
        for (int p = 1; p < pages; ++p) {
            const QSet<QString> both = (lines.at(p - 1) & lines.at(p)) - everywhere;
            EXPECT_TRUE(both.isEmpty()) << s(lang) << ": pages " << p << " and " << p + 1 << " both hold "
                                        << s(QStringList(both.begin(), both.end()).join(u" | "_s));
        }
    }
}

TEST_F(Cli, ReportWritesTheYearAsPdfInEnglishAndWelsh)
{
    const QString en = dir.filePath(u"report.pdf"_s);
    const Outcome made =
        run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, u"en"_s, u"-o"_s, en});
    ASSERT_EQ(made.exit, 0) << s(made.err);
    EXPECT_TRUE(made.err.contains(u"Wrote "_s));
    const QString text = pdfText(en);
    EXPECT_TRUE(
        text.contains(u"Of these, 32 completed the programme, with three deferrals and one withdrawal, "
                      u"resulting in a completion rate of 88.89 per cent."_s))
        << s(text);
    EXPECT_TRUE(text.contains(u"Page 1 of "_s));
    expectFontsEmbedded(en);
    const QString info = pdfTool(u"pdfinfo"_s, {en});
    EXPECT_TRUE(info.contains(u"Leadership development annual report 2024 to 2025"_s)) << s(info);
    EXPECT_TRUE(info.contains(u"A4"_s));
    // The headings are the outline a reader's sidebar and a screen reader move through.
    const QString outline = pdfTool(u"pdftohtml"_s, {u"-q"_s, u"-stdout"_s, u"-xml"_s, u"-i"_s, en});
    EXPECT_TRUE(outline.contains(u"<item page=\"1\">Summary</item>"_s)) << s(outline.right(2000));
    EXPECT_TRUE(outline.contains(u">Team Manager Development Programme (TMDP)</item>"_s));
    EXPECT_TRUE(outline.contains(u">About these figures</item>"_s));

    const QString cy = dir.filePath(u"adroddiad.pdf"_s);
    ASSERT_EQ(run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, u"cy"_s, u"-o"_s, cy}).exit,
              0);
    const QString welsh = pdfText(cy);
    for (const QString& expected :
         {u"2024 i 2025"_s, u"88.89 y cant"_s, u"Rhaglen Datblygu Rheolwyr Tîm"_s, u"Tudalen 1 o "_s})
        EXPECT_TRUE(welsh.contains(expected)) << "missing: " << s(expected) << "\n" << s(welsh);
    expectFontsEmbedded(cy);
    EXPECT_TRUE(pdfTool(u"pdftohtml"_s, {u"-q"_s, u"-stdout"_s, u"-xml"_s, u"-i"_s, cy})
                    .contains(u"<item page=\"1\">Crynodeb</item>"_s));
}

TEST_F(Cli, ReportsAreDrawnByTheDocumentsProgramBesideIt)
{
    // --lang before the command speaks Welsh and writes the report in Welsh too.
    const Outcome welsh = run({u"--lang"_s, u"cy"_s, u"report"_s, demoPath, u"--year"_s, u"2024"_s});
    ASSERT_EQ(welsh.exit, 0) << s(welsh.err);
    EXPECT_TRUE(
        welsh.out.contains(u"<title>Adroddiad blynyddol datblygu arweinyddiaeth 2024 i 2025</title>"_s));
    // --help of report is the real command's, with its options.
    const Outcome help = run({u"report"_s, u"--help"_s});
    EXPECT_EQ(help.exit, 0);
    EXPECT_TRUE(help.out.contains(u"--as-at"_s)) << s(help.out);
    // arwain-cli copied away on its own: a clear refusal naming the missing program, not a crash.
    const QString lonely = dir.filePath(u"arwain-cli"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(ARWAIN_CLI), lonely));
    QProcess p;
    p.start(lonely, {u"report"_s, demoPath, u"--year"_s, u"2024"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    // It names where an installed arwain-cli looks: the library-programs folder beside its own.
    EXPECT_TRUE(err.contains(QDir::cleanPath(dir.filePath(u"../libexec/arwain/arwain-cli-documents"_s))))
        << s(err);
    EXPECT_TRUE(p.readAllStandardOutput().isEmpty());
    // The other commands still work there: they need nothing beside them.
    p.start(lonely, {u"stats"_s, demoPath, u"--year"_s, u"2024"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(u"88.89"_s));
}

TEST_F(Cli, ReportAsHtmlAndItsUsageErrors)
{
    const Outcome html = run({u"report"_s, demoPath, u"--year"_s, u"2024"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(html.exit, 0) << s(html.err);
    EXPECT_TRUE(html.out.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(html.out.contains(u"<svg"_s));
    EXPECT_EQ(run({u"report"_s, demoPath, u"--format"_s, u"pdf"_s}).exit, 2); // a PDF needs -o
    EXPECT_EQ(run({u"report"_s, demoPath, u"--lang"_s, u"fr"_s}).exit, 2);    // no French
    EXPECT_EQ(run({u"report"_s, demoPath, u"--year"_s, u"next"_s}).exit, 2);  // not a year
    const Outcome missing = run({u"report"_s, dir.filePath(u"none.arwain"_s), u"--year"_s, u"2024"_s});
    EXPECT_EQ(missing.exit, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(u"none.arwain"_s)));
}

TEST_F(Cli, CertificatesForEveryoneWhoCompletedACohortWithTheirWelshNames)
{
    const QString folder = dir.filePath(u"certificates"_s);
    const Outcome made = run({u"certificates"_s, demoPath, u"--cohort"_s, u"TMDP-2023-1"_s, u"-o"_s, folder});
    ASSERT_EQ(made.exit, 0) << s(made.err);
    const QStringList files = made.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_GT(files.size(), 10);
    const QString gwenllian = folder + u"/TMDP-2023-1 Gwenllïan Nicholas.pdf"_s;
    ASSERT_TRUE(files.contains(gwenllian)) << s(made.out);
    const QString text = pdfText(gwenllian);
    for (const QString& expected :
         {u"Gwenllïan Nicholas"_s, u"Tystysgrif cwblhau"_s, u"Certificate of completion"_s,
          u"Rhaglen Datblygu Rheolwyr Tîm"_s, u"Team Manager Development Programme"_s})
        EXPECT_TRUE(text.contains(expected)) << "missing: " << s(expected) << "\n" << s(text);
    expectFontsEmbedded(gwenllian);
    EXPECT_TRUE(pdfTool(u"pdfinfo"_s, {gwenllian}).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));

    // One person, in Welsh only.
    const QString one = dir.filePath(u"one"_s);
    const Outcome llyr =
        run({u"certificates"_s, demoPath, u"--cohort"_s, u"TMDP-2023-1"_s, u"--participant"_s,
             u"llyr.thomas@example.org"_s, u"--lang"_s, u"cy"_s, u"-o"_s, one});
    ASSERT_EQ(llyr.exit, 0) << s(llyr.err);
    const QString welsh = pdfText(one + u"/TMDP-2023-1 Llŷr Thomas.pdf"_s);
    EXPECT_TRUE(welsh.contains(u"Llŷr Thomas"_s));
    EXPECT_FALSE(welsh.contains(u"Certificate"_s));

    // A cohort nobody has completed yet: refused, nothing written.
    const QString none = dir.filePath(u"none"_s);
    const Outcome empty = run({u"certificates"_s, demoPath, u"--cohort"_s, u"TMDP-2026-1"_s, u"-o"_s, none});
    EXPECT_EQ(empty.exit, 1);
    EXPECT_TRUE(empty.err.contains(u"Nobody has completed TMDP-2026-1 yet"_s)) << s(empty.err);
    EXPECT_FALSE(QFile::exists(none));
}
