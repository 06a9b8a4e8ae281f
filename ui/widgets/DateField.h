// DateField: a date typed as the user writes it (2025-01-15 or 15/01/2025) or picked from a calendar.
// A text that is not a date, or a date outside the field's range, is reported by problem(), never turned
// into another date.
#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

namespace arwain {

class DateField : public QWidget
{
    Q_OBJECT
public:
    // `name` is what a screen reader says and what problem() names ("Date").
    DateField(const QDate& date, const QString& name, QWidget* parent = nullptr);
    ~DateField() override;

    // The date typed or chosen; null while the text is not a date in range.
    QDate date() const { return m_date; }
    // The last date the field held: what a view that must show something uses while the text is not
    // (yet) a date.
    QDate lastValidDate() const { return m_lastValid; }
    void setDate(const QDate& date);
    void setMinimumDate(const QDate& date);
    void setMaximumDate(const QDate& date);
    // Why the text is not a date ("“2025-02-30” is not a date: …"); empty when it is.
    QString problem() const;
    QLineEdit* lineEdit() const { return m_edit; }
    // Opens the calendar (Alt+Down or F4 in the field, or the arrow button).
    void showCalendar();

Q_SIGNALS:
    // A new valid date, typed or chosen.
    void dateChanged(const QDate& date);
    // Any change of the text, a date or not: forms re-check themselves on it.
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onText(const QString& text);
    void showProblem();
    QDate parsed(const QString& text) const;

    QLineEdit* m_edit;
    QToolButton* m_button;
    QFrame* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_date;
    QDate m_lastValid;
    QDate m_minimum;
    QDate m_maximum;
    QString m_name;
};

} // namespace arwain
