// server-init and server-grant: setting up a team's PostgreSQL database and its logins.
#include "Command.h"

#include "services/Databases.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

class ServerInitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::ServerInitCommand)

public:
    ServerInitCommand()
        : Command(
              u"server-init"_s,
              tr("make Arwain's tables and its coordinator and manager roles in an empty server database"),
              {u"URI"_s})
    {
    }

protected:
    int execute() override
    {
        auto done = Databases::initialiseServer(arg(0));
        if (!done)
            return refuse(done.error());
        const QString database = QUrl(done.value()).path().mid(1);
        out << tr("%1 holds an Arwain database. Give each login a role with\n"
                  "  arwain-cli server-grant %1 LOGIN coordinator   (reads and changes; role %2)\n"
                  "  arwain-cli server-grant %1 LOGIN manager       (reads only; role %3)")
                   .arg(done.value(), Databases::roleName(database, Databases::Role::Coordinator),
                        Databases::roleName(database, Databases::Role::Manager))
            << Qt::endl;
        return Done;
    }
};

class ServerGrantCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::ServerGrantCommand)

public:
    ServerGrantCommand()
        : Command(u"server-grant"_s, tr("give a server login the coordinator or the manager role"),
                  {u"URI"_s, u"LOGIN"_s, u"ROLE"_s})
    {
        describeArgument(u"ROLE"_s, tr("coordinator or manager"));
    }

protected:
    int execute() override
    {
        const QString role = arg(2).toLower();
        if (role != u"coordinator"_s && role != u"manager"_s)
            return usageError(tr("the role is coordinator or manager, not '%1'").arg(arg(2)));
        const bool coordinator = role == u"coordinator"_s;
        auto done = Databases::grant(arg(0), arg(1),
                                     coordinator ? Databases::Role::Coordinator : Databases::Role::Manager);
        if (!done)
            return refuse(done.error());
        out << (coordinator ? tr("%1 is now a coordinator: reads and changes the data.")
                            : tr("%1 is now a manager: reads the data, changes nothing."))
                   .arg(arg(1))
            << Qt::endl;
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeServerInit()
{
    return std::make_unique<ServerInitCommand>();
}
std::unique_ptr<Command> makeServerGrant()
{
    return std::make_unique<ServerGrantCommand>();
}

} // namespace arwain::cli
