// PdfOutline: bytes that are not Qt's PDF are refused and left exactly as they were.
#include "report/PdfOutline.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(PdfOutline, RefusesWhatIsNotAPdfAndChangesNothing)
{
    for (QByteArray bytes : {QByteArray(), QByteArray("not a pdf at all"),
                             QByteArray("%PDF-1.4\ntrailer\n<< /Size 3 >>\nstartxref\nabc\n%%EOF\n")}) {
        const QByteArray before = bytes;
        EXPECT_FALSE(PdfOutline::add(bytes, {{1, u"Crynodeb"_s, 0, 40}}, u"cy"_s, 842).ok());
        EXPECT_EQ(bytes, before);
    }
}
