// Store: every read and write of Arwain's tables. Throws StorageError; services wrap it in transactions.
#pragma once

#include "domain/Records.h"
#include "storage/CohortTally.h"
#include "storage/EnrolmentFact.h"
#include "storage/EnrolmentStatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace arwain {

class Database;

class Store
{
public:
    explicit Store(Database& db) : m_db(db) {}
    // Updates of editable rows return the row's new version. When the record carries a version (read
    // earlier) and the row is no longer at it, they throw a StorageError of kind Conflict.
    Database& database() const { return m_db; }

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
    // The cohorts counted between two dates (end date, or start date without one; either may be null:
    // open), in the same order.
    QList<Cohort> cohortsCounted(const QDate& from, const QDate& to) const;
    // The cohorts counted between two dates (either may be null: open) as counting reads them: id, code,
    // programme, dates, delivery mode and headcount, the rest left unset (a nation's 42,500 cohorts'
    // titles, venues and providers are megabytes nobody counts). In the same order as cohorts().
    QList<Cohort> cohortsToCount(const QDate& from = {}, const QDate& to = {}) const;
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
    // The people enrolled in the cohorts counted between two dates (either may be null: open).
    QList<Participant> participantsCounted(const QDate& from, const QDate& to) const;
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

    QList<Enrolment> enrolments() const;
    QList<Enrolment> enrolmentsInCohort(qint64 cohortId) const;
    // The enrolments of a batch of cohorts, by cohort, then id.
    QList<Enrolment> enrolmentsInCohorts(const QList<qint64>& cohortIds) const;
    QList<Enrolment> enrolmentsOfParticipant(qint64 participantId) const;
    std::optional<Enrolment> enrolment(qint64 participantId, qint64 cohortId) const;
    std::optional<Enrolment> enrolmentById(qint64 id) const;
    // Enrolments that resume the deferred enrolment `id`.
    QList<Enrolment> continuationsOf(qint64 id) const;
    // The enrolments that resume any of these, by id.
    QList<Enrolment> continuationsOfAny(const QList<qint64>& ids) const;
    // Places taken in a cohort: enrolled and completed enrolments.
    int placesTaken(qint64 cohortId) const;
    qint64 insertEnrolment(const Enrolment& e);
    qint64 updateEnrolmentStatus(const Enrolment& e);

    QList<StatusChange> history(qint64 enrolmentId) const;
    // The status changes of these enrolments, by enrolment, then as recorded.
    QList<StatusChange> historyOfAny(const QList<qint64>& enrolmentIds) const;
    QList<StatusChange> allHistory() const;
    // Only what counting "as at" a date needs: enrolment, status, effective date, reverts.
    QList<StatusChange> historyForCounting() const;
    // The same, of the enrolments in the cohorts counted between two dates (either may be null: open),
    // each handed to `use` as it is read rather than held (a year of a nation's file is 130,000).
    void eachChangeForCounting(const QDate& from, const QDate& to,
                               const std::function<void(const StatusChange&)>& use) const;
    qint64 insertHistory(const StatusChange& c);

    QList<NetworkMember> networkMembers() const;
    std::optional<NetworkMember> networkMember(qint64 participantId) const;
    void insertNetworkMember(const NetworkMember& m);

    // Every enrolment. `withOrganisation`: with each person's region, sector and role (two joins that
    // read a participant and an organisation for every enrolment); without, those are left unset.
    QList<EnrolmentFact> enrolmentFacts(bool withOrganisation = true) const;
    // The enrolments of the cohorts counted between two dates (end date, or start date without one;
    // either may be null: open), and every enrolment that resumes one of them, however far on.
    QList<EnrolmentFact> enrolmentFacts(const QDate& from, const QDate& to,
                                        bool withOrganisation = true) const;
    // Every cohort's enrolments counted by status, kept by the database in the same transaction as
    // every change.
    // The cohorts of courses that someone has completed, newest first (by start date, then code), from
    // the kept counts.
    QList<CompletedCohort> completedCohorts() const;
    // Every participant's region and sector (of their organisation) and role, by participant id: what
    // figures by person need, not whole participants (for a nation's people, too much memory).
    QHash<qint64, PersonTerms> personTerms() const;
    QList<CohortTally> cohortTallies() const;
    // The same, of the cohorts counted between two dates (either may be null: open).
    QList<CohortTally> cohortTallies(const QDate& from, const QDate& to) const;
    // By cohort: how many of its enrolments that did not complete there (nor wait) were completed by an
    // enrolment that resumes them, however many deferrals on; cohorts with none are left out.
    QHash<qint64, int> completedOnResuming() const;
    // The distinct months cohorts are counted in (by end date, or start date without one), each as its
    // first day, for the list of reporting years (which begin on the first of a month): one pass in the
    // database, 191 months where a nation's file has 5,734 distinct dates.
    QList<QDate> countingMonths() const;
    // Every enrolment's person, programme and status, in the order they were made.
    QList<EnrolmentStatus> enrolmentStatuses() const;

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
    // An enrolment with its history and attendance.
    void removeEnrolment(qint64 id);
    // How many rows of other tables refer to a cohort, participant or organisation.
    int referencesToCohort(qint64 id) const;
    int referencesToParticipant(qint64 id) const;
    int referencesToOrganisation(qint64 id) const;

    // The audit log, newest first: entries at or after `since` (all when null), at most `limit`.
    QList<AuditEntry> auditEntries(const QDateTime& since, int limit) const;
    QList<AuditEntry> auditAbout(qint64 participantId) const;

    // "… was changed by someone else since it was shown: reload …", naming `what` when given.
    static QString conflictMessage(const QString& what);
    // For the storage classes: the end of every UPDATE of an editable row (binds id, version, version),
    // and the new version it returned, or a Conflict error naming `what`.
    static const QString kNextVersion;
    static qint64 newVersion(QSqlQuery& q, const QString& what);

private:
    Database& m_db;
};

} // namespace arwain
