// KillAfter: starts a program and kills it with SIGKILL after a while, for the tests that kill arwain-cli
// in the middle of its work (on a file, tests/cli; on a server, tests/server).
#pragma once

#include <QProcess>
#include <QStringList>

namespace arwain::test {

// Starts `program` with `args` and kills it with SIGKILL after `ms` milliseconds (no cleanup, no rollback
// by the program itself); whether it was still running.
inline bool killAfter(const QString& program, const QStringList& args, int ms)
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted();
    if (p.waitForFinished(ms))
        return false;
    p.kill();
    p.waitForFinished();
    return true;
}

} // namespace arwain::test
