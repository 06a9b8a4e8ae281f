// BehindTheWindow: threads that work for the window give it the cores first. On two cores, the
// dashboard's, the report's and the tables' workers of a large file kept the window's own thread
// waiting for a core for 100–300 ms at a time, though it had little to do: a stall the user sees.
#pragma once

namespace arwain {

// Lowers the calling thread's scheduling priority (on Linux its own nice value, +10), once per thread.
// The thread still has every core no one else wants; only the window, and other programs, come first.
// Call it only on threads that do nothing but background work: it cannot be raised again.
void workBehindTheWindow();

} // namespace arwain
