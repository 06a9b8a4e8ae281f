// FormFields: form widgets set up the same way in every dialog.
#include "dialogs/FormFields.h"

#include "Labels.h"
#include "domain/Clock.h"

#include "widgets/DateField.h"
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QString>

using namespace Qt::StringLiterals;

namespace arwain {

template <typename E> void fillCombo(QComboBox* box, bool withBlank)
{
    if (withBlank)
        box->addItem(QCoreApplication::translate("arwain::Dialogs", "(not recorded)"), QString());
    for (const auto& [value, words] : Terms<E>::list)
        box->addItem(labels::of(value), toText(value));
}
template void fillCombo<Sector>(QComboBox*, bool);
template void fillCombo<Region>(QComboBox*, bool);
template void fillCombo<JobRole>(QComboBox*, bool);
template void fillCombo<Language>(QComboBox*, bool);
template void fillCombo<DeliveryMode>(QComboBox*, bool);
template void fillCombo<Reason>(QComboBox*, bool);
template void fillCombo<Status>(QComboBox*, bool);
template void fillCombo<SessionKind>(QComboBox*, bool);
template void fillCombo<MetNeeds>(QComboBox*, bool);
template void fillCombo<YesNo>(QComboBox*, bool);

DateField* dateEdit(const QDate& date, const QString& name)
{
    return new DateField(date.isValid() ? date : Clock::today(), name);
}

QLineEdit* lineEdit(const QString& text, const QString& name)
{
    auto* edit = new QLineEdit(text);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace arwain
