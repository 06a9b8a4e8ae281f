// FeedbackStore: the SQL of feedback responses and of the column mappings of survey files.
#pragma once

#include "domain/Records.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace arwain {

class Database;

class FeedbackStore
{
public:
    explicit FeedbackStore(Database& db) : m_db(db) {}

    QList<Feedback> feedback() const;
    QList<Feedback> feedbackOfCohort(qint64 cohortId) const;
    QList<Feedback> feedbackOfParticipant(qint64 participantId) const;
    std::optional<Feedback> feedbackById(qint64 id) const;
    // Inserts under f.id when it is not 0 (redoing an addition after undo).
    qint64 insertFeedback(const Feedback& f);
    void updateFeedback(const Feedback& f);
    void removeFeedback(qint64 id);

    // Survey mappings, kept as JSON text under a name (case-insensitive).
    QStringList surveyMappingNames() const;
    QString surveyMapping(const QString& name) const;
    void saveSurveyMapping(const QString& name, const QString& json);

private:
    Database& m_db;
};

} // namespace arwain
