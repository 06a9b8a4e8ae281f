// BackgroundRead: work for a table that could hold the window up (reading every participant or
// every cohort of a large file, sorting 200,000 rows) runs on a worker thread, and its result is
// handed back to the UI thread. A read uses the worker's own read-only connection to the file.
#pragma once

#include "domain/Result.h"
#include "models/BehindTheWindow.h"
#include "services/Services.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace arwain {

// The thread the reads run on: not Qt's global pool, whose threads Qt's own painting borrows (a
// saturated global pool held the window's first paint for seconds). One thread: on opening a large
// file the participants, cohorts and network were read at once, each with its working memory, while
// the dashboard's own thread counted; one after the other, the peak memory is lower.
inline QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        static QThreadPool one;
        one.setMaxThreadCount(1);
        return &one;
    }();
    return pool;
}

// `job` runs on a worker (it must capture copies, never `owner`); `done` runs on the owner's thread,
// and not at all once the owner is gone. Returns at once.
template <typename T>
void runInBackground(QObject* owner, std::function<T()> job, std::function<void(T)> done)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [job = std::move(job)] {
        workBehindTheWindow();                 // the pool's threads do nothing else
        const FreedMemoryGivenBack afterwards; // once the job's working memory is freed
        return job();
    }));
}

// Lets go of `value` (a large table's rows) on a worker, then hands the freed memory back: freeing
// 200,000 participants' rows held the window's thread still for half a second.
template <typename T> void letGoBehind(T value)
{
    backgroundPool()->start([value = std::move(value)]() mutable {
        workBehindTheWindow();
        value = T{};
        giveBackFreedMemory();
    });
}

// A read of the database at `path` through services over a connection of the worker's own.
template <typename T>
void readInBackground(QObject* owner, const QString& path, std::function<Result<T>(const Services&)> read,
                      std::function<void(Result<T>)> done)
{
    runInBackground<Result<T>>(
        owner,
        [path, read = std::move(read)]() -> Result<T> {
            auto services = Services::open(path, true);
            if (!services)
                return services.toError();
            return read(*services.value());
        },
        std::move(done));
}

} // namespace arwain
