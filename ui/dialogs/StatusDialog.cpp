// StatusDialog: reason, date, note and, for a deferral, a later cohort of the same programme.
#include "dialogs/StatusDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"
#include "domain/Clock.h"
#include "domain/Parsing.h"
#include "domain/Records.h"
#include "services/Directory.h"

#include "widgets/DateField.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace arwain {

StatusDialog::StatusDialog(Workspace* workspace, Status to, qint64 cohortId, int count, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(to == Status::Deferred ? tr("Defer %n enrolment(s)", nullptr, count)
                                          : tr("Withdraw %n enrolment(s)", nullptr, count));
    auto* f = new QFormLayout;
    m_reason = named(new QComboBox, tr("Reason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    fillCombo<Reason>(m_reason, false);
    m_date = dateEdit(Clock::today(), tr("Date"));
    m_date->setMaximumDate(Clock::today());
    m_note = lineEdit(QString(), tr("Note"));
    f->addRow(tr("&Reason:"), m_reason);
    f->addRow(tr("&Date:"), m_date);
    f->addRow(tr("&Note:"), m_note);
    if (to == Status::Deferred && count == 1) {
        m_resume = named(new QComboBox, tr("Resume in"));
        m_resume->addItem(tr("Not yet"), 0);
        if (auto later = workspace->directory().laterCohorts(cohortId))
            for (const Cohort& c : later.value())
                m_resume->addItem(c.code + u" (" + dateText(c.startDate) + u')', c.id);
        f->addRow(tr("Resume &in:"), m_resume);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(to == Status::Deferred ? tr("&Defer") : tr("&Withdraw"));
    auto* dateProblem = new QLabel;
    dateProblem->setWordWrap(true);
    dateProblem->setVisible(false);
    f->addRow(dateProblem);
    // OK waits for a reason and a date that is a date; a typed date that is not one says why.
    auto update = [this, dateProblem] {
        dateProblem->setText(m_date->problem());
        dateProblem->setVisible(!m_date->problem().isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(reason() != Reason::Unset && m_date->date().isValid());
    };
    update();
    connect(m_reason, &QComboBox::currentIndexChanged, this, update);
    connect(m_date, &DateField::edited, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(f);
    layout->addWidget(m_buttons);
}

Reason StatusDialog::reason() const
{
    return comboValue(m_reason, Reason::Unset);
}

QDate StatusDialog::date() const
{
    return m_date->date();
}

QString StatusDialog::note() const
{
    return m_note->text().trimmed();
}

qint64 StatusDialog::resumeCohort() const
{
    return m_resume ? m_resume->currentData().toLongLong() : 0;
}

} // namespace arwain
