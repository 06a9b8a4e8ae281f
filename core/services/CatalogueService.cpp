// CatalogueService: the validation rules of each record and the writes that follow them.
#include "services/CatalogueService.h"

#include "services/Guarded.h"

#include "domain/Parsing.h"
#include "domain/Records.h"
#include "services/FieldError.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

void require(FieldErrors& errors, const QString& value, const QString& field)
{
    if (value.trimmed().isEmpty())
        errors.append({field, CatalogueService::tr("required")});
}

// One-line fields: no line breaks, no control characters (the same rule as imports).
void oneLine(FieldErrors& errors, std::initializer_list<std::pair<const QString&, QString>> fields)
{
    for (const auto& [value, field] : fields)
        if (const auto wrong = unmeantCharacter(value, false))
            errors.append({field, *wrong});
}

// How the audit log names a record, and the person it is about.
QString kindOf(const Programme&)
{
    return u"programme"_s;
}
QString kindOf(const Organisation&)
{
    return u"organisation"_s;
}
QString kindOf(const Cohort&)
{
    return u"cohort"_s;
}
QString kindOf(const Participant&)
{
    return u"participant"_s;
}
QString subjectOf(const Programme& p)
{
    return p.code;
}
QString subjectOf(const Organisation& o)
{
    return o.name;
}
QString subjectOf(const Cohort& c)
{
    return c.code;
}
QString subjectOf(const Participant& p)
{
    const QString name = p.givenName + u' ' + p.familyName;
    return p.email.isEmpty() ? name : name + u" <"_s + p.email + u'>';
}
template <typename T> qint64 personOf(const T&)
{
    return 0;
}
template <> qint64 personOf(const Participant& p)
{
    return p.id;
}

template <typename T> void auditRecord(Store& store, const T& record, const char* what)
{
    store.database().audit(kindOf(record) + u'.' + QLatin1StringView(what), subjectOf(record), {},
                           personOf(record));
}

template <typename T, typename Insert, typename Update>
Result<T> saveWith(Store& store, T record, const FieldErrors& errors, Insert insert, Update update)
{
    if (!errors.isEmpty())
        return fail(CatalogueService::describe(errors));
    Result<void> written = store.database().write([&]() -> Result<void> {
        if (record.id == 0) {
            record.id = insert(record);
            record.version = 1;
            auditRecord(store, record, "add");
        } else {
            record.version = update(record);
            auditRecord(store, record, "edit");
        }
        return {};
    });
    if (!written)
        return written.toError();
    return record;
}

} // namespace

QString CatalogueService::describe(const FieldErrors& errors)
{
    QStringList parts;
    for (const FieldError& e : errors)
        parts << e.field + u": "_s + e.message;
    return parts.join(u"; "_s);
}

FieldErrors CatalogueService::validate(const Programme& p) const
{
    FieldErrors errors;
    // What the checks read: a database that cannot be read is one error of the whole record.
    if (auto read = guarded([&]() -> Result<void> {
            require(errors, p.code, u"code"_s);
            require(errors, p.name, u"name"_s);
            oneLine(errors, {{p.code, u"code"_s}, {p.name, u"name"_s}, {p.welshName, u"welsh_name"_s}});
            if (p.code.contains(u' '))
                errors.append({u"code"_s, tr("a code has no spaces")});
            if (const auto other = m_store.programmeByCode(p.code); other && other->id != p.id)
                errors.append({u"code"_s, tr("programme %1 already exists").arg(p.code)});
            if (p.attendanceThreshold < 0 || p.attendanceThreshold > 100)
                errors.append({u"attendance_threshold"_s, tr("a percentage from 1 to 100, or none")});
            return {};
        });
        !read)
        errors.append({QString(), tr("the database could not be read: %1").arg(read.error())});
    return errors;
}

FieldErrors CatalogueService::validate(const Organisation& o) const
{
    FieldErrors errors;
    // What the checks read: a database that cannot be read is one error of the whole record.
    if (auto read = guarded([&]() -> Result<void> {
            require(errors, o.name, u"name"_s);
            oneLine(errors, {{o.name, u"name"_s}});
            if (const auto other = m_store.organisationByName(o.name); other && other->id != o.id)
                errors.append({u"name"_s, tr("organisation %1 already exists").arg(o.name)});
            return {};
        });
        !read)
        errors.append({QString(), tr("the database could not be read: %1").arg(read.error())});
    return errors;
}

FieldErrors CatalogueService::validate(const Cohort& c) const
{
    FieldErrors errors;
    // What the checks read: a database that cannot be read is one error of the whole record.
    if (auto read = guarded([&]() -> Result<void> {
            require(errors, c.code, u"code"_s);
            oneLine(errors, {{c.code, u"code"_s},
                             {c.title, u"title"_s},
                             {c.venue, u"venue"_s},
                             {c.provider, u"provider"_s},
                             {c.partner, u"partner"_s}});
            if (c.code.contains(u' '))
                errors.append({u"code"_s, tr("a code has no spaces")});
            if (const auto other = m_store.cohortByCode(c.code); other && other->id != c.id)
                errors.append({u"code"_s, tr("cohort %1 already exists").arg(c.code)});
            if (!m_store.programmeById(c.programmeId))
                errors.append({u"programme"_s, tr("no such programme")});
            if (!c.startDate.isValid())
                errors.append({u"start_date"_s, tr("required")});
            if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
                errors.append({u"end_date"_s, tr("the end date %1 is before the start date %2")
                                                  .arg(dateText(c.endDate), dateText(c.startDate))});
            if (c.capacity && *c.capacity <= 0)
                errors.append({u"capacity"_s, tr("capacity must be a whole number above 0")});
            if (c.headcount && *c.headcount < 0)
                errors.append({u"headcount"_s, tr("headcount cannot be negative")});
            if (c.id != 0 && c.capacity) {
                const int taken = m_store.placesTaken(c.id);
                if (taken > *c.capacity)
                    errors.append({u"capacity"_s, tr("%1 places are already taken; capacity cannot be %2")
                                                      .arg(taken)
                                                      .arg(*c.capacity)});
            }
            return {};
        });
        !read)
        errors.append({QString(), tr("the database could not be read: %1").arg(read.error())});
    return errors;
}

FieldErrors CatalogueService::validateFields(const Participant& p)
{
    FieldErrors errors;
    require(errors, p.givenName, u"given_name"_s);
    require(errors, p.familyName, u"family_name"_s);
    oneLine(errors,
            {{p.givenName, u"given_name"_s}, {p.familyName, u"family_name"_s}, {p.email, u"email"_s}});
    if (!p.email.isEmpty() && !isPlausibleEmail(p.email))
        errors.append({u"email"_s, tr("%1 is not an email address").arg(p.email)});
    return errors;
}

FieldErrors CatalogueService::validate(const Participant& p) const
{
    FieldErrors errors = validateFields(p);
    // What the checks read: a database that cannot be read is one error of the whole record.
    if (auto read = guarded([&]() -> Result<void> {
            if (!p.email.isEmpty() && isPlausibleEmail(p.email)) {
                if (const auto other = m_store.participantByEmail(p.email); other && other->id != p.id)
                    errors.append({u"email"_s, tr("%1 is already used by %2 %3")
                                                   .arg(p.email, other->givenName, other->familyName)});
            }
            if (p.organisationId != 0 && !m_store.organisationById(p.organisationId))
                errors.append({u"organisation"_s, tr("no such organisation")});
            return {};
        });
        !read)
        errors.append({QString(), tr("the database could not be read: %1").arg(read.error())});
    return errors;
}

FieldErrors CatalogueService::validate(const NetworkMember& m) const
{
    FieldErrors errors;
    // What the checks read: a database that cannot be read is one error of the whole record.
    if (auto read = guarded([&]() -> Result<void> {
            if (!m_store.participantById(m.participantId))
                errors.append({u"email"_s, tr("no such participant")});
            if (!m.joinedOn.isValid())
                errors.append({u"joined_on"_s, tr("required")});
            if (m.joinedOn.isValid() && m.leftOn.isValid() && m.leftOn < m.joinedOn)
                errors.append({u"left_on"_s, tr("the date left %1 is before the date joined %2")
                                                 .arg(dateText(m.leftOn), dateText(m.joinedOn))});
            return {};
        });
        !read)
        errors.append({QString(), tr("the database could not be read: %1").arg(read.error())});
    return errors;
}

namespace {
template <typename T, typename Insert>
Result<void> restoreWith(Store& store, const T& record, const FieldErrors& errors, Insert insert)
{
    if (!errors.isEmpty())
        return fail(CatalogueService::describe(errors));
    return store.database().write([&]() -> Result<void> {
        insert(record);
        auditRecord(store, record, "restore");
        return {};
    });
}
} // namespace

Result<void> CatalogueService::restore(const Cohort& c)
{
    return restoreWith(m_store, c, validate(c), [this](const Cohort& r) { m_store.insertCohort(r); });
}

Result<void> CatalogueService::restore(const Participant& p)
{
    return restoreWith(m_store, p, validate(p),
                       [this](const Participant& r) { m_store.insertParticipant(r); });
}

Result<void> CatalogueService::restore(const Organisation& o)
{
    return restoreWith(m_store, o, validate(o),
                       [this](const Organisation& r) { m_store.insertOrganisation(r); });
}

Result<void> CatalogueService::removeCohort(qint64 id)
{
    return m_store.database().write([&]() -> Result<void> {
        if (m_store.referencesToCohort(id) > 0)
            return fail(tr("the cohort has enrolments, sessions or feedback; it cannot be removed"));
        if (auto c = m_store.cohortById(id))
            auditRecord(m_store, *c, "remove");
        m_store.removeCohort(id);
        return {};
    });
}

Result<void> CatalogueService::removeParticipant(qint64 id)
{
    return m_store.database().write([&]() -> Result<void> {
        if (m_store.referencesToParticipant(id) > 0)
            return fail(
                tr("the participant has enrolments, feedback or network membership; they cannot be removed"));
        if (auto p = m_store.participantById(id))
            auditRecord(m_store, *p, "remove");
        m_store.removeParticipant(id);
        return {};
    });
}

Result<void> CatalogueService::removeOrganisation(qint64 id)
{
    return m_store.database().write([&]() -> Result<void> {
        if (m_store.referencesToOrganisation(id) > 0)
            return fail(tr("people belong to this organisation; it cannot be removed"));
        if (auto o = m_store.organisationById(id))
            auditRecord(m_store, *o, "remove");
        m_store.removeOrganisation(id);
        return {};
    });
}

Result<Programme> CatalogueService::save(Programme p)
{
    return guarded([&] {
        return saveWith(
            m_store, p, validate(p), [this](const Programme& r) { return m_store.insertProgramme(r); },
            [this](const Programme& r) { return m_store.updateProgramme(r); });
    });
}

Result<Organisation> CatalogueService::save(Organisation o)
{
    return guarded([&] {
        return saveWith(
            m_store, o, validate(o), [this](const Organisation& r) { return m_store.insertOrganisation(r); },
            [this](const Organisation& r) { return m_store.updateOrganisation(r); });
    });
}

Result<Cohort> CatalogueService::save(Cohort c)
{
    return guarded([&] {
        return saveWith(
            m_store, c, validate(c), [this](const Cohort& r) { return m_store.insertCohort(r); },
            [this](const Cohort& r) { return m_store.updateCohort(r); });
    });
}

Result<Participant> CatalogueService::save(Participant p)
{
    p.email = normaliseEmail(p.email);
    return guarded([&] {
        return saveWith(
            m_store, p, validate(p), [this](const Participant& r) { return m_store.insertParticipant(r); },
            [this](const Participant& r) { return m_store.updateParticipant(r); });
    });
}

Result<void> CatalogueService::save(const NetworkMember& m)
{
    const FieldErrors errors = validate(m);
    if (!errors.isEmpty())
        return fail(describe(errors));
    return m_store.database().write([&]() -> Result<void> {
        if (m_store.networkMember(m.participantId))
            return fail(tr("already a member of the network"));
        m_store.insertNetworkMember(m);
        if (auto p = m_store.participantById(m.participantId))
            m_store.database().audit(u"network.join"_s, subjectOf(*p), {}, p->id);
        return {};
    });
}

} // namespace arwain
