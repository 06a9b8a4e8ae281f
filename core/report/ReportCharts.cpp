// ReportCharts: hand-written SVG: a 0–100 axis with gridlines, labelled bars or lines with markers, and
// a legend for lines. Text is escaped; values are shown on the bars.
#include "report/ReportCharts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

const QStringList palette = {u"#1f5f8b"_s, u"#c0392b"_s, u"#2e8b57"_s, u"#8e44ad"_s,
                             u"#d68910"_s, u"#566573"_s, u"#17a589"_s, u"#a04000"_s};

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

QString text(double x, double y, const QString& s, const QString& anchor, int size = 12,
             const QString& extra = QString())
{
    return u"<text x=\""_s + num(x) + u"\" y=\""_s + num(y) + u"\" text-anchor=\""_s + anchor +
           u"\" font-size=\""_s + QString::number(size) + u"\""_s + extra + u">"_s + s.toHtmlEscaped() +
           u"</text>\n"_s;
}

} // namespace

QString ReportCharts::svg(const ReportChart& chart)
{
    const double left = 48, right = 16, top = 16;
    const double bottom = chart.kind == ReportChart::Kind::Lines ? 64 : 40;
    const double plotW = width - left - right, plotH = height - top - bottom;
    const double maxValue = 100;
    auto yOf = [&](double v) { return top + plotH * (1 - v / maxValue); };
    QString s = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""_s + QString::number(width) +
                u"\" height=\""_s + QString::number(height) + u"\" viewBox=\"0 0 "_s +
                QString::number(width) + u' ' + QString::number(height) +
                u"\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n"_s;
    s += u"<title>"_s + chart.title.toHtmlEscaped() + u"</title>\n<desc>"_s +
         chart.description.toHtmlEscaped() +
         u"</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"_s;
    for (int g = 0; g <= 100; g += 25) {
        const double y = yOf(g);
        s += u"<line x1=\""_s + num(left) + u"\" y1=\""_s + num(y) + u"\" x2=\""_s + num(left + plotW) +
             u"\" y2=\""_s + num(y) + u"\" stroke=\""_s + (g == 0 ? u"#333333"_s : u"#dddddd"_s) +
             u"\" stroke-width=\"1\"/>\n"_s;
        s += text(left - 6, y + 4, QString::number(g) + chart.unit, u"end"_s, 11, u" fill=\"#333333\""_s);
    }
    const qsizetype n = chart.categories.size();
    if (n == 0)
        return s + u"</svg>\n"_s;
    const double slot = plotW / double(n);
    if (chart.kind == ReportChart::Kind::Bars) {
        const auto& values = chart.series.value(0).values;
        const double barW = std::min(slot * 0.6, 90.0);
        for (qsizetype i = 0; i < n; ++i) {
            const double x = left + slot * double(i) + (slot - barW) / 2;
            const double cx = left + slot * (double(i) + 0.5);
            if (i < values.size() && values.at(i)) {
                const double v = std::clamp(*values.at(i), 0.0, maxValue);
                s += u"<rect x=\""_s + num(x) + u"\" y=\""_s + num(yOf(v)) + u"\" width=\""_s + num(barW) +
                     u"\" height=\""_s + num(plotH * v / maxValue) + u"\" fill=\""_s + palette.at(0) +
                     u"\"/>\n"_s;
                s += text(cx, yOf(v) - 4, QLocale::c().toString(*values.at(i), 'f', 1) + chart.unit,
                          u"middle"_s, 11);
            }
            s += text(cx, top + plotH + 18, chart.categories.at(i), u"middle"_s, 12);
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            s += text(left + slot * (double(i) + 0.5), top + plotH + 18, chart.categories.at(i), u"middle"_s,
                      11);
        for (qsizetype k = 0; k < chart.series.size(); ++k) {
            const auto& series = chart.series.at(k);
            const QString colour = palette.at(k % palette.size());
            QString points;
            for (qsizetype i = 0; i < n && i < series.values.size(); ++i) {
                if (!series.values.at(i))
                    continue;
                const double x = left + slot * (double(i) + 0.5),
                             y = yOf(std::clamp(*series.values.at(i), 0.0, maxValue));
                points += num(x) + u',' + num(y) + u' ';
                s += u"<circle cx=\""_s + num(x) + u"\" cy=\""_s + num(y) + u"\" r=\"4\" fill=\""_s + colour +
                     u"\"/>\n"_s;
            }
            if (!points.isEmpty())
                s += u"<polyline points=\""_s + points.trimmed() + u"\" fill=\"none\" stroke=\""_s + colour +
                     u"\" stroke-width=\"2\"/>\n"_s;
            const double lx = left + double(k) * 96, ly = height - 14;
            s += u"<rect x=\""_s + num(lx) + u"\" y=\""_s + num(ly - 10) +
                 u"\" width=\"12\" height=\"12\" fill=\""_s + colour + u"\"/>\n"_s;
            s += text(lx + 16, ly, series.name, u"start"_s, 12);
        }
    }
    return s + u"</svg>\n"_s;
}

} // namespace arwain
