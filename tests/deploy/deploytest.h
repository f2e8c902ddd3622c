#pragma once

// The harness the Deployer tests share: gateways, each a real sshd of its own with a bundle, a target
// and service scripts in a work folder whose path has a blank and a quote (so quoting is tested on the
// way), and one call that deploys to some of them. Skips, as a whole, where sshd cannot run.

#include "deploy/deployer.h"
#include "testsshd.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace p2pvpn::test {

// A gateway of a test: its sshd, and bundle/, target/ and services/ under root.
struct Gateway
{
    std::unique_ptr<TestSshd> sshd;
    QString root; // bundle/, target/, services/
    DeployTarget target;

    QString targetDir() const { return root + QStringLiteral("/target"); }
    QString bundleDir() const { return root + QStringLiteral("/bundle"); }
    QString servicesDir() const { return root + QStringLiteral("/services"); }
    QStringList serviceLog() const
    {
        QFile file(servicesDir() + QStringLiteral("/services.log"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

// One config per peer, named <gateway>-<peer>, whose text names the version.
QMap<QString, QByteArray> configsFor(const QString &gateway, const QStringList &peers,
                                     const QByteArray &version = "1");

class DeployTest : public QObject
{
    Q_OBJECT

private slots:
    // Keys id, other and locked (passphrase "s3same") for every test; a fresh work folder for each.
    void initTestCase();
    void init();
    void cleanup();

protected:
    // A gateway with a running sshd that accepts authorizedKeys (default: id.pub); null on failure.
    Gateway *addGateway(const QString &name, const QStringList &authorizedKeys = {});
    // Deploys to gateways with a Deployer of its own unless one is given; waits for the end.
    QList<DeployResult> deploy(const QList<Gateway *> &gateways, Deployer::Options options,
                               Deployer *deployer = nullptr);
    // Four jobs, new host keys accepted, known_hosts files in the work folder.
    Deployer::Options options() const;
    static QString describe(const QList<DeployResult> &results);

    std::unique_ptr<QTemporaryDir> m_keys;
    std::unique_ptr<QTemporaryDir> m_work; // its path has a blank and a quote
    std::vector<std::unique_ptr<Gateway>> m_gateways;
    QString m_extraUser; // created by a test, removed in cleanup()
};

} // namespace p2pvpn::test
