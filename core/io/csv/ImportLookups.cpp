// ImportLookups: reading what rows name, once (see ImportLookups.h).
#include "io/csv/ImportLookups.h"

#include "domain/Parsing.h"
#include "storage/Store.h"

using namespace Qt::StringLiterals;

namespace arwain {

std::optional<Cohort> ImportLookups::cohortNamed(ImportRow& row, const QString& column)
{
    const QString code = row.text(column);
    if (code.isEmpty()) {
        row.error(column, Importer::tr("required"));
        return std::nullopt;
    }
    if (m_cohortsByCode.isEmpty())
        for (const Cohort& c : m_store.cohorts()) {
            m_cohortsByCode.insert(codeKey(c.code), c);
            m_cohortsById.insert(c.id, c);
        }
    const auto found = m_cohortsByCode.constFind(codeKey(code));
    if (found == m_cohortsByCode.cend()) {
        row.error(column, Importer::tr("no cohort with code %1").arg(code));
        return std::nullopt;
    }
    return *found;
}

std::optional<qint64> ImportLookups::personIdWithEmail(ImportRow& row, const QString& column)
{
    const QString email = normaliseEmail(row.text(column));
    if (email.isEmpty()) {
        row.error(column, Importer::tr("required"));
        return std::nullopt;
    }
    if (!m_peopleLoaded) {
        m_idsByEmail = m_store.participantIdsByEmail();
        m_peopleLoaded = true;
    }
    const auto found = m_idsByEmail.constFind(email);
    if (found == m_idsByEmail.cend()) {
        row.error(column,
                  Importer::tr("no participant with email %1 (import participants first)").arg(email));
        return std::nullopt;
    }
    return *found;
}

std::optional<Participant> ImportLookups::personWithEmail(ImportRow& row, const QString& column,
                                                          bool required)
{
    const QString email = normaliseEmail(row.text(column));
    if (email.isEmpty()) {
        if (required)
            row.error(column, Importer::tr("required"));
        return std::nullopt;
    }
    auto p = m_store.participantByEmail(email);
    if (!p)
        row.error(column,
                  Importer::tr("no participant with email %1 (import participants first)").arg(email));
    return p;
}

QString ImportLookups::codeKey(const QString& code)
{
    QString key = code;
    for (QChar& c : key)
        if (c.unicode() < 128)
            c = c.toLower();
    return key;
}

} // namespace arwain
