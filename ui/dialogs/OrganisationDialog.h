// OrganisationDialog: an organisation's name, sector and region.
#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

class QComboBox;
class QLineEdit;

namespace arwain {

class Workspace;

class OrganisationDialog : public RecordDialog
{
    Q_OBJECT
public:
    OrganisationDialog(Workspace* workspace, const Organisation& organisation, QWidget* parent = nullptr);
    Organisation organisation() const;
    QLineEdit* nameEdit() const { return m_name; }

protected:
    FieldErrors validate() const override;

private:
    Organisation m_original;
    QLineEdit* m_name;
    QComboBox* m_sector;
    QComboBox* m_region;
};

} // namespace arwain
