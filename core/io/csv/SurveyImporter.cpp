// SurveyImporter: columns are found by their header text; answers are read through the mapping, so a
// word the mapping does not know is an error with its line and column, never a guess.
#include "io/csv/SurveyImporter.h"

#include "domain/Parsing.h"
#include "domain/Records.h"
#include "io/csv/CsvReader.h"
#include "io/csv/Importer.h"
#include "services/FeedbackService.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "storage/FeedbackStore.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace arwain {

SurveyImporter::SurveyImporter(Services& services) : m_store(services.store()) {}

namespace {

constexpr int kMaxErrors = Importer::kMaxErrors;

// The position of each mapped field's column in the header, or an error per missing column.
QHash<QString, int> locate(const QStringList& header, const SurveyMapping& m, QStringList& missing)
{
    QHash<QString, int> at;
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        int found = -1;
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0)
                found = i;
        if (found < 0)
            missing << it.value();
        else
            at.insert(it.key(), found);
    }
    return at;
}

} // namespace

Result<QStringList> SurveyImporter::headers(QIODevice& device, const QString& fileName)
{
    auto records = CsvReader::read(device, fileName);
    if (!records)
        return records.toError();
    if (records.value().isEmpty())
        return fail(tr("%1: the file is empty").arg(fileName));
    QStringList h = records.value().first().fields;
    for (QString& s : h)
        s = s.trimmed();
    return h;
}

Result<QStringList> SurveyImporter::answerWords(QIODevice& device, const QString& fileName,
                                                const SurveyMapping& m)
{
    auto records = CsvReader::read(device, fileName);
    if (!records)
        return records.toError();
    if (records.value().isEmpty())
        return fail(tr("%1: the file is empty").arg(fileName));
    QStringList missing;
    const QHash<QString, int> at = locate(records.value().first().fields, m, missing);
    QStringList words;
    for (qsizetype r = 1; r < records.value().size(); ++r)
        for (const QString& field : SurveyMapping::fields().mid(0, 5))
            if (at.contains(field)) {
                const QString w = records.value().at(r).fields.value(at.value(field)).trimmed().toLower();
                if (!w.isEmpty() && !words.contains(w))
                    words << w;
            }
    return words;
}

Result<ImportReport> SurveyImporter::run(QIODevice& device, const QString& fileName, qint64 cohortId,
                                         const SurveyMapping& mapping, const QString& mappingName,
                                         bool dryRun)
{
    auto parsed = CsvReader::read(device, fileName);
    if (!parsed)
        return parsed.toError();
    const QList<CsvRecord>& records = parsed.value();
    if (records.isEmpty())
        return fail(tr("%1: the file is empty").arg(fileName));
    ImportReport report;
    auto addError = [&](int line, const QString& column, const QString& message) {
        if (report.errors.size() < kMaxErrors)
            report.errors << (column.isEmpty()
                                  ? u"%1:%2: %3"_s.arg(fileName).arg(line).arg(message)
                                  : u"%1:%2: %3: %4"_s.arg(fileName).arg(line).arg(column, message));
        else
            ++report.moreErrors;
    };
    QStringList missing;
    const QHash<QString, int> at = locate(records.first().fields, mapping, missing);
    for (const QString& m : missing)
        addError(records.first().line, m, tr("this column of the mapping is not in the file"));
    bool anyQuestion = false;
    for (const QString& f : SurveyMapping::fields().mid(0, 5))
        anyQuestion = anyQuestion || at.contains(f);
    if (!anyQuestion && missing.isEmpty())
        addError(records.first().line, {}, tr("the mapping names no question column of this file"));
    if (!report.ok())
        return report;

    FeedbackService service(m_store);
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        m_store.database().auditAsOne(u"survey.import"_s, QFileInfo(fileName).fileName());
        QList<Feedback> pool = service.responses().feedbackOfCohort(cohortId);
        if (!m_store.cohortById(cohortId))
            return fail(tr("no such cohort"));
        for (qsizetype r = 1; r < records.size(); ++r) {
            const CsvRecord& rec = records.at(r);
            ++report.rows;
            auto cell = [&](const QString& field) {
                return at.contains(field) ? rec.fields.value(at.value(field)).trimmed() : QString();
            };
            const int before = int(report.errors.size()) + report.moreErrors;
            Feedback f;
            f.cohortId = cohortId;
            const QString email = normaliseEmail(cell(u"email"_s));
            if (!email.isEmpty()) {
                if (const auto p = m_store.participantByEmail(email))
                    f.participantId = p->id;
                else
                    addError(rec.line, mapping.columns.value(u"email"_s),
                             tr("no participant with email %1 (leave it blank for an anonymous response)")
                                 .arg(email));
            }
            const QString needs = cell(u"met_needs"_s);
            if (!needs.isEmpty()) {
                const auto word = mapping.needsAnswers.constFind(needs.toLower());
                if (word == mapping.needsAnswers.cend())
                    addError(rec.line, mapping.columns.value(u"met_needs"_s),
                             tr("\"%1\" is not in the mapping's answers for this question").arg(needs));
                else
                    f.metNeeds = fromText<MetNeeds>(*word).value_or(MetNeeds::Unset);
            }
            const std::pair<const char16_t*, YesNo*> yesNo[] = {{u"met_expectations", &f.metExpectations},
                                                                {u"learned_usable", &f.learnedUsable},
                                                                {u"relevant", &f.relevant},
                                                                {u"recommend", &f.recommend}};
            for (const auto& [field, target] : yesNo) {
                const QString answer = cell(QString::fromUtf16(field));
                if (answer.isEmpty())
                    continue;
                const auto word = mapping.yesNoAnswers.constFind(answer.toLower());
                if (word == mapping.yesNoAnswers.cend())
                    addError(rec.line, mapping.columns.value(QString::fromUtf16(field)),
                             tr("\"%1\" is not in the mapping's answers for this question").arg(answer));
                else
                    *target = fromText<YesNo>(*word).value_or(YesNo::Unset);
            }
            f.comment = cell(u"comment"_s);
            if (int(report.errors.size()) + report.moreErrors > before)
                continue;
            if (!service.validate(f).isEmpty()) {
                ++report.unchanged; // a row with no answer at all (a survey opened and left): nothing to add
                continue;
            }
            const auto same =
                std::find_if(pool.begin(), pool.end(), [&](const Feedback& g) { return g.sameAnswers(f); });
            if (same != pool.end()) {
                pool.erase(same);
                ++report.unchanged;
                continue;
            }
            if (auto saved = service.save(f); !saved)
                addError(rec.line, {}, saved.error());
            else
                ++report.added;
        }
        if (!report.ok())
            return fail(
                tr("%n problem(s) in the file", nullptr, int(report.errors.size()) + report.moreErrors));
        if (!mappingName.trimmed().isEmpty())
            service.responses().saveSurveyMapping(mappingName.trimmed(), mapping.toJson());
        if (dryRun)
            return fail(u"dry run"_s);
        return {};
    });
    if (!report.ok()) {
        report.added = 0;
        return report;
    }
    if (!written && !dryRun)
        return written.toError();
    report.written = !dryRun;
    return report;
}

std::optional<SurveyMapping> SurveyImporter::saved(const QString& name) const
{
    try {
        const QString json = FeedbackStore(m_store.database()).surveyMapping(name);
        if (json.isEmpty())
            return std::nullopt;
        return SurveyMapping::fromJson(json);
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

QStringList SurveyImporter::savedNames() const
{
    try {
        return FeedbackStore(m_store.database()).surveyMappingNames();
    } catch (const StorageError&) {
        return {};
    }
}

} // namespace arwain
