// ReportWorker: works out a report's figures and words in its own thread, on its own read-only
// connection (opened once), so the window keeps painting while a large file is counted.
#pragma once

#include "pages/WorkerConnection.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace arwain {

class ReportWorker : public QObject
{
    Q_OBJECT
public:
    explicit ReportWorker(QString path);
    ~ReportWorker() override;
    std::atomic<int> latest{0};
    // The preview's charts are drawn for the screen: its pixel ratio, rounded up.
    std::atomic<int> previewScale{1};

public Q_SLOTS:
    void write(int generation, const arwain::ReportOptions& options);

Q_SIGNALS:
    // The document and its charts, drawn here so the UI thread only lays the text out.
    void written(int generation, const arwain::ReportDocument& document, const QList<QImage>& charts,
                 const QString& error);

private:
    WorkerConnection m_connection;
};

} // namespace arwain

Q_DECLARE_METATYPE(arwain::ReportOptions)
Q_DECLARE_METATYPE(arwain::ReportDocument)
