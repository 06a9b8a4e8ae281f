// ResponsesDialog: the feedback responses behind one dashboard figure, comments included.
#pragma once

#include "domain/Records.h"

#include <QDialog>

class QLabel;

namespace arwain {

class ResponsesTable;
class Workspace;

class ResponsesDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` says which figure: "NDP · 2024 to 2025".
    ResponsesDialog(Workspace* workspace, const QString& what, const QList<Feedback>& responses,
                    QWidget* parent = nullptr);
    ResponsesTable* table() const { return m_table; }
    QLabel* description() const { return m_description; }

private:
    ResponsesTable* m_table;
    QLabel* m_description;
};

} // namespace arwain
