// SavedNotice: a label and an "Open folder" button that stay for half a minute after a save.
#include "widgets/SavedNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

namespace arwain {

SavedNotice::SavedNotice(QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_open(new QPushButton(tr("Open folder"), this)),
      m_hide(new QTimer(this))
{
    m_text->setAccessibleName(tr("Last file saved"));
    m_text->setTextFormat(Qt::PlainText);
    m_open->setToolTip(tr("Open the folder the file was saved in"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text);
    row->addWidget(m_open);
    m_hide->setSingleShot(true);
    m_hide->setInterval(30000);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    hide();
}

void SavedNotice::show(const QString& path)
{
    const QFileInfo file(path);
    m_folder = file.absolutePath();
    m_text->setText(tr("Saved %1 in %2").arg(file.fileName(), QDir::toNativeSeparators(m_folder)));
    QWidget::show();
    m_hide->start();
}

QString SavedNotice::text() const
{
    return m_text->text();
}

} // namespace arwain
