// TermWords: the words of listed values (statuses, regions, sectors, roles, kinds…) in the language
// installed for the application: what the interface and arwain-cli's tables show for them. CSV, JSON
// and XLSX keep the canonical English words, which imports read back.
#pragma once

#include <QString>

namespace arwain {

class TermWords
{
public:
    static QString translated(const QString& canonical);
};

} // namespace arwain
