// RecordDialog: a form for adding or editing one record, showing the core's validation as the user types.
#pragma once

#include "services/FieldError.h"

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;

namespace arwain {

class Workspace;

// Shows the core's validation messages under the form as the user types; OK only when valid.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(Workspace* workspace, const QString& title, QWidget* parent);
    ~RecordDialog() override;
    // The problems with the form as it stands, each named by its field's label ("Code: cohort X already
    // exists"); a date that is not a date comes first.
    QString problems() const;

Q_SIGNALS:
    // Whether the form can be saved as it stands, after every change.
    void validityChanged(bool valid);

protected:
    void finishLayout(QWidget* form);
    // Called whenever a field changes: the core's validation of the form as it stands. A field error is
    // shown with the label of the widget whose objectName is its field ("met_needs" → "Met needs").
    virtual FieldErrors validate() const = 0;
    // Called when OK is pressed on a valid form: false keeps the dialog open (a warning the user heeded).
    virtual bool confirmed() { return true; }
    void revalidate();
    // The words a user sees for a field: its form label without the mnemonic and colon.
    QString fieldLabel(const QString& field) const;
    Workspace* workspace() const { return m_workspace; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    Workspace* m_workspace;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    // Until the user changes something, the problems line is a quiet hint, not an error.
    bool m_touched = false;
    // Set once the form is being taken down: a field losing focus then re-checks nothing.
    bool m_closing = false;
};

} // namespace arwain
