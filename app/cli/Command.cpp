// Command: parsing and reporting shared by every command; Cli::run picks the command.
#include "Command.h"

#include "services/Services.h"

#include <QFileDevice>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace arwain::cli {

Command::Command(QString name, QString summary, QStringList positional)
    : out(stdout), err(stderr), m_name(std::move(name)), m_summary(std::move(summary)),
      m_positional(std::move(positional))
{
    m_parser.setApplicationDescription(m_summary);
    m_parser.addHelpOption();
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const QString& p : m_positional)
        m_parser.addPositionalArgument(p, QString());
}

void Command::describeArgument(const QString& name, const QString& description)
{
    m_parser.clearPositionalArguments();
    for (const QString& p : std::as_const(m_positional))
        m_parser.addPositionalArgument(p, p == name ? description : QString());
}

QString Command::usage() const
{
    return u"arwain-cli "_s + m_name + u' ' + m_positional.join(u' ');
}

int Command::refuse(const QString& message)
{
    err << "arwain-cli " << m_name << ": " << message << Qt::endl;
    return Refused;
}

int Command::usageError(const QString& message)
{
    err << "arwain-cli " << m_name << ": " << message << Qt::endl
        << tr("usage: %1 [options]").arg(usage()) << Qt::endl
        << tr("Try 'arwain-cli %1 --help'.").arg(m_name) << Qt::endl;
    return Usage;
}

int Command::parseAndExecute(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s) || m_parser.isSet(u"help-all"_s)) {
        out << tr("usage: %1 [options]").arg(usage()) << Qt::endl << Qt::endl;
        out << m_parser.helpText().section(u'\n', 2);
        return Done;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < m_positional.size())
        return usageError(tr("missing %1").arg(m_positional.mid(given).join(u' ')));
    if (given > m_positional.size())
        return usageError(
            tr("unexpected argument '%1'").arg(m_parser.positionalArguments().at(m_positional.size())));
    // An output option given with no name ("-o ''") names nothing: never taken for standard output.
    for (const QString& option : {u"o"_s, u"output"_s})
        if (m_parser.optionNames().contains(option) && m_parser.value(option).isEmpty())
            return usageError(tr("-o names a file (or - for standard output)"));
    // The last guard: a failure of the database that a command's own path did not turn into a message
    // (a look-up of a text longer than any field, say) is still a message and exit 1, never an abort.
    try {
        return execute();
    } catch (const std::runtime_error& e) {
        // A failure of the layers below that no path of the command turned into a message (each is a
        // runtime_error), in UTF-8.
        return refuse(QString::fromUtf8(e.what()));
    }
}

int Command::run(const QStringList& arguments)
{
    const int code = parseAndExecute(arguments);
    // What went to standard output must have arrived (a full disk, /dev/full, a closed pipe): a figure
    // or a subject-access export is never lost silently behind a zero exit. (A command that already
    // refused has said why.)
    if (const QString why = standardOutputProblem(out); !why.isEmpty() && code == Done) {
        err << "arwain-cli " << m_name << ": " << tr("cannot write to standard output: %1").arg(why)
            << Qt::endl;
        return Refused;
    }
    return code;
}

QString standardOutputProblem(QTextStream& out)
{
    errno = 0;
    out.flush();
    int error = errno;
    bool failed = out.status() != QTextStream::Ok;
    errno = 0;
    if (std::fflush(stdout) != 0) {
        failed = true;
        error = errno != 0 ? errno : error;
    }
    failed = failed || std::ferror(stdout);
    if (!failed)
        return {};
    // The device under the stream kept the system's words when it failed ("No space left on device").
    if (const auto* device = qobject_cast<const QFileDevice*>(out.device());
        error == 0 && device && device->error() != QFileDevice::NoError)
        return device->errorString();
    return error != 0 ? QString::fromLocal8Bit(std::strerror(error))
                      : Command::tr("the output was not written");
}

void Command::printErrors(const QStringList& errors, int moreErrors)
{
    for (const QString& e : errors)
        err << e << Qt::endl;
    if (moreErrors > 0)
        err << tr("… and %n more error(s)", nullptr, moreErrors) << Qt::endl;
}

std::unique_ptr<Services> Command::openDatabase(const QString& path, bool readOnly)
{
    auto db = Services::open(path, readOnly);
    if (!db) {
        refuse(db.error());
        return nullptr;
    }
    // Another program writing the same file: say so on stderr while waiting for it.
    QObject::connect(db.value().get(), &Services::waiting, [this](const QString& message) {
        err << "arwain-cli " << m_name << ": " << message << Qt::endl;
    });
    if (!db.value()->migrationBackup().isEmpty())
        err << tr("Upgraded %1 to the current file format; the previous file is kept as %2")
                   .arg(path, db.value()->migrationBackup())
            << Qt::endl;
    return db.take();
}

int run(const QStringList& arguments)
{
    auto commands = allCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto overview = [&](QTextStream& s) {
        s << QCoreApplication::translate("arwain::cli", "usage: arwain-cli COMMAND [options]") << Qt::endl
          << Qt::endl
          << QCoreApplication::translate("arwain::cli", "Commands:") << Qt::endl;
        for (const auto& c : commands)
            s << "  " << c->usage().mid(11).leftJustified(44) << ' ' << c->summary() << Qt::endl;
        s << Qt::endl
          << QCoreApplication::translate("arwain::cli", "'arwain-cli COMMAND --help' describes a command.")
          << Qt::endl;
    };
    const QString name = arguments.value(1);
    if (name.isEmpty()) {
        overview(err);
        return Usage;
    }
    auto finished = [&] {
        if (const QString why = standardOutputProblem(out); !why.isEmpty()) {
            err << "arwain-cli: " << Command::tr("cannot write to standard output: %1").arg(why) << Qt::endl;
            return int(Refused);
        }
        return int(Done);
    };
    if (name == u"--help"_s || name == u"-h"_s || name == u"help"_s) {
        overview(out);
        return finished();
    }
    if (name == u"--version"_s) {
        out << "arwain-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return finished();
    }
    for (const auto& c : commands)
        if (c->name() == name)
            return c->run(QStringList{arguments.value(0) + u' ' + name} + arguments.mid(2));
    err << QCoreApplication::translate("arwain::cli", "arwain-cli: unknown command '%1'").arg(name)
        << Qt::endl;
    overview(err);
    return Usage;
}

} // namespace arwain::cli
