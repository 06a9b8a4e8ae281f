// DateField: a line edit that takes a typed date exactly as written, with a calendar beside it.
#include "widgets/DateField.h"

#include "domain/Parsing.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

DateField::DateField(const QDate& date, const QString& name, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this)), m_name(name)
{
    setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_edit->setAccessibleDescription(
        tr("A date, written 2025-01-15 or 15/01/2025; Alt+Down opens a calendar"));
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    // Wide enough for "2025-01-15" and a little more, not the whole row.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(u"0000-00-00000"_s));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setAccessibleName(tr("Calendar for %1").arg(name));
    m_button->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    // The field holds the keyboard focus; Alt+Down opens the calendar from there.
    m_button->setFocusPolicy(Qt::NoFocus);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::onText);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // A date typed as 15/01/2025 is shown back as 2025-01-15: the same day, one way of writing it.
        if (m_date.isValid() && m_edit->text() != dateText(m_date))
            m_edit->setText(dateText(m_date));
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    setDate(date);
}

DateField::~DateField()
{
    // Taken down with its form: the line edit's last focus-out must not reach a half-destroyed form.
    m_edit->disconnect(this);
    m_edit->blockSignals(true);
}

void DateField::setDate(const QDate& date)
{
    m_edit->setText(date.isValid() ? dateText(date) : QString());
}

void DateField::setMinimumDate(const QDate& date)
{
    m_minimum = date;
    onText(m_edit->text());
}

void DateField::setMaximumDate(const QDate& date)
{
    m_maximum = date;
    onText(m_edit->text());
}

QDate DateField::parsed(const QString& text) const
{
    const auto d = parseDate(text);
    if (!d || (m_minimum.isValid() && *d < m_minimum) || (m_maximum.isValid() && *d > m_maximum))
        return {};
    return *d;
}

QString DateField::problem() const
{
    if (!isEnabled() || m_date.isValid())
        return {};
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return tr("%1: write a date, such as 2025-01-15 or 15/01/2025").arg(m_name);
    const auto d = parseDate(text);
    if (!d)
        return tr("%1: “%2” is not a date; write it as 2025-01-15 or 15/01/2025").arg(m_name, text);
    if (m_minimum.isValid() && *d < m_minimum)
        return tr("%1: %2 is before %3, the earliest this can be")
            .arg(m_name, dateText(*d), dateText(m_minimum));
    return tr("%1: %2 is after %3, the latest this can be").arg(m_name, dateText(*d), dateText(m_maximum));
}

void DateField::onText(const QString& text)
{
    const QDate d = parsed(text);
    const bool changed = d != m_date;
    m_date = d;
    if (d.isValid())
        m_lastValid = d;
    showProblem();
    if (changed && d.isValid())
        Q_EMIT dateChanged(d);
    Q_EMIT edited();
}

void DateField::showProblem()
{
    const QString p = problem();
    m_edit->setToolTip(p);
    // Red text says "not a date yet" at a glance; the form's problems line says why in words.
    QPalette palette = this->palette();
    if (!p.isEmpty()) {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Text, dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20));
    }
    m_edit->setPalette(palette);
}

void DateField::showCalendar()
{
    if (!isEnabled())
        return;
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setAccessibleName(tr("Calendar for %1").arg(m_name));
        m_calendar->setGridVisible(true);
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(1, 1, 1, 1);
        layout->addWidget(m_calendar);
        auto choose = [this](const QDate& d) {
            setDate(d);
            m_popup->hide();
            m_edit->setFocus(Qt::PopupFocusReason);
        };
        connect(m_calendar, &QCalendarWidget::activated, this, choose);
        connect(m_calendar, &QCalendarWidget::clicked, this, choose);
        m_calendar->installEventFilter(this);
    }
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1900, 1, 1),
                             m_maximum.isValid() ? m_maximum : QDate(9999, 12, 31));
    const auto typed = parseDate(m_edit->text());
    m_calendar->setSelectedDate(typed ? *typed : QDate::currentDate());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* s = screen()) {
        const QRect room = s->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_edit) {
        if (key->key() == Qt::Key_F4 ||
            (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))) {
            showCalendar();
            return true;
        }
        // Up and Down move a valid date by a day, Page Up and Page Down by a month.
        const int days = key->key() == Qt::Key_Up ? 1 : key->key() == Qt::Key_Down ? -1 : 0;
        const int months = key->key() == Qt::Key_PageUp ? 1 : key->key() == Qt::Key_PageDown ? -1 : 0;
        if ((days || months) && key->modifiers() == Qt::NoModifier) {
            if (m_date.isValid()) {
                const QDate next = m_date.addDays(days).addMonths(months);
                if (parsed(dateText(next)).isValid())
                    setDate(next);
            }
            return true;
        }
    } else if (watched == m_calendar && key->key() == Qt::Key_Escape) {
        m_popup->hide();
        m_edit->setFocus(Qt::PopupFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange) {
        showProblem();
        Q_EMIT edited();
    }
    QWidget::changeEvent(event);
}

} // namespace arwain
