// PdfOutline: reads the trailer, the catalogue and the page list of Qt's output, then appends new
// objects (outline root and items), a replacement catalogue, and a cross-reference section for them.
#include "report/PdfOutline.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

Error notQtPdf(const char* what)
{
    return fail(
        QCoreApplication::translate("arwain::PdfOutline", "the PDF could not be given an outline (%1)")
            .arg(QString::fromLatin1(what)));
}

// A text string as PDF wants it for any language: UTF-16BE with a byte-order mark, in hex.
QByteArray pdfText(const QString& s)
{
    QByteArray hex = "<FEFF";
    for (QChar c : s)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

// The dictionary of object `id` ("id 0 obj << … >> endobj"), without its outer << >>.
QByteArray dictionaryOf(const QByteArray& pdf, int id)
{
    const QByteArray head = '\n' + QByteArray::number(id) + " 0 obj";
    const qsizetype at = pdf.lastIndexOf(head);
    if (at < 0)
        return {};
    const qsizetype open = pdf.indexOf("<<", at);
    const qsizetype end = pdf.indexOf("endobj", at);
    const qsizetype close = pdf.lastIndexOf(">>", end);
    if (open < 0 || end < 0 || close < open)
        return {};
    return pdf.mid(open + 2, close - open - 2);
}

int refAfter(const QByteArray& text, const char* key)
{
    const QRegularExpression re(QString::fromLatin1(key) + u"\\s+(\\d+)\\s+0\\s+R"_s);
    const auto m = re.match(QString::fromLatin1(text));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

Result<void> PdfOutline::add(QByteArray& pdf, const QList<Heading>& headings, const QString& lang,
                             double pageHeight)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return notQtPdf("no trailer");
    const QByteArray trailer = pdf.mid(trailerAt, startxrefAt - trailerAt);
    const int size =
        QRegularExpression(u"/Size\\s+(\\d+)"_s).match(QString::fromLatin1(trailer)).captured(1).toInt();
    const int root = refAfter(trailer, "/Root");
    const int info = refAfter(trailer, "/Info");
    bool ok = false;
    const qint64 previous = pdf.mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (size <= 0 || root < 0 || !ok)
        return notQtPdf("unreadable trailer");
    const QByteArray catalog = dictionaryOf(pdf, root);
    const int pagesId = refAfter(catalog, "/Pages");
    const QByteArray pages = dictionaryOf(pdf, pagesId);
    if (catalog.isEmpty() || pages.isEmpty() || catalog.contains("/Outlines"))
        return notQtPdf("unexpected catalogue");
    QList<int> pageIds;
    const qsizetype kids = pages.indexOf("/Kids");
    const QString kidList = QString::fromLatin1(pages.mid(kids, pages.indexOf(']', kids) - kids));
    for (const auto& m : QRegularExpression(u"(\\d+)\\s+0\\s+R"_s).globalMatch(kidList))
        pageIds << m.captured(1).toInt();
    if (pageIds.isEmpty())
        return notQtPdf("no pages");

    // The outline tree: each heading's parent is the nearest heading before it with a lower level.
    const int outlineId = size;
    auto idOf = [&](qsizetype i) { return int(outlineId + 1 + i); };
    QList<int> parent(headings.size(), -1);
    for (qsizetype i = 0; i < headings.size(); ++i)
        for (qsizetype j = i - 1; j >= 0; --j)
            if (headings.at(j).level < headings.at(i).level) {
                parent[i] = int(j);
                break;
            }
    auto children = [&](int p) {
        QList<int> out;
        for (qsizetype i = 0; i < headings.size(); ++i)
            if (parent.at(i) == p)
                out << int(i);
        return out;
    };
    auto descendants = [&](int p) {
        int n = 0;
        for (qsizetype i = 0; i < headings.size(); ++i)
            for (int a = parent.at(i); a >= 0; a = parent.at(a))
                if (a == p) {
                    ++n;
                    break;
                }
        return n;
    };

    QByteArray tail = "\n";
    QList<QPair<int, qint64>> offsets; // object id, where it starts
    auto object = [&](int id, const QByteArray& body) {
        offsets.append({id, pdf.size() + tail.size()});
        tail += QByteArray::number(id) + " 0 obj\n<<\n" + body + "\n>>\nendobj\n";
    };
    const QList<int> top = children(-1);
    QByteArray outlineBody = "/Type /Outlines";
    if (!top.isEmpty())
        outlineBody += "\n/First " + QByteArray::number(idOf(top.first())) + " 0 R\n/Last " +
                       QByteArray::number(idOf(top.last())) + " 0 R\n/Count " +
                       QByteArray::number(headings.size());
    object(outlineId, outlineBody);
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const Heading& h = headings.at(i);
        const QList<int> siblings = children(parent.at(i));
        const qsizetype at = siblings.indexOf(int(i));
        const QList<int> mine = children(int(i));
        const int page = std::clamp(h.page, 0, int(pageIds.size()) - 1);
        QByteArray body = "/Title " + pdfText(h.title) + "\n/Parent " +
                          QByteArray::number(parent.at(i) < 0 ? outlineId : idOf(parent.at(i))) + " 0 R";
        if (at > 0)
            body += "\n/Prev " + QByteArray::number(idOf(siblings.at(at - 1))) + " 0 R";
        if (at + 1 < siblings.size())
            body += "\n/Next " + QByteArray::number(idOf(siblings.at(at + 1))) + " 0 R";
        if (!mine.isEmpty())
            body += "\n/First " + QByteArray::number(idOf(mine.first())) + " 0 R\n/Last " +
                    QByteArray::number(idOf(mine.last())) + " 0 R\n/Count " +
                    QByteArray::number(descendants(int(i)));
        body += "\n/Dest [" + QByteArray::number(pageIds.at(page)) + " 0 R /XYZ 0 " +
                QByteArray::number(pageHeight - h.top, 'f', 1) + " null]";
        object(idOf(i), body);
    }
    object(root, catalog.trimmed() + "\n/Outlines " + QByteArray::number(outlineId) +
                     " 0 R\n/PageMode /UseOutlines\n/ViewerPreferences << /DisplayDocTitle true >>\n/Lang " +
                     pdfText(lang));

    // Cross-reference: the new objects (consecutive from `size`) and the replaced catalogue.
    const int newSize = idOf(headings.size());
    const qint64 xrefAt = pdf.size() + tail.size();
    tail += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(root) + " 1\n";
    // QByteArray, not auto: a string-builder expression would outlive the temporaries it refers to.
    auto entry = [](qint64 offset) -> QByteArray {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    tail += entry(offsets.last().second);
    tail += QByteArray::number(size) + ' ' + QByteArray::number(newSize - size) + '\n';
    for (qsizetype i = 0; i + 1 < offsets.size(); ++i)
        tail += entry(offsets.at(i).second);
    tail += "trailer\n<<\n/Size " + QByteArray::number(newSize) + "\n/Root " + QByteArray::number(root) +
            " 0 R\n";
    if (info >= 0)
        tail += "/Info " + QByteArray::number(info) + " 0 R\n";
    tail += "/Prev " + QByteArray::number(previous) + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
            "\n%%EOF\n";
    pdf += tail;
    return {};
}

} // namespace arwain
