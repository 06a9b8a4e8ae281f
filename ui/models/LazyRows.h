// LazyRows: the rows of a table model that may hold a nation — read at once, or on a worker thread
// for a large file; shown in batches; every row sorted; read again on demand — for TableModel and
// ParticipantModel alike. Included only by the models' sources: it brings the worker threads in.
#pragma once

#include "Workspace.h"
#include "domain/Result.h"
#include "models/BackgroundRead.h"
#include "services/Directory.h"

#include <QObject>
#include <QString>

#include <algorithm>
#include <functional>
#include <utility>

namespace arwain {

// The state of a model's rows, QObject-free: the rows as read, how many of them a view has been shown
// (canFetchMore/fetchMore), the order they are sorted in, and the newest read or sort on a worker
// thread (an older one's rows are dropped when they arrive). The model keeps its columns and cells; it
// gives LazyRows what differs between kinds of rows and its own protected calls around a change.
template <typename Rows> class LazyRows
{
public:
    struct Hooks
    {
        // How many rows there are.
        int (*count)(const Rows& rows) = nullptr;
        // The rows in a column's order (column -1: as they are). It runs on a worker thread too.
        Rows (*sorted)(Rows rows, int column, Qt::SortOrder order) = nullptr;
        // Frees rows no longer shown (a large table's on a worker: freeing them held the window still).
        void (*letGo)(Rows&& rows) = nullptr;
        // The model's beginResetModel and endResetModel, beginInsertRows and endInsertRows (at the top
        // level), and its busyChanged signal.
        std::function<void()> beginReset;
        std::function<void()> endReset;
        std::function<void(int first, int last)> beginInsert;
        std::function<void()> endInsert;
        std::function<void(bool busy)> busyChanged;
    };
    // Reads the rows, in any order, through a Directory. It may run on a worker thread with its own
    // connection, so it must hold copies of what it needs, never the model.
    using Read = std::function<Result<Rows>(const Directory& directory)>;

    // `owner`, the model, owns the workers' watchers: a worker's result is dropped with its owner.
    LazyRows(QObject* owner, Workspace* workspace, Hooks hooks)
        : m_owner(owner), m_workspace(workspace), m_hooks(std::move(hooks))
    {
    }
    // A job still running on a worker holds only copies; its result is dropped with its watcher.
    ~LazyRows() { m_hooks.letGo(std::move(m_rows)); }
    LazyRows(const LazyRows&) = delete;
    LazyRows& operator=(const LazyRows&) = delete;

    Workspace* workspace() const { return m_workspace; }
    const Rows& rows() const { return m_rows; }
    int total() const { return m_hooks.count(m_rows); }
    // How many rows, from the first, a view has been shown (the model's rowCount).
    int shown() const { return m_shown; }
    void setBatchSize(int rows) { m_batch = rows; }
    // Whole tables (every participant) are read and sorted on a worker thread when the workspace says
    // the file is large; a cohort's or a person's few rows are always read at once.
    void setWholeTable(bool whole) { m_wholeTable = whole; }
    const QString& error() const { return m_error; }
    // Whether a read or a sort is under way on a worker thread (the rows shown are the last ones).
    bool isBusy() const { return m_busy; }
    // Changes whenever the rows are replaced or put in another order.
    int version() const { return m_version; }

    bool canFetchMore() const { return m_shown < total(); }
    // Shows the next batch.
    void fetchMore() { showUpTo(m_shown + m_batch); }
    // Shows every row.
    void fetchAll() { showUpTo(total()); }

    // Sorts every row, shown or not, so that batches arrive in order.
    void sort(int column, Qt::SortOrder order)
    {
        m_sortColumn = column;
        m_sortOrder = order;
        if (inBackground() && m_reading)
            return; // the rows being read are sorted this way when they arrive
        if (inBackground()) {
            sortInBackground(m_rows);
            return;
        }
        m_hooks.beginReset();
        m_rows = m_hooks.sorted(std::move(m_rows), column, order);
        ++m_version;
        m_hooks.endReset();
    }

    // Reads the rows again, sorted as asked, and shows their first batch in place of the old rows.
    void reload(Read load)
    {
        const int generation = ++m_generation; // rows of an older read or sort must not replace these
        const int column = m_sortColumn;
        const Qt::SortOrder order = m_sortOrder;
        auto read = [load = std::move(load), sorted = m_hooks.sorted, column,
                     order](const Directory& directory) -> Result<Rows> {
            Result<Rows> rows = load(directory);
            if (!rows)
                return rows;
            return sorted(rows.take(), column, order);
        };
        if (!inBackground()) {
            apply(read(m_workspace->directory()));
            return;
        }
        setBusy(true);
        m_reading = true;
        readInBackground<Rows>(
            m_owner, m_workspace->path(),
            [read](const Services& services) { return read(services.directory()); },
            [this, generation, column, order](Result<Rows> rows) {
                if (generation != m_generation)
                    return;
                m_reading = false;
                if (rows && (column != m_sortColumn || order != m_sortOrder)) {
                    sortInBackground(rows.take()); // shown once sorted as asked while they were read
                    return;
                }
                apply(std::move(rows));
            });
    }

private:
    bool inBackground() const { return m_wholeTable && m_workspace->readsInBackground(); }

    void showUpTo(int end)
    {
        end = std::min(end, total());
        if (end <= m_shown)
            return;
        m_hooks.beginInsert(m_shown, end - 1);
        m_shown = end;
        m_hooks.endInsert();
    }

    void setBusy(bool busy)
    {
        if (m_busy == busy)
            return;
        m_busy = busy;
        m_hooks.busyChanged(busy);
    }

    void sortInBackground(Rows rows)
    {
        const int generation = ++m_generation;
        setBusy(true);
        runInBackground<Rows>(
            m_owner,
            [rows = std::move(rows), sorted = m_hooks.sorted, column = m_sortColumn,
             order = m_sortOrder]() mutable { return sorted(std::move(rows), column, order); },
            [this, generation](Rows done) {
                if (generation == m_generation)
                    apply(std::move(done));
            });
    }

    void apply(Result<Rows> rows)
    {
        m_error = rows ? QString() : rows.error();
        m_hooks.beginReset();
        Rows old = std::exchange(m_rows, rows ? rows.take() : Rows{});
        ++m_version;
        m_shown = std::min(m_batch, total());
        m_hooks.endReset();
        m_hooks.letGo(std::move(old));
        m_reading = false;
        setBusy(false);
    }

    QObject* m_owner;
    Workspace* m_workspace;
    Hooks m_hooks;
    Rows m_rows{};
    int m_shown = 0;
    int m_batch = 500;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
    bool m_wholeTable = false;
    bool m_busy = false;
    bool m_reading = false; // a read (not only a sort) is under way
    int m_generation = 0;   // the newest worker job; older results are dropped
    int m_version = 0;
};

} // namespace arwain
