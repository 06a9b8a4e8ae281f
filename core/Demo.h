// Demo: the fictional database of PRODUCT.md, which reproduces the published 2024-to-2025 figures.
#pragma once

#include "Result.h"

namespace arwain {

class Store;

class Demo
{
public:
    // Fills an empty database through the core services, in one transaction.
    static Result<void> build(Store& store);
};

} // namespace arwain
