// Demo: the fictional database of PRODUCT.md, which reproduces the published 2024-to-2025 figures.
#pragma once

#include "domain/Result.h"

#include <memory>

namespace arwain {

class Database;
class Store;

class Demo
{
public:
    // Fills an empty database through the core services, in one transaction.
    static Result<void> build(Store& store);
    // A new database file holding the demo data; nothing is left behind if building it fails.
    static Result<std::unique_ptr<Database>> createDatabase(const QString& path);
};

} // namespace arwain
