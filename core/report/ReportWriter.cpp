// ReportWriter: the report's text. Every sentence is a whole message for the translator (Welsh orders
// words differently), with the figures put in as arguments; counts under ten become words.
#include "report/ReportWriter.h"

#include "domain/Records.h"
#include "stats/Statistics.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// Capitalises the first letter: sentences may begin with a counted word ("One participant …").
QString sentence(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

bool startsWithVowel(const QString& s)
{
    static const QString vowels = u"aeiouwyâêîôûŵŷäëïöüáéíóúàèìòù"_s;
    return !s.isEmpty() && vowels.contains(s.at(0).toLower());
}

} // namespace

ReportWriter::ReportWriter(const ReportFigures& figures) : m_f(figures), m_t(figures.options.lang) {}

QString ReportWriter::name(const Programme& p) const
{
    return m_t.lang() == Lang::Welsh && !p.welshName.isEmpty() ? p.welshName : p.name;
}

QString ReportWriter::nameOf(const QString& code) const
{
    const Programme* p = m_f.programme(code);
    return p ? name(*p) : code;
}

QString ReportWriter::list(QStringList items) const
{
    if (items.isEmpty())
        return QString();
    QString last = items.takeLast();
    if (items.isEmpty())
        return last;
    const QString head = items.join(m_t.translate("arwain::ReportWriter", ", ", "between items of a list"));
    return startsWithVowel(last)
               ? m_t.translate("arwain::ReportWriter", "%1 and %2", "before a vowel").arg(head, last)
               : m_t.translate("arwain::ReportWriter", "%1 and %2").arg(head, last);
}

QString ReportWriter::rateText(const std::optional<qint64>& rate) const
{
    return rate ? m_t.locale().toString(double(*rate) / 100.0, 'f', 2) + u'%' : u"–"_s;
}

QString ReportWriter::definitionText() const
{
    return Statistics::describe(m_f.options.definition, &m_t);
}

const StatsRow* ReportWriter::row(const StatsResult& result, const QString& code) const
{
    for (const StatsRow& r : result.rows)
        if (r.key == code)
            return &r;
    return nullptr;
}

QString ReportWriter::completionParagraph(const QString& code) const
{
    const StatsRow* r = row(m_f.current.programmes, code);
    if (!r || r->cohorts == 0 || r->attendedOnly)
        return QString();
    const QString year = m_t.year(m_f.options.year);
    const QString people =
        m_t.translate("arwain::ReportWriter", "%n participant(s)", nullptr, r->participants);
    QString text = r->cohorts == 1
                       ? m_t.translate("arwain::ReportWriter", "In %1, %2 took part in one %3 cohort.")
                             .arg(year, people, code)
                       : m_t.translate("arwain::ReportWriter", "In %1, %2 took part across %3 %4 cohorts.")
                             .arg(year, people, m_t.count(r->cohorts), code);
    QStringList others;
    if (r->deferred > 0)
        others << m_t.translate("arwain::ReportWriter", "%n deferral(s)", nullptr, r->deferred);
    if (r->withdrawn > 0)
        others << m_t.translate("arwain::ReportWriter", "%n withdrawal(s)", nullptr, r->withdrawn);
    if (r->inProgress > 0)
        others << m_t.translate("arwain::ReportWriter", "%n still in progress", nullptr, r->inProgress);
    const QString completed = m_t.count(r->completed);
    QString outcome;
    if (r->participants == 1)
        outcome = r->completed == 1
                      ? m_t.translate("arwain::ReportWriter", "They completed the programme")
                      : m_t.translate("arwain::ReportWriter", "They did not complete it, with %1")
                            .arg(list(others));
    else if (others.isEmpty())
        outcome = m_t.translate("arwain::ReportWriter", "All %1 completed the programme").arg(completed);
    else
        outcome = m_t.translate("arwain::ReportWriter", "Of these, %1 completed the programme, with %2")
                      .arg(completed, list(others));
    text += u' ' + sentence(outcome);
    text += r->rate ? m_t.translate("arwain::ReportWriter", ", resulting in a completion rate of %1.")
                          .arg(m_t.percent(*r->rate))
                    : m_t.translate("arwain::ReportWriter", "; there is no completion rate yet.");
    const StatsRow* before = row(m_f.previous, code);
    if (r->rate && before && before->rate && !before->attendedOnly) {
        const QString previousYear = m_t.year(m_f.options.year - 1);
        if (*before->rate == *r->rate)
            text += u' ' +
                    m_t.translate("arwain::ReportWriter", "The rate is the same as in %1.").arg(previousYear);
        else
            text += u' ' + (*r->rate > *before->rate
                                ? m_t.translate("arwain::ReportWriter", "This is up from %1 in %2.")
                                : m_t.translate("arwain::ReportWriter", "This is down from %1 in %2."))
                               .arg(m_t.percent(*before->rate), previousYear);
    }
    return m_t.mutated(text);
}

QString ReportWriter::feedbackSentence(const QString& code) const
{
    for (const FeedbackRow& r : m_f.current.feedback.rows) {
        if (r.key != code || r.responses == 0)
            continue;
        const QString who =
            m_t.translate("arwain::ReportWriter", "We gathered feedback from %1 of %2 participants")
                .arg(m_t.count(r.responses), m_t.count(r.participants));
        if (r.suppressed)
            return who + m_t.translate("arwain::ReportWriter",
                                       "; with fewer than %n responses, its percentages are not shown.",
                                       nullptr, m_f.minResponses);
        // Everyone agreed on everything asked: one sentence, as a writer would put it.
        const QList<std::optional<qint64>> asked = {r.metNeeds, r.metExpectations, r.learnedUsable,
                                                    r.relevant};
        const bool unanimous =
            std::all_of(asked.begin(), asked.end(), [](auto v) { return !v || *v == 10000; }) &&
            (!r.recommend || *r.recommend == 10000) &&
            std::any_of(asked.begin(), asked.end(), [](auto v) { return v.has_value(); });
        if (unanimous) {
            QStringList what;
            if (r.metNeeds)
                what << m_t.translate("arwain::ReportWriter", "met their needs very well or quite well");
            if (r.metExpectations)
                what << m_t.translate("arwain::ReportWriter", "met their expectations");
            if (r.learnedUsable)
                what << m_t.translate("arwain::ReportWriter",
                                      "taught them something they could use in practice");
            if (r.relevant)
                what << m_t.translate("arwain::ReportWriter", "was relevant to their current or future role");
            QString text = m_t.translate("arwain::ReportWriter", "%1, all of whom said the programme %2")
                               .arg(who, list(what));
            return text + (r.recommend
                               ? m_t.translate("arwain::ReportWriter", "; all of them would recommend it.")
                               : u"."_s);
        }
        QStringList said;
        if (r.metNeeds)
            said << m_t.translate("arwain::ReportWriter",
                                  "%1 said it met their needs very well or quite well")
                        .arg(m_t.percent(*r.metNeeds));
        if (r.metExpectations)
            said << m_t.translate("arwain::ReportWriter", "%1 said it met their expectations")
                        .arg(m_t.percent(*r.metExpectations));
        if (r.learnedUsable)
            said << m_t.translate("arwain::ReportWriter",
                                  "%1 said they learned something they could use in practice")
                        .arg(m_t.percent(*r.learnedUsable));
        if (r.relevant)
            said << m_t.translate("arwain::ReportWriter",
                                  "%1 said it was relevant to their current or future role")
                        .arg(m_t.percent(*r.relevant));
        if (r.recommend)
            said << m_t.translate("arwain::ReportWriter", "%1 would recommend it")
                        .arg(m_t.percent(*r.recommend));
        if (said.isEmpty())
            return who + u'.';
        return m_t.mutated(m_t.translate("arwain::ReportWriter", "%1: %2.").arg(who, list(said)));
    }
    return QString();
}

QString ReportWriter::attendanceSentence(const QString& code) const
{
    for (const AttendanceSummary& a : m_f.current.attendance) {
        if (a.programme != code || a.total.counted() == 0)
            continue;
        QString text =
            m_t.translate("arwain::ReportWriter",
                          "Across %1, attendance was %2 (present ÷ sessions marked present or absent).")
                .arg(m_t.translate("arwain::ReportWriter", "%n session(s) held", nullptr, a.sessionsHeld),
                     m_t.percent(*a.total.rate()));
        if (!a.ruleText.isEmpty() && a.ruleDecided > 0)
            text += u' ' + sentence(m_t.translate("arwain::ReportWriter",
                                                  "%1 of %2 participants met the attendance rule.")
                                        .arg(m_t.count(a.ruleMet), m_t.count(a.ruleDecided)));
        return text;
    }
    return QString();
}

void ReportWriter::summary(ReportDocument& doc) const
{
    int coursePeople = 0, sessionPeople = 0, completed = 0, responses = 0;
    for (const StatsRow& r : m_f.current.programmes.rows) {
        (r.attendedOnly ? sessionPeople : coursePeople) += r.participants;
        if (!r.attendedOnly)
            completed += r.completed;
    }
    for (const FeedbackRow& r : m_f.current.feedback.rows)
        responses += r.responses;
    const QString year = m_t.year(m_f.options.year);
    doc.heading(2, m_t.translate("arwain::ReportWriter", "Summary"));
    if (coursePeople == 0 && sessionPeople == 0) {
        doc.paragraph(m_t.translate("arwain::ReportWriter",
                                    "No cohort counts in %1, so there are no programme figures for it yet.")
                          .arg(year));
        return;
    }
    QStringList items;
    if (coursePeople > 0)
        items << sentence(
            m_t.translate("arwain::ReportWriter", "%1 took part in our development programmes; %2 completed.")
                .arg(m_t.translate("arwain::ReportWriter", "%n participant(s)", nullptr, coursePeople),
                     m_t.count(completed)));
    if (sessionPeople > 0)
        items << sentence(m_t.translate("arwain::ReportWriter",
                                        "%n person(s) attended our sessions and events.", nullptr,
                                        sessionPeople));
    if (responses > 0)
        items << sentence(
            m_t.translate("arwain::ReportWriter", "%n participant(s) gave feedback.", nullptr, responses));
    if (m_f.current.networkMembers > 0)
        items << sentence(
            m_t.translate("arwain::ReportWriter",
                          "%n person(s) belonged to the compassionate leadership network at the end "
                          "of the year.",
                          nullptr, m_f.current.networkMembers));
    doc.paragraph(m_t.translate("arwain::ReportWriter", "In %1:").arg(year));
    doc.bullets(items);
}

void ReportWriter::programmes(ReportDocument& doc) const
{
    QList<const StatsRow*> courses;
    for (const StatsRow& r : m_f.current.programmes.rows)
        if (!r.attendedOnly && r.cohorts > 0)
            courses << &r;
    if (courses.isEmpty())
        return;
    doc.heading(2, m_t.translate("arwain::ReportWriter", "Development programmes"));
    QList<QStringList> rows;
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.unit = u"%"_s;
    chart.title = m_t.translate("arwain::ReportWriter", "Completion rate by programme, %1")
                      .arg(m_t.year(m_f.options.year));
    ReportChart::Series rates{chart.title, {}};
    QStringList described;
    for (const StatsRow* r : courses) {
        rows << QStringList{nameOf(r->key) + u" (" + r->key + u')',
                            m_t.number(r->cohorts),
                            m_t.number(r->participants),
                            m_t.number(r->completed),
                            m_t.number(r->deferred),
                            m_t.number(r->withdrawn),
                            m_t.number(r->inProgress),
                            rateText(r->rate)};
        if (r->rate) {
            chart.categories << r->key;
            rates.values << double(*r->rate) / 100.0;
            described << m_t.translate("arwain::ReportWriter", "%1 %2").arg(r->key, m_t.percent(*r->rate));
        }
    }
    doc.table(
        m_t.translate("arwain::ReportWriter", "Programmes at a glance, %1").arg(m_t.year(m_f.options.year)),
        {m_t.translate("arwain::ReportWriter", "Programme"), m_t.translate("arwain::ReportWriter", "Cohorts"),
         m_t.translate("arwain::ReportWriter", "Participants"),
         m_t.translate("arwain::ReportWriter", "Completed"),
         m_t.translate("arwain::ReportWriter", "Deferred"),
         m_t.translate("arwain::ReportWriter", "Withdrawn"),
         m_t.translate("arwain::ReportWriter", "In progress"),
         m_t.translate("arwain::ReportWriter", "Completion rate")},
        rows);
    doc.note(sentence(m_t.translate("arwain::ReportWriter", "Completion rate: %1.").arg(definitionText())));
    if (!chart.categories.isEmpty()) {
        chart.series << rates;
        chart.description = sentence(list(described)) + u'.';
        doc.chart(chart);
    }
    for (const StatsRow* r : courses) {
        const Programme* p = m_f.programme(r->key);
        doc.heading(3, p ? name(*p) + u" (" + r->key + u')' : r->key);
        doc.paragraph(completionParagraph(r->key));
        if (const QString a = attendanceSentence(r->key); !a.isEmpty())
            doc.paragraph(a);
        if (const QString fb = feedbackSentence(r->key); !fb.isEmpty())
            doc.paragraph(fb);
    }
}

void ReportWriter::sessions(ReportDocument& doc) const
{
    QList<const StatsRow*> singles;
    for (const StatsRow& r : m_f.current.programmes.rows)
        if (r.attendedOnly && r.cohorts > 0)
            singles << &r;
    if (singles.isEmpty())
        return;
    doc.heading(2, m_t.translate("arwain::ReportWriter", "Sessions and events"));
    for (const StatsRow* r : singles) {
        doc.heading(3, nameOf(r->key));
        QString text =
            m_t.translate("arwain::ReportWriter", "In %1, %2 attended %3.")
                .arg(m_t.year(m_f.options.year),
                     m_t.translate("arwain::ReportWriter", "%n person(s)", nullptr, r->participants),
                     m_t.translate("arwain::ReportWriter", "%n session(s)", nullptr, r->cohorts));
        for (const HeadcountEvent& e : m_f.headcounts)
            if (e.programme == r->key)
                text +=
                    u' ' +
                    sentence(
                        m_t.translate("arwain::ReportWriter",
                                      "%1 attended “%2” on %3, counted at the session rather than named.")
                            .arg(m_t.translate("arwain::ReportWriter", "%n person(s)", nullptr, e.attended),
                                 e.title, m_t.date(e.date)));
        doc.paragraph(text);
        if (const QString fb = feedbackSentence(r->key); !fb.isEmpty())
            doc.paragraph(fb);
    }
}

void ReportWriter::network(ReportDocument& doc) const
{
    const int now = m_f.current.networkMembers;
    const int before = m_f.previousNetworkMembers;
    if (now == 0 && before == 0)
        return;
    doc.heading(2, m_t.translate("arwain::ReportWriter", "Compassionate leadership network"));
    QString text =
        now == 0 ? m_t.translate("arwain::ReportWriter", "At the end of %1, the network had no members.")
                       .arg(m_t.year(m_f.options.year))
                 : m_t.translate("arwain::ReportWriter", "At the end of %1, the network had %2.")
                       .arg(m_t.year(m_f.options.year),
                            m_t.translate("arwain::ReportWriter", "%n member(s)", nullptr, now));
    if (before == 0)
        text += u' ' + m_t.translate("arwain::ReportWriter", "It had no members a year earlier.");
    else if (now > before)
        text += u' ' + m_t.translate("arwain::ReportWriter", "That is %1 more than a year earlier.")
                           .arg(m_t.count(now - before));
    else if (now < before)
        text += u' ' + m_t.translate("arwain::ReportWriter", "That is %1 fewer than a year earlier.")
                           .arg(m_t.count(before - now));
    else
        text += u' ' + m_t.translate("arwain::ReportWriter", "That is the same as a year earlier.");
    doc.paragraph(text);
}

void ReportWriter::comparison(ReportDocument& doc) const
{
    QList<QStringList> rows;
    for (const StatsRow& r : m_f.current.programmes.rows) {
        const StatsRow* before = row(m_f.previous, r.key);
        QString change = u"–"_s;
        if (r.rate && before && before->rate) {
            const qint64 d = *r.rate - *before->rate;
            change = (d > 0 ? u"+"_s : QString()) + m_t.locale().toString(double(d) / 100.0, 'f', 2);
        }
        rows << QStringList{r.key,
                            before ? m_t.number(before->participants) : u"–"_s,
                            m_t.number(r.participants),
                            before && !before->attendedOnly ? rateText(before->rate) : u"–"_s,
                            r.attendedOnly ? u"–"_s : rateText(r.rate),
                            change};
    }
    if (rows.isEmpty())
        return;
    const QString previousYear = m_t.year(m_f.options.year - 1);
    const QString year = m_t.year(m_f.options.year);
    doc.heading(2, m_t.translate("arwain::ReportWriter", "Compared with %1").arg(previousYear));
    doc.table(m_t.translate("arwain::ReportWriter", "Participants and completion rates, %1 and %2")
                  .arg(previousYear, year),
              {m_t.translate("arwain::ReportWriter", "Programme"),
               m_t.translate("arwain::ReportWriter", "Participants %1").arg(previousYear),
               m_t.translate("arwain::ReportWriter", "Participants %1").arg(year),
               m_t.translate("arwain::ReportWriter", "Rate %1").arg(previousYear),
               m_t.translate("arwain::ReportWriter", "Rate %1").arg(year),
               m_t.translate("arwain::ReportWriter", "Change (points)")},
              rows);
    doc.note(m_t.translate("arwain::ReportWriter",
                           "Single sessions and events have no completion rate; a dash means no figure."));
}

void ReportWriter::trend(ReportDocument& doc) const
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.unit = u"%"_s;
    chart.title =
        m_t.translate("arwain::ReportWriter", "Completion rate over the reporting years that have ended");
    for (int y : m_f.endedYears)
        chart.categories << m_t.year(y);
    QList<QStringList> rows;
    QStringList described;
    for (const auto& [code, points] : m_f.current.trend) {
        const Programme* p = m_f.programme(code);
        if (p && p->kind == ProgrammeKind::SingleSession)
            continue;
        ReportChart::Series series{code, {}};
        QStringList cells{code};
        bool any = false;
        for (int y : m_f.endedYears) {
            std::optional<qint64> rate;
            for (const TrendPoint& point : points)
                if (point.year == y)
                    rate = point.rate;
            series.values << (rate ? std::optional<double>(double(*rate) / 100.0) : std::nullopt);
            cells << rateText(rate);
            any = any || rate.has_value();
        }
        if (!any)
            continue;
        chart.series << series;
        rows << cells;
    }
    if (chart.series.isEmpty() || m_f.endedYears.isEmpty())
        return;
    doc.heading(2, m_t.translate("arwain::ReportWriter", "Trend"));
    for (const auto& s : chart.series) {
        QStringList values;
        for (int i = 0; i < s.values.size(); ++i)
            if (s.values.at(i))
                values << m_t.translate("arwain::ReportWriter", "%1 in %2")
                              .arg(m_t.percent(qRound64(*s.values.at(i) * 100)), chart.categories.at(i));
        described << m_t.translate("arwain::ReportWriter", "%1: %2").arg(s.name, list(values));
    }
    chart.description = described.join(u"; "_s) + u'.';
    if (m_f.endedYears.size() > 1)
        doc.chart(chart);
    doc.table(m_t.translate("arwain::ReportWriter", "Completion rate by reporting year"),
              QStringList{m_t.translate("arwain::ReportWriter", "Programme")} + chart.categories, rows);
}

void ReportWriter::method(ReportDocument& doc) const
{
    doc.heading(2, m_t.translate("arwain::ReportWriter", "About these figures"));
    QStringList items;
    items << m_t.translate(
        "arwain::ReportWriter",
        "A reporting year runs from 1 April to 31 March. A cohort counts in the year that holds its "
        "end date, or its start date if it has no end date.");
    items << sentence(m_t.translate("arwain::ReportWriter", "Completion rate: %1.").arg(definitionText()));
    items << m_t.translate(
        "arwain::ReportWriter",
        "Eventual completion counts people who deferred and later completed the same programme.");
    items << (m_f.options.asAt ? m_t.translate("arwain::ReportWriter",
                                               "Statuses are as they stood on %1, rebuilt from each "
                                               "enrolment's history.")
                                     .arg(m_t.date(m_f.asAt))
                               : m_t.translate("arwain::ReportWriter", "Statuses are as recorded on %1.")
                                     .arg(m_t.date(m_f.asAt)));
    items << m_t.translate(
        "arwain::ReportWriter",
        "Single sessions and events count the people who attended, including people counted "
        "at the session but not named; they have no completion rate.");
    items << m_t.translate(
        "arwain::ReportWriter",
        "Feedback: “met needs” counts very well or quite well; the other questions count yes; "
        "the response rate is responses ÷ participants.");
    items << (m_f.minResponses > 0
                  ? m_t.translate(
                        "arwain::ReportWriter",
                        "Feedback percentages from fewer than %n responses are not shown, to protect the "
                        "people who answered.",
                        nullptr, m_f.minResponses)
                  : m_t.translate("arwain::ReportWriter",
                                  "No feedback figures are withheld for small numbers."));
    items << m_t.translate("arwain::ReportWriter", "Prepared with Arwain on %1.").arg(m_t.date(m_f.madeOn));
    doc.bullets(items);
}

ReportDocument ReportWriter::write() const
{
    ReportDocument doc;
    doc.lang = m_t.code();
    doc.title = m_t.translate("arwain::ReportWriter", "Leadership development annual report %1")
                    .arg(m_t.year(m_f.options.year));
    doc.subtitle =
        m_t.translate("arwain::ReportWriter", "Figures from Arwain as at %1").arg(m_t.date(m_f.asAt));
    doc.heading(1, doc.title);
    doc.paragraph(doc.subtitle);
    summary(doc);
    programmes(doc);
    sessions(doc);
    network(doc);
    comparison(doc);
    trend(doc);
    method(doc);
    return doc;
}

} // namespace arwain
