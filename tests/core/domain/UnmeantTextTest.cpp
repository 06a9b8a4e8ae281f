// Text that cannot be meant: control characters anywhere, line breaks in one-line fields; refused by
// the services as by imports, while Welsh letters and free-text line breaks are kept.
#include "TestSupport.h"

#include "domain/Parsing.h"

using namespace arwain;
using namespace arwain::test;

TEST(UnmeantText, ControlCharactersAndLineBreaksInOneLineFields)
{
    EXPECT_FALSE(unmeantCharacter(u"Gwenllïan Llŷr Siân ŵ", false).has_value());
    EXPECT_EQ(unmeantCharacter(QString(u"El\0en"_s.data(), 5), false),
              u"a control character (U+0000) at character 3"_s);
    EXPECT_EQ(unmeantCharacter(u"Siân\nMair"_s, false),
              u"a line break at character 5; this field is one line"_s);
    EXPECT_FALSE(unmeantCharacter(u"First line\r\nsecond\tline"_s, true).has_value()); // a note
    EXPECT_TRUE(unmeantCharacter(u"bell\x07"_s, true).has_value());
    EXPECT_TRUE(unmeantCharacter(u"tab\tin a name"_s, false).has_value());
    // Unicode's line and paragraph separators and NEL are line breaks too; C1 controls are controls.
    for (const char16_t separator : {u'\u2028', u'\u2029', u'\u0085'})
        EXPECT_EQ(unmeantCharacter(QString(u"Line"_s + QChar(separator) + u"Sep"_s), false),
                  u"a line break at character 5; this field is one line"_s)
            << int(separator);
    EXPECT_FALSE(unmeantCharacter(u"First paragraph\u2029second"_s, true).has_value());
    EXPECT_EQ(unmeantCharacter(u"Si\u009ban"_s, false), u"a control character (U+009B) at character 3"_s);
}

TEST(UnmeantText, MoreThanAFieldHolds)
{
    EXPECT_FALSE(unmeantCharacter(QString(kMaxOneLine, u'a'), false).has_value());
    EXPECT_EQ(unmeantCharacter(QString(kMaxOneLine + 1, u'a'), false),
              u"301 characters long; this field holds at most 300"_s);
    EXPECT_FALSE(unmeantCharacter(QString(kMaxFreeText, u'a'), true).has_value());
    EXPECT_TRUE(unmeantCharacter(QString(kMaxFreeText + 1, u'a'), true).has_value());
}

class UnmeantTextService : public DbTest
{
};

TEST_F(UnmeantTextService, TheAppsFormsRefuseTheSameText)
{
    Participant p;
    p.givenName = u"Siân\nMair"_s;
    p.familyName = u"Evans"_s;
    auto saved = catalogue->save(p);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"line break"_s)) << s(saved.error());
    EXPECT_TRUE(store->participants().isEmpty());
}
