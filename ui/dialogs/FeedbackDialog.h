// FeedbackDialog: one feedback response (the five questions and a comment), named or anonymous.
// "Save and next" (Ctrl+Return) keeps the dialog open for the next response.
#pragma once

#include "dialogs/RecordDialog.h"
#include "domain/Records.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace arwain {

class Workspace;

class FeedbackDialog : public RecordDialog
{
    Q_OBJECT
public:
    FeedbackDialog(Workspace* workspace, const Feedback& response, QWidget* parent = nullptr);
    Feedback response() const;

    QComboBox* personBox() const { return m_person; }
    QComboBox* metNeedsBox() const { return m_metNeeds; }
    QComboBox* answerBox(int question) const { return m_answers.value(question); } // 0 to 3
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* nextButton() const { return m_next; }

Q_SIGNALS:
    // "Save and next": the response to record; the form is then cleared for the next one.
    void responseReady(const arwain::Feedback& response);

protected:
    FieldErrors validate() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void saveAndNext();

    Feedback m_original;
    QComboBox* m_person;
    QComboBox* m_metNeeds;
    QList<QComboBox*> m_answers;
    QPlainTextEdit* m_comment;
    QPushButton* m_next = nullptr;
    QLabel* m_count;
    int m_saved = 0;
};

} // namespace arwain
