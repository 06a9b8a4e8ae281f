// Exporter: each record written in the words and date format the importer expects.
#include "io/csv/Exporter.h"

#include "domain/Parsing.h"
#include "domain/Records.h"
#include "io/csv/CsvWriter.h"
#include "io/xlsx/XlsxColumn.h"
#include "io/xlsx/XlsxWriter.h"
#include "storage/Database.h"
#include "storage/FeedbackStore.h"
#include "storage/SessionStore.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

QString number(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QString();
}

// Cohorts sort by start date, then code: the same order in every database, whatever the row ids.
std::pair<QDate, QString> cohortOrder(const Cohort& c)
{
    return {c.startDate, c.code.toLower()};
}

template <typename T> QHash<qint64, T> byId(const QList<T>& list)
{
    QHash<qint64, T> out;
    for (const T& item : list)
        out.insert(item.id, item);
    return out;
}

} // namespace

Result<QList<QStringList>> Exporter::rows(CsvKind kind) const
{
    QList<QStringList> out;
    try {
        switch (kind) {
        case CsvKind::Programmes:
            for (const Programme& p : m_store.programmes())
                out << QStringList{p.code, p.name, p.welshName, toText(p.kind)};
            break;
        case CsvKind::Organisations:
            for (const Organisation& o : m_store.organisations())
                out << QStringList{o.name, toText(o.sector), toText(o.region)};
            break;
        case CsvKind::Participants: {
            const auto orgs = byId(m_store.organisations());
            for (const Participant& p : m_store.participants())
                out << QStringList{p.givenName,       p.familyName,
                                   p.email,           orgs.value(p.organisationId).name,
                                   toText(p.jobRole), toText(p.preferredLanguage)};
            break;
        }
        case CsvKind::Cohorts: {
            const auto programmes = byId(m_store.programmes());
            for (const Cohort& c : m_store.cohorts())
                out << QStringList{c.code,
                                   programmes.value(c.programmeId).code,
                                   c.title,
                                   dateText(c.startDate),
                                   dateText(c.endDate),
                                   toText(c.deliveryMode),
                                   c.venue,
                                   toText(c.region),
                                   c.provider,
                                   c.partner,
                                   number(c.capacity),
                                   number(c.headcount)};
            break;
        }
        case CsvKind::Enrolments: {
            const auto people = byId(m_store.participants());
            const auto cohorts = byId(m_store.cohorts());
            const auto enrolments = byId(m_store.enrolments());
            // Resumed enrolments come after the ones they continue, so the file imports in order.
            for (const Enrolment& e : m_store.enrolments()) {
                const QString continues =
                    e.continuesId ? cohorts.value(enrolments.value(e.continuesId).cohortId).code : QString();
                out << QStringList{people.value(e.participantId).email,
                                   cohorts.value(e.cohortId).code,
                                   toText(e.status),
                                   dateText(e.statusDate),
                                   toText(e.reason),
                                   e.note,
                                   continues};
            }
            break;
        }
        case CsvKind::Sessions: {
            const auto cohorts = byId(m_store.cohorts());
            const auto people = byId(m_store.participants());
            QList<Session> sessions = SessionStore(m_store.database()).sessions();
            std::stable_sort(sessions.begin(), sessions.end(), [&](const Session& a, const Session& b) {
                return std::pair(cohortOrder(cohorts.value(a.cohortId)), a.date) <
                       std::pair(cohortOrder(cohorts.value(b.cohortId)), b.date);
            });
            for (const Session& s : sessions)
                out << QStringList{cohorts.value(s.cohortId).code,
                                   dateText(s.date),
                                   toText(s.kind),
                                   s.title,
                                   s.startTime.isValid() ? s.startTime.toString(u"HH:mm"_s) : QString(),
                                   s.facilitator,
                                   s.venue,
                                   s.participantId ? people.value(s.participantId).email : QString()};
            break;
        }
        case CsvKind::Attendance: {
            const auto people = byId(m_store.participants());
            const auto enrolments = byId(m_store.enrolments());
            const SessionStore sessionStore(m_store.database());
            const auto sessions = byId(sessionStore.sessions());
            const auto cohorts = byId(m_store.cohorts());
            QList<Attendance> marks = sessionStore.attendance();
            std::stable_sort(marks.begin(), marks.end(), [&](const Attendance& a, const Attendance& b) {
                const Session sa = sessions.value(a.sessionId), sb = sessions.value(b.sessionId);
                return std::tuple(cohortOrder(cohorts.value(sa.cohortId)), sa.date, sa.startTime,
                                  a.enrolmentId) < std::tuple(cohortOrder(cohorts.value(sb.cohortId)),
                                                              sb.date, sb.startTime, b.enrolmentId);
            });
            for (const Attendance& a : marks) {
                const Session s = sessions.value(a.sessionId);
                out << QStringList{cohorts.value(s.cohortId).code, dateText(s.date),
                                   s.startTime.isValid() ? s.startTime.toString(u"HH:mm"_s) : QString(),
                                   people.value(enrolments.value(a.enrolmentId).participantId).email,
                                   toText(a.mark)};
            }
            break;
        }
        case CsvKind::Feedback: {
            const auto people = byId(m_store.participants());
            const auto cohorts = byId(m_store.cohorts());
            for (const Feedback& f : FeedbackStore(m_store.database()).feedback())
                out << QStringList{cohorts.value(f.cohortId).code,
                                   f.participantId ? people.value(f.participantId).email : QString(),
                                   toText(f.metNeeds),
                                   toText(f.metExpectations),
                                   toText(f.learnedUsable),
                                   toText(f.relevant),
                                   toText(f.recommend),
                                   f.comment};
            break;
        }
        case CsvKind::Network: {
            const auto people = byId(m_store.participants());
            for (const NetworkMember& m : m_store.networkMembers())
                out << QStringList{people.value(m.participantId).email, dateText(m.joinedOn),
                                   dateText(m.leftOn)};
            break;
        }
        }
    } catch (const StorageError& e) {
        return fail(e.message());
    }
    return out;
}

Result<int> Exporter::write(CsvKind kind, QIODevice& device, bool byteOrderMark) const
{
    auto data = rows(kind);
    if (!data)
        return data.toError();
    CsvWriter writer(device, byteOrderMark);
    writer.writeRow(csvColumnNames(kind));
    for (const QStringList& row : data.value())
        writer.writeRow(row);
    if (!writer.ok())
        return fail(tr("could not write the file: %1").arg(device.errorString()));
    return int(data.value().size());
}

Result<int> Exporter::writeXlsx(CsvKind kind, const QString& path) const
{
    auto data = rows(kind);
    if (!data)
        return data.toError();
    static const QStringList dates = {u"start_date"_s,   u"end_date"_s,  u"status_date"_s, u"date"_s,
                                      u"session_date"_s, u"joined_on"_s, u"left_on"_s};
    QList<XlsxColumn> columns;
    for (const QString& name : csvColumnNames(kind))
        columns << XlsxColumn{name, dates.contains(name)                                ? XlsxColumn::Date
                                    : (name == u"capacity"_s || name == u"headcount"_s) ? XlsxColumn::Integer
                                                                                        : XlsxColumn::Text};
    if (auto written = XlsxWriter::write(path, toText(kind), columns, data.value()); !written)
        return written.toError();
    return int(data.value().size());
}

} // namespace arwain
