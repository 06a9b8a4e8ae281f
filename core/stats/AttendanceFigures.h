// AttendanceFigures: a cohort's attendance sheet: people × sessions, each cell's state, and the rates
// per person, per session and for the cohort, with the programme's attendance rule.
#pragma once

#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace arwain {

// What a cell of the sheet shows. Not applicable: a session before the person joined, after they
// deferred, withdrew or completed, or another person's one-to-one session; never an absence.
enum class AttendanceCell
{
    NotApplicable,
    NotYet,     // a session still to come
    Unrecorded, // held, but no mark yet
    Present,
    Absent,
    Excused
};

// Counts behind a rate: present ÷ (present + absent); excused and unrecorded sessions are left out.
struct AttendanceCount
{
    int present = 0;
    int absent = 0;
    int excused = 0;
    int unrecorded = 0;
    int counted() const { return present + absent; }
    std::optional<qint64> rate() const; // hundredths of a per cent; none when nothing is counted
    void add(AttendanceCell cell);
};

struct AttendancePerson
{
    Enrolment enrolment;
    Participant participant;
    AttendanceCount all;
    AttendanceCount rule; // the sessions the programme's rule counts
    // Whether the rule is met: none when the programme has no rule, or when a register the rule
    // needs is not complete yet, or no session it counts has been held.
    std::optional<bool> meetsRule;
};

struct AttendanceSessionRow
{
    Session session;
    AttendanceCount count;
};

struct AttendanceSheet
{
    Cohort cohort;
    Programme programme;
    QList<AttendanceSessionRow> sessions; // in date and time order
    QList<AttendancePerson> people;       // by family name, given name
    QList<QList<AttendanceCell>> cells;   // [person][session]
    AttendanceCount total;
    QString ruleText;    // "at least 75% of action learning sets", or empty
    int rulePending = 0; // sessions the rule counts that are still to come
};

// One programme's attendance over the cohorts of a period: the dashboard's attendance tile.
struct AttendanceSummary
{
    QString programme; // code
    QString ruleText;  // empty: the programme has no attendance rule
    int cohorts = 0;   // cohorts in the period with sessions
    int sessionsHeld = 0;
    int people = 0;
    AttendanceCount total;
    int ruleDecided = 0; // people whose rule is decided (every register it needs taken)
    int ruleMet = 0;
};

} // namespace arwain
