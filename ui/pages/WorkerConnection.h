// WorkerConnection: a page's worker thread's own read-only connection to the open database, opened on
// first use in that thread (a connection belongs to the thread that opened it).
#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

namespace arwain {

class Services;

class WorkerConnection
{
public:
    explicit WorkerConnection(QString path);
    ~WorkerConnection();

    // The services over the connection, opening it the first time; or why it cannot be opened.
    Result<Services*> services();

private:
    QString m_path;
    std::unique_ptr<Services> m_services;
};

} // namespace arwain
