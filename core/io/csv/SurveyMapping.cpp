// SurveyMapping: the guess, and the JSON kept per survey in the database.
#include "io/csv/SurveyMapping.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace arwain {

const QStringList& SurveyMapping::fields()
{
    static const QStringList f = {u"met_needs"_s, u"met_expectations"_s, u"learned_usable"_s,
                                  u"relevant"_s,  u"recommend"_s,        u"email"_s,
                                  u"comment"_s};
    return f;
}

QString SurveyMapping::question(const QString& field)
{
    if (field == u"met_needs")
        return tr("How well did it meet your needs?");
    if (field == u"met_expectations")
        return tr("Did it meet your expectations?");
    if (field == u"learned_usable")
        return tr("Did you learn something you can use in practice?");
    if (field == u"relevant")
        return tr("Was it relevant to your role?");
    if (field == u"recommend")
        return tr("Would you recommend it?");
    if (field == u"email")
        return tr("Email address (for a named response)");
    if (field == u"comment")
        return tr("Comment");
    return field;
}

SurveyMapping SurveyMapping::guess(const QStringList& headers)
{
    const QList<std::pair<QString, QStringList>> keywords = {
        {u"met_needs"_s, {u"needs"_s, u"anghenion"_s}},
        {u"met_expectations"_s, {u"expectation"_s, u"disgwyliadau"_s}},
        {u"learned_usable"_s, {u"learn"_s, u"practice"_s, u"dysgu"_s}},
        {u"relevant"_s, {u"relevant"_s, u"perthnasol"_s}},
        {u"recommend"_s, {u"recommend"_s, u"argymell"_s}},
        {u"email"_s, {u"email"_s, u"e-mail"_s, u"e-bost"_s}},
        {u"comment"_s, {u"comment"_s, u"anything else"_s, u"sylw"_s}},
    };
    SurveyMapping m;
    for (const auto& [field, words] : keywords)
        for (const QString& h : headers)
            if (!m.columns.contains(field) &&
                std::any_of(words.cbegin(), words.cend(),
                            [&](const QString& w) { return h.contains(w, Qt::CaseInsensitive); }))
                m.columns.insert(field, h);
    m.needsAnswers = {{u"very well"_s, u"very well"_s},         {u"quite well"_s, u"quite well"_s},
                      {u"not very well"_s, u"not very well"_s}, {u"not at all"_s, u"not at all"_s},
                      {u"extremely well"_s, u"very well"_s},    {u"well"_s, u"quite well"_s},
                      {u"poorly"_s, u"not very well"_s}};
    m.yesNoAnswers = {{u"yes"_s, u"yes"_s},
                      {u"no"_s, u"no"_s},
                      {u"strongly agree"_s, u"yes"_s},
                      {u"agree"_s, u"yes"_s},
                      {u"disagree"_s, u"no"_s},
                      {u"strongly disagree"_s, u"no"_s},
                      {u"neither agree nor disagree"_s, QString()},
                      {u"ie"_s, u"yes"_s},
                      {u"na"_s, u"no"_s}};
    return m;
}

namespace {
QJsonObject toObject(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
QMap<QString, QString> toMap(const QJsonObject& o)
{
    QMap<QString, QString> map;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}
} // namespace

QString SurveyMapping::toJson() const
{
    QJsonObject o;
    o.insert(u"columns"_s, toObject(columns));
    o.insert(u"needs_answers"_s, toObject(needsAnswers));
    o.insert(u"yes_no_answers"_s, toObject(yesNoAnswers));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SurveyMapping SurveyMapping::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    SurveyMapping m;
    m.columns = toMap(o.value(u"columns"_s).toObject());
    m.needsAnswers = toMap(o.value(u"needs_answers"_s).toObject());
    m.yesNoAnswers = toMap(o.value(u"yes_no_answers"_s).toObject());
    return m;
}

} // namespace arwain
