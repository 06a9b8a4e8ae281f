// RecordDialog: the form's layout, its problems line and the OK button that waits for a valid form.
#include "dialogs/RecordDialog.h"

#include "Workspace.h"
#include "dialogs/FormFields.h"

#include "widgets/DateField.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

RecordDialog::RecordDialog(Workspace* workspace, const QString& title, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(title);
}

RecordDialog::~RecordDialog()
{
    m_closing = true;
}

void RecordDialog::finishLayout(QWidget* form)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form);
    m_problems = new QLabel;
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems with the form"));
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty() && confirmed())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Every edit re-checks the form.
    for (auto* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    for (auto* c : findChildren<QComboBox*>())
        connect(c, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    for (auto* d : findChildren<DateField*>())
        connect(d, &DateField::edited, this, &RecordDialog::revalidate);
    for (auto* s : findChildren<QSpinBox*>())
        connect(s, &QSpinBox::valueChanged, this, &RecordDialog::revalidate);
    for (auto* b : findChildren<QCheckBox*>())
        connect(b, &QCheckBox::toggled, this, &RecordDialog::revalidate);
    revalidate();
}

namespace {

// A form label's words: "Met &needs:" → "Met needs".
QString plainLabel(const QWidget* widget)
{
    const auto* label = qobject_cast<const QLabel*>(widget);
    if (!label)
        return {};
    QString text = label->text();
    text.remove(QRegularExpression(u"&(?!&)"_s));
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

QString RecordDialog::fieldLabel(const QString& field) const
{
    QWidget* widget = field.isEmpty() ? nullptr : findChild<QWidget*>(field);
    if (!widget)
        return {};
    for (QFormLayout* form : findChildren<QFormLayout*>()) {
        int row = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        form->getWidgetPosition(widget, &row, &role);
        // A field inside a row's own layout (a date beside its time) is labelled by that row.
        for (int r = 0; r < form->rowCount() && row < 0; ++r)
            if (QLayoutItem* item = form->itemAt(r, QFormLayout::FieldRole);
                item && item->layout() && item->layout()->indexOf(widget) >= 0)
                row = r;
        if (row >= 0)
            if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole))
                if (const QString text = plainLabel(label->widget()); !text.isEmpty())
                    return text;
    }
    return widget->accessibleName();
}

QString RecordDialog::problems() const
{
    QStringList parts;
    for (const DateField* d : findChildren<DateField*>())
        if (const QString p = d->problem(); !p.isEmpty())
            parts << p;
    if (!parts.isEmpty())
        return parts.join(u'\n');
    for (const FieldError& e : validate()) {
        const QString label = fieldLabel(e.field);
        QString message = e.message;
        if (label.isEmpty() && !message.isEmpty())
            message[0] = message.at(0).toUpper();
        parts << (label.isEmpty() ? message : tr("%1: %2").arg(label, message));
    }
    return parts.join(u'\n');
}

void RecordDialog::revalidate()
{
    if (m_closing)
        return;
    if (sender())
        m_touched = true;
    const QString p = problems();
    m_problems->setText(p);
    m_problems->setVisible(!p.isEmpty());
    // Before any change the line is a hint in the normal colour; after one, red that reads on light and
    // dark palettes alike.
    QPalette palette = this->palette();
    if (m_touched) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20));
    }
    m_problems->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
    Q_EMIT validityChanged(p.isEmpty());
}

} // namespace arwain
