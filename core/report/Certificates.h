// Certificates: a one-page A4 completion certificate per person who completed a cohort, in Welsh and
// English side by side (Welsh first, as Welsh public bodies place it), or in one language: the
// person's preferred language, or one chosen.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "storage/CohortTally.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace arwain {

class Services;
class Store;

class Certificates
{
public:
    enum class Languages
    {
        Both,
        Preferred, // the participant's preferred language
        English,
        Welsh
    };
    struct Certificate
    {
        Participant participant;
        Programme programme;
        Cohort cohort;
        QDate completedOn;
    };

    // Everyone who completed the cohort (or only `participantId`), by family name then given name.
    static Result<QList<Certificate>> of(const Store& store, const QString& cohortCode,
                                         std::optional<qint64> participantId = std::nullopt);
    static Result<QList<Certificate>> of(const Services& services, const QString& cohortCode,
                                         std::optional<qint64> participantId = std::nullopt);
    // The cohorts of courses someone has completed, newest first: those with certificates to make.
    static Result<QList<CompletedCohort>> cohortsToCertify(const Store& store);
    static Result<QList<CompletedCohort>> cohortsToCertify(const Services& services);
    // After each file: how many are done of how many; false stops (the files already written stay).
    using Progress = std::function<bool(int done, int total)>;
    // One PDF per certificate in `folder` (made if missing), named "CODE Given Family.pdf"; the
    // paths written. Each file is written whole or not at all.
    static Result<QStringList> write(const QList<Certificate>& certificates, const QString& folder,
                                     Languages languages, const Progress& progress = {});
    static Result<void> writeOne(const Certificate& certificate, const QString& path, Languages languages);
    static QString fileName(const Certificate& certificate);
};

} // namespace arwain
