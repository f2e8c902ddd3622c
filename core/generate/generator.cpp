#include "generate/generator.h"

#include "check/checker.h"
#include "generate/allocator.h"
#include "generate/configrenderer.h"
#include "generate/gatewayfiles.h"
#include "keys/keystore.h"
#include "keys/pki.h"

namespace p2pvpn {

Generator::Generator(const Mesh &mesh, KeyStore *keys) : m_mesh(mesh), m_keys(keys) {}

QString Generator::errorReport(const QList<Finding> &findings)
{
    QStringList lines{
        tr("the mesh has %n error(s); fix them first:", nullptr, int(Checker::errorCount(findings)))};
    for (const Finding &f : findings)
        if (f.isError())
            lines.append(QStringLiteral("  %1: %2").arg(f.code, displayText(f.message, f.message.size())));
    return lines.join(QLatin1Char('\n'));
}

bool Generator::prepare(QString *error)
{
    const QList<Finding> findings = Checker::check(m_mesh);
    if (Checker::errorCount(findings)) {
        *error = errorReport(findings);
        return false;
    }
    if (!Allocator::allocate(&m_mesh, error))
        return false;
    m_routes = Routing::compute(m_mesh);

    const KeyMode mode = m_mesh.settings.keyMode;
    if (mode == KeyMode::Ca) {
        const std::optional<Identity> ca = m_keys->ca(m_mesh.name, error);
        if (!ca)
            return false;
        m_caCertificate = ca->certificatePem;
    }
    for (const Lan &lan : std::as_const(m_mesh.lans)) {
        const std::optional<Identity> identity = m_keys->gateway(lan.id, lan.name, mode, error);
        if (!identity)
            return false;
        m_certificates.insert(lan.id, identity->certificatePem);
        m_privateKeys.insert(lan.id, identity->privateKeyPem);
        m_fingerprints.insert(lan.id, Pki::sha256Fingerprint(identity->certificatePem));
    }
    for (const LinkKey &tunnel : m_mesh.tunnels()) {
        const std::optional<QByteArray> key = m_keys->tlsCryptKey(tunnel, error);
        if (!key)
            return false;
        m_tlsCryptKeys.insert(tunnel, *key);
    }
    return true;
}

GatewayBundle Generator::bundle(LanId gateway) const
{
    const Lan &lan = *m_mesh.lan(gateway);
    GatewayBundle result{gateway, lan.name, {}, {}};

    // Which remote subnets go through which neighbour.
    const Routing::NextHops hops = m_routes.value(gateway);
    QMap<LanId, QList<Cidr>> routesVia;
    QList<Cidr> remoteSubnets;
    for (auto it = hops.cbegin(); it != hops.cend(); ++it) {
        // Other LANs reach an aliased subnet by its alias only; its gateway translates.
        const QList<Cidr> subnets = m_mesh.lan(it.key())->meshSubnets();
        routesVia[it.value()].append(subnets);
        remoteSubnets.append(subnets);
    }

    QList<GatewayTunnel> tunnels;
    for (auto it = m_mesh.allocations.cbegin(); it != m_mesh.allocations.cend(); ++it) {
        const LinkKey &key = it.key();
        if (key.a != gateway && key.b != gateway)
            continue;
        const bool isA = key.a == gateway;
        const Lan &peer = *m_mesh.lan(isA ? key.b : key.a);
        TunnelEnd end;
        end.meshName = m_mesh.name;
        end.localName = lan.name;
        end.peerName = peer.name;
        end.peerEndpoint = peer.endpoint;
        end.tlsServer = isA; // the lower LAN ID serves: deterministic, and stable as IDs never change
        end.localAddress = isA ? Allocator::addressOfA(it->transit) : Allocator::addressOfB(it->transit);
        end.remoteAddress = isA ? Allocator::addressOfB(it->transit) : Allocator::addressOfA(it->transit);
        end.localPort = isA ? it->portA : it->portB;
        end.remotePort = isA ? it->portB : it->portA;
        end.routes = routesVia.value(peer.id);
        end.certificatePem = m_certificates.value(gateway);
        end.privateKeyPem = m_privateKeys.value(gateway);
        end.peerFingerprint = m_fingerprints.value(peer.id);
        end.caPem = m_caCertificate;
        end.tlsCryptKey = m_tlsCryptKeys.value(key);

        const QString name = ConfigRenderer::tunnelName(m_mesh.name, peer.name);
        result.files.append(BundleFile{QStringLiteral("openvpn/%1.conf").arg(name),
                                       ConfigRenderer::render(end, m_mesh.settings),
                                       BundleFile::Kind::Secret});
        tunnels.append(GatewayTunnel{name, &peer, end.localPort});
        result.tunnels.append(BundleTunnel{name, peer.name, peer.endpoint, end.localPort, end.remotePort,
                                           end.localAddress, end.remoteAddress});
    }
    result.files.append(GatewayFiles(m_mesh, lan, tunnels, remoteSubnets).files());
    return result;
}

} // namespace p2pvpn
