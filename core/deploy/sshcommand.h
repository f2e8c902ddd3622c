#pragma once

// Building command lines for a remote POSIX shell: every value is quoted, so no value can
// change what the command does.

#include <QString>
#include <QStringList>

namespace p2pvpn {

// One shell word that stands for exactly value: 'value', with each ' written as '\''.
// A shell word cannot hold a NUL character; SshSession::exec refuses commands that contain one.
QString shellQuote(const QString &value);

// The words, each quoted, joined by spaces.
QString shellJoin(const QStringList &words);

} // namespace p2pvpn
