// LazyRows: what a view sees of rows read at once or on a worker thread — a batch at a time until the
// last, every row at once, a reload in place of the old rows, only the newest read's rows, and the
// model busy while a worker reads or sorts.
#include "UiTestSupport.h"

#include "models/LazyRows.h"

#include <QFutureWatcherBase>

#include <algorithm>

namespace arwain::uitest {

namespace {

using Numbers = QList<int>;

// The smallest model over LazyRows: one column, a number a row.
class NumbersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit NumbersModel(Workspace* workspace)
        : m_rows(this, workspace,
                 LazyRows<Numbers>::Hooks{
                     .count = [](const Numbers& rows) { return int(rows.size()); },
                     .sorted = &sorted,
                     .letGo = [](Numbers&& rows) { rows = {}; },
                     .beginReset = [this] { beginResetModel(); },
                     .endReset = [this] { endResetModel(); },
                     .beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); },
                     .endInsert = [this] { endInsertRows(); },
                     .busyChanged = [this](bool busy) { Q_EMIT busyChanged(busy); }})
    {
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows.shown();
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return m_rows.rows().at(index.row());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_rows.canFetchMore();
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!parent.isValid())
            m_rows.fetchMore();
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override { m_rows.sort(column, order); }

    LazyRows<Numbers>& rows() { return m_rows; }
    // The numbers a view is shown, top to bottom.
    Numbers shown() const
    {
        Numbers numbers;
        for (int r = 0; r < rowCount(); ++r)
            numbers << index(r, 0).data().toInt();
        return numbers;
    }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    static Numbers sorted(Numbers rows, int column, Qt::SortOrder order)
    {
        if (column < 0)
            return rows;
        if (order == Qt::AscendingOrder)
            std::sort(rows.begin(), rows.end());
        else
            std::sort(rows.begin(), rows.end(), std::greater<>());
        return rows;
    }

    LazyRows<Numbers> m_rows;
};

Numbers count(int from, int to)
{
    Numbers numbers;
    for (int n = from; n <= to; ++n)
        numbers << n;
    return numbers;
}

// A read that returns `numbers` (copied: it may run on a worker).
LazyRows<Numbers>::Read reading(const Numbers& numbers)
{
    return [numbers](const Directory&) -> Result<Numbers> { return numbers; };
}

class LazyRowsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto ws = Workspace::create(dir.filePath(u"empty.arwain"_s), false);
        ASSERT_TRUE(ws.ok()) << ws.error().toStdString();
        workspace = ws.take();
        model = std::make_unique<NumbersModel>(workspace.get());
        model->rows().setBatchSize(10);
    }
    // Whole-table reads and sorts on a worker thread, as for a large file.
    void readInBackground()
    {
        workspace->setReadsInBackground(true);
        model->rows().setWholeTable(true);
    }
    // Until every worker's result has reached the model (each watcher is gone once its result is in).
    bool workersDone()
    {
        return waitFor([&] { return model->findChildren<QFutureWatcherBase*>().isEmpty(); }, 5000);
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<NumbersModel> model;
};

} // namespace

TEST_F(LazyRowsTest, AViewIsShownABatchAtATimeUntilTheLastRow)
{
    model->rows().reload(reading(count(1, 25)));
    EXPECT_EQ(model->rowCount(), 10);
    EXPECT_EQ(model->rows().total(), 25);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);

    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 20);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 25); // the last batch is what is left
    EXPECT_FALSE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 25);

    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 10);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 19);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 20);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 24);
    EXPECT_EQ(model->shown(), count(1, 25));
}

TEST_F(LazyRowsTest, FetchAllShowsEveryRowInOneInsert)
{
    model->rows().reload(reading(count(1, 25)));
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);

    model->rows().fetchAll();
    EXPECT_EQ(model->rowCount(), 25);
    EXPECT_FALSE(model->canFetchMore({}));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 10);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 24);

    model->rows().fetchAll(); // nothing left to show
    EXPECT_EQ(inserted.count(), 1);
}

TEST_F(LazyRowsTest, AReloadReplacesTheRowsAndAFailedOneSaysWhy)
{
    model->rows().reload(reading(count(1, 25)));
    model->fetchMore({});
    const int version = model->rows().version();
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    model->rows().reload(reading({100, 101, 102}));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model->shown(), Numbers({100, 101, 102}));
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_NE(model->rows().version(), version);

    model->rows().reload([](const Directory&) -> Result<Numbers> { return fail(u"The file is gone"_s); });
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->rows().error(), u"The file is gone"_s);

    model->rows().reload(reading(count(1, 5)));
    EXPECT_EQ(model->shown(), count(1, 5));
    EXPECT_TRUE(model->rows().error().isEmpty());
}

TEST_F(LazyRowsTest, AReadOnAWorkerIsBusyUntilItsRowsAreShown)
{
    model->rows().reload(reading(count(1, 3)));
    readInBackground();
    QSignalSpy busy(model.get(), &NumbersModel::busyChanged);

    model->rows().reload(reading(count(1, 25)));
    ASSERT_EQ(busy.count(), 1);
    EXPECT_TRUE(busy.at(0).at(0).toBool());
    EXPECT_TRUE(model->rows().isBusy());
    EXPECT_EQ(model->shown(), count(1, 3)); // the old rows, until the new ones arrive

    ASSERT_TRUE(waitFor([&] { return busy.count() == 2; }, 5000));
    EXPECT_FALSE(busy.at(1).at(0).toBool());
    EXPECT_FALSE(model->rows().isBusy());
    EXPECT_EQ(model->shown(), count(1, 10));
    EXPECT_EQ(model->rows().total(), 25);
}

TEST_F(LazyRowsTest, OnlyTheNewestReadsRowsAreShown)
{
    readInBackground();
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy busy(model.get(), &NumbersModel::busyChanged);
    Numbers seen; // the first row after each reset
    QObject::connect(model.get(), &QAbstractItemModel::modelReset, model.get(),
                     [&] { seen << (model->rowCount() ? model->index(0, 0).data().toInt() : -1); });

    model->rows().reload(reading(count(1, 25)));  // outrun by the next read:
    model->rows().reload(reading(count(51, 60))); // its rows must never be shown
    ASSERT_TRUE(workersDone());

    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(seen, Numbers({51}));
    EXPECT_EQ(model->shown(), count(51, 60));
    ASSERT_EQ(busy.count(), 2); // busy once, from the first read to the newest one's rows
    EXPECT_FALSE(model->rows().isBusy());
}

TEST_F(LazyRowsTest, RowsReadWhileTheOrderChangedAreShownInTheNewOrder)
{
    readInBackground();
    QSignalSpy busy(model.get(), &NumbersModel::busyChanged);

    model->rows().reload(reading(count(1, 25)));
    model->sort(0, Qt::DescendingOrder); // while the rows are read
    ASSERT_TRUE(workersDone());

    EXPECT_EQ(model->shown(), Numbers({25, 24, 23, 22, 21, 20, 19, 18, 17, 16}));
    EXPECT_EQ(busy.count(), 2);
    EXPECT_FALSE(model->rows().isBusy());

    // Sorted again, on a worker: the rows shown keep their number, in the new order.
    model->sort(0, Qt::AscendingOrder);
    EXPECT_TRUE(model->rows().isBusy());
    ASSERT_TRUE(workersDone());
    EXPECT_EQ(model->shown(), count(1, 10));
    EXPECT_FALSE(model->rows().isBusy());
}

} // namespace arwain::uitest

#include "LazyRowsTest.moc"
