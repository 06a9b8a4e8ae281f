// RecordDialog: the form's layout, its problems line and the OK button that waits for a valid form.
#include "dialogs/RecordDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace arwain {

RecordDialog::RecordDialog(Workspace* workspace, const QString& title, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(title);
}

void RecordDialog::finishLayout(QWidget* form)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems with the form"));
    m_problems->setTextFormat(Qt::PlainText);
    // Red that reads on light and dark palettes alike.
    QPalette warn = m_problems->palette();
    const bool dark = warn.color(QPalette::Window).lightness() < 128;
    warn.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20));
    m_problems->setPalette(warn);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Every edit re-checks the form.
    for (auto* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    for (auto* c : findChildren<QComboBox*>())
        connect(c, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    for (auto* d : findChildren<QDateEdit*>())
        connect(d, &QDateEdit::dateChanged, this, &RecordDialog::revalidate);
    for (auto* s : findChildren<QSpinBox*>())
        connect(s, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    for (auto* b : findChildren<QCheckBox*>())
        connect(b, &QCheckBox::toggled, this, &RecordDialog::revalidate);
    revalidate();
}

QString RecordDialog::problems() const
{
    return validate();
}

void RecordDialog::revalidate()
{
    const QString p = validate();
    m_problems->setText(p);
    m_problems->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace arwain
