// FuzzSupport: what every libFuzzer target of Arwain shares: a Qt application object (the SQL driver is a
// plugin) and, for the importers, a database holding the demo data, so that rows can name real cohorts
// and people and reach the deepest checks.
#pragma once

#include "demo/Demo.h"
#include "storage/Database.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

namespace arwain::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "arwain-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// The demo database, made once per fuzzing process in a temporary folder. Never destroyed: libFuzzer
// ends the process with exit(), after Qt's own globals (the SQL connection list) are gone, so a
// database closed then would touch freed state. The folder goes with the process.
inline Store& demoStore()
{
    static QTemporaryDir dir;
    static Store* store = [] {
        auto made = Demo::createDatabase(dir.filePath(QStringLiteral("fuzz.arwain")));
        if (!made)
            std::abort(); // the harness itself is broken: say so loudly
        return new Store(*made.take().release());
    }();
    return *store;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace arwain::fuzz
