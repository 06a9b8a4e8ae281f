// WindowSizesTest: the window on the demo fits a 1024×768 screen (a projector, a small laptop, 200%
// scaling) on every page and cohort tab, in English and in Welsh: nothing asks for more room than that,
// and the Programmes page's right pane keeps most of the width for the cohort.
#include "UiTestSupport.h"

#include <QLayout>
#include <QTabWidget>

namespace arwain::uitest {

namespace {

// The widgets that ask for more than `width` pixels, widest first, for the failure message.
QStringList tooWide(QWidget* root, int width)
{
    QList<std::pair<int, QString>> found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const int needed = std::max(w->minimumSizeHint().width(), w->minimumWidth());
        if (needed > width)
            found << std::pair(needed, u"%1 %2 (%3): %4"_s
                                           .arg(QString::fromLatin1(w->metaObject()->className()),
                                                w->objectName(), w->accessibleName())
                                           .arg(needed));
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (qsizetype i = 0; i < std::min<qsizetype>(found.size(), 6); ++i)
        out << found.at(i).second;
    return out;
}

} // namespace

class SmallScreen : public AppIn
{
};

TEST_P(SmallScreen, EveryPageFitsIn1024By768)
{
    {
        auto ws = Workspace::create(dir.filePath(u"demo.arwain"_s), true);
        ASSERT_TRUE(ws.ok()) << ws.error().toStdString();
    }
    ASSERT_TRUE(window->openFile(dir.filePath(u"demo.arwain"_s)));
    window->resize(1024, 768);
    ASSERT_TRUE(window->programmesPage()->selectCohort(u"TMDP-2024-1"_s));
    auto check = [&](const QString& where) {
        QTest::qWait(30);
        const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
        EXPECT_LE(needed.width(), 1024)
            << where.toStdString() << ": " << tooWide(window.get(), 700).join(u"; "_s).toStdString();
        EXPECT_LE(needed.height(), 768) << where.toStdString();
        EXPECT_LE(window->width(), 1024) << where.toStdString();
    };
    for (auto p : {MainWindow::Dashboard, MainWindow::Programmes, MainWindow::Participants,
                   MainWindow::Organisations, MainWindow::Network, MainWindow::Reports}) {
        window->showPage(p);
        check(u"page %1"_s.arg(int(p)));
    }
    // 2024 to 2025 has every programme: no tile's text is cut off (its links and "Eventual completion"
    // included), in either language.
    window->showPage(MainWindow::Dashboard);
    window->dashboardPage()->setYear(2024);
    ASSERT_TRUE(waitFor([&] { return window->dashboardPage()->tile(u"WSH"_s) != nullptr; }));
    QTest::qWait(100);
    for (const QString& code : {u"TMDP"_s, u"MMDP"_s, u"AMMP"_s, u"NDP"_s, u"ICL"_s, u"WSH"_s}) {
        QLabel* tile = window->dashboardPage()->tile(code);
        ASSERT_NE(tile, nullptr) << code.toStdString();
        EXPECT_GE(tile->height(), tile->heightForWidth(tile->width()))
            << code.toStdString() << " tile cut off";
    }
    window->showPage(MainWindow::Programmes);
    QTabWidget* tabs = window->programmesPage()->cohortTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check(u"cohort tab %1"_s.arg(i));
    }
    // The cohort's pane gets the greater part of the width; the tree is not wider than it.
    EXPECT_GT(tabs->width(), window->programmesPage()->tree()->width());
    // The columns that matter are in view without scrolling: every column of the tree, and the
    // enrolment's name, status and date.
    QTreeView* tree = window->programmesPage()->tree();
    tabs->setCurrentIndex(0);
    QTest::qWait(30);
    const QRect rate = tree->visualRect(tree->model()->index(0, tree->model()->columnCount() - 1));
    EXPECT_LE(rate.right(), tree->viewport()->width()) << "Rate % is cut off";
    QTableView* table = window->programmesPage()->enrolmentTable();
    for (int c : {int(EnrolmentModel::Name), int(EnrolmentModel::Status), int(EnrolmentModel::StatusDate)})
        EXPECT_LE(table->visualRect(table->model()->index(0, c)).right(), table->viewport()->width())
            << "column " << c << " is cut off";
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, SmallScreen, ::testing::Values(Lang::English, Lang::Welsh));

} // namespace arwain::uitest
