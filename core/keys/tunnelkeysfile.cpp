#include "keys/tunnelkeysfile.h"

#include "keys/pki.h"

#include <QList>

#include <algorithm>

namespace p2pvpn {

namespace {

const QByteArray tunnelKeysHeader =
    "# p2pvpn tls-crypt keys: one OpenVPN static key per tunnel, after a \"tunnel A-B\" line (LAN IDs).\n";
const QByteArray staticKeyEndLine = "-----END OpenVPN Static key V1-----";

} // namespace

QByteArray TunnelKeysFile::header()
{
    return tunnelKeysHeader;
}

QByteArray TunnelKeysFile::record(const LinkKey &tunnel, const QByteArray &key)
{
    return "tunnel " + QByteArray::number(tunnel.a) + '-' + QByteArray::number(tunnel.b) + '\n' + key;
}

QByteArray TunnelKeysFile::serialise(const QHash<LinkKey, QByteArray> &keys)
{
    QList<LinkKey> tunnels = keys.keys();
    std::sort(tunnels.begin(), tunnels.end());
    QByteArray data = tunnelKeysHeader;
    data.reserve(tunnelKeysHeader.size() + tunnels.size() * 720);
    for (const LinkKey &tunnel : std::as_const(tunnels))
        data += record(tunnel, keys.value(tunnel));
    return data;
}

bool TunnelKeysFile::parse(const QByteArray &data, QHash<LinkKey, QByteArray> *keys, QString *problem)
{
    qsizetype pos = 0;
    int lineNumber = 0;
    int recordLine = 0;
    qsizetype keyStart = -1; // inside a record when >= 0
    LinkKey current;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = QByteArrayView(data).sliced(pos, end - pos).trimmed();
        ++lineNumber;
        if (keyStart < 0) {
            if (line.startsWith("tunnel ")) {
                const QByteArrayView ids = line.sliced(7);
                const qsizetype dash = ids.indexOf('-');
                bool okA = false;
                bool okB = false;
                const LanId a = dash > 0 ? ids.first(dash).toInt(&okA) : 0;
                const LanId b = dash > 0 ? ids.sliced(dash + 1).toInt(&okB) : 0;
                if (!okA || !okB || a <= 0 || b <= a) {
                    *problem = tr("line %1: not a tunnel of two LAN IDs, smaller first").arg(lineNumber);
                    return false;
                }
                current = LinkKey(a, b);
                if (keys->contains(current)) {
                    *problem = tr("line %1: a second key for tunnel %2-%3").arg(lineNumber).arg(a).arg(b);
                    return false;
                }
                keyStart = end + 1;
                recordLine = lineNumber;
            } else if (!line.isEmpty() && !line.startsWith('#')) {
                *problem = tr("line %1: expected \"tunnel A-B\"").arg(lineNumber);
                return false;
            }
        } else if (line == staticKeyEndLine) {
            QByteArray key = data.mid(keyStart, end - keyStart) + '\n';
            QString why;
            if (!Pki::checkTlsCryptKey(key, &why)) {
                *problem = tr("the key of tunnel %1-%2 (line %3): %4")
                               .arg(current.a)
                               .arg(current.b)
                               .arg(recordLine)
                               .arg(why);
                return false;
            }
            keys->insert(current, key);
            keyStart = -1;
        }
        pos = end + 1;
    }
    if (keyStart >= 0) {
        *problem = tr("the key of tunnel %1-%2 (line %3) has no end line")
                       .arg(current.a)
                       .arg(current.b)
                       .arg(recordLine);
        return false;
    }
    return true;
}

} // namespace p2pvpn
