// GenerateJob, the one "generate this project" job: typed failures, allocations saved into the project
// (and what happens when that save fails), keys of removed LANs pruned.

#include "generate/generatejob.h"
#include "keys/keystore.h"
#include "model/projectfile.h"
#include "saveblocker.h"
#include "testfiles.h"
#include "testmeshes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace p2pvpn;
using namespace p2pvpn::test;

namespace {

// A saved project in `dir` and the request that generates it into dir/out.
GenerateRequest savedProject(const QTemporaryDir &dir, const Mesh &mesh)
{
    GenerateRequest request;
    request.projectPath = dir.filePath(QStringLiteral("corp.p2pmesh"));
    request.mesh = mesh;
    request.outDir = dir.filePath(QStringLiteral("out"));
    QString error;
    if (!ProjectFile::save(request.projectPath, mesh, &error))
        qFatal("cannot save the test project: %s", qPrintable(error));
    return request;
}

Mesh load(const QString &path)
{
    Mesh mesh;
    QString error;
    if (!ProjectFile::load(path, &mesh, &error))
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(error));
    return mesh;
}

} // namespace

class TestGenerateJob : public QObject
{
    Q_OBJECT
private slots:
    void refusesMeshWithErrors()
    {
        QTemporaryDir dir;
        Mesh mesh = letterMesh(3);
        mesh.lans[mesh.lanByName(QStringLiteral("c"))->id].subnets = {
            Cidr::parse(QStringLiteral("10.1.4.0/24"))};
        GenerateRequest request = savedProject(dir, mesh);
        const QByteArray before = readAll(request.projectPath);

        const GenerateResult result = GenerateJob::run(request);
        QCOMPARE(result.failure, GenerateResult::Failure::MeshHasErrors);
        QVERIFY(!result.bundlesWritten());
        QVERIFY(!result.errors.isEmpty());
        QCOMPARE(result.errors.first().code, QStringLiteral("subnet-overlap"));
        QVERIFY2(result.error.contains(QStringLiteral("subnet-overlap")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(request.outDir));
        QVERIFY(!QFileInfo::exists(KeyStore::directoryFor(request.projectPath)));
        QCOMPARE(readAll(request.projectPath), before);
    }

    void writesBundlesAndSavesAllocations()
    {
        QTemporaryDir dir;
        GenerateRequest request = savedProject(dir, letterMesh(3));
        request.gatewayZips = request.meshZip = true;

        const GenerateResult result = GenerateJob::run(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.allocationsChanged);
        QCOMPARE(result.mesh.allocations.size(), 3);
        const QDir out(request.outDir);
        QCOMPARE(result.written,
                 QStringList({out.filePath(QStringLiteral("a")), out.filePath(QStringLiteral("a.zip")),
                              out.filePath(QStringLiteral("b")), out.filePath(QStringLiteral("b.zip")),
                              out.filePath(QStringLiteral("c")), out.filePath(QStringLiteral("c.zip")),
                              out.filePath(QStringLiteral("corp.zip"))}));
        // The project on disk now records the numbers the bundles carry.
        QCOMPARE(load(request.projectPath).allocations, result.mesh.allocations);
        QVERIFY(QFileInfo::exists(KeyStore::directoryFor(request.projectPath)));

        // A second run of the saved project changes nothing and saves nothing.
        request.mesh = load(request.projectPath);
        const QDateTime saved = QFileInfo(request.projectPath).lastModified();
        const GenerateResult again = GenerateJob::run(request);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(!again.allocationsChanged);
        QCOMPARE(again.mesh.allocations, result.mesh.allocations);
        QCOMPARE(QFileInfo(request.projectPath).lastModified(), saved);
    }

    void ioErrorNamesThePath()
    {
        QTemporaryDir dir;
        GenerateRequest request = savedProject(dir, letterMesh(2));
        QFile blocker(request.outDir);
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the output folder should be
        blocker.close();

        const GenerateResult result = GenerateJob::run(request);
        QCOMPARE(result.failure, GenerateResult::Failure::Io);
        QVERIFY2(result.error.contains(request.outDir), qPrintable(result.error));
        QVERIFY(result.written.isEmpty());
    }

    void cancelled()
    {
        QTemporaryDir dir;
        GenerateRequest request = savedProject(dir, letterMesh(3));
        int calls = 0;
        const GenerateResult result = GenerateJob::run(request, [&calls](int, int) { return ++calls < 2; });
        QCOMPARE(result.failure, GenerateResult::Failure::Cancelled);
        QCOMPARE(calls, 2);
        QVERIFY(!result.bundlesWritten());
    }

    void projectNotSaved()
    {
        QTemporaryDir dir;
        GenerateRequest request = savedProject(dir, letterMesh(3));
        const QByteArray before = readAll(request.projectPath);
        SaveBlocker blocked(request.projectPath);
        if (!blocked.isActive())
            QSKIP(qPrintable(SaveBlocker::whyNot()));

        const GenerateResult result = GenerateJob::run(request);
        QCOMPARE(result.failure, GenerateResult::Failure::ProjectNotSaved);
        QVERIFY(result.bundlesWritten());
        QVERIFY(result.allocationsChanged);
        QCOMPARE(result.mesh.allocations.size(), 3); // the caller gets the numbers to keep
        QVERIFY2(result.error.contains(request.projectPath), qPrintable(result.error));
        QVERIFY(QFileInfo(QDir(request.outDir).filePath(QStringLiteral("a"))).isDir());
        blocked.release();
        QCOMPARE(readAll(request.projectPath), before);
    }

    void prunesKeysOfRemovedLans()
    {
        QTemporaryDir dir;
        Mesh mesh = letterMesh(3);
        GenerateRequest request = savedProject(dir, mesh);
        GenerateResult result = GenerateJob::run(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QDir keys(KeyStore::directoryFor(request.projectPath));
        const LanId a = result.mesh.lanByName(QStringLiteral("a"))->id;
        const LanId c = result.mesh.lanByName(QStringLiteral("c"))->id;
        const QByteArray keyOfA = readAll(keys.filePath(KeyStore::gatewayKeyFileName(a)));
        QVERIFY(!keyOfA.isEmpty());
        QVERIFY(keys.exists(KeyStore::gatewayKeyFileName(c)));
        QVERIFY(keys.exists(KeyStore::gatewayCertFileName(c)));
        const QByteArray tunnelLine = QStringLiteral("tunnel %1-%2").arg(a).arg(c).toLatin1();
        QVERIFY(readAll(keys.filePath(KeyStore::tunnelKeysFileName())).contains(tunnelLine));

        request.mesh = result.mesh;
        request.mesh.removeLan(c);
        result = GenerateJob::run(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!keys.exists(KeyStore::gatewayKeyFileName(c)));
        QVERIFY(!keys.exists(KeyStore::gatewayCertFileName(c)));
        const QByteArray tunnels = readAll(keys.filePath(KeyStore::tunnelKeysFileName()));
        QVERIFY(!tunnels.contains(tunnelLine));
        QVERIFY(tunnels.contains(QStringLiteral("tunnel %1-").arg(a).toLatin1())); // a-b stays
        QCOMPARE(readAll(keys.filePath(KeyStore::gatewayKeyFileName(a))), keyOfA); // others keep their keys
    }
};

QTEST_GUILESS_MAIN(TestGenerateJob)
#include "tst_generatejob.moc"
