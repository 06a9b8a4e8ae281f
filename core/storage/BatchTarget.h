// BatchTarget: where BatchWriter's batches of new rows go, one engine's fastest path for many rows of one
// table (Dialect::batchTarget): sqlite/SqliteBatches, postgres/PostgresBatches.
#pragma once

#include <QVariantList>

namespace arwain {

class BatchTarget
{
public:
    virtual ~BatchTarget() = default;
    // Rows a batch holds: what one write costs is paid once per batch.
    virtual int batchRows() const = 0;
    // Writes `rows` rows (the shape's columns each, in order, in `values`). Throws StorageError.
    virtual void write(const QVariantList& values, int rows) = 0;
};

} // namespace arwain
