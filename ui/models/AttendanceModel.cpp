// AttendanceModel: built from AttendanceStats (the one place of the attendance rules); it reloads
// whenever sessions, marks or enrolments change.
#include "models/AttendanceModel.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Clock.h"
#include "domain/Parsing.h"
#include "stats/AttendanceStats.h"
#include "stats/Statistics.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
QString rateText(const std::optional<qint64>& r)
{
    return r ? Statistics::formatRate(*r) + u"%"_s : u"–"_s;
}
// Column headings are narrow: a short word for each kind (the full one is in the tooltip).
QString shortKind(SessionKind k)
{
    switch (k) {
    case SessionKind::TeachingDay:
        return AttendanceModel::tr("teaching");
    case SessionKind::ActionLearningSet:
        return AttendanceModel::tr("ALS", "action learning set");
    case SessionKind::GuestSpeaker:
        return AttendanceModel::tr("speaker");
    case SessionKind::Coaching:
        return AttendanceModel::tr("coaching");
    case SessionKind::Workshop:
        return AttendanceModel::tr("workshop");
    case SessionKind::Webinar:
        return AttendanceModel::tr("webinar");
    }
    return {};
}
} // namespace

AttendanceModel::AttendanceModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, [this](DataTables::Table t) {
        if (t == DataTables::Sessions || t == DataTables::Attendance || t == DataTables::Enrolments ||
            t == DataTables::Programmes || t == DataTables::Participants)
            reload();
    });
}

void AttendanceModel::setCohort(qint64 cohortId)
{
    m_cohort = cohortId;
    reload();
}

void AttendanceModel::reload()
{
    beginResetModel();
    m_sheet = {};
    if (m_cohort != 0) {
        auto sheet = AttendanceStats(m_workspace->services()).sheet(m_cohort, Clock::today());
        if (sheet)
            m_sheet = sheet.value();
        else
            m_workspace->reportError(tr("The attendance could not be read: %1").arg(sheet.error()));
    }
    endResetModel();
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.people.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstSession + int(m_sheet.sessions.size());
}

AttendanceCell AttendanceModel::cell(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() < FirstSession)
        return AttendanceCell::NotApplicable;
    return m_sheet.cells.value(index.row())
        .value(index.column() - FirstSession, AttendanceCell::NotApplicable);
}

std::optional<MarkChange> AttendanceModel::change(const QModelIndex& index,
                                                  std::optional<AttendanceMark> mark) const
{
    const AttendanceCell c = cell(index);
    if (index.column() < FirstSession || c == AttendanceCell::NotApplicable)
        return std::nullopt;
    return MarkChange{m_sheet.sessions.at(index.column() - FirstSession).session.id,
                      m_sheet.people.at(index.row()).enrolment.id, mark};
}

int AttendanceModel::columnOf(qint64 sessionId) const
{
    for (int i = 0; i < m_sheet.sessions.size(); ++i)
        if (m_sheet.sessions.at(i).session.id == sessionId)
            return FirstSession + i;
    return -1;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sheet.people.size())
        return {};
    const AttendancePerson& p = m_sheet.people.at(index.row());
    const QString name = labels::personName(p.participant);
    if (index.column() == Name) {
        if (role == Qt::DisplayRole)
            return name;
        if (role == Qt::ToolTipRole)
            return labels::status(p.enrolment.status, m_sheet.programme.kind);
        return {};
    }
    if (index.column() == Rate) {
        if (role == Qt::DisplayRole)
            return rateText(p.all.rate());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%1 present, %2 absent, %3 excused, %4 not recorded")
                .arg(p.all.present)
                .arg(p.all.absent)
                .arg(p.all.excused)
                .arg(p.all.unrecorded);
        return {};
    }
    if (index.column() == Rule) {
        if (role != Qt::DisplayRole)
            return {};
        if (m_sheet.ruleText.isEmpty())
            return QString();
        if (!p.meetsRule)
            return tr("not decided");
        return *p.meetsRule ? tr("meets it") : tr("below it");
    }
    const AttendanceCell c = cell(index);
    const Session& s = m_sheet.sessions.at(index.column() - FirstSession).session;
    auto spoken = [&]() -> QString {
        switch (c) {
        case AttendanceCell::Present:
            return labels::of(AttendanceMark::Present);
        case AttendanceCell::Absent:
            return labels::of(AttendanceMark::Absent);
        case AttendanceCell::Excused:
            return labels::of(AttendanceMark::Excused);
        case AttendanceCell::Unrecorded:
            return tr("not recorded");
        case AttendanceCell::NotYet:
            return tr("still to come");
        case AttendanceCell::NotApplicable:
            return tr("not applicable");
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case AttendanceCell::Present:
            return tr("P", "present");
        case AttendanceCell::Absent:
            return tr("A", "absent");
        case AttendanceCell::Excused:
            return tr("E", "excused");
        case AttendanceCell::NotApplicable:
            return u"–"_s;
        case AttendanceCell::NotYet:
        case AttendanceCell::Unrecorded:
            return QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2 %3: %4")
            .arg(name, dateText(s.date), s.title.isEmpty() ? labels::of(s.kind) : s.title, spoken());
    case Qt::BackgroundRole:
        if (c == AttendanceCell::NotApplicable)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Window);
        return {};
    default:
        return {};
    }
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < FirstSession) {
        if (role != Qt::DisplayRole)
            return {};
        return section == Name ? tr("Participant") : section == Rate ? tr("Attendance") : tr("Rule");
    }
    const AttendanceSessionRow& sr = m_sheet.sessions.value(section - FirstSession);
    if (role == Qt::DisplayRole)
        return QString(QLocale().toString(sr.session.date, u"d MMM"_s) + u"\n"_s +
                       shortKind(sr.session.kind) + u"\n"_s + rateText(sr.count.rate()));
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2), %3: %4 present of %5 counted")
            .arg(sr.session.title.isEmpty() ? labels::of(sr.session.kind) : sr.session.title,
                 labels::of(sr.session.kind), dateText(sr.session.date))
            .arg(sr.count.present)
            .arg(sr.count.counted());
    return {};
}

} // namespace arwain
