// AuditDialog: the audit log (who changed what, and when), newest first, filtered by date and by words.
#pragma once

#include "domain/Records.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace arwain {

class DateField;

class Workspace;

class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    // At most this many of the newest entries are read at once; an earlier "since" reaches back further.
    static constexpr int kLimit = 20000;

    explicit AuditDialog(Workspace* workspace, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    QLabel* summary() const { return m_summary; }
    // Reads the entries again (after a change elsewhere).
    void reload();

private:
    void show(const QList<AuditEntry>& entries);
    void applyFilter();

    Workspace* m_workspace;
    QCheckBox* m_useSince;
    DateField* m_since;
    QLineEdit* m_filter;
    QTableWidget* m_table;
    QLabel* m_summary;
    int m_read = 0;
};

} // namespace arwain
