// CoordinatorDayTest: the traps a coordinator met in a working day — typed dates, form messages, labels
// whose mnemonics do nothing — driven with real key presses.
#include "UiTestSupport.h"

#include "dialogs/FeedbackDialog.h"
#include "dialogs/SessionDialog.h"

#include "widgets/SaveDialog.h"
#include "widgets/SavedNotice.h"

#include <QFileDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

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

// Answers the save dialog that is about to open as a person would: picks the file type by keyboard in
// its type list, types a bare name and presses Enter.
void answerSaveDialog(const QString& folder, const QString& type, const QString& name)
{
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setDirectory(folder);
        auto* types = dialog->findChild<QComboBox*>(u"fileTypeCombo"_s);
        ASSERT_NE(types, nullptr);
        types->setFocus();
        const int target = types->findText(type, Qt::MatchStartsWith);
        ASSERT_GE(target, 0) << type.toStdString();
        QTest::keyClick(types, Qt::Key_Home);
        for (int i = 0; i < target; ++i)
            QTest::keyClick(types, Qt::Key_Down);
        auto* edit = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

QPushButton* buttonNamed(QWidget* root, const QString& text)
{
    for (QPushButton* b : root->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

TEST(SaveNames, GetTheChosenTypesExtension)
{
    const QList<FileType> types = {{u"Excel workbook"_s, u"xlsx"_s}, {u"CSV file"_s, u"csv"_s}};
    EXPECT_EQ(withExtension(u"/tmp/figures2025"_s, types, 0), u"/tmp/figures2025.xlsx"_s);
    EXPECT_EQ(withExtension(u"/tmp/figures2025"_s, types, 1), u"/tmp/figures2025.csv"_s);
    EXPECT_EQ(withExtension(u"/tmp/figures.CSV"_s, types, 0), u"/tmp/figures.CSV"_s);
    EXPECT_EQ(withExtension(u"/tmp/adroddiad-2024.v2"_s, types, 0), u"/tmp/adroddiad-2024.v2.xlsx"_s);
    EXPECT_EQ(withExtension(u"/tmp/report."_s, types, 1), u"/tmp/report.csv"_s);
    EXPECT_EQ(withExtension(u"/tmp/.xlsx"_s, types, 1), u"/tmp/.xlsx.csv"_s);
}

// Where askSavePath's dialog starts for `suggested`: its folder and the name in its name field.
std::pair<QString, QString> whereSaveStarts(const QString& suggested)
{
    QString folder, name;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        folder = dialog->directory().absolutePath();
        if (auto* edit = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s))
            name = edit->text();
        dialog->reject();
    });
    EXPECT_TRUE(askSavePath(nullptr, u"Save"_s, suggested, {{u"JSON"_s, u"json"_s}}).isEmpty());
    return {folder, name};
}

TEST(SaveNames, TheDialogStartsInTheHomeFolderWithTheSuggestedName)
{
    EXPECT_EQ(whereSaveStarts(QString()).first, QDir::homePath());
    const auto [folder, name] = whereSaveStarts(u"subject-access.json"_s);
    EXPECT_EQ(folder, QDir::homePath());
    EXPECT_EQ(name, u"subject-access.json"_s);
}

TEST_F(App, ExportedFiguresHaveTheirTypesExtensionAndFormat)
{
    ASSERT_TRUE(window->createFile(dir.filePath(u"figures.arwain"_s)));
    addCohort(u"TMDP-2025-9"_s, QDate(2025, 6, 4), QDate(2026, 3, 19));
    window->showPage(MainWindow::Dashboard);
    QPushButton* exportFigures = buttonNamed(window.get(), u"E&xport figures…"_s);
    ASSERT_NE(exportFigures, nullptr);

    answerSaveDialog(dir.path(), u"Excel workbook"_s, u"figures2025"_s);
    QTest::mouseClick(exportFigures, Qt::LeftButton);
    QFile xlsx(dir.filePath(u"figures2025.xlsx"_s));
    ASSERT_TRUE(waitFor([&] { return xlsx.exists(); }));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"figures2025"_s)));
    ASSERT_TRUE(xlsx.open(QIODevice::ReadOnly));
    EXPECT_TRUE(xlsx.read(4).startsWith("PK")) << "not a workbook (a zip)";
    auto* notice = window->statusBar()->findChild<SavedNotice*>();
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(), u"Saved figures2025.xlsx in %1"_s.arg(QDir::toNativeSeparators(dir.path())));

    answerSaveDialog(dir.path(), u"CSV file"_s, u"figures2025"_s);
    QTest::mouseClick(exportFigures, Qt::LeftButton);
    QFile csv(dir.filePath(u"figures2025.csv"_s));
    ASSERT_TRUE(waitFor([&] { return csv.exists(); }));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_FALSE(csv.peek(2).startsWith("PK"));
    EXPECT_TRUE(csv.readLine().contains(",")) << "CSV text";
}

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
    const qint64 cohort = ws->services().store().cohortByCode(u"TMDP-2025-9"_s)->id;

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
