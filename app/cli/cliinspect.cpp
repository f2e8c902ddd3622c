// Commands that show the mesh: list, check, settings.

#include "cli.h"
#include "clioptions.h"

#include "check/checker.h"
#include "model/dataciphers.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace p2pvpn {

using cli::given;
using cli::option;

namespace {

QString lanLine(const Lan &lan)
{
    QStringList subnets;
    for (const Cidr &c : lan.subnets)
        subnets.append(lan.aliases.contains(c)
                           ? c.toString() + QLatin1Char('=') + lan.aliases.value(c).toString()
                           : c.toString());
    return QStringLiteral("%1\t%2\t%3").arg(lan.name, lan.endpoint, subnets.join(QLatin1Char(',')));
}

} // namespace

int Cli::list(const QStringList &arguments)
{
    QCommandLineParser p;
    if (const std::optional<int> stop = parse(p, arguments, command("list"), 1))
        return *stop;
    Mesh mesh;
    if (!loadMesh(p.positionalArguments().at(1), &mesh))
        return Usage;
    m_out << tr("mesh %1: %n LAN(s), ", nullptr, int(mesh.lans.size())).arg(mesh.name)
          << tr("%n tunnel(s), topology %1", nullptr, int(mesh.tunnelCount())).arg(toString(mesh.topology))
          << '\n';
    for (const Lan &lan : mesh.lans)
        m_out << lanLine(lan) << '\n';
    for (const LinkKey &k : mesh.tunnels())
        m_out << tr("link %1 %2").arg(mesh.lan(k.a)->name, mesh.lan(k.b)->name) << '\n';
    m_out.flush();
    return Ok;
}

int Cli::check(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto json = option({QStringLiteral("json")}, tr("Print the findings as JSON."));
    p.addOption(json);
    if (const std::optional<int> stop = parse(p, arguments, command("check"), 1))
        return *stop;
    Mesh mesh;
    if (!loadMesh(p.positionalArguments().at(1), &mesh))
        return Usage;
    const QList<Finding> findings = Checker::check(mesh);
    if (p.isSet(json)) {
        QJsonArray list;
        for (const Finding &f : findings) {
            QJsonArray lans;
            for (LanId id : f.lans)
                lans.append(mesh.lan(id) ? mesh.lan(id)->name : QString::number(id));
            list.append(QJsonObject{{QStringLiteral("severity"), toString(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("lans"), lans}});
        }
        QJsonObject root{{QStringLiteral("mesh"), mesh.name},
                         {QStringLiteral("errors"), int(Checker::errorCount(findings))},
                         {QStringLiteral("warnings"), int(Checker::warningCount(findings))},
                         {QStringLiteral("findings"), list}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const Finding &f : findings)
            m_out << toString(f.severity) << ": " << f.code << ": "
                  << displayText(f.message, f.message.size()) << '\n';
        m_out << tr("%1: %n error(s), ", nullptr, int(Checker::errorCount(findings)))
                     .arg(displayText(mesh.name))
              << tr("%n warning(s)", nullptr, int(Checker::warningCount(findings))) << '\n';
    }
    m_out.flush();
    return Checker::errorCount(findings) ? Findings : Ok;
}

int Cli::settings(const QStringList &arguments)
{
    QCommandLineParser p;
    const auto name = option({QStringLiteral("name")}, tr("Mesh name."), tr("NAME"));
    const auto pool =
        option({QStringLiteral("transit-pool")}, tr("Pool for tunnel transit networks."), tr("CIDR"));
    const auto slash31 =
        option({QStringLiteral("transit-31")}, tr("Use /31 transit networks: yes or no."), tr("YES|NO"));
    const auto portBase =
        option({QStringLiteral("port-base")}, tr("First UDP port on each gateway."), tr("PORT"));
    const auto topology = option({QStringLiteral("topology")}, tr("full or manual."), tr("MODE"));
    const auto keyMode =
        option({QStringLiteral("key-mode")}, tr("fingerprint (OpenVPN 2.6) or ca (2.4+)."), tr("MODE"));
    const auto ciphers =
        option({QStringLiteral("data-ciphers")}, tr("OpenVPN data ciphers, ':'-separated."), tr("LIST"));
    const auto keepalive = option({QStringLiteral("keepalive")}, tr("Ping interval and restart timeout."),
                                  tr("SECONDS,SECONDS"));
    const auto aliasPool =
        option({QStringLiteral("alias-pool")},
               tr("Pool that resolve-overlaps takes aliases from (default 100.64.0.0/10)."), tr("CIDR"));
    const auto reserve =
        option({QStringLiteral("reserve")}, tr("Reserve a range no LAN may use; repeatable."), tr("CIDR"));
    const auto unreserve =
        option({QStringLiteral("unreserve")}, tr("Drop a reserved range; repeatable."), tr("CIDR"));
    p.addOptions({name, pool, slash31, portBase, topology, keyMode, ciphers, keepalive, aliasPool, reserve,
                  unreserve});
    if (const std::optional<int> stop = parse(p, arguments, command("settings"), 1))
        return *stop;
    const QString path = p.positionalArguments().at(1);
    Mesh mesh;
    if (!loadMesh(path, &mesh))
        return Usage;
    MeshSettings &s = mesh.settings;
    auto parseCidrOption = [&](const QCommandLineOption &o, const QString &text, Cidr *out) {
        QString problem;
        *out = Cidr::parse(text, &problem);
        if (!out->isValid())
            usageError(QStringLiteral("--%1: %2").arg(o.names().first(), problem));
        return out->isValid();
    };
    bool changed = false;
    if (p.isSet(name)) {
        if (const QString problem = Mesh::validateName(p.value(name)); !problem.isEmpty())
            return usageError(tr("--name: %1").arg(problem));
        mesh.name = p.value(name);
        changed = true;
    }
    if (p.isSet(pool) && !(changed = parseCidrOption(pool, p.value(pool), &s.transitPool)))
        return Usage;
    if (p.isSet(aliasPool) && !(changed = parseCidrOption(aliasPool, p.value(aliasPool), &s.aliasPool)))
        return Usage;
    if (p.isSet(slash31)) {
        const QString v = p.value(slash31);
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return usageError(tr("--transit-31: expected yes or no"));
        s.transitSlash31 = v == QLatin1String("yes");
        changed = true;
    }
    if (p.isSet(portBase)) {
        if (!readPort(QStringLiteral("--port-base"), p.value(portBase), &s.portBase))
            return Usage;
        changed = true;
    }
    if (p.isSet(topology) && !(changed = fromString(p.value(topology), &mesh.topology)))
        return usageError(tr("--topology: expected full or manual"));
    if (p.isSet(keyMode) && !(changed = fromString(p.value(keyMode), &s.keyMode)))
        return usageError(tr("--key-mode: expected fingerprint or ca"));
    if (p.isSet(ciphers)) {
        // Refused here, not only by the checker: OpenVPN would refuse the list at every gateway's start-up.
        if (const QString problem = DataCiphers::validate(p.value(ciphers)); !problem.isEmpty())
            return usageError(tr("--data-ciphers: %1").arg(problem));
        s.dataCiphers = p.value(ciphers);
        changed = true;
    }
    if (p.isSet(keepalive)) {
        const QStringList parts = p.value(keepalive).split(QLatin1Char(','));
        bool ok1 = false, ok2 = false;
        if (parts.size() == 2) {
            s.keepaliveInterval = parts[0].toInt(&ok1);
            s.keepaliveTimeout = parts[1].toInt(&ok2);
        }
        if (!ok1 || !ok2)
            return usageError(tr("--keepalive: expected two numbers of seconds such as 10,60"));
        changed = true;
    }
    for (const QString &text : p.values(reserve)) {
        Cidr range;
        if (!parseCidrOption(reserve, text, &range))
            return Usage;
        if (!s.reservedRanges.contains(range))
            s.reservedRanges.append(range);
        changed = true;
    }
    for (const QString &text : p.values(unreserve)) {
        Cidr range;
        if (!parseCidrOption(unreserve, text, &range))
            return Usage;
        if (!s.reservedRanges.removeOne(range))
            return usageError(tr("--unreserve: %1 is not reserved").arg(range.toString()));
        changed = true;
    }
    if (changed)
        return saveMesh(path, mesh);
    QStringList reserved;
    for (const Cidr &c : s.reservedRanges)
        reserved.append(c.toString());
    m_out << "name: " << mesh.name << '\n'
          << "topology: " << toString(mesh.topology) << '\n'
          << "transit-pool: " << s.transitPool.toString() << '\n'
          << "transit-31: " << (s.transitSlash31 ? "yes" : "no") << '\n'
          << "port-base: " << s.portBase << '\n'
          << "key-mode: " << toString(s.keyMode) << '\n'
          << "data-ciphers: " << s.dataCiphers << '\n'
          << "keepalive: " << s.keepaliveInterval << ',' << s.keepaliveTimeout << '\n'
          << "alias-pool: " << s.aliasPool.toString() << '\n'
          << "reserved: " << reserved.join(QLatin1Char(',')) << '\n';
    m_out.flush();
    return Ok;
}

} // namespace p2pvpn
