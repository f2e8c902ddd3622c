#pragma once

// Generator: turns a checked mesh into one bundle per gateway: tunnel configs
// with keys inline, install script, firewall and cloud rules, README. Refuses
// while the checker reports errors. Keys come from (and stay in) the KeyStore.

#include "check/checker.h"
#include "generate/bundle.h"
#include "generate/routing.h"
#include "model/mesh.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace p2pvpn {

class KeyStore;

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Generator)
public:
    Generator(const Mesh &mesh, KeyStore *keys);

    // Checks, allocates transit nets and ports, loads or creates every key.
    // On failure *error says why (for checker errors: each error on its own line).
    bool prepare(QString *error);
    // The checker's errors under a heading, one a line: what prepare() says when it refuses.
    static QString errorReport(const QList<Finding> &findings);
    // The mesh with its allocations filled in: save it back so the next run keeps them.
    const Mesh &mesh() const { return m_mesh; }
    QList<LanId> gateways() const { return m_mesh.lans.keys(); }
    // Only after prepare() succeeded.
    GatewayBundle bundle(LanId gateway) const;

private:
    Mesh m_mesh;
    KeyStore *m_keys;
    QMap<LanId, Routing::NextHops> m_routes;
    QHash<LanId, QByteArray> m_certificates;
    QHash<LanId, QByteArray> m_privateKeys;
    QHash<LanId, QString> m_fingerprints;
    QByteArray m_caCertificate;
    QHash<LinkKey, QByteArray> m_tlsCryptKeys;
};

} // namespace p2pvpn
