// InputFile: what the user names is read only when it is a regular file within the limit; a FIFO, a device
// or a folder is refused at once (never a hang, never an endless read), a symlink to a file is followed.

#include "util/inputfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace p2pvpn;

class TestInputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write the test file");
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write("small", "hello");
        write("limit", QByteArray(16, 'x'));
        write("over", QByteArray(17, 'x'));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("small")), m_dir.filePath(QStringLiteral("link"))));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
        QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("fifo"))).constData(), 0600), 0);
    }

    void read_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message"); // part of the error
        const QString d = m_dir.path() + QLatin1Char('/');
        QTest::newRow("regular file")
            << d + QStringLiteral("small") << true << QByteArray("hello") << QString();
        QTest::newRow("at the limit")
            << d + QStringLiteral("limit") << true << QByteArray(16, 'x') << QString();
        QTest::newRow("symlink to a file")
            << d + QStringLiteral("link") << true << QByteArray("hello") << QString();
        QTest::newRow("over the limit") << d + QStringLiteral("over") << false << QByteArray()
                                        << QStringLiteral("larger than 16 bytes; it is not a test file");
        QTest::newRow("FIFO") << d + QStringLiteral("fifo") << false << QByteArray()
                              << QStringLiteral("is not a regular file");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << false << QByteArray()
                                   << QStringLiteral("/dev/zero is not a regular file");
        QTest::newRow("folder") << d + QStringLiteral("folder") << false << QByteArray()
                                << QStringLiteral("is a folder, not a test file");
        QTest::newRow("missing resource")
            << QStringLiteral(":/no/such/file") << false << QByteArray() << QStringLiteral("cannot open");
        QTest::newRow("missing") << d + QStringLiteral("missing") << false << QByteArray()
                                 << QStringLiteral("cannot open");
    }
    void read()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QByteArray data;
        QString error;
        QCOMPARE(InputFile::read(path, 16, QStringLiteral("test file"), &data, &error), ok);
        if (ok) {
            QCOMPARE(data, content);
        } else {
            QVERIFY2(error.contains(message), qPrintable(error));
            QVERIFY2(error.contains(path), qPrintable(error));
        }
    }

    void sizeText_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("MiB") << (qint64(256) << 20) << QStringLiteral("256 MiB");
        QTest::newRow("KiB") << qint64(2048) << QStringLiteral("2 KiB");
        QTest::newRow("bytes") << qint64(1000) << QStringLiteral("1000 bytes");
    }
    void sizeText()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(InputFile::sizeText(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
