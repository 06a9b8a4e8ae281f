// anonymise and subject-export: a person's rights under UK GDPR (see docs/reliability.md).
#include "Command.h"
#include "io/OutputFile.h"
#include "services/Directory.h"
#include "services/Services.h"

#include "domain/Clock.h"
#include "services/AuditLog.h"
#include "services/PrivacyService.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

class AnonymiseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::AnonymiseCommand)

public:
    AnonymiseCommand()
        : Command(u"anonymise"_s, tr("erase a person, keeping the figures their enrolments count in"),
                  {u"DB"_s, u"EMAIL"_s})
    {
        parser().addOption({u"dry-run"_s, tr("say what would be erased and kept, and change nothing")});
    }

protected:
    int execute() override
    {
        const bool dryRun = parser().isSet(u"dry-run"_s);
        auto db = openDatabase(arg(0), dryRun);
        if (!db)
            return Refused;
        PrivacyService& privacy = db->privacy();
        auto person = privacy.personWithEmail(arg(1));
        if (!person)
            return refuse(person.error());
        out << privacy.erasureSummary(person.value()) << Qt::endl;
        if (dryRun) {
            out << tr("Nothing was changed (dry run).") << Qt::endl;
            return Done;
        }
        if (auto done = privacy.anonymise(person.value().id); !done)
            return refuse(done.error());
        out << tr("Erased. The person's name and email address are no longer in %1.").arg(arg(0)) << Qt::endl;
        return Done;
    }
};

class SubjectExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::SubjectExportCommand)

public:
    SubjectExportCommand()
        : Command(u"subject-export"_s,
                  tr("everything held about a person, as JSON (a subject access request)"),
                  {u"DB"_s, u"EMAIL"_s})
    {
        parser().addOption(
            {{u"o"_s, u"output"_s}, tr("write to FILE (default: standard output)"), u"FILE"_s});
    }

protected:
    int execute() override
    {
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        PrivacyService& privacy = db->privacy();
        auto person = privacy.personWithEmail(arg(1));
        if (!person)
            return refuse(person.error());
        auto doc = privacy.subjectExport(person.value().id);
        if (!doc)
            return refuse(doc.error());
        const QByteArray json = QJsonDocument(doc.value()).toJson(QJsonDocument::Indented);
        const QString output = parser().value(u"output"_s);
        if (output.isEmpty()) {
            out << QString::fromUtf8(json);
            return Done;
        }
        if (auto written = OutputFile::write(output, json); !written)
            return refuse(written.error());
        if (!isStandardOutput(output))
            err << tr("Wrote %1.").arg(output) << Qt::endl;
        return Done;
    }
};

class RetentionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::RetentionCommand)

public:
    RetentionCommand()
        : Command(u"retention"_s,
                  tr("who the retention rule would erase (settings --retention N); --apply erases them"),
                  {u"DB"_s})
    {
        parser().addOption({u"apply"_s, tr("erase them now (otherwise only list them)")});
    }

protected:
    int execute() override
    {
        const bool apply = parser().isSet(u"apply"_s);
        auto db = openDatabase(arg(0), !apply);
        if (!db)
            return Refused;
        PrivacyService& privacy = db->privacy();
        const int years = privacy.retentionYears();
        if (years == 0) {
            out << tr("No retention rule is set (arwain-cli settings DB --retention YEARS sets one); nobody "
                      "is due.")
                << Qt::endl;
            return Done;
        }
        auto due = privacy.dueForErasure(Clock::today());
        if (!due)
            return refuse(due.error());
        out << tr("Retention: people whose last enrolment ended more than %n year(s) ago.", nullptr, years)
            << Qt::endl;
        for (const Participant& p : due.value())
            out << "  " << p.givenName << ' ' << p.familyName << " <" << p.email << '>' << Qt::endl;
        out << tr("%n person(s) due for erasure.", nullptr, int(due.value().size())) << Qt::endl;
        if (!apply || due.value().isEmpty())
            return Done;
        auto erased = privacy.anonymiseAll(due.value());
        if (!erased)
            return refuse(erased.error());
        out << tr("Erased %n person(s); their enrolments stay in the figures.", nullptr, erased.value())
            << Qt::endl;
        return Done;
    }
};

class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::AuditCommand)

public:
    AuditCommand() : Command(u"audit"_s, tr("who changed what, and when (newest first)"), {u"DB"_s})
    {
        parser().addOption({u"since"_s, tr("only changes on or after DATE (YYYY-MM-DD)"), u"DATE"_s});
        parser().addOption({u"format"_s, tr("table, csv or json (default table)"), u"FORMAT"_s});
    }

protected:
    int execute() override
    {
        const auto since = optionalDate(parser(), u"since"_s);
        if (!since)
            return usageError(since.error());
        const auto format = formatOption(parser());
        if (!format)
            return usageError(format.error());
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        const QDateTime from = since.value().isValid() ? since.value().startOfDay() : QDateTime();
        auto entries = db->audit().entries(from);
        if (!entries)
            return refuse(entries.error());
        if (format.value() == u"json"_s) {
            out << AuditLog::json(entries.value());
        } else if (format.value() == u"csv"_s) {
            out.flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !AuditLog::csv(entries.value(), stdoutFile))
                return refuse(tr("cannot write to standard output"));
        } else {
            out << AuditLog::table(entries.value());
        }
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeAudit()
{
    return std::make_unique<AuditCommand>();
}

std::unique_ptr<Command> makeRetention()
{
    return std::make_unique<RetentionCommand>();
}

std::unique_ptr<Command> makeAnonymise()
{
    return std::make_unique<AnonymiseCommand>();
}
std::unique_ptr<Command> makeSubjectExport()
{
    return std::make_unique<SubjectExportCommand>();
}

} // namespace arwain::cli
