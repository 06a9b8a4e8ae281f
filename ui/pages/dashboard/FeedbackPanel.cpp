// FeedbackPanel: what each feedback rate divides by is said above the table.
#include "pages/dashboard/FeedbackPanel.h"

#include "domain/Records.h"
#include "pages/PageWidgets.h"
#include "pages/dashboard/RateText.h"
#include "stats/DashboardFigures.h"
#include "stats/FeedbackFigures.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace arwain {

FeedbackPanel::FeedbackPanel(QWidget* parent) : QWidget(parent)
{
    m_feedback = new QTableWidget;
    m_feedback->setAccessibleName(tr("Feedback by programme"));
    m_feedback->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feedback->verticalHeader()->hide();
    m_network = new QLabel;
    m_network->setAccessibleName(tr("Network members"));
    auto* fl = new QVBoxLayout(this);
    fl->addWidget(m_network);
    auto* feedbackNote =
        new QLabel(tr("Feedback for the year and filters chosen (with a region, sector or role, only named "
                      "responses can be placed). Met needs: very well or quite well ÷ answers; other rates: "
                      "yes ÷ answers; response rate: responses ÷ participants. Double-click a row, or press "
                      "Enter on it, to read the responses and comments behind it."));
    feedbackNote->setWordWrap(true);
    fl->addWidget(feedbackNote);
    fl->addWidget(m_feedback, 1);
    connect(m_feedback, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_feedback->item(row, 0))
            Q_EMIT responsesRequested(item->text());
    });
}

void FeedbackPanel::showFigures(const DashboardFigures& f)
{
    m_network->setText(
        tr("Compassionate leadership network: %1 members at the end of the period").arg(f.networkMembers));
    const QStringList headers = {tr("Programme"),
                                 tr("Participants"),
                                 tr("Responses"),
                                 tr("Response rate"),
                                 tr("Met needs"),
                                 tr("Met expectations"),
                                 tr("Learned something usable"),
                                 tr("Relevant to role"),
                                 tr("Would recommend")};
    QList<QStringList> rows;
    const QString few = tr("fewer than %1").arg(f.feedback.query.minResponses);
    for (const FeedbackRow& r : f.feedback.rows)
        rows << (r.suppressed
                     ? QStringList{r.key, QString::number(r.participants), few, few, few, few, few, few, few}
                     : QStringList{r.key, QString::number(r.participants), QString::number(r.responses),
                                   rateText(r.responseRate), rateText(r.metNeeds),
                                   rateText(r.metExpectations), rateText(r.learnedUsable),
                                   rateText(r.relevant), rateText(r.recommend)});
    fillTextTable(m_feedback, headers, rows);
}

} // namespace arwain
