// ConnectDialog: File > Connect to server…: where a team's PostgreSQL database is (server, port,
// database, login, encryption), turned into the connection Arwain opens. Never a password: PostgreSQL's
// own ~/.pgpass, service file or single sign-on gives it, so nothing Arwain remembers holds one.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace arwain {

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `previous`: a connection used before (postgresql://…), to start from; empty for none.
    explicit ConnectDialog(const QString& previous = {}, QWidget* parent = nullptr);

    // The connection as chosen: postgresql://[login@]server[:port]/database[?sslmode=…].
    QString location() const;

    QLineEdit* server() const { return m_server; }
    QSpinBox* port() const { return m_port; }
    QLineEdit* database() const { return m_database; }
    QLineEdit* login() const { return m_login; }
    QComboBox* encryption() const { return m_encryption; }
    QPushButton* connectButton() const { return m_connect; }

private:
    QLineEdit* m_server;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QComboBox* m_encryption;
    QPushButton* m_connect;
};

} // namespace arwain
