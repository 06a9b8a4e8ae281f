// FeedbackService: the rules of a feedback response: a cohort that exists, a named participant who
// exists, and at least one answer or a comment.
#include "services/FeedbackService.h"

#include "services/CatalogueService.h"
#include "services/Guarded.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
const QString kSuppressionKey = u"feedback.suppress_below"_s;
}

FeedbackService::FeedbackService(Store& store) : m_store(store), m_feedback(store.database()) {}

Result<QList<Feedback>> FeedbackService::ofCohort(qint64 cohortId) const
{
    return guarded([&]() -> Result<QList<Feedback>> { return m_feedback.feedbackOfCohort(cohortId); });
}

Result<std::optional<Feedback>> FeedbackService::byId(qint64 id) const
{
    return guarded([&]() -> Result<std::optional<Feedback>> { return m_feedback.feedbackById(id); });
}

FieldErrors FeedbackService::validate(const Feedback& f) const
{
    FieldErrors errors;
    try {
        if (!m_store.cohortById(f.cohortId))
            errors.append({u"cohort"_s, tr("no such cohort")});
        if (f.participantId != 0 && !m_store.participantById(f.participantId))
            errors.append({u"email"_s, tr("no such participant")});
        const bool noAnswer = f.metNeeds == MetNeeds::Unset && f.metExpectations == YesNo::Unset &&
                              f.learnedUsable == YesNo::Unset && f.relevant == YesNo::Unset &&
                              f.recommend == YesNo::Unset && f.comment.trimmed().isEmpty();
        if (noAnswer)
            errors.append({u"met_needs"_s, tr("a response needs at least one answer or a comment")});
    } catch (const StorageError& e) {
        errors.append({QString(), tr("the database could not be read: %1").arg(e.message())});
    }
    return errors;
}

Result<Feedback> FeedbackService::save(Feedback f)
{
    f.comment = f.comment.trimmed();
    const FieldErrors errors = validate(f);
    if (!errors.isEmpty())
        return fail(CatalogueService::describe(errors));
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        if (f.id == 0) {
            f.id = m_feedback.insertFeedback(f);
            auditFeedback(f, "add");
            return {};
        }
        if (!m_feedback.feedbackById(f.id))
            return fail(tr("the response no longer exists"));
        m_feedback.updateFeedback(f);
        auditFeedback(f, "edit");
        return {};
    });
    if (!written)
        return written.toError();
    return f;
}

Result<Feedback> FeedbackService::remove(qint64 id)
{
    Feedback removed;
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        const auto f = m_feedback.feedbackById(id);
        if (!f)
            return fail(tr("the response no longer exists"));
        removed = *f;
        auditFeedback(*f, "remove");
        m_feedback.removeFeedback(id);
        return {};
    });
    if (!written)
        return written.toError();
    return removed;
}

Result<void> FeedbackService::restore(const Feedback& f)
{
    return m_store.database().write([&]() -> Result<void> {
        if (m_feedback.feedbackById(f.id))
            return fail(tr("the response is already there"));
        if (!m_store.cohortById(f.cohortId))
            return fail(tr("cohort: no such cohort"));
        m_feedback.insertFeedback(f);
        auditFeedback(f, "restore");
        return {};
    });
}

void FeedbackService::auditFeedback(const Feedback& f, const char* what) const
{
    Database& db = m_store.database();
    if (!db.auditsEach())
        return;
    const auto cohort = m_store.cohortById(f.cohortId);
    db.audit(u"feedback."_s + QLatin1StringView(what), cohort ? cohort->code : QString(), {},
             f.participantId);
}

int FeedbackService::suppressionThreshold(const Store& store)
{
    try {
        return std::max(0, store.setting(kSuppressionKey).toInt());
    } catch (const StorageError&) {
        return 0;
    }
}

Result<void> FeedbackService::setSuppressionThreshold(int responses)
{
    if (responses < 0 || responses > 100)
        return fail(tr("the threshold is a number of responses from 0 (never withhold) to 100"));
    return m_store.database().write([&]() -> Result<void> {
        m_store.setSetting(kSuppressionKey, QString::number(responses));
        m_store.database().audit(u"setting.suppression"_s, {}, QString::number(responses));
        return {};
    });
}

} // namespace arwain
