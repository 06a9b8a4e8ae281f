// ResponsesTable: names come from the Directory; anonymous responses say so.
#include "pages/feedback/ResponsesTable.h"

#include "Labels.h"
#include "Workspace.h"
#include "pages/PageWidgets.h"
#include "services/Directory.h"

#include <QHash>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace arwain {

ResponsesTable::ResponsesTable(Workspace* workspace, bool showCohort, QWidget* parent)
    : QTableWidget(parent), m_workspace(workspace), m_showCohort(showCohort)
{
    setAccessibleName(tr("Feedback responses"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void ResponsesTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    // Comments wrap to the width their (stretched) column gets, so they are read whole.
    if (columnCount() > 0 && horizontalHeader()->sectionSize(columnCount() - 1) > 0)
        resizeRowsToContents();
}

qint64 ResponsesTable::currentResponse() const
{
    const int row = currentRow();
    return row >= 0 && item(row, 0) ? item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void ResponsesTable::setResponses(const QList<Feedback>& responses, qint64 keep)
{
    const Directory& directory = m_workspace->directory();
    QHash<qint64, QString> names, cohorts;
    QList<QStringList> rows;
    for (const Feedback& f : responses) {
        if (f.participantId && !names.contains(f.participantId)) {
            const auto p = found(directory.participant(f.participantId));
            names.insert(f.participantId, p ? p->givenName + u' ' + p->familyName : tr("(not found)"));
        }
        if (m_showCohort && !cohorts.contains(f.cohortId)) {
            const auto c = found(directory.cohort(f.cohortId));
            cohorts.insert(f.cohortId, c ? c->code : QString());
        }
        QStringList row{f.participantId ? names.value(f.participantId) : tr("anonymous"),
                        labels::of(f.metNeeds),
                        labels::of(f.metExpectations),
                        labels::of(f.learnedUsable),
                        labels::of(f.relevant),
                        labels::of(f.recommend),
                        f.comment};
        if (m_showCohort)
            row.prepend(cohorts.value(f.cohortId));
        rows << row;
    }
    QStringList headers{tr("Who"),      tr("Met needs"),       tr("Met expectations"), tr("Learned usable"),
                        tr("Relevant"), tr("Would recommend"), tr("Comment")};
    if (m_showCohort)
        headers.prepend(tr("Cohort"));
    fillTextTable(this, headers, rows);
    // Every column as wide as its words, but the comment takes what is left and wraps.
    horizontalHeader()->setSectionResizeMode(columnCount() - 1, QHeaderView::Stretch);
    for (int i = 0; i < responses.size(); ++i) {
        item(i, 0)->setData(Qt::UserRole, responses.at(i).id);
        for (int c = 1; c < columnCount(); ++c)
            item(i, c)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        item(i, columnCount() - 1)->setToolTip(responses.at(i).comment);
        if (keep != 0 && responses.at(i).id == keep)
            setCurrentCell(i, 0);
    }
    resizeRowsToContents();
    if (currentRow() >= 0)
        scrollToItem(item(currentRow(), 0));
}

} // namespace arwain
