// CatalogueRows: each catalogue kind's row, read, checked and written (see CatalogueRows.h).
#include "io/csv/CatalogueRows.h"

#include "domain/Parsing.h"
#include "storage/Store.h"

using namespace Qt::StringLiterals;

namespace arwain {

CatalogueRows::CatalogueRows(Store& store, ImportLookups& lookups)
    : m_store(store), m_lookups(lookups), m_catalogue(store)
{
}

CatalogueRows::~CatalogueRows() = default;

QString CatalogueRows::personKey(const Participant& p)
{
    return p.email.isEmpty() ? u"\x1f"_s + p.givenName + u'\x1f' + p.familyName + u'\x1f' +
                                   QString::number(p.organisationId)
                             : p.email;
}

void CatalogueRows::finish()
{
    if (m_bulk)
        m_bulk->flush();
}

ImportOutcome CatalogueRows::programme(ImportRow& row)
{
    Programme p;
    p.code = row.text(u"code"_s);
    p.name = row.text(u"name"_s);
    p.welshName = row.text(u"welsh_name"_s);
    p.kind = row.term(u"kind"_s, ProgrammeKind::Course);
    return settle(row, p, m_store.programmeByCode(p.code), u"code"_s,
                  Importer::tr("programme %1").arg(p.code));
}

ImportOutcome CatalogueRows::organisation(ImportRow& row)
{
    Organisation o;
    o.name = row.text(u"name"_s);
    o.sector = row.term(u"sector"_s, Sector::Unset);
    o.region = row.term(u"region"_s, Region::Unset);
    return settle(row, o, m_store.organisationByName(o.name), u"name"_s,
                  Importer::tr("organisation %1").arg(o.name));
}

// People are many too (a nation's 200,000): everyone and every organisation are read once into maps,
// the service's checks that need no database run on each row, and new people go out through
// BulkStore. The maps stand for the database's checks: an address is someone else's, or it is new.
ImportOutcome CatalogueRows::participant(ImportRow& row)
{
    if (!m_participantsLoaded) {
        for (const Organisation& o : m_store.organisations())
            m_organisations.insert(ImportLookups::codeKey(o.name), o.id);
        for (const Participant& p : m_store.participants())
            rememberPerson(p);
        m_participantsLoaded = true;
    }
    Participant p;
    p.givenName = row.text(u"given_name"_s);
    p.familyName = row.text(u"family_name"_s);
    p.email = normaliseEmail(row.text(u"email"_s));
    p.jobRole = row.term(u"job_role"_s, JobRole::Unset);
    p.preferredLanguage = row.term(u"preferred_language"_s, Language::English);
    const QString orgName = row.text(u"organisation"_s);
    if (!orgName.isEmpty()) {
        if (const auto org = m_organisations.constFind(ImportLookups::codeKey(orgName));
            org != m_organisations.cend()) {
            p.organisationId = *org;
        } else if (!row.bad()) {
            // New organisations are created with sector and region left empty, and counted.
            auto saved = m_catalogue.save(Organisation{0, orgName, Sector::Unset, Region::Unset});
            if (!saved) {
                row.error(u"organisation"_s, saved.error());
                return ImportOutcome::Bad;
            }
            p.organisationId = saved.value().id;
            m_organisations.insert(ImportLookups::codeKey(orgName), p.organisationId);
            ++m_organisationsCreated;
        }
    }
    if (!p.email.isEmpty() && !isPlausibleEmail(p.email)) {
        row.error(u"email"_s, Importer::tr("%1 is not an email address").arg(p.email));
        return ImportOutcome::Bad;
    }
    const QString key = personKey(p);
    const QString keyColumn = p.email.isEmpty() ? u"given_name"_s : u"email"_s;
    if (row.bad())
        return ImportOutcome::Bad;
    if (const auto existing = m_peopleByKey.constFind(key); existing != m_peopleByKey.cend()) {
        p.id = existing->id;
        p.version = existing->version;
        if (p == *existing)
            return ImportOutcome::Unchanged;
        row.error(keyColumn,
                  ImportRow::differs(p.email.isEmpty()
                                         ? Importer::tr("participant %1 %2").arg(p.givenName, p.familyName)
                                         : Importer::tr("participant %1").arg(p.email)));
        return ImportOutcome::Bad;
    }
    row.errors(CatalogueService::validateFields(p));
    if (row.bad())
        return ImportOutcome::Bad;
    if (!m_bulk)
        m_bulk = std::make_unique<BulkStore>(m_store.database());
    if (m_nextParticipant == 0)
        m_nextParticipant = m_bulk->firstFreeId(BulkStore::Numbered::Participant);
    p.id = m_nextParticipant++;
    p.version = 1;
    m_bulk->add(p);
    rememberPerson(p);
    return ImportOutcome::Added;
}

ImportOutcome CatalogueRows::cohort(ImportRow& row)
{
    Cohort c;
    c.code = row.text(u"code"_s);
    const QString programmeCode = row.text(u"programme"_s);
    if (auto p = m_store.programmeByCode(programmeCode))
        c.programmeId = p->id;
    else
        row.error(u"programme"_s, Importer::tr("no programme with code %1").arg(programmeCode));
    c.title = row.text(u"title"_s);
    c.startDate = row.date(u"start_date"_s);
    c.endDate = row.date(u"end_date"_s);
    c.deliveryMode = row.term(u"delivery_mode"_s, DeliveryMode::Unset);
    c.venue = row.text(u"venue"_s);
    c.region = row.term(u"region"_s, Region::Unset);
    c.provider = row.text(u"provider"_s);
    c.partner = row.text(u"partner"_s);
    c.capacity = row.number(u"capacity"_s);
    c.headcount = row.number(u"headcount"_s);
    return settle(row, c, m_store.cohortByCode(c.code), u"code"_s, Importer::tr("cohort %1").arg(c.code));
}

ImportOutcome CatalogueRows::network(ImportRow& row)
{
    const auto person = m_lookups.personWithEmail(row, u"email"_s, true);
    NetworkMember m;
    m.joinedOn = row.date(u"joined_on"_s);
    m.leftOn = row.date(u"left_on"_s);
    if (row.bad())
        return ImportOutcome::Bad;
    m.participantId = person->id;
    if (const auto existing = m_store.networkMember(m.participantId)) {
        if (*existing == m)
            return ImportOutcome::Unchanged;
        row.error(u"email"_s,
                  ImportRow::differs(Importer::tr("network membership of %1").arg(person->email)));
        return ImportOutcome::Bad;
    }
    row.errors(m_catalogue.validate(m));
    if (row.bad())
        return ImportOutcome::Bad;
    if (auto saved = m_catalogue.save(m); !saved) {
        row.error(u"email"_s, saved.error());
        return ImportOutcome::Bad;
    }
    return ImportOutcome::Added;
}

} // namespace arwain
