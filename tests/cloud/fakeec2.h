#pragma once

// FakeEc2: a small EC2 Query API endpoint on 127.0.0.1 for the real AWS CLI (`--endpoint-url`). It
// records every request (form-encoded POST: Action=CreateRoute&RouteTableId=...), keeps just enough state
// (route tables, source/dest check, ingress rules) for idempotent scripts to see their own changes, and
// answers with the XML and error codes EC2 documents (DryRunOperation, RouteAlreadyExists,
// InvalidPermission.Duplicate...). It never listens on any other address.

#include <QHostAddress>
#include <QMap>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

struct Ec2Request
{
    QString action;
    QMap<QString, QString> parameters; // without Action and Version
    bool operator==(const Ec2Request &) const = default;
    bool operator<(const Ec2Request &o) const
    {
        return action != o.action ? action < o.action : parameters.toStdMap() < o.parameters.toStdMap();
    }
};

class FakeEc2 : public QObject
{
public:
    QMap<QString, QMap<QString, QString>> routeTables; // table -> destination -> target
    QMap<QString, bool> sourceDestCheck;               // instance -> on
    QSet<QString> ingress;                             // "group udp port cidr"
    QList<Ec2Request> requests;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    FakeEc2()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    // Reads whole requests off a keep-alive connection and answers each.
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            const auto [status, xml] = answer(body);
            socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
                          "\r\nContent-Type: text/xml;charset=UTF-8\r\nContent-Length: " +
                          QByteArray::number(xml.size()) + "\r\n\r\n" + xml);
        }
    }

    static std::pair<int, QByteArray> error(int status, const char *code, const QString &message = QString())
    {
        return {status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" +
                            QByteArray(code) + "</Code><Message>" + message.toHtmlEscaped().toUtf8() +
                            "</Message></Error></Errors><RequestID>fake</RequestID></Response>"};
    }

    static QByteArray ok(const QString &action, const QByteArray &inner = "<return>true</return>")
    {
        return "<" + action.toUtf8() +
               "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>fake</requestId>" +
               inner + "</" + action.toUtf8() + "Response>";
    }

    std::pair<int, QByteArray> answer(const QByteArray &body)
    {
        Ec2Request request;
        // Form encoding writes spaces as '+'.
        const QUrlQuery query(QString::fromUtf8(QByteArray(body).replace('+', ' ')));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            if (key == QLatin1String("Action"))
                request.action = value;
            else if (key != QLatin1String("Version"))
                request.parameters.insert(key, value);
        requests.append(request);
        const auto p = [&](const char *key) { return request.parameters.value(QLatin1String(key)); };
        const QString &a = request.action;
        if (a == QLatin1String("DescribeRouteTables")) {
            const QString id = p("RouteTableId.1");
            if (!routeTables.contains(id))
                return error(400, "InvalidRouteTableID.NotFound",
                             QStringLiteral("The routeTable ID '%1' does not exist").arg(id));
            QByteArray routes;
            for (auto it = routeTables[id].cbegin(); it != routeTables[id].cend(); ++it) {
                const QByteArray field = it->startsWith(QLatin1String("eni-"))   ? "networkInterfaceId"
                                         : it->startsWith(QLatin1String("pcx-")) ? "vpcPeeringConnectionId"
                                                                                 : "gatewayId";
                routes += "<item><destinationCidrBlock>" + it.key().toUtf8() + "</destinationCidrBlock><" +
                          field + ">" + it->toUtf8() + "</" + field + "><state>active</state></item>";
            }
            return {200,
                    ok(a, "<routeTableSet><item><routeTableId>" + id.toUtf8() + "</routeTableId><routeSet>" +
                              routes + "</routeSet></item></routeTableSet>")};
        }
        if (request.parameters.contains(QStringLiteral("DryRun")))
            return error(412, "DryRunOperation",
                         QStringLiteral("Request would have succeeded, but DryRun flag is set."));
        if (a == QLatin1String("ModifyInstanceAttribute")) {
            sourceDestCheck[p("InstanceId")] = p("SourceDestCheck.Value") == QLatin1String("true");
            return {200, ok(a)};
        }
        if (a == QLatin1String("CreateRoute") || a == QLatin1String("ReplaceRoute") ||
            a == QLatin1String("DeleteRoute")) {
            if (!routeTables.contains(p("RouteTableId")))
                return error(400, "InvalidRouteTableID.NotFound");
            QMap<QString, QString> &table = routeTables[p("RouteTableId")];
            const QString destination = p("DestinationCidrBlock");
            if (a == QLatin1String("CreateRoute") && table.contains(destination))
                return error(400, "RouteAlreadyExists");
            if (a != QLatin1String("CreateRoute") && !table.contains(destination))
                return error(400, "InvalidRoute.NotFound");
            if (a == QLatin1String("DeleteRoute"))
                table.remove(destination);
            else
                table[destination] = p("NetworkInterfaceId");
            return {200, ok(a)};
        }
        if (a == QLatin1String("AuthorizeSecurityGroupIngress")) {
            const QString rule =
                QStringLiteral("%1 %2 %3 %4")
                    .arg(p("GroupId"), p("IpPermissions.1.IpProtocol"), p("IpPermissions.1.FromPort"),
                         p("IpPermissions.1.IpRanges.1.CidrIp"));
            if (ingress.contains(rule))
                return error(400, "InvalidPermission.Duplicate",
                             QStringLiteral("the specified rule already exists"));
            ingress.insert(rule);
            return {200, ok(a)};
        }
        if (a == QLatin1String("RevokeSecurityGroupIngress")) {
            const QString rule =
                QStringLiteral("%1 %2 %3 %4")
                    .arg(p("GroupId"), p("IpPermissions.1.IpProtocol"), p("IpPermissions.1.FromPort"),
                         p("IpPermissions.1.IpRanges.1.CidrIp"));
            if (!ingress.remove(rule))
                return error(400, "InvalidPermission.NotFound",
                             QStringLiteral("the specified rule does not exist"));
            return {200, ok(a)};
        }
        return error(400, "InvalidAction", QStringLiteral("fake EC2 does not know %1").arg(a));
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
