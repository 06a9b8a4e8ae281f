// AttendanceStats: builds attendance sheets (who could attend which session, what was recorded, the
// rates and the attendance rule) for a cohort, or for every cohort of a programme in a reporting year.
#pragma once

#include "domain/Result.h"
#include "stats/AttendanceFigures.h"
#include "stats/StatsQuery.h"

#include <QCoreApplication>
#include <QHash>

namespace arwain {

class Services;
class Store;

class AttendanceStats
{
    Q_DECLARE_TR_FUNCTIONS(arwain::AttendanceStats)
public:
    explicit AttendanceStats(const Store& store) : m_store(store) {}
    // Over an open database's services (the app and the CLI).
    explicit AttendanceStats(const Services& services);

    // `today` decides which sessions are still to come.
    Result<AttendanceSheet> sheet(qint64 cohortId, const QDate& today) const;
    // Cohorts of a programme that count in the reporting year beginning April `year` (by end date).
    Result<QList<AttendanceSheet>> sheets(const QString& programmeCode, int year, const QDate& today) const;
    // Per programme with sessions, over the cohorts of the query's period, programme and delivery
    // mode, counting the people of its region, sector and role: the dashboard's attendance tiles.
    Result<QList<AttendanceSummary>> summary(const StatsQuery& query, const QDate& today) const;

    // "at least 75% of action learning sets", "all teaching days", or empty for no rule.
    static QString describeRule(const Programme& p);
    // The enrolments still in progress whose attendance meets the rule: the ones a coordinator may
    // choose to mark completed.
    static QList<qint64> meetingRule(const AttendanceSheet& sheet);

private:
    // Who the people of the sheets are and when each enrolment began: read per enrolment for one
    // cohort, in bulk for many (the dashboard), so the number of reads does not grow with the people.
    struct People
    {
        QHash<qint64, Participant> participants; // by id
        QHash<qint64, QDate> joined;             // by enrolment: the first day enrolled (from its history)
    };
    // What a cohort's sheet is made of: its sessions (in order), their marks and its enrolments.
    struct Registers
    {
        QList<Session> sessions;
        QList<Attendance> marks;
        QList<Enrolment> enrolments;
    };
    People peopleOfCohort(qint64 cohortId) const;
    // Of the cohorts counted in a period; the participants only when `withParticipants` (their region,
    // sector and role are asked for).
    People peopleCounted(const QDate& from, const QDate& to, bool withParticipants) const;
    // By cohort, for one cohort or a batch: three reads for the batch, not three for each cohort.
    QHash<qint64, Registers> registersOf(const QList<qint64>& cohortIds) const;
    // Sheets are shown with their people by name; a summary only counts them.
    enum class Order
    {
        ByName,
        AsRead
    };
    static AttendanceSheet build(const Cohort& cohort, const Programme& programme, const QDate& today,
                                 const People& people, const Registers& registers, Order order);

    const Store& m_store;
};

} // namespace arwain
