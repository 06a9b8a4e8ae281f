// FeedbackService: responses are checked, changed, removed and put back; the suppression setting.
#include "TestSupport.h"

#include "services/FeedbackService.h"

using namespace arwain;
using namespace arwain::test;

TEST_F(DbTest, AnEmptyFeedbackResponseIsRefused)
{
    Feedback f;
    f.cohortId = addCohort(u"NDP-2024-1"_s, u"NDP"_s, QDate(2024, 5, 1), QDate(2025, 3, 5));
    const auto empty = feedback->save(f);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains(u"at least one answer or a comment"_s)) << s(empty.error());
    f.comment = u"Roedd y setiau dysgu gweithredol yn werthfawr."_s;
    auto saved = feedback->save(f);
    ASSERT_TRUE(saved.ok());
    saved.value().recommend = YesNo::Yes;
    ASSERT_TRUE(feedback->save(saved.value()).ok());
    EXPECT_EQ(feedback->responses().feedbackById(saved.value().id)->recommend, YesNo::Yes);
    auto removed = feedback->remove(saved.value().id);
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(feedback->responses().feedback().isEmpty());
    ASSERT_TRUE(feedback->restore(removed.value()).ok());
    EXPECT_EQ(feedback->responses().feedbackById(saved.value().id)->comment, f.comment);
}

TEST_F(DbTest, TheSuppressionThresholdIsASettingOfTheDatabase)
{
    EXPECT_EQ(feedback->suppressionThreshold(), 0);
    ASSERT_TRUE(feedback->setSuppressionThreshold(5).ok());
    EXPECT_EQ(FeedbackService(*store).suppressionThreshold(), 5);
    EXPECT_FALSE(feedback->setSuppressionThreshold(-1).ok());
    EXPECT_EQ(feedback->suppressionThreshold(), 5);
}
