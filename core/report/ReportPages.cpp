// ReportPages: pagination by hand (QTextDocument::print numbers pages but cannot word the footer):
// lay the document out at the page's size, then paint it a page at a time, clipped, with the footer
// below the body.
#include "report/ReportPages.h"
#include "io/OutputFile.h"

#include "i18n/Translation.h"
#include "report/ReportCharts.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace arwain {

QFont ReportPages::font(int points, const QString& family)
{
    QFont f(family, points);
    // No ligatures, so "fi" stays two letters that a screen reader, a search or a copy finds.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QList<QImage> ReportPages::chartImages(const ReportDocument& doc, int scale)
{
    QList<QImage> images;
    for (const ReportBlock& b : doc.blocks) {
        if (b.kind != ReportBlock::Kind::Chart)
            continue;
        QImage image(ReportCharts::width * scale, ReportCharts::height * scale, QImage::Format_RGB32);
        image.fill(Qt::white);
        QSvgRenderer svg(ReportCharts::svg(b.chart).toUtf8());
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        images << image;
    }
    return images;
}

std::unique_ptr<QTextDocument> ReportPages::layout(const ReportDocument& doc, const QList<QImage>& charts)
{
    auto text = std::make_unique<QTextDocument>();
    text->setDefaultFont(ReportPages::font(10));
    text->setDocumentMargin(0);
    text->setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    const QList<QImage> images = charts.isEmpty() ? chartImages(doc) : charts;
    for (qsizetype i = 0; i < images.size(); ++i)
        text->addResource(QTextDocument::ImageResource, QUrl(ReportHtml::chartUrl(int(i))), images.at(i));
    text->setHtml(ReportHtml::write(doc, ReportHtml::Charts::Resources));
    return text;
}

namespace {

// Qt draws a paragraph whole on every page it touches (the painter's clip only hides the lines of the
// other page), so a paragraph split by a page break was in the PDF's text twice, once out of sight —
// and a copy or a screen reader said it twice. A paragraph (outside tables) that would be split starts
// the next page instead (with its heading), unless it is longer than a page.
void keepParagraphsOnOnePage(QTextDocument& text, double pageHeight)
{
    for (int round = 0; round < 1000; ++round) {
        QTextBlock split;
        for (QTextBlock b = text.begin(); b.isValid() && !split.isValid(); b = b.next()) {
            const QTextLayout* l = b.layout();
            if (!l || l->lineCount() < 2 || QTextCursor(b).currentTable())
                continue;
            const QTextLine first = l->lineAt(0);
            const QTextLine last = l->lineAt(l->lineCount() - 1);
            const double top = l->position().y() + first.y();
            const double bottom = l->position().y() + last.y() + last.height();
            if (int(top / pageHeight) != int((bottom - 0.5) / pageHeight) && bottom - top < pageHeight &&
                !(b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                split = b;
        }
        if (!split.isValid())
            return;
        // A heading goes with its paragraph.
        for (QTextBlock before = split.previous();
             before.isValid() && before.blockFormat().headingLevel() > 0 &&
             !(before.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
             before = before.previous())
            split = before;
        QTextBlockFormat format = split.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(split).setBlockFormat(format);
    }
}

} // namespace

int ReportPages::paint(QTextDocument& text, QPagedPaintDevice& device, const QString& lang,
                       QList<PdfOutline::Heading>* headings)
{
    const Translation t(Translation::parse(lang).value_or(Lang::English));
    QPainter painter(&device);
    text.documentLayout()->setPaintDevice(&device);
    const QFont footerFont = font(8);
    const int footer = QFontMetrics(footerFont, &device).height() * 3;
    const QSizeF body(device.width(), device.height() - footer);
    text.setPageSize(body);
    keepParagraphsOnOnePage(text, body.height());
    const int pages = text.pageCount();
    if (headings) {
        const double top = device.pageLayout().paintRect(QPageLayout::Point).top();
        const double pointsPerPixel = 72.0 / device.logicalDpiY();
        for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            if (level <= 0)
                continue;
            const double y = text.documentLayout()->blockBoundingRect(block).top();
            const int page = int(y / body.height());
            headings->append({level, block.text(), page, top + (y - page * body.height()) * pointsPerPixel});
        }
    }
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        // Half a pixel short of the next page: a line whose top is the next page's first pixel belongs to
        // that page only. (With the whole height, the first line of a page was drawn at the foot of the
        // one before too — clipped out of sight, but in the text a copy or a screen reader takes.)
        const QRectF clip(0, page * body.height(), body.width(), body.height() - 0.5);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footerRect(0, body.height() + footer / 3.0, body.width(), footer * 2 / 3.0);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         text.metaInformation(QTextDocument::DocumentTitle));
        painter.drawText(
            footerRect, Qt::AlignRight | Qt::AlignVCenter,
            t.translate("arwain::ReportPages", "Page %1 of %2").arg(t.number(page + 1), t.number(pages)));
    }
    return pages;
}

Result<void> ReportPages::writePdf(const ReportDocument& doc, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<PdfOutline::Heading> headings;
    double pageHeight = 0;
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(doc.title);
        pdf.setCreator(u"Arwain"_s);
        pageHeight = pdf.pageLayout().fullRect(QPageLayout::Point).height();
        auto text = layout(doc);
        paint(*text, pdf, doc.lang, &headings);
    }
    QByteArray bytes = buffer.data();
    if (auto outlined = PdfOutline::add(bytes, headings, doc.lang, pageHeight); !outlined)
        return outlined.toError();
    return OutputFile::write(path, bytes);
}

} // namespace arwain
