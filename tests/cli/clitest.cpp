#include "clitest.h"

#include "model/projectfile.h"
#include "runcli.h"

#include <QFile>

namespace p2pvpn::test {

void CliFixture::fresh()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Result CliFixture::run(const QStringList &arguments)
{
    QStringList expanded;
    for (const QString &a : arguments)
        expanded.append(QString(a).replace(QLatin1String("{dir}"), m_dir->path()));
    test::CliOptions options;
    options.workingDirectory = m_dir->path();
    const test::CliResult run = test::runCli(expanded, options);
    Result result;
    if (run.exitCode < 0) {
        result.err = QStringLiteral("p2pvpn %1 did not finish normally").arg(expanded.join(QLatin1Char(' ')));
        return result;
    }
    result.exitCode = run.exitCode;
    result.out = run.outText();
    result.err = run.errText();
    return result;
}

Mesh CliFixture::loadMesh(const char *name)
{
    Mesh mesh;
    QString error;
    if (!ProjectFile::load(path(name), &mesh, &error))
        qWarning("%s", qPrintable(error));
    return mesh;
}

void CliFixture::makeTwoLanMesh(const char *topology)
{
    const QString file = path("m.p2pmesh");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init"), file, QStringLiteral("--topology"),
                      QString::fromLatin1(topology)},
          strings(
              {"add-lan", "{dir}/m.p2pmesh", "a", "--subnet", "10.1.0.0/16", "--endpoint", "a.example.com"}),
          strings({"add-lan", "{dir}/m.p2pmesh", "b", "--subnet", "10.2.0.0/16", "--endpoint",
                   "b.example.com"})}) {
        const Result r = run(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

} // namespace p2pvpn::test
