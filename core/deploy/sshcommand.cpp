#include "deploy/sshcommand.h"

namespace p2pvpn {

QString shellJoin(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted.append(shellQuote(w));
    return quoted.join(QLatin1Char(' '));
}

} // namespace p2pvpn
