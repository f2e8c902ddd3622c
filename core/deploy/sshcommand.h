#pragma once

// Building command lines for a remote POSIX shell: every value is quoted, so no value can
// change what the command does.

#include "util/shellquote.h"

#include <QString>
#include <QStringList>

namespace p2pvpn {

// The words, each quoted, joined by spaces.
QString shellJoin(const QStringList &words);

} // namespace p2pvpn
