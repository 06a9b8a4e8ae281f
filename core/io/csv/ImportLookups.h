// ImportLookups: the records an import's rows name (a cohort by its code, a person by their email),
// each kind read from the database once into a map when a row first needs it, so that a file of a
// million rows makes a handful of queries, not a million.
#pragma once

#include "domain/Records.h"
#include "io/csv/ImportRow.h"

#include <QHash>
#include <QString>

#include <optional>

namespace arwain {

class Store;

class ImportLookups
{
public:
    explicit ImportLookups(Store& store) : m_store(store) {}

    // The cohort whose code is in `column` (required); a problem in the row if there is none.
    std::optional<Cohort> cohortNamed(ImportRow& row, const QString& column);
    // A cohort by its id, among those cohortNamed() has read.
    Cohort cohortById(qint64 id) const { return m_cohortsById.value(id); }
    // The id of the person with the email in `column` (required), from every person's email read once.
    std::optional<qint64> personIdWithEmail(ImportRow& row, const QString& column);
    // The person with the email in `column`, read from the database.
    std::optional<Participant> personWithEmail(ImportRow& row, const QString& column, bool required);

    // Cohort codes (and organisation names) compare as SQLite's NOCASE does: ASCII letters without case.
    static QString codeKey(const QString& code);
    // One key for a person in a cohort.
    static quint64 pairKey(qint64 participantId, qint64 cohortId)
    {
        return (quint64(participantId) << 32) ^ quint64(cohortId);
    }

private:
    Store& m_store;
    QHash<QString, Cohort> m_cohortsByCode;
    QHash<qint64, Cohort> m_cohortsById;
    QHash<QString, qint64> m_idsByEmail;
    bool m_peopleLoaded = false;
};

} // namespace arwain
