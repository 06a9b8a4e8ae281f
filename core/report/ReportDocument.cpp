// ReportDocument: the plain text of a report, block by block.
#include "report/ReportDocument.h"

using namespace Qt::StringLiterals;

namespace arwain {

QString ReportDocument::plainText() const
{
    QStringList lines;
    for (const ReportBlock& b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Note:
            lines << b.text;
            break;
        case ReportBlock::Kind::Bullets:
            for (const QString& item : b.items)
                lines << u"• "_s + item;
            break;
        case ReportBlock::Kind::Table:
            lines << b.text << b.header.join(u" | "_s);
            for (const QStringList& r : b.rows)
                lines << r.join(u" | "_s);
            break;
        case ReportBlock::Kind::Chart:
            lines << b.chart.title << b.chart.description;
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace arwain
