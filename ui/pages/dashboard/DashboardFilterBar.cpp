// DashboardFilterBar: the filter boxes, the years that hold cohorts, and the query they make.
#include "pages/dashboard/DashboardFilterBar.h"

#include "Labels.h"
#include "Workspace.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/ReportingYear.h"
#include "pages/PageWidgets.h"
#include "report/ReportFigures.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"
#include "stats/Statistics.h"
#include "stats/StatsQuery.h"

#include "widgets/DateField.h"
#include "widgets/FlowLayout.h"
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {

template <typename Combo> void addTerms(QComboBox* box, const QString& all)
{
    box->addItem(all, QString());
    for (const auto& [value, words] : Terms<Combo>::list)
        box->addItem(labels::of(value), toText(value));
}

template <typename E> std::optional<E> chosen(const QComboBox* box)
{
    const QString t = box->currentData().toString();
    return t.isEmpty() ? std::nullopt : fromText<E>(t);
}

} // namespace

DashboardFilterBar::DashboardFilterBar(Workspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto combo = [](const QString& name) {
        auto* box = new QComboBox;
        box->setAccessibleName(name);
        return box;
    };
    m_year = combo(tr("Reporting year"));
    m_from = new DateField(ReportingYear::containing(Clock::today()).start(), tr("From"));
    m_to = new DateField(Clock::today(), tr("To"));
    m_from->setVisible(false);
    m_to->setVisible(false);
    m_programme = combo(tr("Programme filter"));
    m_programme->addItem(tr("All programmes"), QString());
    if (auto programmes = workspace->directory().programmes())
        for (const Programme& p : programmes.value())
            m_programme->addItem(p.code, p.code);
    m_region = combo(tr("Region filter"));
    addTerms<Region>(m_region, tr("All regions"));
    m_sector = combo(tr("Sector filter"));
    addTerms<Sector>(m_sector, tr("All sectors"));
    m_role = combo(tr("Job role filter"));
    addTerms<JobRole>(m_role, tr("All roles"));
    m_mode = combo(tr("Delivery mode filter"));
    addTerms<DeliveryMode>(m_mode, tr("Any delivery mode"));
    m_definition = combo(tr("Completion-rate definition"));
    m_definition->addItem(tr("Published"), toText(Definition::Published));
    m_definition->addItem(tr("Excluding deferrals"), toText(Definition::ExcludingDeferrals));
    m_definition->addItem(tr("Finished only"), toText(Definition::FinishedOnly));
    m_asAtOn = new QCheckBox(tr("As &at"));
    m_asAtOn->setAccessibleName(tr("Figures as at a past date"));
    m_asAt = new DateField(Clock::today(), tr("As at date"));
    m_asAt->setMaximumDate(Clock::today());
    m_asAt->setEnabled(false);
    fillYears();

    // Both rows wrap when the window is narrow (1024×768, 200% scaling) rather than widen it; a label
    // stays with its box.
    auto pair = [](QWidget* a, QWidget* b) {
        auto* both = new QWidget;
        auto* row = new QHBoxLayout(both);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(a);
        row->addWidget(b);
        return both;
    };
    auto* filtersRow = new QWidget;
    auto* filters = new FlowLayout(filtersRow, 6);
    filters->addWidget(pair(buddyLabel(tr("&Year:"), m_year), m_year));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_from, m_to, m_programme, m_region, m_sector, m_role, m_mode})
        filters->addWidget(w);
    auto* secondRow = new QWidget;
    auto* second = new FlowLayout(secondRow, 6);
    second->addWidget(pair(buddyLabel(tr("&Definition:"), m_definition), m_definition));
    second->addWidget(pair(m_asAtOn, m_asAt));
    auto* exportChart = new QPushButton(tr("Export &chart…"));
    auto* exportFigures = new QPushButton(tr("E&xport figures…"));
    second->addWidget(exportChart);
    second->addWidget(exportFigures);
    m_definitionText = new QLabel;
    m_definitionText->setWordWrap(true);
    connect(exportChart, &QPushButton::clicked, this, &DashboardFilterBar::exportChartRequested);
    connect(exportFigures, &QPushButton::clicked, this, &DashboardFilterBar::exportFiguresRequested);
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addWidget(filtersRow);
    rows->addWidget(secondRow);
    rows->addWidget(m_definitionText);

    for (QComboBox* box : {m_year, m_programme, m_region, m_sector, m_role, m_mode, m_definition})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::onChange);
    for (DateField* d : {m_from, m_to, m_asAt})
        connect(d, &DateField::dateChanged, this, &DashboardFilterBar::onChange);
    connect(m_asAtOn, &QCheckBox::toggled, this, [this](bool on) {
        m_asAt->setEnabled(on);
        onChange();
    });
    onChange();
}

void DashboardFilterBar::onChange()
{
    const bool range = m_year->currentData().toInt() == -2;
    m_from->setVisible(range);
    m_to->setVisible(range);
    m_definitionText->setText(tr("Completion rate: %1").arg(Statistics::describe(query().definition)));
    Q_EMIT changed();
}

QString DashboardFilterBar::definitionName() const
{
    return m_definition->currentText();
}

void DashboardFilterBar::setYear(int firstYear)
{
    if (const int i = m_year->findData(firstYear); i >= 0)
        m_year->setCurrentIndex(i);
}

void DashboardFilterBar::fillYears()
{
    QList<int> years;
    if (auto found = ReportFigures::reportingYears(m_workspace->services()))
        years = found.value();
    else
        m_workspace->reportError(found.error());
    const QSignalBlocker block(m_year);
    for (int y : years)
        m_year->addItem(labels::year(y), y);
    m_year->addItem(tr("All years"), -1);
    m_year->addItem(tr("Dates…"), -2);
    // The latest reporting year that has ended: the one an annual report is written about.
    const int ended = ReportingYear::containing(Clock::today()).firstYear() - 1;
    const int index = m_year->findData(ended);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

StatsQuery DashboardFilterBar::query() const
{
    StatsQuery q;
    const int y = m_year->currentData().toInt();
    if (y > 0)
        q.year = y;
    if (y == -2) {
        // While a typed date is not (yet) a date, the figures stay those of the last one that was.
        q.from = m_from->lastValidDate();
        q.to = m_to->lastValidDate();
    }
    q.programme = m_programme->currentData().toString();
    q.region = chosen<Region>(m_region);
    q.sector = chosen<Sector>(m_sector);
    q.role = chosen<JobRole>(m_role);
    q.deliveryMode = chosen<DeliveryMode>(m_mode);
    q.definition =
        fromText<Definition>(m_definition->currentData().toString()).value_or(Definition::Published);
    if (m_asAtOn->isChecked())
        q.asAt = m_asAt->lastValidDate();
    return q;
}

} // namespace arwain
