// init, demo, backup and check: commands about the database file itself.
#include "Command.h"

#include "demo/Demo.h"
#include "services/EnrolmentService.h"
#include "storage/Database.h"
#include "storage/Store.h"

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
        auto db = Database::create(arg(0));
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
        if (auto db = Demo::createDatabase(arg(0)); !db)
            return refuse(db.error());
        out << tr("Created %1 with the demo data (every person in it is fictional).").arg(arg(0)) << Qt::endl;
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
        auto restored = Database::restore(arg(0), arg(1));
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
        Store store(*db);
        auto history = EnrolmentService(store).checkHistory();
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
    return list;
}

} // namespace arwain::cli
