// DashboardTiles: tiles three to a row, rebuilt for every new set of figures.
#include "pages/dashboard/DashboardTiles.h"

#include "Labels.h"

#include "Workspace.h"
#include "domain/Records.h"
#include "pages/dashboard/RateText.h"
#include "services/Directory.h"
#include "stats/DashboardFigures.h"
#include "stats/Statistics.h"
#include "stats/StatsResult.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace arwain {

DashboardTiles::DashboardTiles(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_tiles = new QGridLayout(this);
    m_tiles->setContentsMargins(0, 0, 0, 0);
}

QLabel* DashboardTiles::tile(const QString& programme) const
{
    return findChild<QLabel*>(u"tile-"_s + programme);
}

QLabel* DashboardTiles::attendanceTile(const QString& programme) const
{
    return findChild<QLabel*>(u"attendance-"_s + programme);
}

namespace {

QLabel* newTile(const QString& name)
{
    auto* tile = new QLabel;
    tile->setObjectName(name);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setTextFormat(Qt::RichText);
    tile->setWordWrap(true);
    tile->setMargin(8);
    tile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    tile->setFocusPolicy(Qt::StrongFocus);
    return tile;
}

} // namespace

void DashboardTiles::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // After the layout has given the tiles their new widths.
    QTimer::singleShot(0, this, &DashboardTiles::fitHeights);
}

void DashboardTiles::fitHeights()
{
    for (QLabel* label : findChildren<QLabel*>(Qt::FindDirectChildrenOnly))
        if (label->wordWrap() && label->width() > 0)
            label->setMinimumHeight(label->heightForWidth(label->width()));
}

void DashboardTiles::showFigures(const DashboardFigures& f)
{
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QHash<QString, Programme> programmes;
    if (auto list = m_workspace->directory().programmes())
        for (const Programme& p : list.value())
            programmes.insert(p.code, p);
    const QString definition = Statistics::describe(f.query.definition).toHtmlEscaped();
    int i = 0;
    for (const StatsRow& r : f.programmes.rows) {
        const Programme p = programmes.value(r.key);
        const bool single = r.attendedOnly;
        QLabel* tile = newTile(u"tile-"_s + r.key);
        tile->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        tile->setAccessibleName(single ? tr("%1: %Ln attended", nullptr, r.completed).arg(r.key)
                                       : tr("%1: completion rate %2").arg(r.key, rateText(r.rate)));
        auto link = [](const QString& what, int n, const QString& text) {
            return u"<a href=\"%1\">%2&nbsp;%3</a>"_s.arg(what, countText(n),
                                                          text.toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
        };
        QStringList counts{link(u"all"_s, r.participants, tr("participants")),
                           link(u"completed"_s, r.completed, single ? tr("attended") : tr("completed")),
                           link(u"deferred"_s, r.deferred, tr("deferred")),
                           link(u"withdrawn"_s, r.withdrawn, tr("withdrawn")),
                           link(u"enrolled"_s, r.inProgress, tr("in progress"))};
        if (single) {
            // People attend a single session: a count, not a completion rate.
            QString note = tr("single sessions: people attend, so there is no completion rate");
            if (r.headcount > 0)
                note +=
                    u"; "_s + tr("%1 of them a headcount (counted, not named)").arg(countText(r.headcount));
            tile->setText(
                u"<b>%1</b> %2<br><span style=\"font-size:20pt\">%3</span><br><small>%4</small><br>%5"_s.arg(
                    r.key.toHtmlEscaped(), labels::programmeName(p).toHtmlEscaped(),
                    tr("%Ln attended", nullptr, r.completed).toHtmlEscaped(), note.toHtmlEscaped(),
                    tr("%Ln cohort(s) or session(s)", nullptr, r.cohorts).toHtmlEscaped() + u" · "_s +
                        link(u"all"_s, r.participants - r.headcount, tr("named attendees"))));
        } else {
            tile->setText(
                u"<b>%1</b> %2<br><span style=\"font-size:20pt\">%3</span><br><small>%4</small><br>%5<br>%6"_s
                    .arg(r.key.toHtmlEscaped(), labels::programmeName(p).toHtmlEscaped(), rateText(r.rate),
                         definition, counts.join(u" · "_s),
                         tr("Eventual completion %1 (%2 of %3 people)")
                             .arg(rateText(r.eventualRate))
                             .arg(countText(r.eventuallyCompleted), countText(r.people))
                             .toHtmlEscaped()));
        }
        const QString key = r.key;
        connect(tile, &QLabel::linkActivated, this, [this, key](const QString& what) {
            Q_EMIT drillDownRequested(Breakdown::Programme, key,
                                      what == u"all"_s ? std::nullopt : fromText<Status>(what));
        });
        m_tiles->addWidget(tile, i / 3, i % 3);
        ++i;
    }
    if (i == 0) {
        auto* none = new QLabel(tr("No enrolments match these filters in this period."));
        m_tiles->addWidget(none, 0, 0);
        i = 1;
    }
    addAttendanceTiles(f, (i + 2) / 3);
    QTimer::singleShot(0, this, &DashboardTiles::fitHeights);
}

void DashboardTiles::addAttendanceTiles(const DashboardFigures& f, int firstRow)
{
    if (f.attendance.isEmpty())
        return;
    auto* heading = new QLabel(tr("Attendance at the sessions held: present ÷ (present + absent); excused "
                                  "sessions and blank registers are left out."));
    heading->setWordWrap(true);
    m_tiles->addWidget(heading, firstRow, 0, 1, 3);
    int i = 0;
    for (const AttendanceSummary& a : f.attendance) {
        QLabel* tile = newTile(u"attendance-"_s + a.programme);
        const QString rate = rateText(a.total.rate());
        tile->setAccessibleName(tr("%1: attendance %2").arg(a.programme, rate));
        QString rule;
        if (a.ruleText.isEmpty())
            rule = tr("No attendance rule for this programme.");
        else if (a.ruleDecided < a.people)
            rule = tr("Rule: %1. %2 of %3 people meet it; %4 not decided yet (registers blank or "
                      "sessions to come).")
                       .arg(a.ruleText)
                       .arg(countText(a.ruleMet), countText(a.people), countText(a.people - a.ruleDecided));
        else
            rule = tr("Rule: %1. %2 of %3 people meet it.")
                       .arg(a.ruleText, countText(a.ruleMet), countText(a.people));
        // Compact (two lines) so that the charts below stay in view.
        tile->setText(u"<b>%1 %2 %3</b> · <small>%4</small><br><small>%5</small>"_s.arg(
            a.programme.toHtmlEscaped(), tr("attendance").toHtmlEscaped(), rate,
            tr("%1 present of %2 counted · %Ln session(s) held", nullptr, a.sessionsHeld)
                .arg(countText(a.total.present), countText(a.total.counted()))
                .toHtmlEscaped(),
            rule.toHtmlEscaped()));
        m_tiles->addWidget(tile, firstRow + 1 + i / 3, i % 3);
        ++i;
    }
}

} // namespace arwain
