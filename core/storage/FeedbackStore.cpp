// FeedbackStore: feedback responses (named or anonymous) and the survey mappings that read other
// tools' files.
#include "storage/FeedbackStore.h"

#include "storage/Database.h"
#include "storage/RowValues.h"
#include "storage/Sql.h"
#include "storage/SqlRead.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

const QString kFeedback =
    u"SELECT id, cohort_id, participant_id, met_needs, met_expectations, learned_usable, "
    "relevant, recommend, comment FROM feedback "_s;
Feedback readFeedback(const QSqlQuery& q)
{
    Feedback f;
    f.id = q.value(0).toLongLong();
    f.cohortId = q.value(1).toLongLong();
    f.participantId = q.value(2).toLongLong();
    f.metNeeds = sql::term(q.value(3), MetNeeds::Unset);
    f.metExpectations = sql::term(q.value(4), YesNo::Unset);
    f.learnedUsable = sql::term(q.value(5), YesNo::Unset);
    f.relevant = sql::term(q.value(6), YesNo::Unset);
    f.recommend = sql::term(q.value(7), YesNo::Unset);
    f.comment = q.value(8).toString();
    return f;
}

} // namespace

QList<Feedback> FeedbackStore::feedback() const
{
    return sql::all<Feedback>(sql::exec(m_db.connection(), kFeedback + u"ORDER BY id"_s), readFeedback);
}
QList<Feedback> FeedbackStore::feedbackOfCohort(qint64 cohortId) const
{
    return sql::all<Feedback>(
        sql::exec(m_db.connection(), kFeedback + u"WHERE cohort_id = ? ORDER BY id"_s, {cohortId}),
        readFeedback);
}
qint64 FeedbackStore::insertFeedback(const Feedback& f)
{
    const qint64 id = sql::insert(m_db.connection(), rows::insertSql(rows::kFeedback), rows::values(f));
    m_db.touch(Database::Feedback);
    return id;
}

QList<Feedback> FeedbackStore::feedbackOfParticipant(qint64 participantId) const
{
    return sql::all<Feedback>(
        sql::exec(m_db.connection(), kFeedback + u"WHERE participant_id = ? ORDER BY id"_s, {participantId}),
        readFeedback);
}

std::optional<Feedback> FeedbackStore::feedbackById(qint64 id) const
{
    return sql::first<Feedback>(sql::exec(m_db.connection(), kFeedback + u"WHERE id = ?"_s, {id}),
                                readFeedback);
}

void FeedbackStore::updateFeedback(const Feedback& f)
{
    sql::exec(m_db.connection(),
              u"UPDATE feedback SET cohort_id = ?, participant_id = ?, met_needs = ?, met_expectations = ?, "
              "learned_usable = ?, relevant = ?, recommend = ?, comment = ? WHERE id = ?"_s,
              {f.cohortId, sql::orNull(f.participantId), sql::termOrNull(f.metNeeds),
               sql::termOrNull(f.metExpectations), sql::termOrNull(f.learnedUsable),
               sql::termOrNull(f.relevant), sql::termOrNull(f.recommend), f.comment, f.id});
    m_db.touch(Database::Feedback);
}

void FeedbackStore::removeFeedback(qint64 id)
{
    sql::exec(m_db.connection(), u"DELETE FROM feedback WHERE id = ?"_s, {id});
    m_db.touch(Database::Feedback);
}

QStringList FeedbackStore::surveyMappingNames() const
{
    return sql::all<QString>(sql::exec(m_db.connection(), u"SELECT name FROM survey_mapping ORDER BY name"_s),
                             [](const QSqlQuery& q) { return q.value(0).toString(); });
}

QString FeedbackStore::surveyMapping(const QString& name) const
{
    return sql::scalar(m_db.connection(), u"SELECT mapping FROM survey_mapping WHERE name = ?"_s, {name})
        .toString();
}

void FeedbackStore::saveSurveyMapping(const QString& name, const QString& json)
{
    sql::exec(m_db.connection(),
              u"INSERT INTO survey_mapping(name, mapping) VALUES (?, ?) "
              "ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping"_s,
              {name, json});
}

} // namespace arwain
