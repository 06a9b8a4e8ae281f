// SurveyImporter: a survey tool's CSV export read through a SurveyMapping into one cohort's feedback,
// all or nothing, every problem named by file, line and column; the mapping is remembered by name.
#pragma once

#include "domain/Result.h"
#include "io/csv/ImportReport.h"
#include "io/csv/SurveyMapping.h"

#include <QCoreApplication>
#include <QIODevice>

namespace arwain {

class Services;
class Store;

class SurveyImporter
{
    Q_DECLARE_TR_FUNCTIONS(arwain::SurveyImporter)
public:
    explicit SurveyImporter(Store& store) : m_store(store) {}
    // Over an open database's services (the app and the CLI).
    explicit SurveyImporter(Services& services);

    // The header row of a file; an error names the file when it is not readable CSV.
    static Result<QStringList> headers(QIODevice& device, const QString& fileName);
    // The different answers (lower case) found in the mapped question columns, for the answers step.
    static Result<QStringList> answerWords(QIODevice& device, const QString& fileName,
                                           const SurveyMapping& m);

    // Reads and checks every row; with no problem, adds the responses (a response already recorded for
    // the cohort with the same answers is not added twice) and saves the mapping under `mappingName`
    // (when not empty). With `dryRun`, checks only.
    Result<ImportReport> run(QIODevice& device, const QString& fileName, qint64 cohortId,
                             const SurveyMapping& mapping, const QString& mappingName, bool dryRun = false);

    // A mapping saved under this name, or none.
    std::optional<SurveyMapping> saved(const QString& name) const;
    QStringList savedNames() const;

private:
    Store& m_store;
};

} // namespace arwain
