#pragma once

// Looking at what a test wrote to disk (permission bits and contents), and writing its input files.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <initializer_list>

#include <sys/stat.h>

namespace p2pvpn::test {

// Permission bits of a path (a final symlink itself, not what it points at), -1 if it does not exist.
int modeOf(const QString &path);
// A file's contents; empty if it cannot be read.
QByteArray readAll(const QString &path);
// Writes a test's input file; a failure to write stops the test program (nothing can be tested then).
void writeFile(const QString &path, const QByteArray &data);
// Sets the process umask for one test and puts the old one back, even when the test fails.
struct UmaskGuard
{
    mode_t previous;
    explicit UmaskGuard(mode_t mask) : previous(::umask(mask)) {}
    ~UmaskGuard() { ::umask(previous); }
};
// UTF-8 literals as a QStringList: command lines and expected lines in data-driven rows.
QStringList strings(std::initializer_list<const char *> list);

} // namespace p2pvpn::test
