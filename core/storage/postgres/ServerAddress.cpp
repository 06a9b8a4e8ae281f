// ServerAddress: parsing with QUrl, the parameters checked against libpq's own connection keywords.
#include "storage/postgres/ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace arwain {

namespace {
// libpq's connection parameters that may follow "?" (not host, port, dbname, user: those are in the URI;
// never password).
const QSet<QString> kParameters = {
    u"sslmode"_s,          u"sslrootcert"_s, u"sslcert"_s,
    u"sslkey"_s,           u"sslcrl"_s,      u"connect_timeout"_s,
    u"application_name"_s, u"service"_s,     u"target_session_attrs"_s,
    u"gssencmode"_s,       u"krbsrvname"_s,  u"requiressl"_s,
    u"keepalives"_s,       u"options"_s,     u"channel_binding"_s,
    u"passfile"_s,
};
// A parameter that carries a password, whatever its case: password, sslpassword, PassWord; or options
// that set one ("-c password=…").
bool namesSecret(const QString& key, const QString& value)
{
    return key.contains(u"pass"_s, Qt::CaseInsensitive) ||
           (key.compare(u"options"_s, Qt::CaseInsensitive) == 0 &&
            value.contains(u"pass"_s, Qt::CaseInsensitive));
}

const QString kHidden = u"***"_s;
} // namespace

QString ServerAddress::withoutSecrets(const QString& uri)
{
    // Read as text, not as a URL, so that what QUrl would not parse is hidden too: a user's password
    // (user:password@) wherever it stands, with or without a scheme and slashes before it; libpq's
    // key=value form (password=…); and the values of a query's unknown or secret parameters.
    // A password runs to the '@' that ends it, whatever it holds (spaces, line breaks, '?', '/'); a
    // key=value password to the next key or the end, across line breaks.
    static const QRegularExpression userPassword(
        u"((?:[A-Za-z][A-Za-z0-9+.-]*:/{0,3})?[^\\s:@/?]*):(?!/)[^@]*@"_s);
    static const QRegularExpression keyword(u"(\\w*pass\\w*\\s*=\\s*)('[^']*'|.*?)(?=\\s+\\w+\\s*=|$)"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    QString text = uri;
    text.replace(userPassword, u"\\1:"_s + kHidden + u'@');
    const qsizetype cut = text.indexOf(u'?');
    if (cut < 0)
        return text.replace(keyword, u"\\1"_s + kHidden);
    QUrlQuery shown;
    for (const auto& [key, value] : QUrlQuery(text.mid(cut + 1)).queryItems(QUrl::FullyDecoded))
        shown.addQueryItem(key, namesSecret(key, value) || !kParameters.contains(key) ? kHidden : value);
    return text.left(cut).replace(keyword, u"\\1"_s + kHidden) + u'?' + shown.toString(QUrl::PrettyDecoded);
}

bool ServerAddress::mayHoldSecret(const QString& text)
{
    return withoutSecrets(text) != text || text.contains(u"://"_s) ||
           (text.trimmed().startsWith(u"postgres"_s, Qt::CaseInsensitive) && text.contains(u':'));
}

Result<ServerAddress> ServerAddress::parse(const QString& uri)
{
    const QUrl url(uri);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql"_s && scheme != u"postgres"_s))
        return fail(
            tr("%1: not a PostgreSQL connection (postgresql://host/database)").arg(withoutSecrets(uri)));
    if (!url.password().isEmpty())
        return fail(tr("a password is never given in the connection; Arwain leaves it to PostgreSQL's own "
                       "~/.pgpass file or the PGPASSWORD variable"));
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(-1);
    a.user = url.userName();
    a.database = url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return fail(tr("%1: no database named (postgresql://host/database)").arg(withoutSecrets(uri)));
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (namesSecret(key, value))
            return fail(
                tr("a password is never given in the connection; Arwain leaves it to PostgreSQL's own "
                   "~/.pgpass file or the PGPASSWORD variable"));
        if (!kParameters.contains(key))
            return fail(tr("%1: unknown connection parameter \"%2\"").arg(withoutSecrets(uri), key));
        options << key + u'=' + value;
    }
    a.options = options.join(u';');
    return a;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString& o : options.split(u';'))
            query.addQueryItem(o.section(u'=', 0, 0), o.section(u'=', 1));
        url.setQuery(query);
    }
    // "postgresql:///db" for the default host: QUrl leaves out the empty authority.
    QString text = url.toString();
    if (host.isEmpty() && user.isEmpty() && port <= 0)
        text.replace(u"postgresql:/"_s + database, u"postgresql:///"_s + database);
    return text;
}

void ServerAddress::applyTo(QSqlDatabase& db) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setConnectOptions(options);
}

} // namespace arwain
