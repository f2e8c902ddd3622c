#include "model/cacheimport.h"

#include "model/layout.h"
#include "util/inputfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace p2pvpn {

bool CacheImport::fromText(const QByteArray &text, Mesh *mesh, QString *error)
{
    Mesh result;
    result.name = QStringLiteral("imported");
    const QList<QByteArray> lines = text.split('\n');
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression threeOctets(QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    QSet<QString> names; // Mesh::lanByName is a linear search: 40,000 lines would take seconds
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto fail = [&](const QString &problem) {
            *error = tr("line %1: %2").arg(i + 1).arg(problem);
            return false;
        };
        const QStringList fields = line.split(spaces);
        if (fields.size() != 3)
            return fail(tr("expected three fields \"name fqdn subnet\", found %1").arg(fields.size()));
        Lan lan;
        lan.name = fields[0].toLower();
        if (const QString problem = Lan::validateName(lan.name); !problem.isEmpty())
            return fail(problem);
        if (names.contains(lan.name))
            return fail(tr("the name %1 appears twice").arg(lan.name));
        lan.endpoint = fields[1];
        if (const QString problem = Lan::validateEndpoint(lan.endpoint); !problem.isEmpty())
            return fail(problem);
        QString subnetText = fields[2];
        if (threeOctets.match(subnetText).hasMatch()) // the ancestor's "10.1.2" shorthand
            subnetText += QLatin1String(".0");
        QString problem;
        const Cidr subnet = Cidr::parse(subnetText, 24, &problem);
        if (!subnet.isValid())
            return fail(problem);
        lan.subnets = {subnet};
        lan.ssh.host = lan.endpoint;
        names.insert(lan.name);
        result.addLan(lan);
    }
    if (result.lans.isEmpty()) {
        *error = tr("no LANs found; expected lines of \"name fqdn subnet\"");
        return false;
    }
    Layout::circle(&result);
    *mesh = result;
    return true;
}

bool CacheImport::load(const QString &path, Mesh *mesh, QString *error)
{
    QByteArray text;
    if (!InputFile::read(path, maxFileSize, tr("cache.txt file"), &text, error))
        return false;
    QString problem;
    if (!fromText(text, mesh, &problem)) {
        *error = path + QLatin1String(": ") + problem;
        return false;
    }
    return true;
}

} // namespace p2pvpn
