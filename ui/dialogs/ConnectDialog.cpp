// ConnectDialog: a form of five fields; Connect is offered once a database is named.
#include "dialogs/ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
constexpr int kDefaultPort = 5432;
} // namespace

ConnectDialog::ConnectDialog(const QString& previous, QWidget* parent)
    : QDialog(parent), m_server(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit),
      m_login(new QLineEdit), m_encryption(new QComboBox)
{
    setWindowTitle(tr("Connect to server"));
    m_server->setPlaceholderText(tr("this computer"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database->setPlaceholderText(tr("as your IT department named it"));
    m_login->setPlaceholderText(tr("your computer login"));
    // Names only: a slash, "?" or "@" would change what the connection means.
    const QRegularExpression name(u"[^/?@#\\s]*"_s);
    for (QLineEdit* field : {m_server, m_database, m_login})
        field->setValidator(new QRegularExpressionValidator(name, field));
    m_encryption->addItem(tr("Use it when the server offers it"), u"prefer"_s);
    m_encryption->addItem(tr("Always (refuse a server without it)"), u"require"_s);
    m_encryption->addItem(tr("Always, and check the server's certificate"), u"verify-full"_s);

    const QUrl url(previous);
    if (url.isValid() && !previous.isEmpty()) {
        m_server->setText(url.host());
        m_port->setValue(url.port(kDefaultPort));
        m_database->setText(url.path().mid(1));
        m_login->setText(url.userName());
        const int mode = m_encryption->findData(QUrlQuery(url).queryItemValue(u"sslmode"_s));
        m_encryption->setCurrentIndex(mode >= 0 ? mode : 0);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Encryption:"), m_encryption);
    auto* note = new QLabel(tr("Arwain never asks for your password and never stores one. PostgreSQL "
                               "takes it from your ~/.pgpass file or your organisation's sign-in; your IT "
                               "department can set that up. Whether you may change the data is the "
                               "server's to say: managers see it read-only."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_connect->setEnabled(!m_database->text().trimmed().isEmpty()); };
    connect(m_database, &QLineEdit::textChanged, this, update);
    update();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (m_database->text().isEmpty() && !m_server->text().isEmpty() ? m_database : m_server)->setFocus();
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_server->text().trimmed());
    if (m_port->value() != kDefaultPort)
        url.setPort(m_port->value());
    if (const QString login = m_login->text().trimmed(); !login.isEmpty())
        url.setUserName(login);
    url.setPath(u'/' + m_database->text().trimmed());
    const QString mode = m_encryption->currentData().toString();
    if (mode != u"prefer"_s) {
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, mode);
        url.setQuery(query);
    }
    QString text = url.toString();
    // No server named: libpq's default (this computer, or PGHOST), written as postgresql:///database.
    if (url.host().isEmpty() && url.userName().isEmpty() && url.port() < 0)
        text.replace(u"postgresql:/"_s, u"postgresql:///"_s);
    return text;
}

} // namespace arwain
