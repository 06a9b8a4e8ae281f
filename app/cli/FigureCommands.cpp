// stats and feedback: the figures of the annual report.
#include "Command.h"
#include "domain/Parsing.h"
#include "domain/Records.h"
#include "services/Directory.h"
#include "services/Services.h"
#include "stats/FeedbackFigures.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"

#include "domain/Clock.h"
#include "services/FeedbackService.h"
#include "services/PrivacyService.h"
#include "stats/AttendanceStats.h"
#include "stats/FeedbackStats.h"
#include "stats/StatsFormat.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

template <typename E>
Result<std::optional<E>> optionalTerm(const QCommandLineParser& p, const QString& option)
{
    if (!p.isSet(option))
        return std::optional<E>();
    if (auto v = fromText<E>(p.value(option)))
        return std::optional<E>(*v);
    return fail(Command::tr("--%1: '%2' is not a %3 (expected %4)")
                    .arg(option, p.value(option), termName<E>(), allTexts<E>()));
}

// What `stats` and `feedback` share: --year, --programme, --region, --sector, --role and --by, read
// into a StatsQuery or a FeedbackQuery.
template <typename Query> Result<void> readScopeOptions(const QCommandLineParser& p, Query& q)
{
    auto year = optionalYear(p);
    if (!year)
        return year.toError();
    q.year = year.value();
    q.programme = p.value(u"programme"_s).trimmed();
    auto region = optionalTerm<Region>(p, u"region"_s);
    auto sector = optionalTerm<Sector>(p, u"sector"_s);
    auto role = optionalTerm<JobRole>(p, u"role"_s);
    if (!region)
        return region.toError();
    if (!sector)
        return sector.toError();
    if (!role)
        return role.toError();
    q.region = region.value();
    q.sector = sector.value();
    q.role = role.value();
    if (p.isSet(u"by"_s)) {
        const auto by = fromText<Breakdown>(p.value(u"by"_s));
        if (!by)
            return fail(Command::tr("--by: '%1' is not %2").arg(p.value(u"by"_s), allTexts<Breakdown>()));
        q.by = *by;
    }
    return {};
}

// Figures or feedback on standard output in the format asked for.
template <typename Figures> bool print(QTextStream& out, const QString& format, const Figures& figures)
{
    if (format == u"json"_s) {
        out << StatsFormat::json(figures);
        return true;
    }
    if (format == u"csv"_s) {
        out.flush();
        QFile stdoutFile;
        return stdoutFile.open(stdout, QIODevice::WriteOnly) && StatsFormat::csv(figures, stdoutFile);
    }
    out << StatsFormat::table(figures);
    return true;
}

class StatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::StatsCommand)

public:
    StatsCommand() : Command(u"stats"_s, tr("participants, completions and completion rates"), {u"DB"_s})
    {
        addStatsOptions(parser());
        parser().addOption({u"format"_s, tr("table, csv or json (default table)"), u"FORMAT"_s});
    }

protected:
    int execute() override
    {
        auto query = readStatsOptions(parser());
        if (!query)
            return usageError(query.error());
        const auto format = formatOption(parser());
        if (!format)
            return usageError(format.error());
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        auto result = Statistics(*db).compute(query.value());
        if (!result)
            return refuse(result.error());
        if (!print(out, format.value(), result.value()))
            return refuse(tr("could not write the figures"));
        return Done;
    }
};

class FeedbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::FeedbackCommand)

public:
    FeedbackCommand()
        : Command(u"feedback"_s, tr("feedback rates: met needs, expectations, recommendation"), {u"DB"_s})
    {
        parser().addOption({u"year"_s, tr("reporting year by its first year (2024: 2024 to 2025)"), u"Y"_s});
        parser().addOption({u"programme"_s, tr("only this programme (its code, e.g. NDP)"), u"CODE"_s});
        parser().addOption(
            {u"region"_s, tr("only named participants from organisations in this region"), u"REGION"_s});
        parser().addOption(
            {u"sector"_s, tr("only named participants from organisations in this sector"), u"SECTOR"_s});
        parser().addOption({u"role"_s, tr("only named participants with this job role"), u"ROLE"_s});
        parser().addOption(
            {u"by"_s, tr("programme, cohort, year, region, sector or role (default programme)"), u"BY"_s});
        parser().addOption({u"suppress"_s,
                            tr("show rows with fewer than N responses as \"fewer than N\" (default: the "
                               "database's setting; 0 shows all)"),
                            u"N"_s});
        parser().addOption({u"min-responses"_s, tr("the same as --suppress"), u"N"_s});
        parser().addOption({u"format"_s, tr("table, csv or json (default table)"), u"FORMAT"_s});
    }

protected:
    int execute() override
    {
        FeedbackQuery q;
        if (auto read = readScopeOptions(parser(), q); !read)
            return usageError(read.error());
        const auto format = formatOption(parser());
        if (!format)
            return usageError(format.error());
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        const auto suppress = suppressOption(parser(), *db);
        if (!suppress)
            return usageError(suppress.error());
        q.minResponses = suppress.value();
        auto result = FeedbackStats(*db).compute(q);
        if (!result)
            return refuse(result.error());
        if (!print(out, format.value(), result.value()))
            return refuse(tr("could not write the figures"));
        return Done;
    }
};

class AttendanceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::AttendanceCommand)

public:
    AttendanceCommand()
        : Command(u"attendance"_s,
                  tr("attendance per person: sessions attended, applicable, rate, attendance rule met"),
                  {u"DB"_s})
    {
        parser().addOption({u"cohort"_s, tr("one cohort (its code, e.g. NDP-2024-1)"), u"CODE"_s});
        parser().addOption(
            {u"programme"_s, tr("every cohort of a programme starting in --year (its code)"), u"CODE"_s});
        parser().addOption({u"year"_s, tr("reporting year by its first year (2024: 2024 to 2025)"), u"Y"_s});
        parser().addOption({u"format"_s, tr("table, csv or json (default table)"), u"FORMAT"_s});
    }

protected:
    int execute() override
    {
        const bool byCohort = parser().isSet(u"cohort"_s);
        const bool byProgramme = parser().isSet(u"programme"_s);
        auto year = optionalYear(parser());
        if (!year)
            return usageError(year.error());
        if (byCohort == byProgramme || (byProgramme && !year.value()) || (byCohort && year.value()))
            return usageError(tr("give either --cohort CODE, or --programme CODE with --year Y"));
        const auto format = formatOption(parser());
        if (!format)
            return usageError(format.error());
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        const AttendanceStats stats(*db);
        QList<AttendanceSheet> sheets;
        if (byCohort) {
            const QString code = parser().value(u"cohort"_s).trimmed();
            const auto found = db->directory().cohortByCode(code);
            if (!found)
                return refuse(found.error());
            const auto& cohort = found.value();
            if (!cohort)
                return refuse(tr("no cohort with code %1").arg(code));
            auto sheet = stats.sheet(cohort->id, Clock::today());
            if (!sheet)
                return refuse(sheet.error());
            sheets << sheet.value();
        } else {
            auto all = stats.sheets(parser().value(u"programme"_s).trimmed(), *year.value(), Clock::today());
            if (!all)
                return refuse(all.error());
            sheets = all.value();
        }
        if (!print(out, format.value(), sheets))
            return refuse(tr("could not write the figures"));
        return Done;
    }
};

class SettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::SettingsCommand)

public:
    SettingsCommand() : Command(u"settings"_s, tr("show or change the database's settings"), {u"DB"_s})
    {
        parser().addOption({u"suppress"_s,
                            tr("withhold feedback figures of fewer than N responses everywhere (0: never)"),
                            u"N"_s});
        parser().addOption({u"retention"_s,
                            tr("erase people whose last enrolment ended more than N years ago, when "
                               "'arwain-cli retention --apply' runs (0: keep everyone)"),
                            u"N"_s});
    }

protected:
    int execute() override
    {
        const bool change = parser().isSet(u"suppress"_s) || parser().isSet(u"retention"_s);
        auto db = openDatabase(arg(0), !change);
        if (!db)
            return Refused;
        FeedbackService& feedback = db->feedback();
        PrivacyService& privacy = db->privacy();
        auto number = [&](const QString& option) -> std::optional<int> {
            bool ok = false;
            const int n = parser().value(option).toInt(&ok);
            return ok ? std::optional<int>(n) : std::nullopt;
        };
        if (parser().isSet(u"suppress"_s)) {
            const auto n = number(u"suppress"_s);
            if (!n)
                return usageError(
                    tr("--suppress: '%1' is not a whole number").arg(parser().value(u"suppress"_s)));
            if (auto saved = feedback.setSuppressionThreshold(*n); !saved)
                return refuse(saved.error());
        }
        if (parser().isSet(u"retention"_s)) {
            const auto n = number(u"retention"_s);
            if (!n)
                return usageError(
                    tr("--retention: '%1' is not a whole number").arg(parser().value(u"retention"_s)));
            if (auto saved = privacy.setRetentionYears(*n); !saved)
                return refuse(saved.error());
        }
        const int n = feedback.suppressionThreshold();
        out << (n > 0 ? tr("suppress: feedback figures of fewer than %1 responses are withheld").arg(n)
                      : tr("suppress: 0 (feedback figures are never withheld)"))
            << u'\n';
        const int years = privacy.retentionYears();
        out << (years > 0 ? tr("retention: people are erased %n year(s) after their last enrolment ended",
                               nullptr, years)
                          : tr("retention: 0 (everyone is kept)"))
            << u'\n';
        return Done;
    }
};

} // namespace

// --format: table (the default), csv or json.
Result<QString> formatOption(const QCommandLineParser& p)
{
    const QString f = p.isSet(u"format"_s) ? p.value(u"format"_s).toLower() : u"table"_s;
    if (f == u"table"_s || f == u"csv"_s || f == u"json"_s)
        return f;
    return fail(Command::tr("--format: '%1' is not table, csv or json").arg(f));
}

Result<QDate> optionalDate(const QCommandLineParser& p, const QString& option)
{
    if (!p.isSet(option))
        return QDate();
    if (auto d = parseDate(p.value(option)))
        return *d;
    return fail(Command::tr("--%1: '%2' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
                    .arg(option, p.value(option)));
}

Result<std::optional<int>> optionalYear(const QCommandLineParser& p)
{
    if (!p.isSet(u"year"_s))
        return std::optional<int>();
    bool ok = false;
    const int y = p.value(u"year"_s).toInt(&ok);
    if (!ok || y < 1900 || y > 2999)
        return fail(
            Command::tr("--year: '%1' is not a year; name a reporting year by its first year, e.g. 2024 "
                        "for 2024 to 2025")
                .arg(p.value(u"year"_s)));
    return std::optional<int>(y);
}

// --suppress N (or its older name --min-responses); without either, the database's own setting.
Result<int> suppressOption(const QCommandLineParser& p, const Services& services)
{
    for (const QString& name : {u"suppress"_s, u"min-responses"_s}) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int n = p.value(name).toInt(&ok);
        if (!ok || n < 0)
            return fail(Command::tr("--%1: '%2' is not a whole number").arg(name, p.value(name)));
        return n;
    }
    return services.feedback().suppressionThreshold();
}

void addStatsOptions(QCommandLineParser& p)
{
    p.addOption({u"year"_s,
                 Command::tr("reporting year by its first year (2024: 1 April 2024 to 31 March 2025); "
                             "default: all years together"),
                 u"Y"_s});
    p.addOption({u"from"_s, Command::tr("count cohorts ending on or after this date (instead of --year)"),
                 u"DATE"_s});
    p.addOption(
        {u"to"_s, Command::tr("count cohorts ending on or before this date (instead of --year)"), u"DATE"_s});
    p.addOption({u"programme"_s, Command::tr("only this programme (its code, e.g. TMDP)"), u"CODE"_s});
    p.addOption(
        {u"region"_s, Command::tr("only participants from organisations in this region"), u"REGION"_s});
    p.addOption(
        {u"sector"_s, Command::tr("only participants from organisations in this sector"), u"SECTOR"_s});
    p.addOption({u"role"_s, Command::tr("only participants with this job role"), u"ROLE"_s});
    p.addOption({u"mode"_s, Command::tr("only cohorts with this delivery mode"), u"MODE"_s});
    p.addOption({u"by"_s, Command::tr("programme, cohort, year, region, sector or role (default programme)"),
                 u"BY"_s});
    p.addOption({u"definition"_s,
                 Command::tr("published, excluding-deferrals or finished-only (default published)"),
                 u"DEF"_s});
    p.addOption({u"as-at"_s, Command::tr("the figures as they stood at the end of this date"), u"DATE"_s});
}

Result<StatsQuery> readStatsOptions(const QCommandLineParser& p)
{
    StatsQuery q;
    q.members = false; // the command line prints figures, never who is behind them
    if (auto read = readScopeOptions(p, q); !read)
        return read.toError();
    auto from = optionalDate(p, u"from"_s);
    auto to = optionalDate(p, u"to"_s);
    auto asAt = optionalDate(p, u"as-at"_s);
    for (const auto* r : {&from, &to, &asAt})
        if (!*r)
            return r->toError();
    q.from = from.value();
    q.to = to.value();
    if (q.year && (q.from.isValid() || q.to.isValid()))
        return fail(Command::tr("give either --year or --from/--to, not both"));
    if (q.from.isValid() && q.to.isValid() && q.to < q.from)
        return fail(Command::tr("--to %1 is before --from %2").arg(dateText(q.to), dateText(q.from)));
    if (asAt.value().isValid())
        q.asAt = asAt.value();
    auto mode = optionalTerm<DeliveryMode>(p, u"mode"_s);
    if (!mode)
        return mode.toError();
    q.deliveryMode = mode.value();
    if (p.isSet(u"definition"_s)) {
        const auto d = fromText<Definition>(p.value(u"definition"_s));
        if (!d)
            return fail(Command::tr("--definition: '%1' is not %2")
                            .arg(p.value(u"definition"_s), allTexts<Definition>()));
        q.definition = *d;
    }
    return q;
}

std::unique_ptr<Command> makeStats()
{
    return std::make_unique<StatsCommand>();
}
std::unique_ptr<Command> makeFeedback()
{
    return std::make_unique<FeedbackCommand>();
}
std::unique_ptr<Command> makeAttendance()
{
    return std::make_unique<AttendanceCommand>();
}
std::unique_ptr<Command> makeSettings()
{
    return std::make_unique<SettingsCommand>();
}

} // namespace arwain::cli
