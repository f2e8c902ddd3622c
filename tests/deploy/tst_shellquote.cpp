#include <QTest>
class TestShellQuote : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
