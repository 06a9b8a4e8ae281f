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
#include <memory>

namespace arwain::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "arwain-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// The demo database, made once per fuzzing process in a temporary folder.
inline Store& demoStore()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db;
    static std::unique_ptr<Store> store;
    if (!store) {
        auto made = Demo::createDatabase(dir.filePath(QStringLiteral("fuzz.arwain")));
        if (!made)
            std::abort(); // the harness itself is broken: say so loudly
        db = made.take();
        store = std::make_unique<Store>(*db);
    }
    return *store;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace arwain::fuzz
