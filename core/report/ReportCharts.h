// ReportCharts: a report's charts as SVG (bars for one year, lines for a trend), so the HTML report
// stays one self-contained file and the PDF draws the same picture.
#pragma once

#include "report/ReportDocument.h"

namespace arwain {

class ReportCharts
{
public:
    static constexpr int width = 640;
    static constexpr int height = 300;
    // A standalone SVG document with a <title> and <desc> (the chart's description) for screen readers.
    static QString svg(const ReportChart& chart);
};

} // namespace arwain
