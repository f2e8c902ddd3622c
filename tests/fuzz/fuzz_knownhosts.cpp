// Fuzzes the SSH deployer's known_hosts reader (core/knownhosts.cpp; built only once it exists):
// parsing never fails or crashes, entries point at real lines, and lookups on what was read behave.
#include "deploy/knownhosts.h"

#include <cstdlib>

using p2pvpn::KnownHosts;

static void require(bool condition)
{
    if (!condition)
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const KnownHosts hosts = KnownHosts::parse(text);
    const int lines = int(text.count('\n')) + 1;
    for (const KnownHosts::Entry &entry : hosts.entries()) {
        require(entry.line >= 1 && entry.line <= lines);
        // Looking up a name the entry lists, with its own key, must not crash whatever the patterns hold.
        const QList<QByteArray> names = entry.patterns.split(',');
        const QString host = QString::fromUtf8(names.first());
        const KnownHosts::Lookup found = hosts.lookup(host, 22, entry.keyType, entry.keyBlob);
        require(found.line >= 0 && found.line <= lines);
    }
    // The pattern matcher on arbitrary patterns and names (split at the first newline).
    const qsizetype newline = text.indexOf('\n');
    if (newline >= 0)
        KnownHosts::matchPatternList(QByteArrayView(text).first(newline),
                                     QByteArrayView(text).sliced(newline + 1));
    hosts.keyTypes(QStringLiteral("gateway.example.com"), 2222);
    return 0;
}
