// PrivacyService: what UK GDPR asks of the records about a person: everything held about them as
// one JSON document (a subject access request), and erasure that keeps the aggregate figures.
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace arwain {

class Store;

class PrivacyService
{
    Q_DECLARE_TR_FUNCTIONS(arwain::PrivacyService)
public:
    explicit PrivacyService(Store& store) : m_store(store) {}

    // The named participant with this email address, or why not.
    Result<Participant> personWithEmail(const QString& email) const;
    // Everything held about the person: their record, organisation, enrolments with full history and
    // attendance, feedback, and network membership.
    Result<QJsonObject> subjectExport(qint64 participantId) const;
    // What an erasure removes and keeps, in words, for a confirmation.
    QString erasureSummary(const Participant& p) const;
    // Erases the person's identity in one transaction: name, email and notes about them go (zeroed
    // in the file); enrolments, history and attendance stay, counted, with no name; feedback stays,
    // no longer linked. Then the log is emptied, so the text survives nowhere in the file.
    Result<void> anonymise(qint64 participantId);

    // The retention rule: people whose last enrolment ended more than this many years ago are erased
    // (a setting of the database; 0: keep everyone).
    int retentionYears() const;
    Result<void> setRetentionYears(int years);
    // Who the rule would erase on `today`: named people whose every enrolment's cohort ended (or, without
    // an end, started) before today minus the years. Empty when the rule is off.
    Result<QList<Participant>> dueForErasure(const QDate& today) const;
    // The same for a period of `years` not (yet) saved: a preview while the period is being chosen.
    Result<QList<Participant>> dueForErasure(const QDate& today, int years) const;
    // Erases them all in one transaction, then empties the log; how many.
    Result<int> anonymiseAll(const QList<Participant>& people);

private:
    Store& m_store;
};

} // namespace arwain
