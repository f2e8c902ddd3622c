#include "testmeshes.h"

namespace p2pvpn::test {

Cidr net(QAnyStringView text)
{
    QString error;
    const Cidr c = Cidr::parse(text.toString(), &error);
    if (!c.isValid())
        qFatal("bad test literal %s: %s", qPrintable(text.toString()), qPrintable(error));
    return c;
}

quint32 ip(QAnyStringView text)
{
    quint32 address = 0;
    if (!parseIpv4(text.toString(), &address))
        qFatal("bad test address %s", qPrintable(text.toString()));
    return address;
}

Lan makeLan(QAnyStringView name, const QList<Cidr> &subnets, QAnyStringView endpoint)
{
    Lan lan;
    lan.name = name.toString();
    lan.subnets = subnets;
    lan.endpoint = endpoint.isEmpty() ? lan.name + QLatin1String(".example.com") : endpoint.toString();
    lan.ssh.host = lan.endpoint;
    return lan;
}

Mesh letterMesh(int count, Topology topology, KeyMode keyMode)
{
    Mesh mesh;
    mesh.name = QStringLiteral("corp");
    mesh.topology = topology;
    mesh.settings.keyMode = keyMode;
    for (int i = 1; i <= count; ++i)
        mesh.addLan(makeLan(QString(QChar(u'a' + i - 1)), {net(QStringLiteral("10.%1.0.0/16").arg(i))},
                            QStringLiteral("192.0.2.%1").arg(i)));
    return mesh;
}

} // namespace p2pvpn::test
