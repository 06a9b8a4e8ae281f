// AuditLog: the audit log read back, in words, and written out.
#include "services/AuditLog.h"

#include "io/csv/CsvWriter.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace arwain {

Result<QList<AuditEntry>> AuditLog::entries(const QDateTime& since, int limit) const
{
    try {
        return m_store.auditEntries(since, limit);
    } catch (const StorageError& e) {
        return fail(tr("the audit log could not be read: %1").arg(e.message()));
    }
}

QString AuditLog::actionText(const QString& action)
{
    // Looked up each time, so the words follow a change of interface language.
    const QHash<QString, QString> words{
        {u"file.upgrade"_s, tr("File upgraded")},
        {u"file.generate"_s, tr("Synthetic data generated")},
        {u"change"_s, tr("Changed")},
        {u"import"_s, tr("Imported")},
        {u"survey.import"_s, tr("Survey imported")},
        {u"programme.add"_s, tr("Programme added")},
        {u"programme.edit"_s, tr("Programme edited")},
        {u"organisation.add"_s, tr("Organisation added")},
        {u"organisation.edit"_s, tr("Organisation edited")},
        {u"organisation.remove"_s, tr("Organisation removed")},
        {u"organisation.restore"_s, tr("Organisation put back")},
        {u"cohort.add"_s, tr("Cohort added")},
        {u"cohort.edit"_s, tr("Cohort edited")},
        {u"cohort.remove"_s, tr("Cohort removed")},
        {u"cohort.restore"_s, tr("Cohort put back")},
        {u"participant.add"_s, tr("Participant added")},
        {u"participant.edit"_s, tr("Participant edited")},
        {u"participant.remove"_s, tr("Participant removed")},
        {u"participant.restore"_s, tr("Participant put back")},
        {u"participant.anonymise"_s, tr("Participant anonymised")},
        {u"network.join"_s, tr("Joined the network")},
        {u"enrolment.add"_s, tr("Enrolled")},
        {u"enrolment.import"_s, tr("Enrolment imported")},
        {u"enrolment.status"_s, tr("Status changed")},
        {u"enrolment.revert"_s, tr("Change reverted")},
        {u"enrolment.remove"_s, tr("Enrolment removed")},
        {u"session.add"_s, tr("Session added")},
        {u"session.edit"_s, tr("Session edited")},
        {u"session.remove"_s, tr("Session removed")},
        {u"session.restore"_s, tr("Session put back")},
        {u"attendance.mark"_s, tr("Attendance marked")},
        {u"feedback.add"_s, tr("Feedback added")},
        {u"feedback.edit"_s, tr("Feedback edited")},
        {u"feedback.remove"_s, tr("Feedback removed")},
        {u"feedback.restore"_s, tr("Feedback put back")},
        {u"setting.retention"_s, tr("Retention period set")},
        {u"setting.suppression"_s, tr("Small-number suppression set")},
        {u"retention.apply"_s, tr("Retention rule applied")},
    };
    return words.value(action, action);
}

QString AuditLog::subjectText(const AuditEntry& e)
{
    if (e.participantId != 0 && e.subject.isEmpty())
        return tr("(anonymised person)");
    return e.subject;
}

QString AuditLog::table(const QList<AuditEntry>& entries)
{
    if (entries.isEmpty())
        return tr("No entries.") + u'\n';
    const QStringList heads{tr("When"), tr("Who"), tr("What"), tr("About"), tr("Detail")};
    QList<QStringList> rows;
    for (const AuditEntry& e : entries)
        rows << QStringList{e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.actor,
                            actionText(e.action), subjectText(e), e.detail};
    QList<qsizetype> widths(heads.size(), 0);
    for (qsizetype c = 0; c < heads.size(); ++c) {
        widths[c] = heads.at(c).size();
        for (const QStringList& r : rows)
            widths[c] = std::max(widths[c], r.at(c).size());
    }
    QString out;
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded << (c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c)) : cells.at(c));
        out += padded.join(u"  "_s) + u'\n';
    };
    line(heads);
    for (const QStringList& r : rows)
        line(r);
    return out;
}

QString AuditLog::json(const QList<AuditEntry>& entries)
{
    QJsonArray list;
    for (const AuditEntry& e : entries)
        list.append(QJsonObject{{u"at"_s, e.at.toUTC().toString(Qt::ISODate)},
                                {u"by"_s, e.actor},
                                {u"action"_s, e.action},
                                {u"about"_s, subjectText(e)},
                                {u"detail"_s, e.detail}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
}

bool AuditLog::csv(const QList<AuditEntry>& entries, QIODevice& device)
{
    CsvWriter w(device);
    w.writeRow({u"at"_s, u"by"_s, u"action"_s, u"about"_s, u"detail"_s});
    for (const AuditEntry& e : entries)
        w.writeRow({e.at.toUTC().toString(Qt::ISODate), e.actor, e.action,
                    e.participantId != 0 && e.subject.isEmpty() ? u"(anonymised)"_s : e.subject, e.detail});
    return w.ok();
}

} // namespace arwain
