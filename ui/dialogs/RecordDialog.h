// RecordDialog: a form for adding or editing one record, showing the core's validation as the user types.
#pragma once

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
    // The problems with the form as it stands ("code: cohort X already exists").
    QString problems() const;

protected:
    void finishLayout(QWidget* form);
    // Called whenever a field changes: the field name → message pairs of core validation.
    virtual QString validate() const = 0;
    void revalidate();
    Workspace* workspace() const { return m_workspace; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    Workspace* m_workspace;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace arwain
