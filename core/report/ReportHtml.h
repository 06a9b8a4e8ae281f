// ReportHtml: a ReportDocument as HTML: one self-contained, well-formed (XHTML-compatible) file with
// its charts inline as SVG; or the simpler HTML Qt's rich text lays out, charts as image resources
// named "chart:N" (ReportPages adds them).
#pragma once

#include "report/ReportDocument.h"

namespace arwain {

class ReportHtml
{
public:
    enum class Charts
    {
        InlineSvg,
        Resources
    };
    static QString write(const ReportDocument& doc, Charts charts = Charts::InlineSvg);
    static QString chartUrl(int index) { return QStringLiteral("chart:%1").arg(index); }
};

} // namespace arwain
