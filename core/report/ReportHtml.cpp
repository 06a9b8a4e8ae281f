// ReportHtml: headings stay headings (h1–h3) and tables keep header cells, so a screen reader can move
// through the report; numbers are right-aligned.
#include "report/ReportHtml.h"

#include "report/ReportCharts.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString ReportHtml::write(const ReportDocument& doc, Charts charts)
{
    const bool file = charts == Charts::InlineSvg;
    QString h;
    if (file) {
        h += u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""_s + doc.lang +
             u"\" xml:lang=\""_s + doc.lang + u"\">\n<head>\n<meta charset=\"utf-8\"/>\n"_s +
             u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>"_s +
             esc(doc.title) + u"</title>\n<style>\n"_s +
             u"body { font-family: 'DejaVu Sans', Arial, sans-serif; max-width: 46em; margin: 2em auto; "
             u"padding: 0 1em; color: #1b1b1b; line-height: 1.45; }\n"
             u"h1 { color: #1f5f8b; font-size: 1.7em; } h2 { color: #1f5f8b; margin-top: 1.6em; "
             u"border-bottom: 1px solid #c8d6e0; } h3 { margin-bottom: 0.2em; }\n"
             u"table { border-collapse: collapse; margin: 0.6em 0; } caption { text-align: left; "
             u"font-weight: bold; padding: 0.3em 0; }\n"
             u"th, td { border: 1px solid #b8c4cc; padding: 0.25em 0.5em; } thead th { background: #e8eff4; "
             u"}\n"
             u"td { text-align: right; } tbody th { text-align: left; font-weight: normal; }\n"
             u".subtitle, .note, figcaption { color: #555555; font-size: 0.9em; }\n"
             u"svg { max-width: 100%; height: auto; }\n"_s +
             u"</style>\n</head>\n<body>\n"_s;
    } else {
        h += u"<html><head><title>"_s + esc(doc.title) + u"</title></head><body>\n"_s;
    }
    int chartIndex = 0;
    bool first = true;
    for (const ReportBlock& b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const QString tag = u"h"_s + QString::number(std::clamp(b.level, 1, 3));
            h += u'<' + tag + u'>' + esc(b.text) + u"</"_s + tag + u">\n"_s;
            break;
        }
        case ReportBlock::Kind::Paragraph:
            h += (first && !file ? u"<p style=\"color:#555555\">"_s
                  : first        ? u"<p class=\"subtitle\">"_s
                                 : u"<p>"_s) +
                 esc(b.text) + u"</p>\n"_s;
            first = false;
            continue;
        case ReportBlock::Kind::Note:
            h += (file ? u"<p class=\"note\">"_s : u"<p style=\"color:#555555; font-size:small\">"_s) +
                 esc(b.text) + u"</p>\n"_s;
            break;
        case ReportBlock::Kind::Bullets:
            h += u"<ul>\n"_s;
            for (const QString& item : b.items)
                h += u"<li>"_s + esc(item) + u"</li>\n"_s;
            h += u"</ul>\n"_s;
            break;
        case ReportBlock::Kind::Table: {
            if (file)
                h += u"<table>\n<caption>"_s + esc(b.text) + u"</caption>\n<thead><tr>"_s;
            else
                h +=
                    u"<p><b>"_s + esc(b.text) +
                    u"</b></p>\n<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                    u"style=\"border-collapse: collapse; border-color: #b8c4cc; font-size: 7.5pt\">\n<thead><tr>"_s;
            // Qt's layout splits a word wider than its column, so the figure columns share the width
            // by their longest word (header or cell); the first, the programme, takes 18%.
            QList<qsizetype> longest(b.header.size(), 4);
            for (qsizetype i = 1; i < b.header.size(); ++i) {
                for (const QString& word : b.header.at(i).split(u' '))
                    longest[i] = std::max(longest.at(i), word.size());
                for (const QStringList& r : b.rows)
                    longest[i] = std::max(longest.at(i), r.value(i).size());
            }
            const double share = double(std::accumulate(longest.begin() + 1, longest.end(), qsizetype(0)));
            for (qsizetype i = 0; i < b.header.size(); ++i)
                h += (file ? u"<th scope=\"col\">"_s
                           : u"<th width=\""_s +
                                 QString::number(i == 0 ? 18 : qRound(82.0 * double(longest.at(i)) / share)) +
                                 u"%\" style=\"background-color:#e8eff4\">"_s) +
                     // Qt's layout would break a long word mid-way: one word a line, never split.
                     (file || i == 0 ? esc(b.header.at(i)) : esc(b.header.at(i)).replace(u' ', u"<br/>"_s)) +
                     u"</th>"_s;
            h += u"</tr></thead>\n<tbody>\n"_s;
            for (const QStringList& r : b.rows) {
                h += u"<tr>"_s;
                for (qsizetype i = 0; i < r.size(); ++i)
                    h += i == 0 ? (file ? u"<th scope=\"row\">"_s : u"<td>"_s) + esc(r.at(i)) +
                                      (file ? u"</th>"_s : u"</td>"_s)
                                : (file ? u"<td>"_s : u"<td align=\"right\">"_s) + esc(r.at(i)) + u"</td>"_s;
                h += u"</tr>\n"_s;
            }
            h += u"</tbody>\n</table>\n"_s;
            break;
        }
        case ReportBlock::Kind::Chart:
            if (file)
                h += u"<figure>\n"_s + ReportCharts::svg(b.chart) + u"<figcaption>"_s + esc(b.chart.title) +
                     u"</figcaption>\n</figure>\n"_s;
            else
                h += u"<p><img src=\""_s + chartUrl(chartIndex) + u"\" width=\""_s +
                     QString::number(ReportCharts::width) + u"\" height=\""_s +
                     QString::number(ReportCharts::height) + u"\" alt=\""_s + esc(b.chart.description) +
                     u"\"/></p>\n<p style=\"color:#555555; "
                     u"font-size:small\">"_s +
                     esc(b.chart.title) + u"</p>\n"_s;
            ++chartIndex;
            break;
        }
    }
    h += u"</body>\n</html>\n"_s;
    return h;
}

} // namespace arwain
