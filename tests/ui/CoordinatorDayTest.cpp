// CoordinatorDayTest: the traps a coordinator met in a working day — typed dates, form messages, labels
// whose mnemonics do nothing — driven with real key presses.
#include "UiTestSupport.h"

#include "dialogs/FeedbackDialog.h"
#include "dialogs/SessionDialog.h"

#include <QPushButton>

namespace arwain::uitest {

namespace {

// Selects everything in the field and types `text` over it, as a person does with Ctrl+A.
void typeOver(DateField* field, const QString& text)
{
    QLineEdit* edit = field->lineEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST(DateFieldTyping, KeepsEveryTypedDateExactly)
{
    DateField field(QDate(2026, 12, 7), u"Date"_s);
    field.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&field));
    QSignalSpy changes(&field, &DateField::dateChanged);

    typeOver(&field, u"2025-01-15"_s);
    EXPECT_EQ(field.date(), QDate(2025, 1, 15));
    EXPECT_TRUE(field.problem().isEmpty());
    typeOver(&field, u"2024-11-20"_s);
    EXPECT_EQ(field.date(), QDate(2024, 11, 20));

    // The British day/month/year, as the CSV import takes it, shown back as the same day in ISO form.
    typeOver(&field, u"3/2/2025"_s);
    EXPECT_EQ(field.date(), QDate(2025, 2, 3));
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
    EXPECT_EQ(field.lineEdit()->text(), u"2025-02-03"_s);
    EXPECT_EQ(changes.last().at(0).toDate(), QDate(2025, 2, 3));

    // Not a date: said so, and never another date in its place.
    typeOver(&field, u"2025-02-30"_s);
    EXPECT_FALSE(field.date().isValid());
    EXPECT_TRUE(field.problem().contains(u"“2025-02-30” is not a date"_s)) << field.problem().toStdString();
    EXPECT_EQ(field.lineEdit()->text(), u"2025-02-30"_s);
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
    EXPECT_EQ(field.lineEdit()->text(), u"2025-02-30"_s);

    // Up and Down move a day.
    typeOver(&field, u"2025-01-31"_s);
    QTest::keyClick(field.lineEdit(), Qt::Key_Up);
    EXPECT_EQ(field.date(), QDate(2025, 2, 1));
}

TEST(DateFieldTyping, ADateOutOfRangeIsRefusedNotMoved)
{
    DateField field(QDate(2026, 12, 1), u"Enrolment date"_s);
    field.setMaximumDate(QDate(2026, 12, 7));
    field.show();
    typeOver(&field, u"2027-01-15"_s);
    EXPECT_FALSE(field.date().isValid());
    EXPECT_EQ(field.problem(), u"Enrolment date: 2027-01-15 is after 2026-12-07, the latest this can be"_s);
    EXPECT_EQ(field.lineEdit()->text(), u"2027-01-15"_s);
}

TEST_F(App, FormsSpeakInTheirOwnLabelsAndWaitForADate)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"day.arwain"_s)));
    addCohort(u"TMDP-2025-9"_s, QDate(2025, 6, 4), QDate(2026, 3, 19));
    Workspace* ws = window->workspace();
    const qint64 cohort = ws->store().cohortByCode(u"TMDP-2025-9"_s)->id;

    // An empty feedback form: the hint names the field as the form does, and neither button pretends.
    Feedback empty;
    empty.cohortId = cohort;
    FeedbackDialog feedback(ws, empty, window.get());
    feedback.show();
    EXPECT_FALSE(feedback.problems().contains(u"met_needs"_s)) << feedback.problems().toStdString();
    EXPECT_TRUE(feedback.problems().startsWith(u"Met needs: "_s)) << feedback.problems().toStdString();
    auto* box = feedback.findChild<QDialogButtonBox*>();
    EXPECT_FALSE(box->button(QDialogButtonBox::Ok)->isEnabled());
    QPushButton* next = nullptr;
    for (QAbstractButton* b : box->buttons())
        if (b->text() == u"Save and &next"_s)
            next = qobject_cast<QPushButton*>(b);
    ASSERT_NE(next, nullptr);
    EXPECT_FALSE(next->isEnabled());
    choose(feedback.findChild<QComboBox*>(u"met_needs"_s), u"very well"_s);
    EXPECT_TRUE(next->isEnabled());
    EXPECT_TRUE(box->button(QDialogButtonBox::Ok)->isEnabled());

    // The session form: "&Date:" is a working mnemonic, not a literal ampersand, and a typed non-date
    // holds OK back with the reason in words.
    Session s;
    s.cohortId = cohort;
    s.date = QDate(2025, 9, 10);
    SessionDialog session(ws, s, window.get());
    session.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&session));
    type(session.titleEdit(), u"Diwrnod 1"_s);
    session.titleEdit()->setFocus();
    QTest::keyClick(&session, Qt::Key_D, Qt::AltModifier);
    EXPECT_TRUE(session.dateEdit()->lineEdit()->hasFocus());
    typeOver(session.dateEdit(), u"31/09/2025"_s);
    EXPECT_EQ(session.problems(),
              u"Date: “31/09/2025” is not a date; write it as 2025-01-15 or 15/01/2025"_s);
    EXPECT_FALSE(session.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    typeOver(session.dateEdit(), u"30/09/2025"_s);
    EXPECT_TRUE(session.problems().isEmpty()) << session.problems().toStdString();
    EXPECT_EQ(session.session().date, QDate(2025, 9, 30));
}

} // namespace arwain::uitest
