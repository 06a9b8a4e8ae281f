// EnrolDialog: choosing one or many participants to enrol in a cohort, and the date.
#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace arwain {

class DateField;

class Workspace;

// Choose one or many participants to enrol, searching by name, email or organisation.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(Workspace* workspace, qint64 cohortId, QWidget* parent = nullptr);
    QList<qint64> chosen() const;
    QDate date() const;

    QLineEdit* searchEdit() const { return m_search; }
    QListView* list() const { return m_list; }

private:
    void updateSummary();
    QStandardItemModel* m_people;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QListView* m_list;
    DateField* m_date;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    int m_free = -1; // places left, -1 when the cohort has no capacity
};

} // namespace arwain
