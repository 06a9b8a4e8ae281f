// import-survey: a survey tool's export (its own headers and answer words) into one cohort's feedback,
// through a column mapping: guessed from the headers, read from a JSON file, or remembered by name.
#include "Command.h"
#include "io/csv/ImportReport.h"
#include "io/csv/SurveyImporter.h"
#include "io/csv/SurveyMapping.h"
#include "services/Directory.h"
#include "services/Services.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace arwain::cli {

namespace {

class ImportSurveyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::ImportSurveyCommand)

public:
    ImportSurveyCommand()
        : Command(u"import-survey"_s, tr("import a survey tool's export into a cohort's feedback"),
                  {u"DB"_s, u"FILE.csv"_s})
    {
        parser().addOption({u"cohort"_s, tr("the cohort the responses are about (required)"), u"CODE"_s});
        parser().addOption(
            {u"mapping"_s, tr("use the mapping saved under NAME (see survey-mappings)"), u"NAME"_s});
        parser().addOption({u"mapping-file"_s,
                            tr("read the mapping from a JSON file (as --show-mapping prints it)"),
                            u"FILE.json"_s});
        parser().addOption(
            {u"save-as"_s, tr("remember the mapping under NAME when the import succeeds"), u"NAME"_s});
        parser().addOption({u"show-mapping"_s, tr("print the mapping that would be used, and the answer "
                                                  "words found in the file, as JSON; import nothing")});
        parser().addOption({u"dry-run"_s, tr("check the file and report, writing nothing")});
    }

protected:
    int execute() override
    {
        if (!parser().isSet(u"cohort"_s))
            return usageError(tr("--cohort CODE is required"));
        if (parser().isSet(u"mapping"_s) && parser().isSet(u"mapping-file"_s))
            return usageError(tr("give --mapping or --mapping-file, not both"));
        const bool showOnly = parser().isSet(u"show-mapping"_s);
        auto db = openDatabase(arg(0), showOnly || parser().isSet(u"dry-run"_s));
        if (!db)
            return Refused;
        SurveyImporter importer(*db);
        {
            const QString path = arg(1);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return refuse(tr("%1: cannot read: %2").arg(path, file.errorString()));
            const auto found = db->directory().cohortByCode(parser().value(u"cohort"_s));
            if (!found)
                return refuse(found.error());
            const auto& cohort = found.value();
            if (!cohort)
                return refuse(tr("no cohort with code %1").arg(parser().value(u"cohort"_s)));

            SurveyMapping mapping;
            if (parser().isSet(u"mapping"_s)) {
                const QString name = parser().value(u"mapping"_s);
                const auto saved = importer.saved(name);
                if (!saved) {
                    const QStringList names = importer.savedNames();
                    return refuse(
                        names.isEmpty()
                            ? tr("no mapping is saved under '%1' (none are saved yet)").arg(name)
                            : tr("no mapping is saved under '%1'; saved: %2").arg(name, names.join(u", "_s)));
                }
                mapping = *saved;
            } else if (parser().isSet(u"mapping-file"_s)) {
                auto read = readMappingFile(parser().value(u"mapping-file"_s));
                if (!read)
                    return refuse(read.error());
                mapping = read.value();
            } else {
                auto headers = SurveyImporter::headers(file, path);
                if (!headers)
                    return refuse(headers.error());
                mapping = SurveyMapping::guess(headers.value());
                file.seek(0);
            }

            if (showOnly) {
                auto words = SurveyImporter::answerWords(file, path, mapping);
                if (!words)
                    return refuse(words.error());
                QJsonDocument doc = QJsonDocument::fromJson(mapping.toJson().toUtf8());
                QJsonObject o = doc.object();
                o.insert(u"answer_words_in_file"_s, QJsonArray::fromStringList(words.value()));
                out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
                return Done;
            }

            const bool dryRun = parser().isSet(u"dry-run"_s);
            auto result = importer.run(file, path, cohort->id, mapping, parser().value(u"save-as"_s), dryRun);
            if (!result)
                return refuse(result.error());
            const ImportReport& r = result.value();
            if (!r.ok()) {
                printErrors(r.errors, r.moreErrors);
                return refuse(tr("nothing was imported: correct the mapping (--show-mapping prints it) or "
                                 "the file, and import the whole file again"));
            }
            if (dryRun)
                out << tr("%1: the file is good; %2 response(s) would be added to %3, %4 are already there "
                          "(nothing was written: dry run)")
                           .arg(path)
                           .arg(r.added)
                           .arg(cohort->code)
                           .arg(r.unchanged)
                    << Qt::endl;
            else
                out << tr("%1: imported %2 response(s) into %3; %4 were already there")
                           .arg(path)
                           .arg(r.added)
                           .arg(cohort->code)
                           .arg(r.unchanged)
                    << Qt::endl;
            if (!dryRun && parser().isSet(u"save-as"_s))
                out << tr("The mapping is saved as '%1'.").arg(parser().value(u"save-as"_s)) << Qt::endl;
        }
        return Done;
    }

private:
    static Result<SurveyMapping> readMappingFile(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("%1: cannot read: %2").arg(path, f.errorString()));
        const QByteArray bytes = f.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(tr("%1: not a mapping: %2 at character %3")
                            .arg(path, error.errorString())
                            .arg(error.offset + 1));
        if (!doc.isObject() || !doc.object().value(u"columns"_s).isObject())
            return fail(
                tr("%1: not a mapping: it needs a \"columns\" object (see --show-mapping)").arg(path));
        return SurveyMapping::fromJson(QString::fromUtf8(bytes));
    }
};

class SurveyMappingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(arwain::cli::SurveyMappingsCommand)

public:
    SurveyMappingsCommand()
        : Command(u"survey-mappings"_s, tr("list the saved survey mappings, or print one"), {u"DB"_s})
    {
        parser().addOption({u"show"_s, tr("print the mapping saved under NAME as JSON"), u"NAME"_s});
    }

protected:
    int execute() override
    {
        auto db = openDatabase(arg(0), true);
        if (!db)
            return Refused;
        SurveyImporter importer(*db);
        {
            if (parser().isSet(u"show"_s)) {
                const auto saved = importer.saved(parser().value(u"show"_s));
                if (!saved)
                    return refuse(tr("no mapping is saved under '%1'").arg(parser().value(u"show"_s)));
                out << QString::fromUtf8(
                    QJsonDocument::fromJson(saved->toJson().toUtf8()).toJson(QJsonDocument::Indented));
                return Done;
            }
            const QStringList names = importer.savedNames();
            if (names.isEmpty())
                err << tr("No survey mappings are saved yet: import-survey --save-as NAME saves one.")
                    << Qt::endl;
            for (const QString& name : names)
                out << name << Qt::endl;
        }
        return Done;
    }
};

} // namespace

std::unique_ptr<Command> makeSurveyMappings()
{
    return std::make_unique<SurveyMappingsCommand>();
}

std::unique_ptr<Command> makeImportSurvey()
{
    return std::make_unique<ImportSurveyCommand>();
}

} // namespace arwain::cli
