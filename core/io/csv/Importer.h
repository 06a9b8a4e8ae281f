// Importer: a CSV file of one KIND into the database, all or nothing, every bad row reported.
#pragma once

#include "domain/Result.h"
#include "io/csv/CsvKinds.h"
#include "io/csv/ImportReport.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace arwain {

class Services;
class Store;

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(arwain::Importer)
public:
    static constexpr int kMaxErrors = 100;
    // Called every so many rows with the rows read so far and how much of the file that is (0 to 100,
    // or -1 when the device's size is not known); return false to cancel (then nothing is written).
    using Progress = std::function<bool(int rows, int percent)>;

    explicit Importer(Store& store) : m_store(store) {}
    // Over an open database's services (the app and the CLI).
    explicit Importer(Services& services);

    // Reads and checks the whole file, a block at a time, then writes it in one transaction if every row
    // is good.
    // `dryRun`: check everything and report what would happen, writing nothing.
    // The result is an error only when the file could not be read at all or the work was cancelled;
    // bad rows come back in the report, with nothing written.
    Result<ImportReport> run(CsvKind kind, QIODevice& device, const QString& fileName, bool dryRun = false,
                             const Progress& progress = {});

private:
    Store& m_store;
};

} // namespace arwain
