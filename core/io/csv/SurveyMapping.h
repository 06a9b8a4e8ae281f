// SurveyMapping: how a survey tool's export reads as Arwain feedback: which of its columns holds each
// question, the email and the comment, and what its answer words mean ("Strongly agree" → yes).
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace arwain {

struct SurveyMapping
{
    Q_DECLARE_TR_FUNCTIONS(arwain::SurveyMapping)
public:
    // Arwain's fields, in the order of PRODUCT.md: met_needs, met_expectations, learned_usable,
    // relevant, recommend, then email and comment.
    static const QStringList& fields();
    // The question as a person reads it.
    static QString question(const QString& field);

    QMap<QString, QString> columns;      // field → the survey's column header; absent: not in the file
    QMap<QString, QString> needsAnswers; // their word (lower case) → very well | quite well | … | "" (blank)
    QMap<QString, QString> yesNoAnswers; // their word (lower case) → yes | no | "" (blank)

    // A first guess from the file's headers (keywords such as "needs", "recommend", "email") and the
    // answer words survey tools commonly use; the user checks and corrects it.
    static SurveyMapping guess(const QStringList& headers);

    QString toJson() const;
    static SurveyMapping fromJson(const QString& json);
    bool operator==(const SurveyMapping&) const = default;
};

} // namespace arwain
