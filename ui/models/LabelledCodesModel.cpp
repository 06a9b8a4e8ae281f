// LabelledCodesModel: the label for display (and screen readers), the code under Qt::UserRole.
#include "models/LabelledCodesModel.h"

namespace arwain {

LabelledCodesModel::LabelledCodesModel(QList<Choice> choices, QObject* parent)
    : QAbstractListModel(parent), m_choices(std::move(choices))
{
}

int LabelledCodesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant LabelledCodesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_choices.size())
        return {};
    const Choice& c = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return c.label;
    case Qt::UserRole:
        return c.code;
    default:
        return {};
    }
}

} // namespace arwain
