// Cli: dispatches `arwain-cli COMMAND …` to one class per command.
#pragma once

#include <QStringList>

namespace arwain::cli {

// Exit status: 0 done; 1 refused (bad data, broken rule, unreadable file); 2 wrong usage.
enum Exit
{
    Done = 0,
    Refused = 1,
    Usage = 2
};

int run(const QStringList& arguments);

} // namespace arwain::cli
