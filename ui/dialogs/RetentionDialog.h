// RetentionDialog: the retention rule of the database (how many years a person's records are kept after
// their last enrolment ends), a preview of who it would erase, and applying it after a confirmation.
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace arwain {

class Workspace;

class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RetentionDialog(Workspace* workspace, QWidget* parent = nullptr);
    QSpinBox* years() const { return m_years; }
    QTableWidget* preview() const { return m_preview; }
    QLabel* summary() const { return m_summary; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* applyButton() const { return m_apply; }
    // The confirmation is asked before anything is erased; tests answer it through this hook.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }

private:
    void refreshPreview();
    void save();
    void apply();

    Workspace* m_workspace;
    QSpinBox* m_years;
    QTableWidget* m_preview;
    QLabel* m_summary;
    QPushButton* m_save;
    QPushButton* m_apply;
    std::function<bool(const QString&)> m_confirm;
    int m_due = 0;
};

} // namespace arwain
