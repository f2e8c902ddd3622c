#include <QTest>
class TestKnownHosts : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
