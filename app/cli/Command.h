// Command: what every arwain-cli command shares: its parser, help, positional checks and output streams.
#pragma once

#include "Cli.h"
#include "domain/Result.h"
#include "stats/Statistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace arwain {
class Services;
} // namespace arwain

namespace arwain::cli {

class Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::Command)
public:
    Command(QString name, QString summary, QStringList positional);
    virtual ~Command() = default;

    const QString& name() const { return m_name; }
    const QString& summary() const { return m_summary; }
    QString usage() const;
    // Parses, handles --help, checks the positional count, then calls execute().
    virtual int run(const QStringList& arguments);

protected:
    virtual int execute() = 0;
    // Whether `path` is standard output ("-", /dev/stdout): no "Wrote …" is said of it.
    static bool isStandardOutput(const QString& path)
    {
        return path == QStringLiteral("-") || path == QStringLiteral("/dev/stdout");
    }
    QCommandLineParser& parser() { return m_parser; }
    // What a positional argument may be, shown by --help (and read by the shell's completion).
    void describeArgument(const QString& name, const QString& description);
    QString arg(int i) const { return m_parser.positionalArguments().value(i); }
    // Errors the user must see: on stderr, prefixed with the program name.
    int refuse(const QString& message);
    int usageError(const QString& message);
    // An import's problems on stderr, each naming its file and line, with how many more there were.
    void printErrors(const QStringList& errors, int moreErrors);
    // Opens a database; reports why and returns null on failure.
    std::unique_ptr<Services> openDatabase(const QString& path, bool readOnly);

    QTextStream out;
    QTextStream err;

private:
    int parseAndExecute(const QStringList& arguments);

    QString m_name;
    QString m_summary;
    QStringList m_positional;
    QCommandLineParser m_parser;
};

std::vector<std::unique_ptr<Command>> allCommands();

// Flushes `out` and standard output beneath it; why they failed, or empty when all was written.
QString standardOutputProblem(QTextStream& out);

// One factory per command, each in the file of its family.
std::unique_ptr<Command> makeInit();
std::unique_ptr<Command> makeDemo();
std::unique_ptr<Command> makeGenerate();
std::unique_ptr<Command> makeBackup();
std::unique_ptr<Command> makeCheck();
std::unique_ptr<Command> makeImport();
std::unique_ptr<Command> makeExport();
std::unique_ptr<Command> makeStatus();
std::unique_ptr<Command> makeStats();
std::unique_ptr<Command> makeFeedback();
std::unique_ptr<Command> makeAttendance();
std::unique_ptr<Command> makeSettings();
std::unique_ptr<Command> makeImportSurvey();
std::unique_ptr<Command> makeSurveyMappings();

std::unique_ptr<Command> makeReport();
std::unique_ptr<Command> makeCertificates();
std::unique_ptr<Command> makeAnonymise();
std::unique_ptr<Command> makeSubjectExport();
std::unique_ptr<Command> makeRetention();
std::unique_ptr<Command> makeAudit();
std::unique_ptr<Command> makeServerInit();
std::unique_ptr<Command> makeServerGrant();

// --DATE options: none when not given, or a message naming the option.
Result<QDate> optionalDate(const QCommandLineParser& p, const QString& option);
// --format: table (the default), csv or json.
Result<QString> formatOption(const QCommandLineParser& p);
// --year Y (a reporting year by its first year).
Result<std::optional<int>> optionalYear(const QCommandLineParser& p);
// --suppress N (or --min-responses N); without either, the database's own setting.
Result<int> suppressOption(const QCommandLineParser& p, const Services& services);

// The options of `stats`, shared with `export stats`.
void addStatsOptions(QCommandLineParser& parser);
// The query the options describe, or a usage message.
Result<StatsQuery> readStatsOptions(const QCommandLineParser& parser);

} // namespace arwain::cli
