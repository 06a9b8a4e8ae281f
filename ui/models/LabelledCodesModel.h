// LabelledCodesModel: a list of codes, each shown by a label, for a combo box of tens of thousands of
// choices (a nation's cohorts): two strings a row, where a QStandardItem a row was slow to build on
// the window's thread.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace arwain {

class LabelledCodesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Choice
    {
        QString label; // shown
        QString code;  // Qt::UserRole: what the choice stands for
    };

    explicit LabelledCodesModel(QList<Choice> choices, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Choice> m_choices;
};

} // namespace arwain
