// SeenKeys: a key seen again gives the line it was first on; other keys are told apart.
#include "io/csv/SeenKeys.h"

#include <gtest/gtest.h>

using namespace arwain;
using namespace Qt::StringLiterals;

TEST(SeenKeys, AKeySeenAgainGivesItsFirstLine)
{
    SeenKeys seen;
    EXPECT_EQ(seen.firstLine(u"sian@example.org\x1ftmdp-2024-1"_s, 2), 0);
    EXPECT_EQ(seen.firstLine(u"llyr@example.org\x1ftmdp-2024-1"_s, 3), 0);
    EXPECT_EQ(seen.firstLine(u"sian@example.org\x1ftmdp-2024-1"_s, 9), 2);
    EXPECT_EQ(seen.firstLine(u"sian@example.org\x1ftmdp-2024-1"_s, 12), 2); // still the first line
}

TEST(SeenKeys, ManyDifferentKeysAreNeverTakenForOneAnother)
{
    SeenKeys seen;
    for (int i = 0; i < 200000; ++i)
        ASSERT_EQ(seen.firstLine(u"person"_s + QString::number(i) + u"@example.org\x1fgwenllïan"_s, i + 2), 0)
            << i;
    EXPECT_EQ(seen.firstLine(u"person123456@example.org\x1fgwenllïan"_s, 1), 123458);
}
