// FeedbackPanel: the network's size and the feedback percentages by programme for the period.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace arwain {

struct DashboardFigures;

class FeedbackPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackPanel(QWidget* parent = nullptr);
    void showFigures(const DashboardFigures& f);
    QTableWidget* table() const { return m_feedback; }
    QLabel* networkLabel() const { return m_network; }

Q_SIGNALS:
    // The responses behind a row of the table (Enter or double-click): its programme code.
    void responsesRequested(const QString& key);

private:
    QTableWidget* m_feedback;
    QLabel* m_network;
};

} // namespace arwain
