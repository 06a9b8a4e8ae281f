// PrivacyService: reads through Store, writes in one Database::write, then Database::eraseTraces.
#include "services/PrivacyService.h"

#include "domain/Clock.h"
#include "domain/Parsing.h"
#include "storage/Database.h"
#include "storage/FeedbackStore.h"
#include "storage/SessionStore.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(dateText(d)) : QJsonValue();
}

template <typename E> QJsonValue word(E value)
{
    const QString t = toText(value);
    return t.isEmpty() ? QJsonValue() : QJsonValue(t);
}

} // namespace

Result<Participant> PrivacyService::personWithEmail(const QString& email) const
{
    try {
        if (auto p = m_store.participantByEmail(normaliseEmail(email)))
            return *p;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return fail(tr("no participant with the email address %1").arg(email.trimmed()));
}

Result<QJsonObject> PrivacyService::subjectExport(qint64 participantId) const
{
    QJsonObject doc;
    try {
        const auto p = m_store.participantById(participantId);
        if (!p)
            return fail(tr("that participant no longer exists"));
        doc.insert(u"exported_at"_s, Clock::now().toString(Qt::ISODate));
        doc.insert(u"person"_s, QJsonObject{{u"given_name"_s, p->givenName},
                                            {u"family_name"_s, p->familyName},
                                            {u"email"_s, p->email},
                                            {u"job_role"_s, word(p->jobRole)},
                                            {u"preferred_language"_s, word(p->preferredLanguage)},
                                            {u"anonymised"_s, p->anonymised}});
        if (const auto o = p->organisationId ? m_store.organisationById(p->organisationId) : std::nullopt)
            doc.insert(u"organisation"_s, QJsonObject{{u"name"_s, o->name},
                                                      {u"sector"_s, word(o->sector)},
                                                      {u"region"_s, word(o->region)}});
        else
            doc.insert(u"organisation"_s, QJsonValue());
        SessionStore sessions(m_store.database());
        QJsonArray enrolments;
        for (const Enrolment& e : m_store.enrolmentsOfParticipant(participantId)) {
            const auto cohort = m_store.cohortById(e.cohortId);
            const auto programme = cohort ? m_store.programmeById(cohort->programmeId) : std::nullopt;
            QJsonArray history;
            for (const StatusChange& c : m_store.history(e.id))
                history.append(QJsonObject{{u"from"_s, c.from ? word(*c.from) : QJsonValue()},
                                           {u"to"_s, word(c.to)},
                                           {u"effective_date"_s, date(c.effectiveDate)},
                                           {u"recorded_at"_s, c.recordedAt.toString(Qt::ISODate)},
                                           {u"reason"_s, word(c.reason)},
                                           {u"note"_s, c.note},
                                           {u"kind"_s, word(c.kind)}});
            QJsonArray attendance;
            if (cohort)
                for (const Attendance& a : sessions.attendanceOfCohort(cohort->id)) {
                    if (a.enrolmentId != e.id)
                        continue;
                    const auto session = sessions.sessionById(a.sessionId);
                    attendance.append(QJsonObject{{u"date"_s, session ? date(session->date) : QJsonValue()},
                                                  {u"session"_s, session ? session->title : QString()},
                                                  {u"kind"_s, session ? word(session->kind) : QJsonValue()},
                                                  {u"mark"_s, word(a.mark)}});
                }
            const auto continues = e.continuesId ? m_store.enrolmentById(e.continuesId) : std::nullopt;
            const auto continuesCohort = continues ? m_store.cohortById(continues->cohortId) : std::nullopt;
            enrolments.append(
                QJsonObject{{u"cohort"_s, cohort ? cohort->code : QString()},
                            {u"programme"_s, programme ? programme->code : QString()},
                            {u"status"_s, word(e.status)},
                            {u"status_date"_s, date(e.statusDate)},
                            {u"reason"_s, word(e.reason)},
                            {u"note"_s, e.note},
                            {u"continues_cohort"_s, continuesCohort ? continuesCohort->code : QString()},
                            {u"history"_s, history},
                            {u"attendance"_s, attendance}});
        }
        doc.insert(u"enrolments"_s, enrolments);
        QJsonArray feedback;
        for (const Feedback& f : FeedbackStore(m_store.database()).feedbackOfParticipant(participantId)) {
            const auto cohort = m_store.cohortById(f.cohortId);
            feedback.append(QJsonObject{{u"cohort"_s, cohort ? cohort->code : QString()},
                                        {u"met_needs"_s, word(f.metNeeds)},
                                        {u"met_expectations"_s, word(f.metExpectations)},
                                        {u"learned_usable"_s, word(f.learnedUsable)},
                                        {u"relevant"_s, word(f.relevant)},
                                        {u"recommend"_s, word(f.recommend)},
                                        {u"comment"_s, f.comment}});
        }
        doc.insert(u"feedback"_s, feedback);
        if (const auto m = m_store.networkMember(participantId))
            doc.insert(u"network"_s,
                       QJsonObject{{u"joined_on"_s, date(m->joinedOn)}, {u"left_on"_s, date(m->leftOn)}});
        else
            doc.insert(u"network"_s, QJsonValue());
        // The audit log's entries about them: who changed their records, and when.
        QJsonArray audit;
        for (const AuditEntry& a : m_store.auditAbout(participantId))
            audit.append(QJsonObject{{u"at"_s, a.at.toString(Qt::ISODate)},
                                     {u"by"_s, a.actor},
                                     {u"action"_s, a.action},
                                     {u"detail"_s, a.detail}});
        doc.insert(u"audit"_s, audit);
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return doc;
}

QString PrivacyService::erasureSummary(const Participant& p) const
{
    int enrolments = 0, feedback = 0;
    try {
        enrolments = int(m_store.enrolmentsOfParticipant(p.id).size());
        feedback = int(FeedbackStore(m_store.database()).feedbackOfParticipant(p.id).size());
    } catch (const StorageError&) {
    }
    return tr("%1 %2 <%3> will be erased: their name, email address and the notes about them. "
              "Kept, with no name: their enrolments (%4) with their history and attendance, so every figure "
              "stays the same; their organisation and job role; and their feedback responses (%5), no longer "
              "linked to them. This cannot be undone.")
        .arg(p.givenName, p.familyName, p.email)
        .arg(enrolments)
        .arg(feedback);
}

Result<void> PrivacyService::anonymise(qint64 participantId)
{
    Database& db = m_store.database();
    auto done = db.write([&]() -> Result<void> {
        const auto p = m_store.participantById(participantId);
        if (!p)
            return fail(tr("that participant no longer exists"));
        if (p->anonymised)
            return fail(tr("this participant has already been anonymised"));
        m_store.anonymiseParticipant(participantId);
        m_store.database().audit(u"participant.anonymise"_s, {}, {}, participantId);
        return {};
    });
    if (!done)
        return done;
    return db.eraseTraces();
}

namespace {
const QString kRetentionKey = u"retention_years"_s;
}

int PrivacyService::retentionYears() const
{
    try {
        return std::max(0, m_store.setting(kRetentionKey).toInt());
    } catch (const StorageError&) {
        return 0;
    }
}

Result<void> PrivacyService::setRetentionYears(int years)
{
    if (years < 0 || years > 100)
        return fail(tr("the retention period is a number of years from 0 (keep everyone) to 100"));
    return m_store.database().write([&]() -> Result<void> {
        m_store.setSetting(kRetentionKey, QString::number(years));
        m_store.database().audit(u"setting.retention"_s, {}, QString::number(years));
        return {};
    });
}

Result<QList<Participant>> PrivacyService::dueForErasure(const QDate& today) const
{
    return dueForErasure(today, retentionYears());
}

Result<QList<Participant>> PrivacyService::dueForErasure(const QDate& today, int years) const
{
    QList<Participant> due;
    if (years == 0)
        return due;
    const QDate cutOff = today.addYears(-years);
    try {
        QHash<qint64, QDate> ended; // cohort id -> the date it counts as over
        for (const Cohort& c : m_store.cohorts())
            ended.insert(c.id, c.endDate.isValid() ? c.endDate : c.startDate);
        QHash<qint64, QDate> last; // participant id -> their last enrolment's end
        for (const Enrolment& e : m_store.enrolments()) {
            const QDate d = ended.value(e.cohortId);
            if (!last.contains(e.participantId) || d > last.value(e.participantId))
                last.insert(e.participantId, d);
        }
        for (const Participant& p : m_store.participants())
            if (!p.anonymised && last.contains(p.id) && last.value(p.id) < cutOff)
                due << p;
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return due;
}

Result<int> PrivacyService::anonymiseAll(const QList<Participant>& people)
{
    Database& db = m_store.database();
    int done = 0;
    auto written = db.write([&]() -> Result<void> {
        for (const Participant& p : people) {
            const auto now = m_store.participantById(p.id);
            if (!now || now->anonymised)
                continue;
            m_store.anonymiseParticipant(p.id);
            ++done;
        }
        m_store.database().audit(u"retention.apply"_s, {}, QString::number(done));
        return {};
    });
    if (!written)
        return written.toError();
    if (auto traces = db.eraseTraces(); !traces)
        return traces.toError();
    return done;
}

} // namespace arwain
