#pragma once

// Quoting for POSIX shells, shared by what writes scripts (generate) and what runs commands over SSH
// (deploy): every value is one word that no shell will split, expand or execute.

#include <QString>

namespace p2pvpn {

// One shell word that stands for exactly value: 'value', with each ' written as '\''.
// A shell word cannot hold a NUL character; SshSession::exec refuses commands that contain one.
QString shellQuote(const QString &value);

} // namespace p2pvpn
