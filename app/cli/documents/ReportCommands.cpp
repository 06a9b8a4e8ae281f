// report and certificates: the annual report (HTML or PDF) and completion certificates.
#include "Command.h"
#include "DocumentCommands.h"
#include "io/OutputFile.h"
#include "services/Directory.h"
#include "services/Services.h"

#include "domain/Clock.h"
#include "domain/Parsing.h"
#include "domain/ReportingYear.h"
#include "i18n/Translation.h"
#include "report/Certificates.h"
#include "report/ReportFigures.h"
#include "report/ReportHtml.h"
#include "report/ReportPages.h"
#include "report/ReportWriter.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

// --lang en|cy; without it, the language arwain-cli speaks (LANG, or its own --lang).
Result<Lang> langOption(const QCommandLineParser& p)
{
    if (!p.isSet(u"lang"_s))
        return QCoreApplication::instance()->property("language").toString() == u"cy"_s ? Lang::Welsh
                                                                                        : Lang::English;
    if (auto lang = Translation::parse(p.value(u"lang"_s)))
        return *lang;
    return fail(Command::tr("--lang: '%1' is not en or cy").arg(p.value(u"lang"_s)));
}

class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::ReportCommand)

public:
    ReportCommand() : Command(QString::fromLatin1(kReportCommand.name), tr(kReportCommand.summary), {u"DB"_s})
    {
        parser().addOption({u"year"_s,
                            tr("reporting year by its first year (2024: 2024 to 2025); default: the last "
                               "year that has ended"),
                            u"Y"_s});
        parser().addOption({u"lang"_s, tr("en or cy (default: the language arwain-cli speaks)"), u"LANG"_s});
        parser().addOption(
            {u"format"_s, tr("html or pdf (default: from the file's extension, else html)"), u"FORMAT"_s});
        parser().addOption(
            {{u"o"_s, u"output"_s}, tr("write to FILE (default: HTML on standard output)"), u"FILE"_s});
        parser().addOption({u"definition"_s,
                            tr("published, excluding-deferrals or finished-only (default published)"),
                            u"DEF"_s});
        parser().addOption({u"as-at"_s, tr("the figures as they stood at the end of this date"), u"DATE"_s});
        parser().addOption({u"suppress"_s,
                            tr("withhold feedback percentages from fewer than N responses (default: the "
                               "database's setting; 0 shows all)"),
                            u"N"_s});
        parser().addOption({u"min-responses"_s, tr("the same as --suppress"), u"N"_s});
    }

protected:
    int execute() override
    {
        ReportOptions options;
        auto year = optionalYear(parser());
        if (!year)
            return usageError(year.error());
        options.year = year.value().value_or(ReportingYear::containing(Clock::today()).firstYear() - 1);
        auto lang = langOption(parser());
        if (!lang)
            return usageError(lang.error());
        options.lang = lang.value();
        if (parser().isSet(u"definition"_s)) {
            const auto d = fromText<Definition>(parser().value(u"definition"_s));
            if (!d)
                return usageError(tr("--definition: '%1' is not %2")
                                      .arg(parser().value(u"definition"_s), allTexts<Definition>()));
            options.definition = *d;
        }
        auto asAt = optionalDate(parser(), u"as-at"_s);
        if (!asAt)
            return usageError(asAt.error());
        if (asAt.value().isValid())
            options.asAt = asAt.value();
        const QString output = parser().value(u"output"_s);
        QString format = parser().value(u"format"_s).toLower();
        if (format.isEmpty())
            format = output.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? u"pdf"_s : u"html"_s;
        if (format != u"html"_s && format != u"pdf"_s)
            return usageError(tr("--format: '%1' is not html or pdf").arg(format));
        if (format == u"pdf"_s && output.isEmpty())
            return usageError(tr("a PDF needs a file: give -o FILE"));

        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        const auto suppress = suppressOption(parser(), *db);
        if (!suppress)
            return usageError(suppress.error());
        options.minResponses = suppress.value();
        auto figures = ReportFigures::compute(*db, options, Clock::today());
        if (!figures)
            return refuse(figures.error());
        const ReportDocument doc = ReportWriter(figures.value()).write();
        if (format == u"pdf"_s) {
            if (auto written = ReportPages::writePdf(doc, output); !written)
                return refuse(written.error());
        } else if (output.isEmpty()) {
            out << ReportHtml::write(doc);
        } else {
            if (auto written = OutputFile::write(output, ReportHtml::write(doc).toUtf8()); !written)
                return refuse(written.error());
        }
        if (!output.isEmpty() && !isStandardOutput(output))
            err << tr("Wrote %1 (%2, %3)").arg(output, doc.title, format.toUpper()) << Qt::endl;
        return Done;
    }
};

class CertificatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::CertificatesCommand)

public:
    CertificatesCommand()
        : Command(QString::fromLatin1(kCertificatesCommand.name), tr(kCertificatesCommand.summary), {u"DB"_s})
    {
        parser().addOption({u"cohort"_s, tr("the cohort (its code)"), u"CODE"_s});
        parser().addOption(
            {{u"o"_s, u"output"_s}, tr("the folder to write them in (made if missing)"), u"DIR"_s});
        parser().addOption({u"participant"_s, tr("only this person (their email address)"), u"EMAIL"_s});
        parser().addOption({u"lang"_s,
                            tr("both (Welsh and English side by side, the default), preferred (each "
                               "person's preferred language), en or cy"),
                            u"LANG"_s});
    }

protected:
    int execute() override
    {
        if (!parser().isSet(u"cohort"_s))
            return usageError(tr("name the cohort: --cohort CODE"));
        if (!parser().isSet(u"output"_s))
            return usageError(tr("name the folder: -o DIR"));
        if (isStandardOutput(parser().value(u"output"_s)))
            return usageError(
                tr("certificates are files in a folder: -o names the folder, not standard output"));
        Certificates::Languages languages = Certificates::Languages::Both;
        const QString lang = parser().value(u"lang"_s).toLower();
        if (lang == u"preferred"_s)
            languages = Certificates::Languages::Preferred;
        else if (parser().isSet(u"lang"_s) && lang != u"both"_s) {
            const auto one = Translation::parse(lang);
            if (!one)
                return usageError(tr("--lang: '%1' is not both, preferred, en or cy").arg(lang));
            languages =
                *one == Lang::Welsh ? Certificates::Languages::Welsh : Certificates::Languages::English;
        }
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        std::optional<qint64> person;
        if (parser().isSet(u"participant"_s)) {
            const auto looked =
                db->directory().participantByEmail(normaliseEmail(parser().value(u"participant"_s)));
            if (!looked)
                return refuse(looked.error());
            const auto& found = looked.value();
            if (!found)
                return refuse(tr("there is no participant with the email address %1")
                                  .arg(parser().value(u"participant"_s)));
            person = found->id;
        }
        auto list = Certificates::of(*db, parser().value(u"cohort"_s), person);
        if (!list)
            return refuse(list.error());
        auto written = Certificates::write(list.value(), parser().value(u"output"_s), languages);
        if (!written)
            return refuse(written.error());
        for (const QString& path : written.value())
            out << path << Qt::endl;
        err << tr("Wrote %n certificate(s) to %1", nullptr, int(written.value().size()))
                   .arg(parser().value(u"output"_s))
            << Qt::endl;
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeCertificates()
{
    return std::make_unique<CertificatesCommand>();
}

std::unique_ptr<Command> makeReport()
{
    return std::make_unique<ReportCommand>();
}

} // namespace arwain::cli
