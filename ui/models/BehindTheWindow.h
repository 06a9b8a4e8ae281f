// BehindTheWindow: threads that work for the window give it the cores first. On two cores, the
// dashboard's, the report's and the tables' workers of a large file kept the window's own thread
// waiting for a core, though it had little to do: a stall the user sees.
#pragma once

namespace arwain {

// Lowers the calling thread's scheduling priority (on Linux its own nice value, +10), once per thread.
// The thread still has every core no one else wants; only the window, and other programs, come first.
// Call it only on threads that do nothing but background work: it cannot be raised again.
void workBehindTheWindow();

// Hands the memory that the process has freed but still holds back to the system (glibc's
// malloc_trim; nothing elsewhere). Each worker thread allocates from an arena of its own, and glibc
// keeps what a thread frees for that thread's next allocation: the working memory of a large file's
// dashboard, report and tables stayed in the process after they were done, a few hundred megabytes
// together. Call it on a worker when its work is done; it takes a few milliseconds.
void giveBackFreedMemory();

// Blocks of 256 KiB and more (a large file's lists and tables) each get pages of their own, handed back
// the moment they are freed (glibc's M_MMAP_THRESHOLD; nothing elsewhere). glibc otherwise raises that
// threshold each time such a block is freed, and later blocks then stay in the heap, where what is
// freed around what is still held cannot be handed back, and the window's process stands higher at its
// peak. Call it once, first thing in main().
void giveBackLargeBlocksAtOnce();

// Gives freed memory back when it goes out of scope: declare it first in a worker's function, so that
// it goes last, after the function's working memory.
struct FreedMemoryGivenBack
{
    FreedMemoryGivenBack() = default;
    FreedMemoryGivenBack(const FreedMemoryGivenBack&) = delete;
    FreedMemoryGivenBack& operator=(const FreedMemoryGivenBack&) = delete;
    ~FreedMemoryGivenBack() { giveBackFreedMemory(); }
};

} // namespace arwain
