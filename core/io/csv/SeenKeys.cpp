// SeenKeys: two seeded hashes of each key's UTF-16 text.
#include "io/csv/SeenKeys.h"

namespace arwain {

int SeenKeys::firstLine(const QString& key, int line)
{
    const auto* data = key.constData();
    const size_t bytes = size_t(key.size()) * sizeof(QChar);
    const quint64 h1 = qHashBits(data, bytes, size_t(0x9e3779b97f4a7c15ULL));
    const auto h2 = quint32(qHashBits(data, bytes, size_t(0xc2b2ae3d27d4eb4fULL)));
    const auto found = m_seen.constFind(h1);
    if (found == m_seen.cend()) {
        m_seen.insert(h1, {h2, line});
        return 0;
    }
    if (found->check == h2)
        return found->line;
    if (const auto other = m_others.constFind(key); other != m_others.cend())
        return *other;
    m_others.insert(key, line);
    return 0;
}

} // namespace arwain
