// ParticipantTable: reading the people into their compact rows, the columns' text, search and sorting.
#include "models/ParticipantTable.h"

#include "Labels.h"
#include "domain/Records.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QStringView>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

// The label of every value of a listed term, indexed by the value's number (unset among them).
template <typename E> QStringList labelsByValue(E unset)
{
    QStringList out;
    auto put = [&out](E value) {
        const auto at = qsizetype(value);
        if (out.size() <= at)
            out.resize(at + 1);
        out[at] = labels::of(value);
    };
    put(unset);
    for (const auto& [value, words] : Terms<E>::list)
        put(value);
    return out;
}

} // namespace

Result<std::shared_ptr<const ParticipantTable>> ParticipantTable::read(const Directory& directory)
{
    auto table = std::make_shared<ParticipantTable>();
    table->m_roles = labelsByValue(JobRole::Unset);
    table->m_languages = labelsByValue(Language::English);
    table->m_organisations.append(Shared{}); // 0: no organisation
    table->m_enrolments.append(Taken{});     // 0: no enrolments
    QHash<qint64, qint32> organisationAt;    // by organisation id
    QHash<QString, qint32> enrolmentsAt;     // by the statuses text
    auto done = directory.eachParticipant([&](const ParticipantRow& p) {
        Person person;
        person.id = p.person.id;
        const QString family = labels::familyName(p.person);
        person.given = qint32(p.person.givenName.size());
        person.family = qint32(family.size());
        person.text = p.person.givenName + u' ' + family + u'\n' + p.person.email;
        if (p.person.organisationId != 0) {
            auto at = organisationAt.constFind(p.person.organisationId);
            if (at == organisationAt.cend()) {
                at = organisationAt.insert(p.person.organisationId, qint32(table->m_organisations.size()));
                table->m_organisations.append(
                    Shared{p.organisation, labels::of(p.sector), labels::of(p.region)});
            }
            person.organisation = *at;
        }
        if (!p.programmeStatuses.isEmpty()) {
            const QString statuses = p.programmeStatuses.join(u';');
            auto at = enrolmentsAt.constFind(statuses);
            if (at == enrolmentsAt.cend()) {
                at = enrolmentsAt.insert(statuses, qint32(table->m_enrolments.size()));
                table->m_enrolments.append(Taken{p.programmes.join(u", "_s), statuses});
            }
            person.enrolments = *at;
        }
        person.role = quint8(p.person.jobRole);
        person.language = quint8(p.person.preferredLanguage);
        table->m_people.push_back(std::move(person));
    });
    if (!done)
        return done.toError();
    table->m_people.shrink_to_fit(); // grown by doubling: up to half of it unused
    return std::shared_ptr<const ParticipantTable>(std::move(table));
}

int ParticipantTable::sharedIndex(int row, int column) const
{
    const Person& p = m_people[size_t(row)];
    switch (column) {
    case Organisation:
    case Sector:
    case Region:
        return p.organisation;
    case Role:
        return p.role;
    case Language:
        return p.language;
    case Programmes:
        return p.enrolments;
    default:
        return -1;
    }
}

QString ParticipantTable::sharedText(int column, int index) const
{
    switch (column) {
    case Organisation:
        return m_organisations.at(index).organisation;
    case Sector:
        return m_organisations.at(index).sector;
    case Region:
        return m_organisations.at(index).region;
    case Role:
        return m_roles.value(index);
    case Language:
        return m_languages.value(index);
    case Programmes:
        return m_enrolments.at(index).programmes;
    default:
        return {};
    }
}

QString ParticipantTable::cell(int row, int column) const
{
    const Person& p = m_people[size_t(row)];
    switch (column) {
    case GivenName:
        return p.text.first(p.given);
    case FamilyName:
        return p.text.sliced(p.given + 1, p.family);
    case Email:
        return p.text.sliced(p.given + 1 + p.family + 1);
    default:
        return sharedText(column, sharedIndex(row, column));
    }
}

QString ParticipantTable::enrolments(int row) const
{
    return m_enrolments.at(m_people[size_t(row)].enrolments).statuses;
}

std::vector<char> ParticipantTable::organisationsContaining(const QString& needle) const
{
    std::vector<char> out(size_t(m_organisations.size()), 0);
    for (qsizetype i = 1; i < m_organisations.size(); ++i)
        out[size_t(i)] = m_organisations.at(i).organisation.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
    return out;
}

bool ParticipantTable::contains(int row, const QString& needle, const std::vector<char>& organisations) const
{
    const Person& p = m_people[size_t(row)];
    // Case-insensitive matching folds each character as toCaseFolded() does, without a folded copy of
    // everyone's text held for it.
    return organisations[size_t(p.organisation)] != 0 ||
           QStringView(p.text).contains(needle, Qt::CaseInsensitive);
}

const std::vector<int>& ParticipantTable::nameRank() const
{
    std::call_once(m_rankOnce, [this] {
        const QCollator collator{QLocale()};
        std::vector<QCollatorSortKey> family, given;
        family.reserve(m_people.size());
        given.reserve(m_people.size());
        for (int row = 0; row < size(); ++row) {
            family.push_back(collator.sortKey(cell(row, FamilyName)));
            given.push_back(collator.sortKey(cell(row, GivenName)));
        }
        std::vector<int> byName(m_people.size());
        std::iota(byName.begin(), byName.end(), 0);
        std::stable_sort(byName.begin(), byName.end(), [&](int a, int b) {
            if (const int c = family[size_t(a)].compare(family[size_t(b)]))
                return c < 0;
            return given[size_t(a)].compare(given[size_t(b)]) < 0;
        });
        m_rank.resize(m_people.size());
        for (size_t i = 0; i < byName.size(); ++i)
            m_rank[size_t(byName[i])] = int(i);
    });
    return m_rank;
}

void ParticipantTable::sort(std::vector<int>& order, int column, Qt::SortOrder direction) const
{
    if (column < 0 || column >= ColumnCount)
        return;
    // Each value's collation key is made once and the sort compares keys, many times quicker than
    // collating two strings at every comparison; a value many rows share has one key for them all.
    const QCollator collator{QLocale()};
    std::vector<QCollatorSortKey> keys;
    const bool shared = column >= Organisation; // the organisation's, role's, language's or programmes'
    if (shared) {
        const qsizetype values = column == Role         ? m_roles.size()
                                 : column == Language   ? m_languages.size()
                                 : column == Programmes ? m_enrolments.size()
                                                        : m_organisations.size();
        keys.reserve(size_t(values));
        for (qsizetype i = 0; i < values; ++i)
            keys.push_back(collator.sortKey(sharedText(column, int(i))));
    } else {
        keys.reserve(m_people.size());
        for (int row = 0; row < size(); ++row)
            keys.push_back(collator.sortKey(cell(row, column)));
    }
    auto keyOf = [&](int row) -> const QCollatorSortKey& {
        return keys[size_t(shared ? sharedIndex(row, column) : row)];
    };
    const bool descending = direction == Qt::DescendingOrder;
    const std::vector<int>& rank = nameRank();
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (const int cmp = keyOf(a).compare(keyOf(b)))
            return descending ? cmp > 0 : cmp < 0;
        return rank[size_t(a)] < rank[size_t(b)];
    });
}

} // namespace arwain
