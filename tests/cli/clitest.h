#pragma once

// What the CLI tests share: running the real p2pvpn in a fresh temporary folder per test function, with
// "{dir}" in an argument standing for that folder, and reading back the mesh it wrote.

#include "model/mesh.h"
#include "testfiles.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace p2pvpn::test {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Mixed into each CLI test class; call fresh() from its init().
class CliFixture
{
public:
    void fresh();
    // Runs p2pvpn; "{dir}" in an argument becomes the test's temporary directory.
    Result run(const QStringList &arguments);
    Result run(std::initializer_list<const char *> arguments) { return run(strings(arguments)); }
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    Mesh loadMesh(const char *name);
    // m.p2pmesh with LANs a (10.1.0.0/16) and b (10.2.0.0/16).
    void makeTwoLanMesh(const char *topology = "full");

protected:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace p2pvpn::test

// Verifies the exit code; on a mismatch the failure shows both output streams.
#define CHECK_RUN(result, code)                                                                              \
    do {                                                                                                     \
        const Result &r_ = (result);                                                                         \
        QVERIFY2(                                                                                            \
            r_.exitCode == (code),                                                                           \
            qPrintable(                                                                                      \
                QStringLiteral("exit %1, stdout: %2, stderr: %3").arg(r_.exitCode).arg(r_.out, r_.err)));    \
    } while (false)
