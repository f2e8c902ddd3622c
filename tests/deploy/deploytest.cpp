#include "deploytest.h"

#include "deploy/sshcommand.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

namespace p2pvpn::test {

QMap<QString, QByteArray> configsFor(const QString &gateway, const QStringList &peers,
                                     const QByteArray &version)
{
    QMap<QString, QByteArray> configs;
    for (const QString &peer : peers)
        configs.insert(gateway + QLatin1Char('-') + peer,
                       "# " + gateway.toUtf8() + " to " + peer.toUtf8() + " v" + version + "\ndev tun\n");
    return configs;
}

void DeployTest::initTestCase()
{
    if (const QString reason = TestSshd::skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_keys = std::make_unique<QTemporaryDir>();
    QVERIFY(m_keys->isValid());
    QString error;
    for (const char *name : {"id", "other"})
        QVERIFY2(generateKey(m_keys->filePath(QLatin1String(name)), QString(), &error), qPrintable(error));
    QVERIFY2(generateKey(m_keys->filePath(QStringLiteral("locked")), QStringLiteral("s3same"), &error),
             qPrintable(error));
}

void DeployTest::init()
{
    m_work =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/p2pvpn deploy 'test-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void DeployTest::cleanup()
{
    if (QTest::currentTestFailed())
        for (const auto &g : m_gateways)
            qWarning().noquote() << "sshd log of" << g->target.name << ":\n" << g->sshd->log();
    m_gateways.clear();
    m_work.reset();
    if (!m_extraUser.isEmpty()) {
        bool ok = false;
        runProgram(QStringLiteral("userdel"), {m_extraUser}, &ok);
        m_extraUser.clear();
    }
}

Gateway *DeployTest::addGateway(const QString &name, const QStringList &authorizedKeys)
{
    auto g = std::make_unique<Gateway>();
    g->root = m_work->filePath(name);
    QString error;
    if (!QDir().mkpath(g->servicesDir()) || !writeServiceScripts(g->servicesDir(), &error)) {
        qWarning() << "cannot prepare" << g->root << error;
        return nullptr;
    }
    g->sshd = std::make_unique<TestSshd>();
    if (!g->sshd->start(authorizedKeys.isEmpty() ? QStringList{m_keys->filePath(QStringLiteral("id.pub"))}
                                                 : authorizedKeys,
                        &error)) {
        qWarning() << "cannot start sshd:" << error;
        return nullptr;
    }
    DeployTarget &t = g->target;
    t.name = name;
    t.bundleDir = g->bundleDir();
    t.host = QStringLiteral("127.0.0.1");
    t.ssh.port = g->sshd->port();
    t.ssh.user = QStringLiteral("root");
    t.ssh.useAgent = false; // never the real user's agent
    t.ssh.keyFile = m_keys->filePath(QStringLiteral("id"));
    t.deploy.targetDir = g->targetDir();
    t.deploy.serviceManager = ServiceManager::Command;
    t.deploy.restartCommand =
        shellJoin({QStringLiteral("sh"), g->servicesDir() + QStringLiteral("/restart.sh")});
    t.deploy.stopCommand = shellJoin({QStringLiteral("sh"), g->servicesDir() + QStringLiteral("/stop.sh")});
    m_gateways.push_back(std::move(g));
    return m_gateways.back().get();
}

Deployer::Options DeployTest::options() const
{
    Deployer::Options o;
    o.jobs = 4;
    o.newHostKeys = Deployer::HostKeyPolicy::AcceptNew;
    o.userKnownHostsFile = m_work->filePath(QStringLiteral("user_known_hosts")); // never the real ~/.ssh
    o.appKnownHostsFile = m_work->filePath(QStringLiteral("app_known_hosts"));
    o.timeoutMs = 20000;
    return o;
}

QList<DeployResult> DeployTest::deploy(const QList<Gateway *> &gateways, Deployer::Options options,
                                       Deployer *deployer)
{
    std::unique_ptr<Deployer> own;
    if (!deployer) {
        own = std::make_unique<Deployer>();
        deployer = own.get();
    }
    QList<DeployTarget> targets;
    for (Gateway *g : gateways)
        targets.append(g->target);
    QSignalSpy finished(deployer, &Deployer::finished);
    if (!deployer->start(targets, options))
        return {};
    if (!finished.wait(180000))
        qWarning() << "the deploy did not finish";
    return deployer->results();
}

QString DeployTest::describe(const QList<DeployResult> &results)
{
    QStringList lines;
    for (const DeployResult &r : results)
        lines << QStringLiteral("%1: %2: %3").arg(r.gateway, toString(r.state), r.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace p2pvpn::test
