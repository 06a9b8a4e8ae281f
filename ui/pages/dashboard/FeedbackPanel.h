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

private:
    QTableWidget* m_feedback;
    QLabel* m_network;
};

} // namespace arwain
