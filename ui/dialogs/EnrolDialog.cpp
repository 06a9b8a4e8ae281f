// EnrolDialog: a searchable, checkable list of participants and the enrolment date.
#include "dialogs/EnrolDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "services/Directory.h"
#include "services/DirectoryRows.h"

#include "widgets/DateField.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

EnrolDialog::EnrolDialog(Workspace* workspace, qint64 cohortId, QWidget* parent) : QDialog(parent)
{
    const auto cohort = workspace->directory().cohort(cohortId);
    const QString code = cohort && cohort.value() ? cohort.value()->code : QString();
    setWindowTitle(tr("Enrol in %1").arg(code));
    m_people = new QStandardItemModel(this);
    QSet<qint64> already;
    if (auto rows = workspace->directory().enrolmentsInCohort(cohortId))
        for (const EnrolmentRow& r : rows.value())
            already.insert(r.person.id);
    if (auto people = workspace->directory().participants()) {
        for (const ParticipantRow& p : people.value()) {
            if (already.contains(p.person.id))
                continue;
            QString text = p.person.givenName + u' ' + p.person.familyName;
            if (!p.person.email.isEmpty())
                text += u" — "_s + p.person.email;
            if (!p.organisation.isEmpty())
                text += u" — "_s + p.organisation;
            auto* item = new QStandardItem(text);
            item->setData(p.person.id, Qt::UserRole);
            item->setEditable(false);
            m_people->appendRow(item);
        }
    }
    if (cohort && cohort.value() && cohort.value()->capacity)
        if (auto taken = workspace->directory().placesTaken(cohortId))
            m_free = std::max(0, *cohort.value()->capacity - taken.value());
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_people);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);
    m_filter->sort(0);
    m_search = lineEdit(QString(), tr("Search people"));
    m_search->setPlaceholderText(tr("Search by name, email or organisation"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_list = named(new QListView, tr("People to enrol"));
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumSize(520, 320);
    m_date = dateEdit(Clock::today(), tr("Enrolment date"));
    m_date->setMaximumDate(Clock::today());
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnrolDialog::updateSummary);
    connect(m_date, &DateField::edited, this, &EnrolDialog::updateSummary);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto* dateRow = new QFormLayout;
    dateRow->addRow(tr("Enrolment &date:"), m_date);
    layout->addLayout(dateRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    updateSummary();
}

QList<qint64> EnrolDialog::chosen() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows)
        ids << i.data(Qt::UserRole).toLongLong();
    return ids;
}

QDate EnrolDialog::date() const
{
    return m_date->date();
}

void EnrolDialog::updateSummary()
{
    const int n = int(chosen().size());
    QString text = tr("%n selected.", nullptr, n);
    if (m_free >= 0) {
        text += u' ' + tr("%n place(s) free.", nullptr, m_free);
        if (n > m_free)
            text += u' ' + tr("%n will go on the waitlist.", nullptr, n - m_free);
    }
    // A typed enrolment date that is not a date says why, and holds OK back.
    if (const QString problem = m_date->problem(); !problem.isEmpty())
        text = problem + u'\n' + text;
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0 && m_date->date().isValid());
}

} // namespace arwain
