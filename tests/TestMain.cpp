// Test main: a QCoreApplication for Qt's SQL plugins, and a fixed "today" for every test.
#include "domain/Clock.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
