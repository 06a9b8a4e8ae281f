// init, demo, backup and check: commands about the database file itself.
#include "Command.h"

#include "demo/Demo.h"
#include "demo/Generator.h"
#include "services/Databases.h"
#include "services/EnrolmentService.h"
#include "services/Services.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::InitCommand)

public:
    InitCommand() : Command(u"init"_s, tr("create a new, empty database"), {u"DB"_s}) {}

protected:
    int execute() override
    {
        auto db = Services::create(arg(0));
        if (!db)
            return refuse(db.error());
        out << tr("Created %1 with the built-in programmes and reasons.").arg(arg(0)) << Qt::endl;
        return Done;
    }
};

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::DemoCommand)

public:
    DemoCommand() : Command(u"demo"_s, tr("create a new database holding the fictional demo data"), {u"DB"_s})
    {
    }

protected:
    int execute() override
    {
        if (auto db = Services::create(arg(0), true); !db)
            return refuse(db.error());
        out << tr("Created %1 with the demo data (every person in it is fictional).").arg(arg(0)) << Qt::endl;
        return Done;
    }
};

class GenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::GenerateCommand)

public:
    GenerateCommand()
        : Command(u"generate"_s, tr("create a new database of synthetic data at any size (for measuring)"),
                  {u"DB"_s})
    {
        parser().addOption({u"participants"_s, tr("how many people (default 200000)"), u"N"_s, u"200000"_s});
        parser().addOption(
            {u"enrolments"_s, tr("how many enrolments (default 1000000)"), u"M"_s, u"1000000"_s});
        parser().addOption({u"seed"_s, tr("the same seed gives the same data (default 1)"), u"S"_s, u"1"_s});
    }

protected:
    int execute() override
    {
        GeneratorOptions options;
        bool ok = false;
        options.participants = parser().value(u"participants"_s).toInt(&ok);
        if (!ok || options.participants < 1)
            return usageError(
                tr("--participants: '%1' is not a number of people").arg(parser().value(u"participants"_s)));
        options.enrolments = parser().value(u"enrolments"_s).toLongLong(&ok);
        if (!ok || options.enrolments < 0)
            return usageError(
                tr("--enrolments: '%1' is not a number of enrolments").arg(parser().value(u"enrolments"_s)));
        options.seed = parser().value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return usageError(
                tr("--seed: '%1' is not a whole number from 0 to 4294967295").arg(parser().value(u"seed"_s)));
        if (const QString problem = Generator::check(options); !problem.isEmpty())
            return usageError(problem);
        const bool tty = isatty(STDERR_FILENO);
        Generator::Progress progress;
        if (tty)
            progress = [this](qint64 done, qint64 total) {
                err << '\r' << tr("Generating… %1 of %2 enrolments").arg(done).arg(total) << Qt::flush;
                return true;
            };
        auto made = Generator::createDatabase(arg(0), options, progress);
        if (tty)
            err << '\r' << QString(60, u' ') << '\r' << Qt::flush;
        if (!made)
            return refuse(made.error());
        const GeneratorReport& r = made.value();
        out << tr("Created %1 with synthetic data (every person in it is fictional), %2 to %3:")
                   .arg(arg(0))
                   .arg(r.firstYear)
                   .arg(r.lastYear)
            << Qt::endl;
        const std::pair<QString, qint64> lines[] = {{tr("organisations"), r.organisations},
                                                    {tr("participants"), r.participants},
                                                    {tr("cohorts"), r.cohorts},
                                                    {tr("enrolments"), r.enrolments},
                                                    {tr("history entries"), r.history},
                                                    {tr("sessions"), r.sessions},
                                                    {tr("attendance marks"), r.attendance},
                                                    {tr("feedback responses"), r.feedback},
                                                    {tr("network members"), r.network}};
        for (const auto& [what, count] : lines)
            out << u"  "_s << QString::number(count).rightJustified(9) << u' ' << what << Qt::endl;
        return Done;
    }
};

class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::CopyCommand)

public:
    CopyCommand()
        : Command(u"copy"_s,
                  tr("copy a whole database into a new file or an empty server database (all or nothing)"),
                  {u"SOURCE"_s, u"TARGET"_s})
    {
    }

protected:
    int execute() override
    {
        Databases::Progress progress;
        const bool tty = isatty(STDERR_FILENO);
        if (tty)
            progress = [this](qint64 done, qint64 total) {
                err << '\r' << tr("Copying… %1 of %2 rows").arg(done).arg(total) << Qt::flush;
                return true;
            };
        auto copied = Databases::copy(arg(0), arg(1), progress);
        if (tty)
            err << '\r' << QString(60, u' ') << '\r' << Qt::flush;
        if (!copied)
            return refuse(copied.error());
        out << tr("Copied %1 rows from %2 into %3.").arg(copied.value()).arg(arg(0), arg(1)) << Qt::endl;
        return Done;
    }
};

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::BackupCommand)

public:
    BackupCommand()
        : Command(u"backup"_s, tr("write a consistent copy of the database to FILE"), {u"DB"_s, u"FILE"_s})
    {
    }

protected:
    int execute() override
    {
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        if (auto saved = db->backupTo(arg(1)); !saved)
            return refuse(saved.error());
        out << tr("Backed up %1 to %2.").arg(arg(0), arg(1)) << Qt::endl;
        return Done;
    }
};

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::RestoreCommand)

public:
    RestoreCommand()
        : Command(u"restore"_s, tr("put a checked backup in place of DB (the file it replaces is kept)"),
                  {u"BACKUP"_s, u"DB"_s})
    {
    }

protected:
    int execute() override
    {
        auto restored = Databases::restore(arg(0), arg(1));
        if (!restored)
            return refuse(restored.error());
        out << tr("Restored %1 into %2.").arg(arg(0), arg(1)) << Qt::endl;
        if (!restored.value().isEmpty())
            out << tr("The file it replaced is kept as %1.").arg(restored.value()) << Qt::endl;
        return Done;
    }
};

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::CheckCommand)

public:
    CheckCommand() : Command(u"check"_s, tr("check the database for damage and inconsistencies"), {u"DB"_s})
    {
    }

protected:
    int execute() override
    {
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        auto problems = db->check();
        if (!problems)
            return refuse(problems.error());
        auto history = db->enrolments().checkHistory();
        if (!history)
            return refuse(history.error());
        const QStringList all = problems.value() + history.value();
        if (all.isEmpty()) {
            out << tr("%1: no problems found.").arg(arg(0)) << Qt::endl;
            return Done;
        }
        for (const QString& p : all)
            err << arg(0) << ": " << p << Qt::endl;
        return refuse(tr("%n problem(s) found", nullptr, int(all.size())));
    }
};

} // namespace

std::unique_ptr<Command> makeInit()
{
    return std::make_unique<InitCommand>();
}
std::unique_ptr<Command> makeDemo()
{
    return std::make_unique<DemoCommand>();
}

std::unique_ptr<Command> makeGenerate()
{
    return std::make_unique<GenerateCommand>();
}
std::unique_ptr<Command> makeBackup()
{
    return std::make_unique<BackupCommand>();
}
std::unique_ptr<Command> makeCheck()
{
    return std::make_unique<CheckCommand>();
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(makeInit());
    list.push_back(makeDemo());
    list.push_back(makeGenerate());
    list.push_back(makeImport());
    list.push_back(makeImportSurvey());
    list.push_back(makeSurveyMappings());
    list.push_back(makeExport());
    list.push_back(makeStats());
    list.push_back(makeStatus());
    list.push_back(makeFeedback());
    list.push_back(makeAttendance());
    list.push_back(makeSettings());
    list.push_back(makeReport());
    list.push_back(makeCertificates());
    list.push_back(makeSubjectExport());
    list.push_back(makeAnonymise());
    list.push_back(makeRetention());
    list.push_back(makeAudit());
    list.push_back(makeBackup());
    list.push_back(std::make_unique<RestoreCommand>());
    list.push_back(makeCheck());
    list.push_back(std::make_unique<CopyCommand>());
    list.push_back(makeServerInit());
    list.push_back(makeServerGrant());
    return list;
}

} // namespace arwain::cli
