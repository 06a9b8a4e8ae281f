// CountingStore: what the counting rules read, each in as few passes as a nation's file allows: the cohorts
// and people of a period, enrolment facts, kept tallies, history as at a date, reporting months. Throws
// StorageError.
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

namespace arwain {

class Database;

class CountingStore
{
public:
    explicit CountingStore(Database& db) : m_db(db) {}

    // The cohorts counted between two dates (end date, or start date without one; either may be null:
    // open), in the same order.
    QList<Cohort> cohortsCounted(const QDate& from, const QDate& to) const;
    // The cohorts counted between two dates (either may be null: open) as counting reads them: id, code,
    // programme, dates, delivery mode and headcount, the rest left unset (a nation's 42,500 cohorts'
    // titles, venues and providers are megabytes nobody counts). In the same order as cohorts().
    QList<Cohort> cohortsToCount(const QDate& from = {}, const QDate& to = {}) const;
    // The people enrolled in the cohorts counted between two dates (either may be null: open).
    QList<Participant> participantsCounted(const QDate& from, const QDate& to) const;
    // Only what counting "as at" a date needs: enrolment, status, effective date, reverts.
    QList<StatusChange> historyForCounting() const;
    // The same, of the enrolments in the cohorts counted between two dates (either may be null: open),
    // each handed to `use` as it is read rather than held (a year of a nation's file is 130,000).
    void eachChangeForCounting(const QDate& from, const QDate& to,
                               const std::function<void(const StatusChange&)>& use) const;
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

protected:
    Database& m_db;
};

} // namespace arwain
