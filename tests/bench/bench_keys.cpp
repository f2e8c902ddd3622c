// Key material speed: 100 gateway identities and the 4,950 tls-crypt keys of a 100-LAN full mesh, in memory
// and through a KeyStore (first run creates, a later run loads). Prints figures; asserts nothing.
// Usage: bench_keys [DIRECTORY-FOR-THE-STORE]   (default: a temporary directory)

#include "keys/keystore.h"
#include "keys/pki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace p2pvpn;

namespace {

constexpr int lanCount = 100;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QByteArray &what, qint64 nanoseconds)
{
    out() << qSetFieldWidth(60) << Qt::left << QString::fromUtf8(what) << qSetFieldWidth(0)
          << QString::number(nanoseconds / 1e6, 'f', 1) << " ms" << Qt::endl;
}

// One generator run's worth of key store calls; false on the first error (printed).
bool useStore(KeyStore &store, KeyMode mode)
{
    QString error;
    if (mode == KeyMode::Ca && !store.ca(QStringLiteral("bench"), &error))
        return out() << error << Qt::endl, false;
    for (LanId id = 1; id <= lanCount; ++id) {
        if (!store.gateway(id, QStringLiteral("lan-%1").arg(id), mode, &error))
            return out() << error << Qt::endl, false;
    }
    for (LanId a = 1; a <= lanCount; ++a) {
        for (LanId b = a + 1; b <= lanCount; ++b) {
            if (!store.tlsCryptKey(LinkKey(a, b), &error))
                return out() << error << Qt::endl, false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int tunnels = lanCount * (lanCount - 1) / 2;
    out() << lanCount << " gateways, " << tunnels << " tunnels" << Qt::endl;
    QElapsedTimer timer;

    timer.start();
    for (int i = 0; i < lanCount; ++i)
        Pki::createSelfSigned(QStringLiteral("lan-%1").arg(i), nullptr);
    report(QByteArrayLiteral("Pki: self-signed identities (memory)"), timer.nsecsElapsed());

    const auto ca = Pki::createCa(QStringLiteral("bench CA"), nullptr);
    timer.start();
    for (int i = 0; i < lanCount; ++i)
        Pki::createSigned(QStringLiteral("lan-%1").arg(i), *ca, nullptr);
    report(QByteArrayLiteral("Pki: CA-signed identities (memory)"), timer.nsecsElapsed());

    timer.start();
    for (int i = 0; i < tunnels; ++i)
        Pki::createTlsCryptKey(nullptr);
    report(QByteArrayLiteral("Pki: tls-crypt keys (memory)"), timer.nsecsElapsed());

    QTemporaryDir temporary;
    const QString base = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    if (!QDir().mkpath(base)) { // a DIR that is not there yet is made, as the usage says
        QTextStream(stderr) << "cannot create " << base << Qt::endl;
        return 1;
    }
    for (const KeyMode mode : {KeyMode::Fingerprint, KeyMode::Ca}) {
        const QString dir = base + QLatin1String("/bench-") + toString(mode) + QLatin1String(".keys");
        const QByteArray label = toString(mode).toUtf8();
        {
            KeyStore store(dir);
            timer.start();
            if (!useStore(store, mode))
                return 1;
            report("KeyStore " + label + ": first run, creates and writes all", timer.nsecsElapsed());
            timer.start();
            QString error;
            if (!store.sync(&error))
                return out() << error << Qt::endl, 1;
            report("KeyStore " + label + ": sync() (syncfs) after it", timer.nsecsElapsed());
            timer.start();
            useStore(store, mode);
            report("KeyStore " + label + ": same object again (cache)", timer.nsecsElapsed());
        }
        KeyStore later(dir);
        timer.start();
        if (!useStore(later, mode))
            return 1;
        report("KeyStore " + label + ": later run, loads and checks all", timer.nsecsElapsed());
        QString error;
        later.rotateAll(&error);
    }
    return 0;
}
