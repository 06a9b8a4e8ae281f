// WorkerConnection: a page's worker thread's own read-only connection to the open file, opened on
// first use in that thread (a connection belongs to the thread that opened it).
#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

namespace arwain {

class Database;
class Store;

class WorkerConnection
{
public:
    explicit WorkerConnection(QString path);
    ~WorkerConnection();
    // The store over the connection, opening it the first time; or why it cannot be opened.
    Result<Store*> store();

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

} // namespace arwain
