// CatalogueStore: the records people type in and look up: programmes, organisations, cohorts, participants,
// the network, their removals and references, and the database's settings. Throws StorageError.
#pragma once

#include "domain/Records.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace arwain {

class Database;

class CatalogueStore
{
public:
    explicit CatalogueStore(Database& db) : m_db(db) {}

    QList<Programme> programmes() const;
    std::optional<Programme> programmeByCode(const QString& code) const;
    std::optional<Programme> programmeById(qint64 id) const;
    qint64 insertProgramme(const Programme& p);
    qint64 updateProgramme(const Programme& p);
    QList<Organisation> organisations() const;
    std::optional<Organisation> organisationByName(const QString& name) const;
    std::optional<Organisation> organisationById(qint64 id) const;
    // The organisations with these ids, by id (ids not found are left out).
    QList<Organisation> organisationsWithIds(const QList<qint64>& ids) const;
    qint64 insertOrganisation(const Organisation& o);
    qint64 updateOrganisation(const Organisation& o);
    QList<Cohort> cohorts() const;
    // Every cohort with only what a list of them shows: id, code, programme, title, dates and version, the
    // rest left unset. In the same order as cohorts().
    QList<Cohort> cohortsListed() const;
    // The cohorts of a programme that start after a date, in the same order as cohorts().
    QList<Cohort> cohortsStartingAfter(qint64 programmeId, const QDate& date) const;
    std::optional<Cohort> cohortByCode(const QString& code) const;
    std::optional<Cohort> cohortById(qint64 id) const;
    qint64 insertCohort(const Cohort& c);
    qint64 updateCohort(const Cohort& c);
    QList<Participant> participants() const;
    // The same, one at a time in order of id: none is held here (a nation's 200,000 people would be
    // a hundred megabytes as a list).
    void eachParticipant(const std::function<void(const Participant&)>& each) const;
    // The members of the network, in order of id (the network's table reads these, not everyone).
    QList<Participant> participantsInNetwork() const;
    // How many participants each organisation has, by organisation id (those with none left out).
    QHash<qint64, int> participantsPerOrganisation() const;
    std::optional<Participant> participantByEmail(const QString& email) const;
    std::optional<Participant> participantById(qint64 id) const;
    // The participants with these ids, by id (ids not found are left out): a few reads, not one per id.
    QList<Participant> participantsWithIds(const QList<qint64>& ids) const;
    // For people without an email address: same names and organisation.
    std::optional<Participant> participantByName(const QString& given, const QString& family,
                                                 qint64 organisationId) const;
    // Every person with an email address: the address (as stored, normalised) and the id.
    QHash<QString, qint64> participantIdsByEmail() const;
    qint64 insertParticipant(const Participant& p);
    qint64 updateParticipant(const Participant& p);
    QList<NetworkMember> networkMembers() const;
    std::optional<NetworkMember> networkMember(qint64 participantId) const;
    void insertNetworkMember(const NetworkMember& m);
    // Settings of the database (shared by everyone who opens it); empty when not set.
    QString setting(const QString& key) const;
    void setSetting(const QString& key, const QString& value);
    // Removals, for undoing an addition; callers check first that nothing refers to the row.
    void removeCohort(qint64 id);
    void removeParticipant(qint64 id);
    // Erasure: no name, no email, no notes; enrolments, history, attendance stay (counted, nameless);
    // feedback stays, unlinked.
    void anonymiseParticipant(qint64 id);
    void removeOrganisation(qint64 id);
    // How many rows of other tables refer to a cohort, participant or organisation.
    int referencesToCohort(qint64 id) const;
    int referencesToParticipant(qint64 id) const;
    int referencesToOrganisation(qint64 id) const;

protected:
    Database& m_db;
};

} // namespace arwain
