// RetentionDialog: choose the period, see who is due, save the period, erase those due.
#include "dialogs/RetentionDialog.h"

#include "Workspace.h"
#include "domain/Clock.h"
#include "services/PrivacyService.h"
#include "services/Services.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

RetentionDialog::RetentionDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Retention"));
    setObjectName(u"retentionDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Personal data is kept no longer than it is needed. With a retention period set, people whose "
           "last "
           "enrolment ended more than that many years ago can be anonymised: their names, email addresses "
           "and notes go; their enrolments stay, with no name, so every figure stays the same."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_years = new QSpinBox(this);
    m_years->setRange(0, 100);
    m_years->setSpecialValueText(tr("Keep everyone"));
    m_years->setSuffix(tr(" years"));
    m_years->setObjectName(u"retentionYears"_s);
    m_years->setValue(workspace->services().privacy().retentionYears());
    form->addRow(tr("&Keep records for:"), m_years);
    layout->addLayout(form);

    m_preview = new QTableWidget(0, 3, this);
    m_preview->setAccessibleName(tr("People who would be anonymised"));
    m_preview->setObjectName(u"retentionPreview"_s);
    m_preview->setHorizontalHeaderLabels({tr("Given name"), tr("Family name"), tr("Email")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"retentionSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save period"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Anonymise them…"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RetentionDialog::save);
    connect(m_apply, &QPushButton::clicked, this, &RetentionDialog::apply);
    layout->addWidget(buttons);
    connect(m_years, &QSpinBox::valueChanged, this, &RetentionDialog::refreshPreview);

    m_confirm = [this](const QString& text) {
        QMessageBox box(QMessageBox::Warning, tr("Anonymise"), text, QMessageBox::Cancel, this);
        QPushButton* erase = box.addButton(tr("&Erase their identities"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == erase;
    };
    resize(640, 480);
    refreshPreview();
}

void RetentionDialog::refreshPreview()
{
    PrivacyService& privacy = m_workspace->services().privacy();
    const int years = m_years->value();
    auto due = privacy.dueForErasure(Clock::today(), years);
    m_preview->setRowCount(0);
    m_due = 0;
    const bool readOnly = m_workspace->isReadOnly();
    m_save->setEnabled(!readOnly && years != privacy.retentionYears());
    if (!due) {
        m_summary->setText(due.error());
        m_apply->setEnabled(false);
        return;
    }
    const QList<Participant>& people = due.value();
    m_due = int(people.size());
    m_preview->setRowCount(m_due);
    for (int r = 0; r < m_due; ++r) {
        const Participant& p = people.at(r);
        const QStringList cells{p.givenName, p.familyName, p.email};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->resizeColumnsToContents();
    if (years == 0)
        m_summary->setText(tr("No retention period: everyone is kept."));
    else
        m_summary->setText(
            tr("%n person(s) whose last enrolment ended more than %1 years ago.", nullptr, m_due).arg(years) +
            (readOnly ? u' ' + tr("The file is open read-only: nothing can be changed.") : QString()));
    m_apply->setEnabled(!readOnly && m_due > 0);
}

void RetentionDialog::save()
{
    if (auto saved = m_workspace->services().privacy().setRetentionYears(m_years->value()); !saved)
        m_workspace->reportError(saved.error());
    refreshPreview();
}

void RetentionDialog::apply()
{
    PrivacyService& privacy = m_workspace->services().privacy();
    auto due = privacy.dueForErasure(Clock::today(), m_years->value());
    if (!due || due.value().isEmpty())
        return;
    const QString question =
        tr("Anonymise %n person(s)? Their names, email addresses and the notes about them are erased; their "
           "enrolments, attendance and feedback stay, with no name, so every figure stays the same. This "
           "cannot be undone.",
           nullptr, int(due.value().size()));
    if (!m_confirm(question))
        return;
    auto done = privacy.anonymiseAll(due.value());
    if (!done) {
        m_workspace->reportError(done.error());
    } else {
        // Undoing an earlier edit must not bring a name back.
        m_workspace->undoStack()->clear();
        if (m_years->value() != privacy.retentionYears())
            (void)privacy.setRetentionYears(m_years->value());
    }
    refreshPreview();
    if (done)
        m_summary->setText(
            tr("Anonymised %n person(s); their enrolments stay in the figures.", nullptr, done.value()));
}

} // namespace arwain
