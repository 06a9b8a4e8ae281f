// EnrolmentService: every enrolment write goes through here, so the lifecycle and the history hold.
#include "services/EnrolmentService.h"

#include "domain/Clock.h"
#include "domain/Lifecycle.h"
#include "domain/Parsing.h"
#include "domain/Records.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString personName(const Participant& p)
{
    return p.givenName + u' ' + p.familyName;
}

StatusChange historyEntry(const Enrolment& e, std::optional<Status> from, HistoryKind kind, const QDate& date,
                          const QDateTime& recordedAt = Clock::now())
{
    StatusChange c;
    c.enrolmentId = e.id;
    c.from = from;
    c.to = e.status;
    c.effectiveDate = date;
    c.recordedAt = recordedAt;
    c.reason = e.reason;
    c.note = e.note;
    c.kind = kind;
    return c;
}

} // namespace

void EnrolmentService::audit(const Enrolment& e, const QString& action, const QString& detail) const
{
    Database& db = m_store.database();
    if (!db.auditsEach())
        return; // an import logs itself as one entry
    const auto person = m_store.participantById(e.participantId);
    const auto cohort = m_store.cohortById(e.cohortId);
    QString subject = person ? personName(*person) : QString();
    if (person && !person->email.isEmpty())
        subject += u" <"_s + person->email + u'>';
    db.audit(action, subject, (cohort ? cohort->code + u": "_s : QString()) + detail, e.participantId);
}

Result<Enrolment> EnrolmentService::changedSinceShown(const Enrolment& e) const
{
    // What the user saw is out of date: everyone reloads, so they see the other change.
    m_store.database().announceExternalChange();
    const auto person = m_store.participantById(e.participantId);
    const auto cohort = m_store.cohortById(e.cohortId);
    return fail(Store::conflictMessage(
        tr("The enrolment of %1 in %2")
            .arg(person ? personName(*person) : QString(), cohort ? cohort->code : QString())));
}

Result<Enrolment> EnrolmentService::commit(const Enrolment& e, const std::function<Result<void>()>& work)
{
    // `e` is the caller's enrolment, which `work` may fill in (its new id) before it is returned.
    if (auto written = m_store.database().write(work); !written)
        return written.toError();
    return e;
}

Result<void> EnrolmentService::checkDate(const Enrolment& e, const QDate& date) const
{
    if (!date.isValid())
        return fail(tr("the date is missing or not a real date"));
    if (date > Clock::today())
        return fail(tr("the date %1 is in the future").arg(dateText(date)));
    if (e.statusDate.isValid() && date < e.statusDate)
        return fail(tr("the date %1 is before the enrolment's last change (%2)")
                        .arg(dateText(date), dateText(e.statusDate)));
    return {};
}

Result<void> EnrolmentService::checkResume(const Enrolment& deferred, qint64 laterCohortId) const
{
    const auto from = m_store.cohortById(deferred.cohortId);
    const auto to = m_store.cohortById(laterCohortId);
    if (!from || !to)
        return fail(tr("no such cohort"));
    return checkResume(deferred, !m_store.continuationsOf(deferred.id).isEmpty(), *from, *to);
}

Result<void> EnrolmentService::checkResume(const Enrolment& deferred, bool resumedAlready, const Cohort& from,
                                           const Cohort& to)
{
    if (deferred.status != Status::Deferred)
        return fail(
            tr("only a deferred enrolment can be resumed; this one is %1").arg(toText(deferred.status)));
    if (resumedAlready)
        return fail(tr("this deferral has already been resumed"));
    if (from.programmeId != to.programmeId || to.startDate <= from.startDate)
        return fail(tr("a deferral from %1 resumes in a later cohort of the same programme; %2 is not one")
                        .arg(from.code, to.code));
    return {};
}

Result<Enrolment> EnrolmentService::insertNew(const Enrolment& candidate, qint64 cohortId)
{
    Enrolment e = candidate;
    const auto cohort = m_store.cohortById(cohortId);
    if (!cohort)
        return fail(tr("no such cohort"));
    const auto person = m_store.participantById(e.participantId);
    if (!person)
        return fail(tr("no such participant"));
    if (const auto existing = m_store.enrolment(e.participantId, cohortId))
        return fail(tr("%1 is already in cohort %2 (%3)")
                        .arg(personName(*person), cohort->code, toText(existing->status)));
    if (auto d = checkDate(Enrolment{}, e.statusDate); !d)
        return d.toError();
    e.cohortId = cohortId;
    e.status = (cohort->capacity && m_store.placesTaken(cohortId) >= *cohort->capacity) ? Status::Waitlisted
                                                                                        : Status::Enrolled;
    return commit(e, [&]() -> Result<void> {
        e.id = m_store.insertEnrolment(e);
        e.version = 1;
        m_store.insertHistory(historyEntry(e, std::nullopt, HistoryKind::Created, e.statusDate));
        audit(e, u"enrolment.add"_s, toText(e.status));
        return {};
    });
}

Result<Enrolment> EnrolmentService::enrol(qint64 participantId, qint64 cohortId, const QDate& date,
                                          const QString& note, qint64 reuseId)
{
    Enrolment e;
    e.id = reuseId;
    e.participantId = participantId;
    e.statusDate = date;
    e.note = note;
    try {
        // A deferral of the same programme, not yet resumed, is resumed by this enrolment.
        const auto cohort = m_store.cohortById(cohortId);
        if (cohort) {
            for (const Enrolment& earlier : m_store.enrolmentsOfParticipant(participantId)) {
                if (earlier.status == Status::Deferred && checkResume(earlier, cohortId)) {
                    e.continuesId = earlier.id;
                    break;
                }
            }
        }
        return insertNew(e, cohortId);
    } catch (const StorageError& err) {
        return fail(err.message());
    }
}

Result<Enrolment> EnrolmentService::resume(qint64 deferredEnrolmentId, qint64 laterCohortId,
                                           const QDate& date, const QString& note, qint64 reuseId)
{
    try {
        const auto deferred = m_store.enrolmentById(deferredEnrolmentId);
        if (!deferred)
            return fail(tr("no such enrolment"));
        if (auto ok = checkResume(*deferred, laterCohortId); !ok)
            return ok.toError();
        Enrolment e;
        e.id = reuseId;
        e.participantId = deferred->participantId;
        e.statusDate = date;
        e.note = note;
        e.continuesId = deferred->id;
        return insertNew(e, laterCohortId);
    } catch (const StorageError& err) {
        return fail(err.message());
    }
}

QString EnrolmentService::named(qint64 enrolmentId, const QString& reason) const
{
    try {
        const auto e = m_store.enrolmentById(enrolmentId);
        const auto person = e ? m_store.participantById(e->participantId) : std::nullopt;
        if (!person)
            return reason;
        const QString name = personName(*person);
        return reason.contains(name) ? reason : tr("%1: %2").arg(name, reason);
    } catch (const StorageError&) {
        return reason;
    }
}

Result<QList<Enrolment>> EnrolmentService::changeStatuses(const QList<qint64>& enrolmentIds, Status to,
                                                          const QDate& date, Reason reason,
                                                          const QString& note,
                                                          const QList<qint64>& seenVersions,
                                                          qint64 resumeInCohort, qint64 resumeReuseId)
{
    QList<Enrolment> changed;
    auto written = m_store.database().write([&]() -> Result<void> {
        for (qsizetype i = 0; i < enrolmentIds.size(); ++i) {
            const qint64 id = enrolmentIds.at(i);
            auto r =
                changeStatus(id, to, date, reason, note, i < seenVersions.size() ? seenVersions.at(i) : 0);
            if (!r)
                return fail(enrolmentIds.size() > 1 ? named(id, r.error()) : r.error());
            changed << r.value();
        }
        if (resumeInCohort != 0 && changed.size() == 1 && to == Status::Deferred) {
            auto resumed = resume(changed.first().id, resumeInCohort, date, {}, resumeReuseId);
            if (!resumed)
                return resumed.toError();
            changed << resumed.value();
        }
        return {};
    });
    if (!written)
        return written.toError();
    return changed;
}

Result<QList<Enrolment>> EnrolmentService::revertLastChanges(const QList<qint64>& enrolmentIds,
                                                             const QList<qint64>& versions, qint64 resumedId)
{
    QList<Enrolment> reverted;
    auto written = m_store.database().write([&]() -> Result<void> {
        if (resumedId != 0)
            if (auto r = removeUnchanged(resumedId); !r)
                return r;
        for (qsizetype i = enrolmentIds.size() - 1; i >= 0; --i) {
            const qint64 id = enrolmentIds.at(i);
            auto r = revertLastChange(id, {}, i < versions.size() ? versions.at(i) : 0);
            if (!r)
                return fail(enrolmentIds.size() > 1 ? named(id, r.error()) : r.error());
            reverted << r.value();
        }
        return {};
    });
    if (!written)
        return written.toError();
    return reverted;
}

Result<Enrolment> EnrolmentService::changeStatus(qint64 enrolmentId, Status to, const QDate& date,
                                                 Reason reason, const QString& note, qint64 seenVersion)
{
    try {
        auto found = m_store.enrolmentById(enrolmentId);
        if (!found)
            return fail(tr("no such enrolment"));
        Enrolment e = *found;
        if (seenVersion != 0 && seenVersion != e.version)
            return changedSinceShown(e);
        if (auto allowed = Lifecycle::checkTransition(e.status, to); !allowed)
            return allowed.toError();
        if (Lifecycle::needsReason(to) && reason == Reason::Unset)
            return fail(tr("a change to %1 needs a reason: %2").arg(toText(to), allTexts<Reason>()));
        if (auto d = checkDate(e, date); !d)
            return d.toError();
        if (e.status == Status::Waitlisted && to == Status::Enrolled) {
            const auto cohort = m_store.cohortById(e.cohortId);
            if (cohort && cohort->capacity && m_store.placesTaken(e.cohortId) >= *cohort->capacity)
                return fail(tr("cohort %1 is full (capacity %2); the enrolment stays on the waitlist")
                                .arg(cohort->code)
                                .arg(*cohort->capacity));
        }
        const Status from = e.status;
        e.status = to;
        e.statusDate = date;
        e.reason = Lifecycle::needsReason(to) ? reason : Reason::Unset;
        e.note = note;
        return commit(e, [&]() -> Result<void> {
            // Checked against the version read above: a change by someone else since is a conflict.
            e.version = m_store.updateEnrolmentStatus(e);
            m_store.insertHistory(historyEntry(e, from, HistoryKind::Changed, date));
            audit(e, u"enrolment.status"_s, toText(from) + u" → "_s + toText(to));
            return {};
        });
    } catch (const StorageError& err) {
        return fail(err.message());
    }
}

Result<Enrolment> EnrolmentService::revertLastChange(qint64 enrolmentId, const QString& note,
                                                     qint64 seenVersion)
{
    try {
        auto found = m_store.enrolmentById(enrolmentId);
        if (!found)
            return fail(tr("no such enrolment"));
        Enrolment e = *found;
        if (seenVersion != 0 && seenVersion != e.version)
            return changedSinceShown(e);
        const QList<StatusChange> standing = Lifecycle::standingChanges(m_store.history(enrolmentId));
        if (standing.size() < 2 || !standing.last().from)
            return fail(tr("there is no change to revert: the enrolment is as it was first recorded"));
        const StatusChange mistake = standing.last();
        const StatusChange before = standing.at(standing.size() - 2);
        if (mistake.to == Status::Deferred) {
            const QList<Enrolment> resumed = m_store.continuationsOf(e.id);
            if (!resumed.isEmpty()) {
                const auto cohort = m_store.cohortById(resumed.first().cohortId);
                return fail(tr("the deferral has been resumed in cohort %1; revert that enrolment first")
                                .arg(cohort ? cohort->code : QString()));
            }
        }
        const Status current = e.status;
        e.status = before.to;
        e.statusDate = before.effectiveDate;
        e.reason = before.reason;
        e.note = before.note;
        return commit(e, [&]() -> Result<void> {
            e.version = m_store.updateEnrolmentStatus(e);
            audit(e, u"enrolment.revert"_s, toText(current) + u" → "_s + toText(e.status));
            StatusChange c = historyEntry(e, current, HistoryKind::Reverted, Clock::today());
            c.reason = Reason::Unset;
            c.note = note.isEmpty() ? tr("reverted the change to %1").arg(toText(mistake.to)) : note;
            c.reverts = mistake.id;
            m_store.insertHistory(c);
            return {};
        });
    } catch (const StorageError& err) {
        return fail(err.message());
    }
}

Result<QList<StatusChange>> EnrolmentService::importedHistory(Enrolment& e, const Cohort& cohort,
                                                              const QDateTime& recordedAt)
{
    if (Lifecycle::needsReason(e.status) && e.reason == Reason::Unset)
        return fail(tr("a %1 enrolment needs a reason (%2); use \"other\" when it is not known")
                        .arg(toText(e.status), allTexts<Reason>()));
    if (!Lifecycle::needsReason(e.status))
        e.reason = Reason::Unset;
    // A finished enrolment was, before that, enrolled from the cohort's start: the history says so, so
    // that figures "as at" an earlier date count the person as in progress.
    const bool finished = e.status != Status::Enrolled && e.status != Status::Waitlisted;
    if (finished && cohort.startDate < e.statusDate) {
        Enrolment start = e;
        start.status = Status::Enrolled;
        start.reason = Reason::Unset;
        start.note.clear();
        return QList<StatusChange>{
            historyEntry(start, std::nullopt, HistoryKind::Imported, cohort.startDate, recordedAt),
            historyEntry(e, Status::Enrolled, HistoryKind::Imported, e.statusDate, recordedAt)};
    }
    return QList<StatusChange>{
        historyEntry(e, std::nullopt, HistoryKind::Imported, e.statusDate, recordedAt)};
}

Result<Enrolment> EnrolmentService::recordImported(const Enrolment& candidate)
{
    Enrolment e = candidate;
    try {
        const auto cohort = m_store.cohortById(e.cohortId);
        if (!cohort)
            return fail(tr("no such cohort"));
        auto history = importedHistory(e, *cohort, Clock::now());
        if (!history)
            return history.toError();
        if (e.continuesId != 0) {
            const auto deferred = m_store.enrolmentById(e.continuesId);
            if (!deferred)
                return fail(tr("the enrolment it continues does not exist"));
            if (auto ok = checkResume(*deferred, e.cohortId); !ok)
                return ok.toError();
        }
        return commit(e, [&]() -> Result<void> {
            e.id = m_store.insertEnrolment(e);
            e.version = 1;
            audit(e, u"enrolment.import"_s, toText(e.status));
            for (StatusChange& c : history.value()) {
                c.enrolmentId = e.id;
                m_store.insertHistory(c);
            }
            return {};
        });
    } catch (const StorageError& err) {
        return fail(err.message());
    }
}

Result<void> EnrolmentService::removeUnchanged(qint64 enrolmentId)
{
    return m_store.database().write([&]() -> Result<void> {
        const auto e = m_store.enrolmentById(enrolmentId);
        if (!e)
            return fail(tr("no such enrolment"));
        if (m_store.history(enrolmentId).size() > 1)
            return fail(tr("the enrolment has changed since it was made; revert its changes first"));
        if (!m_store.continuationsOf(enrolmentId).isEmpty())
            return fail(tr("another enrolment resumes this one"));
        audit(*e, u"enrolment.remove"_s, toText(e->status));
        m_store.removeEnrolment(enrolmentId);
        return {};
    });
}

Result<QList<StatusChange>> EnrolmentService::history(qint64 enrolmentId) const
{
    try {
        return m_store.history(enrolmentId);
    } catch (const StorageError& err) {
        return fail(err.message());
    }
}

Result<QStringList> EnrolmentService::checkHistory() const
{
    try {
        QHash<qint64, QList<StatusChange>> byEnrolment;
        for (const StatusChange& c : m_store.allHistory())
            byEnrolment[c.enrolmentId].append(c);
        QStringList problems;
        for (const Enrolment& e : m_store.enrolments()) {
            const QList<StatusChange> standing = Lifecycle::standingChanges(byEnrolment.value(e.id));
            if (standing.isEmpty())
                problems << tr("enrolment %1 has no history").arg(e.id);
            else if (standing.last().to != e.status)
                problems << tr("enrolment %1 is %2 but its history says %3")
                                .arg(e.id)
                                .arg(toText(e.status), toText(standing.last().to));
        }
        // A resumed deferral: the enrolment it continues is the same person's, deferred, in a cohort of
        // the same programme.
        QHash<qint64, Enrolment> byId;
        QHash<qint64, qint64> programmeOfCohort;
        for (const Enrolment& e : m_store.enrolments())
            byId.insert(e.id, e);
        for (const Cohort& c : m_store.cohorts())
            programmeOfCohort.insert(c.id, c.programmeId);
        for (const Enrolment& e : std::as_const(byId)) {
            if (e.continuesId == 0)
                continue;
            const auto earlier = byId.constFind(e.continuesId);
            if (earlier == byId.constEnd() || earlier->participantId != e.participantId ||
                earlier->status != Status::Deferred ||
                programmeOfCohort.value(earlier->cohortId) != programmeOfCohort.value(e.cohortId))
                problems
                    << tr("enrolment %1 continues enrolment %2, which is not the same person's deferral in "
                          "the same programme")
                           .arg(e.id)
                           .arg(e.continuesId);
        }
        return problems;
    } catch (const StorageError& err) {
        return fail(err.message());
    }
}

} // namespace arwain
