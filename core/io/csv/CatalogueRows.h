// CatalogueRows: importing the catalogue's rows — programmes, organisations, participants, cohorts and
// network members. Each row is compared by its key with what the database holds: new is added, the
// same is unchanged, different is a problem (a change is made in the app, not by import).
#pragma once

#include "io/csv/ImportLookups.h"
#include "io/csv/ImportRow.h"
#include "services/CatalogueService.h"
#include "storage/BulkStore.h"

#include <QHash>

#include <memory>

namespace arwain {

class CatalogueRows
{
public:
    CatalogueRows(Store& store, ImportLookups& lookups);
    ~CatalogueRows();

    ImportOutcome programme(ImportRow& row);
    ImportOutcome organisation(ImportRow& row);
    ImportOutcome participant(ImportRow& row);
    ImportOutcome cohort(ImportRow& row);
    ImportOutcome network(ImportRow& row);
    // Writes the people still queued for a batch; before the transaction commits.
    void finish();

    // Organisations made for participants whose organisation was new.
    int organisationsCreated() const { return m_organisationsCreated; }

private:
    template <typename T, typename Existing>
    ImportOutcome settle(ImportRow& row, T record, const std::optional<Existing>& existing,
                         const QString& keyColumn, const QString& what)
    {
        if (row.bad())
            return ImportOutcome::Bad;
        if (existing) {
            record.id = existing->id;
            record.version = existing->version;
            if (record == *existing)
                return ImportOutcome::Unchanged;
            row.error(keyColumn, ImportRow::differs(what));
            return ImportOutcome::Bad;
        }
        row.errors(m_catalogue.validate(record));
        if (row.bad())
            return ImportOutcome::Bad;
        auto saved = m_catalogue.save(record);
        if (!saved) {
            row.error(keyColumn, saved.error());
            return ImportOutcome::Bad;
        }
        return ImportOutcome::Added;
    }

    // A person is found by address, or, without one, by names and organisation (as the store does).
    static QString personKey(const Participant& p);
    void rememberPerson(const Participant& p) { m_peopleByKey.insert(personKey(p), p); }

    Store& m_store;
    ImportLookups& m_lookups;
    CatalogueService m_catalogue;
    QHash<QString, qint64> m_organisations;
    QHash<QString, Participant> m_peopleByKey;
    bool m_participantsLoaded = false;
    qint64 m_nextParticipant = 0;
    std::unique_ptr<BulkStore> m_bulk;
    int m_organisationsCreated = 0;
};

} // namespace arwain
