// Importer: header checks, then each row read (ImportRow), checked against what it names (ImportLookups)
// and by the services' rules, and written (CatalogueRows, ActivityRows) inside one transaction that is
// rolled back if any row is bad (or on a dry run).
#include "io/csv/Importer.h"

#include "domain/Parsing.h"
#include "io/csv/ActivityRows.h"
#include "io/csv/CatalogueRows.h"
#include "io/csv/CsvCell.h"
#include "io/csv/CsvKinds.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvRecord.h"
#include "io/csv/ImportLookups.h"
#include "io/csv/ImportReport.h"
#include "io/csv/ImportRow.h"
#include "io/csv/SeenKeys.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace arwain {

Importer::Importer(Services& services) : m_store(services.store()) {}

namespace {

// Each kind's rows go to the part that imports them.
class RowImporter
{
public:
    explicit RowImporter(Store& store)
        : m_lookups(store), m_catalogue(store, m_lookups), m_activity(store, m_lookups)
    {
    }

    ImportOutcome import(CsvKind kind, ImportRow& row)
    {
        switch (kind) {
        case CsvKind::Programmes:
            return m_catalogue.programme(row);
        case CsvKind::Organisations:
            return m_catalogue.organisation(row);
        case CsvKind::Participants:
            return m_catalogue.participant(row);
        case CsvKind::Cohorts:
            return m_catalogue.cohort(row);
        case CsvKind::Network:
            return m_catalogue.network(row);
        case CsvKind::Enrolments:
            return m_activity.enrolment(row);
        case CsvKind::Sessions:
            return m_activity.session(row);
        case CsvKind::Attendance:
            return m_activity.attendance(row);
        case CsvKind::Feedback:
            return m_activity.feedback(row);
        }
        return ImportOutcome::Bad;
    }
    // Writes the rows still queued for a batch; before the transaction commits.
    void finish()
    {
        m_catalogue.finish();
        m_activity.finish();
    }
    int organisationsCreated() const { return m_catalogue.organisationsCreated(); }

private:
    ImportLookups m_lookups;
    CatalogueRows m_catalogue;
    ActivityRows m_activity;
};

// The key columns of a kind: a key seen twice in one file is a mistake in the file.
QStringList keyColumns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Programmes:
    case CsvKind::Cohorts:
        return {u"code"_s};
    case CsvKind::Organisations:
        return {u"name"_s};
    case CsvKind::Participants:
    case CsvKind::Network:
        return {u"email"_s};
    case CsvKind::Enrolments:
        return {u"email"_s, u"cohort"_s};
    case CsvKind::Sessions:
        return {u"cohort"_s, u"date"_s, u"start_time"_s, u"for_email"_s};
    case CsvKind::Attendance:
        return {u"cohort"_s, u"session_date"_s, u"session_time"_s, u"email"_s};
    case CsvKind::Feedback:
        return {};
    }
    return {};
}

} // namespace

Result<ImportReport> Importer::run(CsvKind kind, QIODevice& device, const QString& fileName, bool dryRun,
                                   const Progress& progress)
{
    // The file is read a block at a time as its rows are checked, so memory does not grow with it.
    CsvReader reader(device, fileName);
    auto first = reader.next();
    if (!first)
        return first.toError();
    const CsvRecord header = std::move(*first.value());

    ImportReport report;
    auto addError = [&](int line, const QString& column, const QString& message) {
        if (report.errors.size() < kMaxErrors)
            report.errors << (column.isEmpty()
                                  ? u"%1:%2: %3"_s.arg(fileName).arg(line).arg(message)
                                  : u"%1:%2: %3: %4"_s.arg(fileName).arg(line).arg(column, message));
        else
            ++report.moreErrors;
    };

    // The header: names in any order and case; every required column, nothing unknown, nothing twice.
    const QList<CsvColumn> columns = csvColumns(kind);
    QStringList names;
    for (const QString& raw : header.fields) {
        const QString name = raw.trimmed().toLower();
        const bool known =
            std::any_of(columns.cbegin(), columns.cend(), [&](const CsvColumn& c) { return c.name == name; });
        if (!known)
            addError(header.line, raw.trimmed(),
                     tr("unknown column (a %1 file has: %2)")
                         .arg(toText(kind), csvColumnNames(kind).join(u", "_s)));
        else if (names.contains(name))
            addError(header.line, name, tr("the column appears twice"));
        names << name;
    }
    for (const CsvColumn& c : columns)
        if (c.required && !names.contains(c.name))
            addError(header.line, c.name, tr("missing required column"));
    if (!report.errors.isEmpty())
        return report;

    const QStringList keys = keyColumns(kind);
    bool cancelled = false;
    QString unreadable; // the file could not be read to its end: nothing is written
    Result<void> written = m_store.database().write([&]() -> Result<void> {
        // One audit entry for the whole file, not one per row.
        m_store.database().auditAsOne(u"import"_s, QFileInfo(fileName).fileName(), toText(kind));
        RowImporter importer(m_store);
        SeenKeys seenKeys;
        for (;;) {
            auto next = reader.next();
            if (!next) {
                unreadable = next.error();
                return fail(QString());
            }
            if (!next.value())
                break;
            const CsvRecord rec = std::move(*next.value());
            ++report.rows;
            if (progress && report.rows % 200 == 0 && !progress(report.rows, reader.percentRead())) {
                cancelled = true;
                return fail(tr("cancelled"));
            }
            if (rec.fields.size() != names.size()) {
                addError(rec.line, QString(),
                         tr("expected %1 cells, found %2").arg(names.size()).arg(rec.fields.size()));
                continue;
            }
            QHash<QString, QString> cells;
            for (qsizetype c = 0; c < names.size(); ++c)
                cells.insert(names.at(c), csvcell::unprotect(rec.fields.at(c)));
            ImportRow row(cells);
            for (const CsvColumn& c : columns) {
                if (c.required && names.contains(c.name) && row.text(c.name).isEmpty())
                    row.error(c.name, tr("required"));
                if (const auto wrong = unmeantCharacter(cells.value(c.name), c.multiline))
                    row.error(c.name, *wrong);
            }
            if (!keys.isEmpty() && !row.bad()) {
                QStringList parts;
                for (const QString& k : keys)
                    parts << (k == u"email"_s ? normaliseEmail(row.text(k)) : row.text(k).toLower());
                if (!parts.join(QString()).isEmpty()) {
                    if (const int earlier = seenKeys.firstLine(parts.join(u'\x1f'), rec.line); earlier != 0)
                        row.error(keys.first(), tr("%1 appears twice in the file (first on line %2)")
                                                    .arg(parts.join(u", "_s))
                                                    .arg(earlier));
                }
            }
            const ImportOutcome outcome = row.bad() ? ImportOutcome::Bad : importer.import(kind, row);
            for (const FieldError& e : row.problems())
                addError(rec.line, e.field, e.message);
            if (outcome == ImportOutcome::Added)
                ++report.added;
            else if (outcome == ImportOutcome::Unchanged)
                ++report.unchanged;
        }
        if (progress && !progress(report.rows, reader.percentRead())) {
            cancelled = true;
            return fail(tr("cancelled"));
        }
        report.organisationsCreated = importer.organisationsCreated();
        if (!report.errors.isEmpty() || dryRun)
            return fail(QString()); // roll back: nothing is written
        try {
            importer.finish();
        } catch (const StorageError& e) {
            return fail(tr("%1: %2").arg(fileName, e.message()));
        }
        m_store.database().auditAsOne(
            u"import"_s, QFileInfo(fileName).fileName(),
            u"%1: %2 added, %3 unchanged"_s.arg(toText(kind)).arg(report.added).arg(report.unchanged));
        return {};
    });
    if (cancelled)
        return fail(tr("%1: import cancelled; nothing was written").arg(fileName));
    if (!unreadable.isEmpty())
        return fail(unreadable);
    if (!written && !written.error().isEmpty())
        return written.toError();
    report.written = written.ok();
    return report;
}

} // namespace arwain
