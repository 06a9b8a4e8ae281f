// ReportPages: a ReportDocument laid out on A4 pages with Qt's rich text: for the PDF, the printer and
// the app's preview, one layout. Pages carry "Page N of M" in the report's language.
#pragma once

#include "domain/Result.h"
#include "report/PdfOutline.h"
#include "report/ReportDocument.h"

#include <QFont>

#include <memory>

class QImage;
class QTextDocument;
class QPagedPaintDevice;
class QPainter;

namespace arwain {

class ReportPages
{
public:
    // The reports' and certificates' font: DejaVu (every Welsh letter), without ligatures.
    static QFont font(int points, const QString& family = QStringLiteral("DejaVu Sans"));
    // The report as a QTextDocument (charts drawn from their SVG as image resources).
    // `charts`: the images chartImages() drew (in a worker thread, say); drawn here when not given.
    static std::unique_ptr<QTextDocument> layout(const ReportDocument& doc, const QList<QImage>& charts = {});
    // The document's charts drawn from their SVG, in order: plain images, safe to make off the UI thread.
    // `scale` times their drawn size: 3 keeps them sharp on paper; a screen needs its pixel ratio only
    // (images grow with the square of the scale).
    static QList<QImage> chartImages(const ReportDocument& doc, int scale = 3);
    // Lays `text` out for the device's page and paints every page, with the footer; the device must
    // already be set up (page size, margins). Returns the number of pages; `headings`, when given,
    // receives where each heading landed (for the PDF's outline).
    static int paint(QTextDocument& text, QPagedPaintDevice& device, const QString& lang,
                     QList<PdfOutline::Heading>* headings = nullptr);
    // A4 PDF, fonts embedded, the document's title, language and outline (its headings) set; written
    // whole or not at all.
    static Result<void> writePdf(const ReportDocument& doc, const QString& path);
};

} // namespace arwain
