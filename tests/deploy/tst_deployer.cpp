#include <QTest>
class TestDeployer : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDeployer)
#include "tst_deployer.moc"
