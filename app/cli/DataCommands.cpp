// import, export and status: moving records in and out, and changing one enrolment.
#include "Command.h"
#include "domain/Parsing.h"
#include "io/OutputFile.h"
#include "io/csv/ImportReport.h"
#include "services/Directory.h"
#include "services/Services.h"
#include "stats/Statistics.h"
#include "stats/StatsResult.h"

#include "domain/Clock.h"
#include "domain/Lifecycle.h"
#include "io/csv/Exporter.h"
#include "io/csv/Importer.h"
#include "services/EnrolmentService.h"
#include "stats/StatsFormat.h"

#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

QString kindsText()
{
    return allTexts<CsvKind>();
}

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::ImportCommand)

public:
    ImportCommand()
        : Command(u"import"_s, tr("import a CSV file, all or nothing"), {u"KIND"_s, u"DB"_s, u"FILE.csv"_s})
    {
        const QString kinds = kindsText();
        const qsizetype last = kinds.lastIndexOf(u" or "_s);
        describeArgument(u"KIND"_s, tr("%1 or %2").arg(kinds.left(last), kinds.mid(last + 4)));
        parser().addOption({u"dry-run"_s, tr("check the file and report, writing nothing")});
    }

protected:
    int execute() override
    {
        const auto kind = fromText<CsvKind>(arg(0));
        if (!kind)
            return usageError(tr("'%1' is not a kind of file; KIND is one of %2").arg(arg(0), kindsText()));
        QFile file(arg(2));
        if (!file.open(QIODevice::ReadOnly))
            return refuse(tr("%1: cannot read: %2").arg(arg(2), file.errorString()));
        auto db = openDatabase(arg(1), false);
        if (!db)
            return Refused;
        const bool tty = isatty(STDERR_FILENO);
        Importer::Progress progress;
        if (tty)
            progress = [this](int rows, int percent) {
                err << '\r'
                    << (percent < 0 ? tr("Checking and importing… %1 rows").arg(rows)
                                    : tr("Checking and importing… %1 rows (%2 %)").arg(rows).arg(percent))
                    << Qt::flush;
                return true;
            };
        const bool dryRun = parser().isSet(u"dry-run"_s);
        auto result = Importer(*db).run(*kind, file, arg(2), dryRun, progress);
        if (tty && progress)
            err << '\r' << QString(60, u' ') << '\r' << Qt::flush;
        if (!result)
            return refuse(result.error());
        const ImportReport& r = result.value();
        if (!r.ok()) {
            printErrors(r.errors, r.moreErrors);
            return refuse(tr("nothing was imported: fix the rows above and import the whole file again"));
        }
        QString summary = dryRun ? tr("%1: the file is good; %2 row(s) would be added, %3 are already there "
                                      "(nothing was written: dry run)")
                                       .arg(arg(2))
                                       .arg(r.added)
                                       .arg(r.unchanged)
                                 : tr("%1: imported %2 row(s) into %3; %4 were already there unchanged")
                                       .arg(arg(2))
                                       .arg(r.added)
                                       .arg(toText(*kind))
                                       .arg(r.unchanged);
        out << summary << Qt::endl;
        if (r.organisationsCreated > 0)
            out << tr("Created %n new organisation(s) (sector and region left empty).", nullptr,
                      r.organisationsCreated)
                << Qt::endl;
        return Done;
    }
};

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::ExportCommand)

public:
    ExportCommand()
        : Command(u"export"_s, tr("export a KIND (or stats) as CSV or XLSX"), {u"KIND"_s, u"DB"_s})
    {
        describeArgument(u"KIND"_s, tr("%1 or stats").arg(QString(kindsText()).replace(u" or "_s, u", "_s)));
        parser().addOption({{u"o"_s, u"output"_s},
                            tr("write to FILE (.csv, or .xlsx for a workbook); default: "
                               "standard output"),
                            u"FILE"_s});
        parser().addOption({u"excel"_s, tr("begin the CSV with a UTF-8 byte-order mark, for Excel")});
        addStatsOptions(parser());
    }

protected:
    int execute() override
    {
        const bool stats = arg(0).compare(u"stats"_s, Qt::CaseInsensitive) == 0;
        const auto kind = fromText<CsvKind>(arg(0));
        if (!stats && !kind)
            return usageError(tr("'%1' is not a kind; KIND is one of %2 or stats").arg(arg(0), kindsText()));
        auto query = readStatsOptions(parser());
        if (!query)
            return usageError(query.error());
        if (!stats)
            for (const QString& o : {u"year"_s, u"from"_s, u"to"_s, u"programme"_s, u"region"_s, u"sector"_s,
                                     u"role"_s, u"mode"_s, u"by"_s, u"definition"_s, u"as-at"_s})
                if (parser().isSet(o))
                    return usageError(tr("--%1 applies to 'export stats' only").arg(o));
        const QString path = parser().value(u"o"_s);
        const bool xlsx = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
        auto db = openDatabase(arg(1), true);
        if (!db)
            return Refused;
        const bool bom = parser().isSet(u"excel"_s);

        std::optional<StatsResult> figures;
        if (stats) {
            auto r = Statistics(*db).compute(query.value());
            if (!r)
                return refuse(r.error());
            figures = r.take();
        }
        if (xlsx) {
            Result<void> written = stats ? StatsFormat::xlsx(*figures, path) : [&]() -> Result<void> {
                auto n = Exporter(*db).writeXlsx(*kind, path);
                return n ? Result<void>() : n.toError();
            }();
            if (!written)
                return refuse(written.error());
            err << tr("Wrote %1.").arg(path) << Qt::endl;
            return Done;
        }
        Exporter::Progress progress;
        if (isatty(STDERR_FILENO))
            progress = [this](qint64 done, qint64 total) {
                err << '\r' << tr("Exporting… %1 of %2 rows").arg(done).arg(total) << Qt::flush;
                return true;
            };
        auto writeTo = [&](QIODevice& device) -> Result<void> {
            if (stats)
                return StatsFormat::csv(*figures, device, bom) ? Result<void>() : fail(tr("could not write"));
            auto n = Exporter(*db).write(*kind, device, bom, progress);
            if (progress)
                err << '\r' << QString(60, u' ') << '\r' << Qt::flush;
            return n ? Result<void>() : n.toError();
        };
        // Standard output when no file is named; a device, a pipe or "-" is written into, a regular file
        // replaced whole at the end (never half-written), through OutputFile.
        OutputFile file(path.isEmpty() ? u"-"_s : path);
        if (auto opened = file.open(); !opened)
            return refuse(opened.error());
        if (auto w = writeTo(file.device()); !w)
            return refuse(path.isEmpty() || path == u"-"_s
                              ? tr("cannot write to standard output: %1").arg(w.error())
                              : tr("%1: %2").arg(path, w.error()));
        if (auto committed = file.commit(); !committed)
            return refuse(committed.error());
        if (path.isEmpty() || isStandardOutput(path))
            return Done;
        err << tr("Wrote %1.").arg(path) << Qt::endl;
        return Done;
    }
};

class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::StatusCommand)

public:
    StatusCommand()
        : Command(
              u"status"_s,
              tr("enrol, or change an enrolment's status (enrolled, completed/attended, deferred, withdrawn, "
                 "revert)"),
              {u"DB"_s, u"EMAIL"_s, u"COHORT"_s, u"STATUS"_s})
    {
        describeArgument(u"STATUS"_s, tr("enrolled, completed, attended, deferred, withdrawn or revert"));
        parser().addOption({u"date"_s, tr("the date the change took effect (default today)"), u"D"_s});
        parser().addOption(
            {u"reason"_s, tr("why (needed to defer or withdraw): %1").arg(allTexts<Reason>()), u"R"_s});
        parser().addOption({u"note"_s, tr("a note kept with the change"), u"N"_s});
    }

protected:
    int execute() override
    {
        const QString word = arg(3).trimmed().toLower();
        const bool revert = word == u"revert"_s;
        std::optional<Status> to =
            word == u"attended"_s ? std::optional<Status>(Status::Completed) : fromText<Status>(word);
        if (!revert && !to)
            return usageError(
                tr("'%1' is not a status; use enrolled, completed (or attended), deferred, withdrawn "
                   "or revert")
                    .arg(arg(3)));
        QDate date = Clock::today();
        if (parser().isSet(u"date"_s)) {
            const auto d = parseDate(parser().value(u"date"_s));
            if (!d)
                return usageError(tr("--date: '%1' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
                                      .arg(parser().value(u"date"_s)));
            date = *d;
        }
        Reason reason = Reason::Unset;
        if (parser().isSet(u"reason"_s)) {
            const auto r = fromText<Reason>(parser().value(u"reason"_s));
            if (!r)
                return usageError(tr("--reason: '%1' is not a reason (expected %2)")
                                      .arg(parser().value(u"reason"_s), allTexts<Reason>()));
            reason = *r;
        }
        const QString note = parser().value(u"note"_s);

        auto db = openDatabase(arg(0), false);
        if (!db)
            return Refused;
        EnrolmentService& service = db->enrolments();
        {
            const auto found = db->directory().participantByEmail(normaliseEmail(arg(1)));
            if (!found)
                return refuse(found.error());
            const auto& person = found.value();
            if (!person)
                return refuse(tr("no participant with email %1").arg(normaliseEmail(arg(1))));
            const auto cohortFound = db->directory().cohortByCode(arg(2));
            if (!cohortFound)
                return refuse(cohortFound.error());
            const auto& cohort = cohortFound.value();
            if (!cohort)
                return refuse(tr("no cohort with code %1").arg(arg(2)));
            const QString who = person->givenName + u' ' + person->familyName;
            const auto existingFound = db->directory().enrolmentOf(person->id, cohort->id);
            if (!existingFound)
                return refuse(existingFound.error());
            const auto& existing = existingFound.value();
            if (!existing) {
                if (to != Status::Enrolled)
                    return refuse(tr("%1 is not in cohort %2; enrol them first with status 'enrolled'")
                                      .arg(who, cohort->code));
                auto e = service.enrol(person->id, cohort->id, date, note);
                if (!e)
                    return refuse(e.error());
                if (e.value().status == Status::Waitlisted)
                    out << tr("%1: cohort %2 is full; %3 is on the waitlist.")
                               .arg(person->email, cohort->code, who)
                        << Qt::endl;
                else
                    out << tr("%1: %2 enrolled in %3%4.")
                               .arg(person->email, who, cohort->code,
                                    e.value().continuesId ? tr(", resuming their deferral") : QString())
                        << Qt::endl;
                return Done;
            }
            const Status before = existing->status;
            auto changed = revert ? service.revertLastChange(existing->id, note)
                                  : service.changeStatus(existing->id, *to, date, reason, note);
            if (!changed)
                return refuse(tr("%1 in %2: %3").arg(person->email, cohort->code, changed.error()));
            out << tr("%1 in %2: %3 → %4 (%5)")
                       .arg(person->email, cohort->code, toText(before), toText(changed.value().status),
                            dateText(changed.value().statusDate))
                << Qt::endl;
        }
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeImport()
{
    return std::make_unique<ImportCommand>();
}
std::unique_ptr<Command> makeExport()
{
    return std::make_unique<ExportCommand>();
}
std::unique_ptr<Command> makeStatus()
{
    return std::make_unique<StatusCommand>();
}

} // namespace arwain::cli
