// AccessibleNamesTest: walks the accessibility tree a screen reader sees — every page of the window and
// every dialog — and fails on any visible control without a name, and on any label whose ampersand
// would be shown literally (a mnemonic with no buddy).
#include "UiTestSupport.h"

#include "dialogs/AuditDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/FeedbackDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/RetentionDialog.h"
#include "dialogs/SessionDialog.h"
#include "dialogs/SurveyImportDialog.h"

#include <QAccessible>
#include <QRegularExpression>

namespace arwain::uitest {

namespace {

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Every visible control under `root` whose accessible name is empty, described for the failure message.
void unnamed(QAccessibleInterface* node, QStringList& found, int depth = 0)
{
    if (!node || depth > 40)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible || state.offscreen)
        return;
    if (isControl(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject* o = node->object();
        found << u"%1 %2 (%3)"_s.arg(
            o ? QString::fromLatin1(o->metaObject()->className()) : u"?"_s, o ? o->objectName() : QString(),
            o && o->parent() ? QString::fromLatin1(o->parent()->metaObject()->className()) : QString());
    }
    // Item views' cells are named by their data; their children need not be walked.
    if (node->role() == QAccessible::Table || node->role() == QAccessible::Tree ||
        node->role() == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        unnamed(node->child(i), found, depth + 1);
}

// Labels showing "&Date:" literally: an unescaped ampersand and no buddy to give it meaning.
QStringList literalAmpersands(QWidget* root)
{
    static const QRegularExpression amp(u"&(?!&)"_s);
    QStringList found;
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->isVisible() && l->textFormat() != Qt::RichText && !l->buddy() && l->text().contains(amp) &&
            !Qt::mightBeRichText(l->text()))
            found << l->text();
    return found;
}

void expectNamed(QWidget* window, const QString& what)
{
    QStringList found;
    unnamed(QAccessible::queryAccessibleInterface(window), found);
    EXPECT_TRUE(found.isEmpty()) << what.toStdString() << ": unnamed " << found.join(u"; "_s).toStdString();
    const QStringList literal = literalAmpersands(window);
    EXPECT_TRUE(literal.isEmpty()) << what.toStdString() << ": " << literal.join(u"; "_s).toStdString();
}

} // namespace

class AccessibleNames : public AppIn
{
};

TEST_P(AccessibleNames, EveryVisibleControlOnEveryPageAndDialogHasAName)
{
    window->resize(1024, 768);
    expectNamed(window.get(), u"welcome page"_s);
    ASSERT_TRUE(window->createFile(dir.filePath(u"names.arwain"_s)));
    addPerson(u"Siân"_s, u"Jones"_s, u"sian@example.org"_s);
    addCohort(u"TMDP-2025-9"_s, QDate(2025, 6, 4), QDate(2026, 3, 19));
    ASSERT_TRUE(window->programmesPage()->selectCohort(u"TMDP-2025-9"_s));
    for (auto p : {MainWindow::Dashboard, MainWindow::Programmes, MainWindow::Participants,
                   MainWindow::Organisations, MainWindow::Network, MainWindow::Reports}) {
        window->showPage(p);
        QTest::qWait(30);
        expectNamed(window.get(), u"page %1"_s.arg(int(p)));
    }
    auto* tabs = window->programmesPage()->cohortTabs();
    window->showPage(MainWindow::Programmes);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
        expectNamed(window.get(), u"cohort tab %1"_s.arg(i));
    }

    Workspace* ws = window->workspace();
    const qint64 cohort = ws->services().store().cohortByCode(u"TMDP-2025-9"_s)->id;
    Cohort c = *ws->services().store().cohortById(cohort);
    Session s;
    s.cohortId = cohort;
    s.date = QDate(2025, 9, 10);
    Feedback f;
    f.cohortId = cohort;
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back(u"cohort"_s, std::make_unique<CohortDialog>(ws, c, window.get()));
    dialogs.emplace_back(u"participant"_s,
                         std::make_unique<ParticipantDialog>(ws, Participant(), window.get()));
    dialogs.emplace_back(u"organisation"_s,
                         std::make_unique<OrganisationDialog>(ws, Organisation(), window.get()));
    dialogs.emplace_back(u"session"_s, std::make_unique<SessionDialog>(ws, s, window.get()));
    dialogs.emplace_back(u"feedback"_s, std::make_unique<FeedbackDialog>(ws, f, window.get()));
    dialogs.emplace_back(u"enrol"_s, std::make_unique<EnrolDialog>(ws, cohort, window.get()));
    dialogs.emplace_back(u"defer"_s,
                         std::make_unique<StatusDialog>(ws, Status::Deferred, cohort, 1, window.get()));
    dialogs.emplace_back(u"import"_s, std::make_unique<ImportDialog>(ws, QString(), window.get()));
    dialogs.emplace_back(u"survey import"_s, std::make_unique<SurveyImportDialog>(ws, cohort, window.get()));
    dialogs.emplace_back(u"audit"_s, std::make_unique<AuditDialog>(ws, window.get()));
    dialogs.emplace_back(u"retention"_s, std::make_unique<RetentionDialog>(ws, window.get()));
    dialogs.emplace_back(u"connect"_s, std::make_unique<ConnectDialog>(QString(), window.get()));
    for (auto& [name, dialog] : dialogs) {
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        expectNamed(dialog.get(), name + u" dialog"_s);
        dialog->hide();
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, AccessibleNames, ::testing::Values(Lang::English, Lang::Welsh));

} // namespace arwain::uitest
