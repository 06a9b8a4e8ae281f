// SurveyImportDialog: a survey tool's export into a cohort's feedback in three steps on one page: the
// file (and a mapping remembered from last time), which column holds each question, what each answer
// word means. Checked before anything is written; all or nothing; problems listed with their lines.
#pragma once

#include "io/csv/SurveyMapping.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace arwain {

class Workspace;

class SurveyImportDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyImportDialog(Workspace* workspace, qint64 cohortId, QWidget* parent = nullptr);

    // Reads the file's headers and answers, starting from the remembered or guessed mapping.
    bool load(const QString& path);
    SurveyMapping mapping() const;
    // Imports (when nothing is wrong); true when the responses were written.
    bool import();

    QLineEdit* fileEdit() const { return m_file; }
    QComboBox* savedBox() const { return m_saved; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* columnBox(const QString& field) const { return m_columns.value(field); }
    QTableWidget* answersTable() const { return m_answers; }
    QPlainTextEdit* results() const { return m_results; }
    QPushButton* importButton() const { return m_import; }

private:
    void browse();
    void applyMapping(const SurveyMapping& m);
    void refreshAnswers();

    Workspace* m_workspace;
    qint64 m_cohort;
    QStringList m_headers;
    QLineEdit* m_file;
    QComboBox* m_saved;
    QLineEdit* m_name;
    QMap<QString, QComboBox*> m_columns;
    QTableWidget* m_answers;
    QPlainTextEdit* m_results;
    QPushButton* m_import;
    SurveyMapping m_base; // answer words known before this file
};

} // namespace arwain
