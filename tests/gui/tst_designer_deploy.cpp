// "Deploy…" through the real window against real sshd processes (the deploy tests' harness):
// deploying to two gateways ends done for both and badges their cards; an unknown host key is
// asked about and a refused one fails the gateway with the reason; a dry run lists
// the changes and installs nothing; cancel stops the run. HOME and XDG_DATA_HOME are temp dirs,
// so neither ~/.ssh nor the app's known_hosts is touched.
//
// With P2PVPN_SCREENSHOTS=DIR the screen is captured (ImageMagick `import -window root`) in the
// middle and at the end of the deploy run, for looking at the dialog under Xvfb.

#include "actions.h"
#include "deploy/knownhosts.h"
#include "deploycontroller.h"
#include "deploydialog.h"
#include "designertestutil.h"
#include "mesheditor.h"
#include "model/meshmodel.h"
#include "model/projectfile.h"
#include "testsshd.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include <memory>
#include <vector>

using namespace p2pvpn;
using namespace p2pvpn::test;

class TestDesignerDeploy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedWhileErrors();
    void deployAllBadgesTheCanvas();
    void refusedHostKeyFails();
    void dryRunChangesNothing();
    void cancelStopsTheRun();

private:
    QString targetDir(int i) const { return m_work->filePath(QStringLiteral("gw%1/target").arg(i)); }
    DeployDialog *openDialog();
    bool runAndWait(QPushButton *button);
    void screenshot(const QString &name);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_keys;
    std::unique_ptr<QTemporaryDir> m_work;
    std::vector<std::unique_ptr<TestSshd>> m_servers;
    std::unique_ptr<testutil::Window> m_window;
    QStringList m_names;
};

void TestDesignerDeploy::initTestCase()
{
    testutil::isolateSettings(m_home);
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    qunsetenv("SSH_AUTH_SOCK");
    if (const QString reason = TestSshd::skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_keys = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(generateKey(m_keys->filePath(QStringLiteral("id")), QString(), &error), qPrintable(error));
}

void TestDesignerDeploy::init()
{
    QFile::remove(Deployer::defaultAppKnownHostsFile()); // every test meets its servers anew
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    Mesh mesh;
    mesh.name = QStringLiteral("deploytest");
    m_names = {QStringLiteral("gw-a"), QStringLiteral("gw-b")};
    for (int i = 0; i < m_names.size(); ++i) {
        auto sshd = std::make_unique<TestSshd>();
        QString error;
        // The generated install.sh also writes a sysctl file: keep it in the test's folder, unapplied.
        const QStringList environment{QStringLiteral("P2PVPN_SYSCTL_DIR=") +
                                          m_work->filePath(QStringLiteral("gw%1/sysctl").arg(i)),
                                      QStringLiteral("P2PVPN_SYSCTL_APPLY=true")};
        QVERIFY2(sshd->start({m_keys->filePath(QStringLiteral("id.pub"))}, &error, {}, environment),
                 qPrintable(error));
        const QString services = m_work->filePath(QStringLiteral("gw%1/services").arg(i));
        QVERIFY(QDir().mkpath(services));
        QVERIFY(writeServiceScripts(services, &error));
        Lan lan = localGatewayLan(m_names[i], i, sshd->port(), m_keys->filePath(QStringLiteral("id")),
                                  targetDir(i), services);
        lan.position = QPointF(i * 300, 0);
        mesh.addLan(lan);
        m_servers.push_back(std::move(sshd));
    }
    const QString file = m_work->filePath(QStringLiteral("deploytest.p2pmesh"));
    QString error;
    QVERIFY2(ProjectFile::save(file, mesh, &error), qPrintable(error));
    m_window = std::make_unique<testutil::Window>();
    QVERIFY((*m_window)->documents()->openFile(file));
}

void TestDesignerDeploy::cleanup()
{
    if (QTest::currentTestFailed())
        for (const auto &s : m_servers)
            qWarning().noquote() << s->log();
    m_window.reset(); // cancels and waits for a run still going
    m_servers.clear();
    m_work.reset();
}

DeployDialog *TestDesignerDeploy::openDialog()
{
    (*m_window)->actions()->deploy->trigger();
    DeployDialog *dialog = (*m_window)->deployer()->dialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

bool TestDesignerDeploy::runAndWait(QPushButton *button)
{
    DeployController *controller = (*m_window)->deployer();
    QSignalSpy finished(controller, &DeployController::runFinished);
    if (!button->isEnabled())
        return false;
    button->click();
    // Generous: only a hung run gets near it.
    return finished.count() > 0 || finished.wait(120000);
}

void TestDesignerDeploy::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("P2PVPN_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QTest::qWait(150); // let the window system draw what the widgets painted
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                 QDir(dir).filePath(name + QLatin1String(".png"))});
}

void TestDesignerDeploy::refusedWhileErrors()
{
    testutil::Window &w = *m_window;
    Lan b = *w->model()->lan(w->model()->mesh().lans.lastKey());
    b.subnets = w->model()->mesh().lans.first().subnets; // overlaps gw-a
    w->editor()->updateLan(b);
    QVERIFY(!openDialog());
    QCOMPARE(w.log.errors.size(), 1);
    QVERIFY2(w.log.errors.first().contains(QLatin1String("10.1.0.0/24")), qPrintable(w.log.errors.first()));
    QVERIFY(w.log.hostKeyQuestions.isEmpty());
}

void TestDesignerDeploy::deployAllBadgesTheCanvas()
{
    testutil::Window &w = *m_window;
    w.prompter->trustHostKeys = true;
    w.prompter->duringHostKey = [this] { screenshot(QStringLiteral("deploy-running")); };
    DeployDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY2(w.log.errors.isEmpty(), qPrintable(w.log.errors.join(QLatin1Char('\n'))));
    QCOMPARE(dialog->table()->topLevelItemCount(), 2);
    QCOMPARE(dialog->table()->topLevelItem(0)->text(DeployDialog::TargetColumn),
             QStringLiteral("root@127.0.0.1:%1").arg(m_servers[0]->port()));
    QVERIFY(!dialog->deploySelectedButton()->isEnabled()); // nothing selected yet

    QVERIFY(runAndWait(dialog->deployAllButton()));
    for (const QString &name : m_names) {
        QVERIFY2(dialog->state(name) == DeployState::Done,
                 qPrintable(name + QLatin1String(": ") + dialog->details(name)));
    }
    QVERIFY(!dialog->cancelButton()->isVisible());
    QVERIFY(dialog->closeButton()->isEnabled());
    // Both unknown keys were asked about, with their fingerprints, and recorded for the CLI too.
    QCOMPARE(w.log.hostKeyQuestions.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString fingerprint = KnownHosts::fingerprint(m_servers[size_t(i)]->hostKeyBlob());
        QVERIFY2(w.log.hostKeyQuestions.join(QLatin1Char('\n')).contains(fingerprint),
                 qPrintable(w.log.hostKeyQuestions.join(QLatin1Char('\n'))));
        QCOMPARE(configsIn(targetDir(i)).size(), 1); // the one tunnel between the two
        QVERIFY(QFileInfo::exists(
            m_work->filePath(QStringLiteral("gw%1/sysctl/60-p2pvpn-deploytest.conf").arg(i))));
    }
    KnownHosts known;
    QString error;
    QVERIFY(KnownHosts::load(Deployer::defaultAppKnownHostsFile(), &known, &error));
    QCOMPARE(known.entries().size(), 2);
    // The log of one gateway, when selected, has its lines without prefixes.
    dialog->selectGateways({m_names[1]});
    QVERIFY(!dialog->logText().isEmpty());
    QVERIFY(!dialog->logText().contains(m_names[0] + QLatin1String(": ")));
    QVERIFY(dialog->deploySelectedButton()->isEnabled());
    screenshot(QStringLiteral("deploy-finished"));

    // The canvas shows the results until the mesh changes.
    const QList<LanId> ids = w->model()->mesh().lans.keys();
    for (LanId id : ids)
        QCOMPARE(int(w->scene()->deployBadge(id)), int(DeployBadge::Ok));
    w->actions()->deploy->trigger(); // while the dialog is open: raises it, generates nothing anew
    QCOMPARE(w->deployer()->dialog(), dialog);
    dialog->closeButton()->click();
    QTRY_VERIFY(!w->deployer()->dialog());
    screenshot(QStringLiteral("deploy-canvas"));
    // Opening it again generates the bundles again; nothing changed, so the results still hold.
    dialog = openDialog();
    QVERIFY(dialog);
    for (LanId id : ids)
        QCOMPARE(int(w->scene()->deployBadge(id)), int(DeployBadge::Ok));
    dialog->closeButton()->click();
    QTRY_VERIFY(!w->deployer()->dialog());
    w->editor()->moveLans({{ids.first(), QPointF(40, 200)}});
    for (LanId id : ids)
        QCOMPARE(int(w->scene()->deployBadge(id)), int(DeployBadge::None));

    // Again with nothing changed: both unchanged, no questions (the keys are known now).
    dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(runAndWait(dialog->deployAllButton()));
    for (const QString &name : m_names)
        QVERIFY2(dialog->state(name) == DeployState::Unchanged, qPrintable(dialog->details(name)));
    QCOMPARE(w.log.hostKeyQuestions.size(), 2);
}

void TestDesignerDeploy::refusedHostKeyFails()
{
    testutil::Window &w = *m_window;
    w.prompter->trustHostKeys = false;
    DeployDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->selectGateways({m_names[0]});
    QVERIFY(runAndWait(dialog->deploySelectedButton()));
    QCOMPARE(w.log.hostKeyQuestions.size(), 1);
    QVERIFY(w.log.hostKeyQuestions.first().startsWith(m_names[0] + QLatin1Char(' ')));
    QCOMPARE(toString(dialog->state(m_names[0])), toString(DeployState::Failed)); // reached, but not trusted
    QVERIFY2(dialog->details(m_names[0]).contains(QLatin1String("not accepted")),
             qPrintable(dialog->details(m_names[0])));
    QCOMPARE(toString(dialog->state(m_names[1])), toString(DeployState::Waiting)); // not part of the run
    QVERIFY(!QFileInfo::exists(targetDir(0)));
    QCOMPARE(int(w->scene()->deployBadge(w->model()->mesh().lans.firstKey())), int(DeployBadge::Failed));
    QCOMPARE(int(w->scene()->deployBadge(w->model()->mesh().lans.lastKey())), int(DeployBadge::None));
}

void TestDesignerDeploy::dryRunChangesNothing()
{
    testutil::Window &w = *m_window;
    w.prompter->trustHostKeys = true;
    DeployDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(runAndWait(dialog->dryRunButton()));
    for (const QString &name : m_names) {
        QCOMPARE(toString(dialog->state(name)), toString(DeployState::Done));
        QVERIFY2(dialog->details(name).contains(QLatin1String("would be 1 added")),
                 qPrintable(dialog->details(name)));
    }
    QCOMPARE(int(dialog->logText().count(QLatin1String(": would add "))), 2);
    for (int i = 0; i < 2; ++i)
        QVERIFY(!QFileInfo::exists(targetDir(i)));
    for (LanId id : w->model()->mesh().lans.keys())
        QCOMPARE(int(w->scene()->deployBadge(id)), int(DeployBadge::None)); // a dry run deploys nothing
}

void TestDesignerDeploy::cancelStopsTheRun()
{
    testutil::Window &w = *m_window;
    DeployDialog *dialog = openDialog();
    QVERIFY(dialog);
    // The user presses Cancel while the first host key is asked about.
    w.prompter->trustHostKeys = true;
    w.prompter->duringHostKey = [dialog] {
        QVERIFY(dialog->cancelButton()->isVisible());
        QVERIFY(!dialog->closeButton()->isEnabled());
        dialog->cancelButton()->click();
    };
    QVERIFY(runAndWait(dialog->deployAllButton()));
    for (const QString &name : m_names)
        QVERIFY2(dialog->state(name) == DeployState::Cancelled,
                 qPrintable(name + QLatin1String(": ") + dialog->details(name)));
    for (int i = 0; i < 2; ++i)
        QVERIFY(!QFileInfo::exists(targetDir(i)));
    QVERIFY(dialog->closeButton()->isEnabled());
}

QTEST_MAIN(TestDesignerDeploy)
#include "tst_designer_deploy.moc"
