// BehindTheWindow: a nice value for the calling thread only (Linux keeps one per thread), and freed
// memory handed back, large blocks at once.
#include "models/BehindTheWindow.h"

#include <QtGlobal> // Q_OS_LINUX

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace arwain {

void workBehindTheWindow()
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
#ifdef Q_OS_LINUX
    // 10: when both want a core, the window's thread gets about nine tenths of it.
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, thread, ::getpriority(PRIO_PROCESS, thread) + 10);
#endif
}

void giveBackFreedMemory()
{
#ifdef __GLIBC__
    ::malloc_trim(0);
#endif
}

void giveBackLargeBlocksAtOnce()
{
#ifdef __GLIBC__
    ::mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace arwain
