// StatsFormat: aligned tables for people, CSV and JSON for programs.
#include "stats/StatsFormat.h"

#include "i18n/TermWords.h"

#include "domain/Parsing.h"
#include "domain/Records.h"
#include "io/csv/CsvWriter.h"
#include "io/xlsx/XlsxColumn.h"
#include "io/xlsx/XlsxWriter.h"
#include "stats/FeedbackFigures.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"
#include "stats/StatsResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString rateText(const std::optional<qint64>& r)
{
    return r ? Statistics::formatRate(*r) : QString();
}

// The figures of a row as text, in the column order of the CSV and XLSX exports.
QStringList figureCells(const StatsRow& s)
{
    return {s.key,
            QString::number(s.cohorts),
            QString::number(s.participants),
            QString::number(s.completed),
            QString::number(s.deferred),
            QString::number(s.withdrawn),
            QString::number(s.inProgress),
            QString::number(s.waitlisted),
            rateText(s.rate),
            QString::number(s.people),
            QString::number(s.eventuallyCompleted),
            rateText(s.eventualRate),
            s.attendedOnly ? u"true"_s : u"false"_s,
            QString::number(s.headcount)};
}

QJsonValue rateJson(const std::optional<qint64>& r)
{
    return r ? QJsonValue(double(*r) / 100.0) : QJsonValue(QJsonValue::Null);
}

// Columns padded to their widest cell; the first column left-aligned, the rest right-aligned.
QString render(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> width(header.size(), 0);
    auto measure = [&](const QStringList& row) {
        for (qsizetype i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row.at(i).size());
    };
    measure(header);
    for (const QStringList& row : rows)
        measure(row);
    QString out;
    auto line = [&](const QStringList& row) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i == 0 ? row.at(i).leftJustified(width[i]) : row.at(i).rightJustified(width[i]));
        out += cells.join(u"  "_s).trimmed() + u'\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out;
}

QString byName(Breakdown b)
{
    switch (b) {
    case Breakdown::Programme:
        return StatsFormat::tr("Programme");
    case Breakdown::Cohort:
        return StatsFormat::tr("Cohort");
    case Breakdown::Year:
        return StatsFormat::tr("Year");
    case Breakdown::Region:
        return StatsFormat::tr("Region");
    case Breakdown::Sector:
        return StatsFormat::tr("Sector");
    case Breakdown::Role:
        return StatsFormat::tr("Role");
    }
    return {};
}

QJsonValue yearJson(const StatsQuery& q)
{
    return (q.year || q.from.isValid() || q.to.isValid()) ? QJsonValue(Statistics::periodLabel(q))
                                                          : QJsonValue(QJsonValue::Null);
}

} // namespace

namespace {
// A row's key as a table shows it: a region, sector or role in the installed language (CSV and JSON
// keep the canonical word).
QString keyText(Breakdown by, const QString& key)
{
    return by == Breakdown::Region || by == Breakdown::Sector || by == Breakdown::Role
               ? TermWords::translated(key)
               : key;
}
} // namespace

QString StatsFormat::filters(const StatsQuery& q)
{
    QStringList parts;
    if (!q.programme.isEmpty())
        parts << u"programme="_s + q.programme.toUpper();
    if (q.region)
        parts << u"region="_s + toText(*q.region);
    if (q.sector)
        parts << u"sector="_s + toText(*q.sector);
    if (q.role)
        parts << u"role="_s + toText(*q.role);
    if (q.deliveryMode)
        parts << u"delivery_mode="_s + toText(*q.deliveryMode);
    return parts.join(u"; "_s);
}

QString StatsFormat::table(const StatsResult& r)
{
    const StatsQuery& q = r.query;
    QString out = tr("Reporting period: %1").arg(Statistics::periodLabel(q)) + u'\n';
    if (const QString f = filters(q); !f.isEmpty())
        out += tr("Filters: %1").arg(f) + u'\n';
    if (q.asAt)
        out += tr("As at: %1").arg(dateText(*q.asAt)) + u'\n';
    out +=
        tr("Completion rate (%1): %2").arg(toText(q.definition), Statistics::describe(q.definition)) + u'\n';
    out += u'\n';
    if (r.rows.isEmpty())
        return out + tr("No enrolments in this period.") + u'\n';
    QList<QStringList> rows;
    for (const StatsRow& s : r.rows) {
        // The export's cells, without the people counts, and a dash where there is no rate.
        QStringList cells = figureCells(s).mid(0, 9);
        cells << rateText(s.eventualRate);
        cells[0] = keyText(q.by, cells.at(0));
        for (qsizetype i : {8, 9})
            if (cells.at(i).isEmpty())
                cells[i] = u"–"_s;
        rows << cells;
    }
    out += render({byName(q.by), tr("Cohorts"), tr("Participants"), tr("Completed"), tr("Deferred"),
                   tr("Withdrawn"), tr("In progress"), tr("Waitlisted"), tr("Completion rate %"),
                   tr("Eventual completion %")},
                  rows);
    QStringList single, counted;
    for (const StatsRow& s : r.rows) {
        if (s.attendedOnly)
            single << s.key;
        if (s.headcount > 0)
            counted << tr("%1 of %2's participants").arg(s.headcount).arg(s.key);
    }
    if (!single.isEmpty())
        out += u'\n' +
               tr("Single sessions (%1): completed means attended, and there is no completion rate.")
                   .arg(single.join(u", "_s)) +
               u'\n';
    if (!counted.isEmpty())
        out += tr("Headcounts: %1 were counted at a session, not named.").arg(counted.join(u"; "_s)) + u'\n';
    return out;
}

QString StatsFormat::json(const StatsResult& r)
{
    const StatsQuery& q = r.query;
    QJsonArray rows;
    for (const StatsRow& s : r.rows) {
        QJsonObject o;
        o.insert(u"key"_s, s.key);
        o.insert(u"cohorts"_s, s.cohorts);
        o.insert(u"participants"_s, s.participants);
        o.insert(u"completed"_s, s.completed);
        o.insert(u"deferred"_s, s.deferred);
        o.insert(u"withdrawn"_s, s.withdrawn);
        o.insert(u"in_progress"_s, s.inProgress);
        o.insert(u"waitlisted"_s, s.waitlisted);
        o.insert(u"completion_rate"_s, rateJson(s.rate));
        o.insert(u"people"_s, s.people);
        o.insert(u"eventually_completed"_s, s.eventuallyCompleted);
        o.insert(u"eventual_completion_rate"_s, rateJson(s.eventualRate));
        o.insert(u"attended_only"_s, s.attendedOnly);
        o.insert(u"headcount"_s, s.headcount);
        rows.append(o);
    }
    QJsonObject top;
    top.insert(u"year"_s, yearJson(q));
    top.insert(u"definition"_s, toText(q.definition));
    top.insert(u"definition_text"_s, Statistics::describe(q.definition));
    top.insert(u"by"_s, toText(q.by));
    top.insert(u"filters"_s, filters(q));
    top.insert(u"as_at"_s, q.asAt ? QJsonValue(dateText(*q.asAt)) : QJsonValue(QJsonValue::Null));
    top.insert(u"rows"_s, rows);
    return QString::fromUtf8(QJsonDocument(top).toJson(QJsonDocument::Indented));
}

bool StatsFormat::csv(const StatsResult& r, QIODevice& device, bool byteOrderMark)
{
    const StatsQuery& q = r.query;
    CsvWriter w(device, byteOrderMark);
    w.writeRow({u"year"_s, u"definition"_s, u"as_at"_s, u"filters"_s, u"by"_s, u"key"_s, u"cohorts"_s,
                u"participants"_s, u"completed"_s, u"deferred"_s, u"withdrawn"_s, u"in_progress"_s,
                u"waitlisted"_s, u"completion_rate"_s, u"people"_s, u"eventually_completed"_s,
                u"eventual_completion_rate"_s, u"attended_only"_s, u"headcount"_s});
    for (const StatsRow& s : r.rows)
        w.writeRow(QStringList{Statistics::periodLabel(q), toText(q.definition),
                               q.asAt ? dateText(*q.asAt) : QString(), filters(q), toText(q.by)} +
                   figureCells(s));
    return w.ok();
}

Result<void> StatsFormat::xlsx(const StatsResult& r, const QString& path)
{
    const StatsQuery& q = r.query;
    QStringList preamble{
        tr("Reporting period: %1").arg(Statistics::periodLabel(q)),
        tr("Completion rate (%1): %2").arg(toText(q.definition), Statistics::describe(q.definition))};
    if (const QString f = filters(q); !f.isEmpty())
        preamble << tr("Filters: %1").arg(f);
    if (q.asAt)
        preamble << tr("As at: %1").arg(dateText(*q.asAt));
    const auto I = XlsxColumn::Integer, P = XlsxColumn::Percent;
    const QList<XlsxColumn> columns = {{toText(q.by)},
                                       {u"cohorts"_s, I},
                                       {u"participants"_s, I},
                                       {u"completed"_s, I},
                                       {u"deferred"_s, I},
                                       {u"withdrawn"_s, I},
                                       {u"in_progress"_s, I},
                                       {u"waitlisted"_s, I},
                                       {u"completion_rate"_s, P},
                                       {u"people"_s, I},
                                       {u"eventually_completed"_s, I},
                                       {u"eventual_completion_rate"_s, P},
                                       {u"attended_only"_s},
                                       {u"headcount"_s, I}};
    QList<QStringList> rows;
    for (const StatsRow& s : r.rows)
        rows << figureCells(s);
    return XlsxWriter::write(path, tr("Figures"), columns, rows, preamble);
}

QString StatsFormat::table(const FeedbackResult& r)
{
    StatsQuery period;
    period.year = r.query.year;
    QString out = tr("Reporting period: %1").arg(Statistics::periodLabel(period)) + u'\n';
    out += tr("Met needs: very well or quite well ÷ answers; other rates: yes ÷ answers; response rate: "
              "responses ÷ participants.") +
           u'\n';
    if (r.query.minResponses > 0)
        out +=
            tr("Rows with fewer than %1 responses are not shown as percentages.").arg(r.query.minResponses) +
            u'\n';
    StatsQuery people;
    people.programme = r.query.programme;
    people.region = r.query.region;
    people.sector = r.query.sector;
    people.role = r.query.role;
    if (const QString f = filters(people); !f.isEmpty())
        out += tr("Only: %1 (anonymous responses cannot be placed by region, sector or role)").arg(f) + u'\n';
    out += u'\n';
    if (r.rows.isEmpty())
        return out + tr("No enrolments in this period.") + u'\n';
    QList<QStringList> rows;
    const QString dash = u"–"_s;
    for (const FeedbackRow& f : r.rows) {
        if (f.suppressed) {
            const QString few = tr("fewer than %1").arg(r.query.minResponses);
            rows << QStringList{keyText(r.query.by, f.key),
                                QString::number(f.participants),
                                few,
                                dash,
                                dash,
                                dash,
                                dash,
                                dash,
                                dash};
            continue;
        }
        auto cell = [&](const std::optional<qint64>& v) { return v ? rateText(v) : dash; };
        rows << QStringList{keyText(r.query.by, f.key),
                            QString::number(f.participants),
                            QString::number(f.responses),
                            cell(f.responseRate),
                            cell(f.metNeeds),
                            cell(f.metExpectations),
                            cell(f.learnedUsable),
                            cell(f.relevant),
                            cell(f.recommend)};
    }
    out += render({byName(r.query.by), tr("Participants"), tr("Responses"), tr("Response rate %"),
                   tr("Met needs %"), tr("Met expectations %"), tr("Learned usable %"), tr("Relevant %"),
                   tr("Would recommend %")},
                  rows);
    return out;
}

QString StatsFormat::json(const FeedbackResult& r)
{
    QJsonArray rows;
    for (const FeedbackRow& f : r.rows) {
        QJsonObject o;
        o.insert(u"key"_s, f.key);
        o.insert(u"participants"_s, f.participants);
        o.insert(u"responses"_s, f.suppressed ? QJsonValue(QJsonValue::Null) : QJsonValue(f.responses));
        o.insert(u"suppressed"_s, f.suppressed);
        if (f.suppressed)
            o.insert(u"suppressed_text"_s, tr("fewer than %1").arg(r.query.minResponses));
        o.insert(u"response_rate"_s, rateJson(f.responseRate));
        o.insert(u"met_needs"_s, rateJson(f.metNeeds));
        o.insert(u"met_expectations"_s, rateJson(f.metExpectations));
        o.insert(u"learned_usable"_s, rateJson(f.learnedUsable));
        o.insert(u"relevant"_s, rateJson(f.relevant));
        o.insert(u"recommend"_s, rateJson(f.recommend));
        rows.append(o);
    }
    StatsQuery period;
    period.year = r.query.year;
    QJsonObject top;
    top.insert(u"year"_s, yearJson(period));
    top.insert(u"by"_s, toText(r.query.by));
    top.insert(u"rows"_s, rows);
    return QString::fromUtf8(QJsonDocument(top).toJson(QJsonDocument::Indented));
}

bool StatsFormat::csv(const FeedbackResult& r, QIODevice& device, bool byteOrderMark)
{
    StatsQuery period;
    period.year = r.query.year;
    CsvWriter w(device, byteOrderMark);
    w.writeRow({u"year"_s, u"by"_s, u"key"_s, u"participants"_s, u"responses"_s, u"response_rate"_s,
                u"met_needs"_s, u"met_expectations"_s, u"learned_usable"_s, u"relevant"_s, u"recommend"_s});
    for (const FeedbackRow& f : r.rows)
        w.writeRow(
            {Statistics::periodLabel(period), toText(r.query.by), f.key, QString::number(f.participants),
             f.suppressed ? tr("fewer than %1").arg(r.query.minResponses) : QString::number(f.responses),
             rateText(f.responseRate), rateText(f.metNeeds), rateText(f.metExpectations),
             rateText(f.learnedUsable), rateText(f.relevant), rateText(f.recommend)});
    return w.ok();
}

namespace {

QString ruleMet(const AttendanceSheet& sheet, const AttendancePerson& p)
{
    if (sheet.ruleText.isEmpty())
        return {};
    if (!p.meetsRule)
        return StatsFormat::tr("not decided");
    return *p.meetsRule ? StatsFormat::tr("yes") : StatsFormat::tr("no");
}

int applicable(const AttendanceCount& c)
{
    return c.present + c.absent + c.excused + c.unrecorded;
}

} // namespace

QString StatsFormat::table(const QList<AttendanceSheet>& sheets)
{
    QString out = tr("Rate: present ÷ (present + absent); excused sessions and registers not yet taken are "
                     "left out. Sessions before someone joined or after they left do not apply to them.") +
                  u"\n"_s;
    if (sheets.isEmpty())
        return out + u"\n"_s + tr("No cohorts.") + u'\n';
    for (const AttendanceSheet& sheet : sheets) {
        out += u"\n"_s + tr("%1 — sessions: %2; attendance: %3")
                             .arg(sheet.cohort.code, QString::number(sheet.sessions.size()),
                                  sheet.total.rate() ? Statistics::formatRate(*sheet.total.rate()) + u"%"_s
                                                     : tr("not recorded yet"));
        if (!sheet.ruleText.isEmpty())
            out += u"; "_s + tr("rule: %1").arg(sheet.ruleText);
        out += u'\n';
        QList<QStringList> rows;
        for (const AttendancePerson& p : sheet.people)
            rows << QStringList{p.participant.givenName + u' ' + p.participant.familyName,
                                QString::number(p.all.present),
                                QString::number(applicable(p.all)),
                                QString::number(p.all.excused),
                                QString::number(p.all.unrecorded),
                                p.all.rate() ? rateText(p.all.rate()) : u"–"_s,
                                ruleMet(sheet, p)};
        out += render({tr("Participant"), tr("Attended"), tr("Applicable"), tr("Excused"), tr("Not recorded"),
                       tr("Rate %"), tr("Meets rule")},
                      rows);
    }
    return out;
}

QString StatsFormat::json(const QList<AttendanceSheet>& sheets)
{
    QJsonArray cohorts;
    for (const AttendanceSheet& sheet : sheets) {
        QJsonArray people;
        for (const AttendancePerson& p : sheet.people) {
            QJsonObject o;
            o.insert(u"given_name"_s, p.participant.givenName);
            o.insert(u"family_name"_s, p.participant.familyName);
            o.insert(u"email"_s, p.participant.email.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(p.participant.email));
            o.insert(u"status"_s, toText(p.enrolment.status));
            o.insert(u"attended"_s, p.all.present);
            o.insert(u"applicable"_s, applicable(p.all));
            o.insert(u"excused"_s, p.all.excused);
            o.insert(u"not_recorded"_s, p.all.unrecorded);
            o.insert(u"rate"_s, rateJson(p.all.rate()));
            o.insert(u"rule_met"_s, sheet.ruleText.isEmpty() || !p.meetsRule ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(*p.meetsRule));
            people.append(o);
        }
        QJsonObject c;
        c.insert(u"cohort"_s, sheet.cohort.code);
        c.insert(u"programme"_s, sheet.programme.code);
        c.insert(u"sessions"_s, int(sheet.sessions.size()));
        c.insert(u"rule"_s,
                 sheet.ruleText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sheet.ruleText));
        c.insert(u"rate"_s, rateJson(sheet.total.rate()));
        c.insert(u"people"_s, people);
        cohorts.append(c);
    }
    QJsonObject top;
    top.insert(u"cohorts"_s, cohorts);
    return QString::fromUtf8(QJsonDocument(top).toJson(QJsonDocument::Indented));
}

bool StatsFormat::csv(const QList<AttendanceSheet>& sheets, QIODevice& device, bool byteOrderMark)
{
    CsvWriter w(device, byteOrderMark);
    w.writeRow({u"cohort"_s, u"given_name"_s, u"family_name"_s, u"email"_s, u"status"_s, u"attended"_s,
                u"applicable"_s, u"excused"_s, u"not_recorded"_s, u"rate"_s, u"rule_met"_s});
    for (const AttendanceSheet& sheet : sheets)
        for (const AttendancePerson& p : sheet.people)
            w.writeRow(
                {sheet.cohort.code, p.participant.givenName, p.participant.familyName, p.participant.email,
                 toText(p.enrolment.status), QString::number(p.all.present),
                 QString::number(applicable(p.all)), QString::number(p.all.excused),
                 QString::number(p.all.unrecorded), rateText(p.all.rate()),
                 sheet.ruleText.isEmpty() || !p.meetsRule ? QString() : (*p.meetsRule ? u"yes"_s : u"no"_s)});
    return w.ok();
}

} // namespace arwain
