#pragma once

// Small helpers the command files share: option construction, "was this option given", and the checks that
// several commands make on the same kind of value.

#include "model/mesh.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace p2pvpn::cli {

inline QCommandLineOption option(const QStringList &names, const QString &description,
                                 const QString &valueName = QString())
{
    return QCommandLineOption(names, description, valueName);
}

// QCommandLineParser::isSet() warns about options a command does not define; the
// LAN options are shared by add-lan and set-lan, which define different sets.
inline bool given(const QCommandLineParser &p, const char *name)
{
    return p.optionNames().contains(QLatin1String(name));
}

// A TCP/UDP port number, 1 to 65535.
inline bool parsePort(const QString &text, int *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = value;
    return true;
}

} // namespace p2pvpn::cli
