// Commands between the mesh and AWS: import-aws (describe-* JSON in) and export-terraform (HCL out).

#include "cli.h"
#include "clioptions.h"

#include "cloud/awsimport.h"
#include "generate/terraformexport.h"
#include "model/projectfile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace p2pvpn {

using cli::option;

int Cli::importAws(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto vpcs = option({QStringLiteral("vpcs")},
                             tr("What \"aws ec2 describe-vpcs\" printed (required)."), tr("JSON"));
    const auto instances =
        option({QStringLiteral("instances")},
               tr("What \"aws ec2 describe-instances\" printed: finds each VPC's gateway."), tr("JSON"));
    const auto tables = option({QStringLiteral("route-tables")},
                               tr("What \"aws ec2 describe-route-tables\" printed."), tr("JSON"));
    const auto groups = option({QStringLiteral("security-groups")},
                               tr("What \"aws ec2 describe-security-groups\" printed."), tr("JSON"));
    const auto region = option({QStringLiteral("region")},
                               tr("The VPCs' region (default: from the instances)."), tr("REGION"));
    const auto gateway =
        option({QStringLiteral("gateway")},
               tr("The gateway instance of a VPC, instead of the instance tagged p2pvpn:gateway "
                  "(repeatable)."),
               tr("VPC-ID=INSTANCE-ID"));
    p.addOptions({vpcs, instances, tables, groups, region, gateway});
    if (const std::optional<int> stop = parse(p, arguments, command("import-aws"), 1))
        return *stop;
    if (!p.isSet(vpcs))
        return usageError(tr("import-aws needs --vpcs JSON, the output of \"aws ec2 describe-vpcs\""));
    AwsImportOptions options;
    options.region = p.value(region);
    for (const QString &choice : p.values(gateway)) {
        const qsizetype equals = choice.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == choice.size() - 1)
            return usageError(
                tr("--gateway: expected VPC-ID=INSTANCE-ID, not \"%1\"").arg(displayText(choice)));
        options.gateway.insert(choice.left(equals), choice.mid(equals + 1));
    }
    if (!options.gateway.isEmpty() && !p.isSet(instances))
        return usageError(
            tr("--gateway needs --instances JSON, the output of \"aws ec2 describe-instances\""));

    AwsDocument documents[4];
    const QCommandLineOption *sources[4] = {&vpcs, &instances, &tables, &groups};
    QString error;
    for (int i = 0; i < 4; ++i)
        if (p.isSet(*sources[i]) && !AwsInventory::readFile(p.value(*sources[i]), &documents[i], &error))
            return usageError(error);
    AwsInventory inventory;
    if (!inventory.read(documents[0], documents[1], documents[2], documents[3], &error))
        return usageError(error);

    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    const bool creating = !QFileInfo::exists(path);
    if (creating) {
        mesh.name = QFileInfo(path).completeBaseName().toLower();
        if (const QString problem = Mesh::validateName(mesh.name); !problem.isEmpty())
            return usageError(problem + tr(" (create the file first with \"p2pvpn init FILE --name NAME\")"));
    } else if (!loadMesh(path, &mesh)) {
        return Usage;
    }
    AwsImportReport report;
    if (!AwsImport::apply(&mesh, inventory, options, &report, &error))
        return usageError(error);

    auto print = [&](const char *what, const QList<AwsImportReport::Entry> &entries) {
        for (const AwsImportReport::Entry &e : entries) {
            const QString details =
                e.details.isEmpty() ? QString() : QLatin1String(": ") + e.details.join(QLatin1String("; "));
            m_out << tr(what).arg(mesh.lan(e.lan)->name, e.vpcId) << details << '\n';
        }
    };
    print(QT_TR_NOOP("added %1 (%2)"), report.added);
    print(QT_TR_NOOP("changed %1 (%2)"), report.changed);
    print(QT_TR_NOOP("unchanged %1 (%2)"), report.unchanged);
    for (const QString &note : std::as_const(report.notes))
        m_out << tr("note: %1").arg(note) << '\n';
    m_out << tr("%n LAN(s) added, ", nullptr, int(report.added.size()))
          << tr("%n changed, ", nullptr, int(report.changed.size()))
          << tr("%n left alone", nullptr, int(report.unchanged.size())) << Qt::endl;
    if (creating)
        m_out << tr("created %1").arg(path) << Qt::endl;
    return saveMesh(path, mesh);
}

int Cli::exportTerraform(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto out = option({QStringLiteral("out")}, tr("Folder for p2pvpn.tf."), tr("DIR"));
    p.addOptions({out});
    if (const std::optional<int> stop = parse(p, arguments, command("export-terraform"), 1))
        return *stop;
    if (!p.isSet(out))
        return usageError(tr("export-terraform needs --out DIR"));
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    const TerraformResult result = TerraformExport::run(mesh, p.value(out));
    if (!result.ok) {
        printError(result.error);
        return result.meshHasErrors ? Findings : Usage;
    }
    m_out << result.written << '\n';
    for (const QString &lan : result.sourceDestCheck)
        m_out
            << tr("set source_dest_check = false in the aws_instance of gateway %1 (it is not managed here)")
                   .arg(lan)
            << '\n';
    if (result.skipped.size())
        m_out << tr("no AWS gateway instance, left out: %1").arg(result.skipped.join(QLatin1String(", ")))
              << '\n';
    m_out.flush();
    // The export numbered new tunnels; keep those numbers, or the next generate would differ.
    if (result.mesh.allocations != mesh.allocations)
        return saveMesh(path, result.mesh);
    return Ok;
}

} // namespace p2pvpn
