// Guarded: how a service turns a storage failure into the Result it returns, for work that returns a
// Result. Stores throw StorageError; services never let it out (the app and the CLI see Results only).
// Services older than this helper still catch it themselves where a failure needs its own words.
#pragma once

#include "domain/Result.h"
#include "storage/StorageError.h"

namespace arwain {

// Runs `work` (which returns a Result) and returns its Result, or the storage failure's message.
template <typename F> auto guarded(F work) -> decltype(work())
{
    try {
        return work();
    } catch (const StorageError& e) {
        return fail(e.message());
    }
}

} // namespace arwain
