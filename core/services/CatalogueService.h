// CatalogueService: adding and editing programmes, organisations, cohorts, participants and network
// members, with the one set of validation rules for each.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "services/FieldError.h"

#include <QCoreApplication>

namespace arwain {

class Store;

class CatalogueService
{
    Q_DECLARE_TR_FUNCTIONS(arwain::CatalogueService)
public:
    explicit CatalogueService(Store& store) : m_store(store) {}

    // Validation: what is wrong with a record, field by field (empty when it may be written).
    // Uniqueness is checked against the database, ignoring the record's own row.
    FieldErrors validate(const Programme& p) const;
    FieldErrors validate(const Organisation& o) const;
    FieldErrors validate(const Cohort& c) const;
    FieldErrors validate(const Participant& p) const;
    // The checks of a person that need no database (names, one-line fields, a plausible address);
    // validate() adds those that do (the address not someone else's, the organisation there).
    static FieldErrors validateFields(const Participant& p);
    FieldErrors validate(const NetworkMember& m) const;

    Result<Programme> save(Programme p);
    Result<Organisation> save(Organisation o);
    Result<Cohort> save(Cohort c);
    Result<Participant> save(Participant p);
    Result<void> save(const NetworkMember& m);

    // Puts back a removed record under its old id (redoing an addition after undo).
    Result<void> restore(const Cohort& c);
    Result<void> restore(const Participant& p);
    Result<void> restore(const Organisation& o);

    // Removing a record nothing refers to (undoing its addition); refused with a reason otherwise.
    Result<void> removeCohort(qint64 id);
    Result<void> removeParticipant(qint64 id);
    Result<void> removeOrganisation(qint64 id);

    // "given_name: required; email: …" for a message that covers every problem.
    static QString describe(const FieldErrors& errors);

private:
    Store& m_store;
};

} // namespace arwain
