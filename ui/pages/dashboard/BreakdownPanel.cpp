// BreakdownPanel: one row per region, sector or role; the key as counted is kept under the label shown.
#include "pages/dashboard/BreakdownPanel.h"

#include "Labels.h"
#include "pages/PageWidgets.h"
#include "pages/dashboard/RateText.h"
#include "stats/DashboardFigures.h"
#include "stats/StatsResult.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace arwain {

BreakdownPanel::BreakdownPanel(QWidget* parent) : QWidget(parent)
{
    m_breakdownBy = new QComboBox;
    m_breakdownBy->setAccessibleName(tr("Break down by"));
    m_breakdownBy->addItem(tr("Region"), toText(Breakdown::Region));
    m_breakdownBy->addItem(tr("Sector"), toText(Breakdown::Sector));
    m_breakdownBy->addItem(tr("Job role"), toText(Breakdown::Role));
    m_breakdown = new QTableWidget;
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakdown->verticalHeader()->hide();
    connect(m_breakdownBy, &QComboBox::currentIndexChanged, this, &BreakdownPanel::showTable);
    connect(m_breakdown, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const auto by =
            fromText<Breakdown>(m_breakdownBy->currentData().toString()).value_or(Breakdown::Region);
        Q_EMIT drillDownRequested(by, m_breakdown->item(row, 0)->data(Qt::UserRole).toString(), std::nullopt);
    });
    auto* bl = new QVBoxLayout(this);
    auto* byRow = new QHBoxLayout;
    byRow->addWidget(buddyLabel(tr("&Break down by:"), m_breakdownBy));
    byRow->addWidget(m_breakdownBy);
    byRow->addStretch();
    bl->addLayout(byRow);
    bl->addWidget(m_breakdown, 1);
    bl->addWidget(new QLabel(tr("Double-click a row to see the people behind it.")));
}

void BreakdownPanel::showFigures(const DashboardFigures& f)
{
    m_figures = f;
    showTable();
}

void BreakdownPanel::showTable()
{
    const DashboardFigures& f = m_figures;
    const auto by = fromText<Breakdown>(m_breakdownBy->currentData().toString()).value_or(Breakdown::Region);
    const StatsResult& r = by == Breakdown::Sector ? f.sectors : by == Breakdown::Role ? f.roles : f.regions;
    const QStringList headers = {m_breakdownBy->currentText(),
                                 tr("Participants"),
                                 tr("Completed"),
                                 tr("Deferred"),
                                 tr("Withdrawn"),
                                 tr("In progress"),
                                 tr("Completion rate")};
    QList<QStringList> rows;
    for (const StatsRow& row : r.rows)
        rows << QStringList{labels::term(row.key),
                            QString::number(row.participants),
                            QString::number(row.completed),
                            QString::number(row.deferred),
                            QString::number(row.withdrawn),
                            QString::number(row.inProgress),
                            rateText(row.rate)};
    fillTextTable(m_breakdown, headers, rows);
    // Drill-down needs the key as counted, not as shown (in Welsh they differ).
    for (int i = 0; i < r.rows.size(); ++i)
        m_breakdown->item(i, 0)->setData(Qt::UserRole, r.rows.at(i).key);
}

} // namespace arwain
