// ResponsesDialog: read-only; Escape or Close dismisses it.
#include "dialogs/ResponsesDialog.h"

#include "pages/feedback/ResponsesTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace arwain {

ResponsesDialog::ResponsesDialog(Workspace* workspace, const QString& what, const QList<Feedback>& responses,
                                 QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Feedback responses: %1").arg(what));
    m_description = new QLabel(
        tr("%n response(s) behind the figures of %1, with their comments.", nullptr, int(responses.size()))
            .arg(what));
    m_description->setWordWrap(true);
    m_table = new ResponsesTable(workspace, true);
    m_table->setResponses(responses);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace arwain
