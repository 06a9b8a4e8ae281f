// PdfOutline: adds what Qt's PDF writer leaves out and a screen reader or a reader's sidebar looks for:
// the headings as the document outline (bookmarks), the document's language, and "show the title,
// not the file name". Appended as an incremental update, so Qt's own bytes stay as written.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace arwain {

class PdfOutline
{
public:
    struct Heading
    {
        int level = 1; // 1 to 6; deeper levels nest under the heading before them
        QString title;
        int page = 0;   // 0-based
        double top = 0; // from the top of the page, in points (pageHeight: the page's height)
    };
    // `pdf` as QPdfWriter wrote it (a classic cross-reference table); fails, changing nothing, on
    // anything else.
    static Result<void> add(QByteArray& pdf, const QList<Heading>& headings, const QString& lang,
                            double pageHeight);
};

} // namespace arwain
