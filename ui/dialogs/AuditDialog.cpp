// AuditDialog: a read-only table of the audit log; the filter hides rows as the user types.
#include "dialogs/AuditDialog.h"

#include "Workspace.h"
#include "domain/Clock.h"
#include "services/AuditLog.h"
#include "services/Services.h"

#include "widgets/DateField.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

AuditDialog::AuditDialog(Workspace* workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Audit log"));
    setObjectName(u"auditDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Every change to this database: who made it, when, and what it was about. People "
                      "who have been anonymised are no longer named here."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_useSince = new QCheckBox(tr("&Since"), this);
    m_since = new DateField(Clock::today().addMonths(-1), tr("Since"), this);
    m_since->setEnabled(false);
    m_since->setObjectName(u"since"_s);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: a name, a cohort, a user, an action…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"auditFilter"_s);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(m_useSince);
    bar->addWidget(m_since);
    bar->addSpacing(12);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, 5, this);
    m_table->setAccessibleName(tr("Changes"));
    m_table->setObjectName(u"auditTable"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("About"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"auditSummary"_s);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_useSince, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        reload();
    });
    connect(m_since, &DateField::dateChanged, this, [this] {
        if (m_useSince->isChecked())
            reload();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &AuditDialog::applyFilter);
    connect(workspace, &Workspace::changed, this, &AuditDialog::reload);
    resize(960, 560);
    reload();
    m_filter->setFocus();
}

void AuditDialog::reload()
{
    const QDateTime since = m_useSince->isChecked() ? m_since->lastValidDate().startOfDay() : QDateTime();
    auto entries = m_workspace->services().audit().entries(since, kLimit);
    if (!entries) {
        m_table->setRowCount(0);
        m_summary->setText(entries.error());
        return;
    }
    show(entries.value());
}

void AuditDialog::show(const QList<AuditEntry>& entries)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry& e = entries.at(r);
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                                AuditLog::actionText(e.action), AuditLog::subjectText(e), e.detail};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, e.at); // sorts by time, not by the words of a date
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_read = int(entries.size());
    applyFilter();
}

void AuditDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    int shown = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c = 0; !match && c < m_table->columnCount(); ++c)
            match = m_table->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(r, !match);
        shown += match ? 1 : 0;
    }
    if (m_read == 0)
        m_summary->setText(m_useSince->isChecked() ? tr("No changes since that date.")
                                                   : tr("No changes yet."));
    else if (m_read >= kLimit)
        m_summary->setText(
            tr("Showing %1 of the newest %2 entries; choose a later “Since” date to narrow it.")
                .arg(shown)
                .arg(m_read));
    else
        m_summary->setText(tr("%n entry(s) shown", nullptr, shown) +
                           (shown < m_read ? tr(" (of %1)").arg(m_read) : QString()));
}

} // namespace arwain
