#include "model/jsonreader.h"

#include <QJsonDocument>

#include <cmath>

namespace p2pvpn {

namespace {

// "line 3, column 14" for a byte offset, as editors count.
QString lineAndColumn(const QByteArray &data, int offset)
{
    offset = qBound(0, offset, int(data.size()));
    const int line = int(data.left(offset).count('\n')) + 1;
    const int column = offset - int(data.lastIndexOf('\n', offset - 1));
    return JsonReader::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

bool JsonReader::parseObject(const QByteArray &json, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stopped at, except for trailing garbage.
        const int offset =
            parseError.error == QJsonParseError::GarbageAtEnd ? parseError.offset : parseError.offset - 1;
        *error = tr("not valid JSON at %1: %2").arg(lineAndColumn(json, offset), parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("the file's top level must be a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

QJsonValue JsonReader::value(const QString &key, bool required) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && required)
        fail(key, tr("missing"));
    return v;
}

QString JsonReader::string(const QString &key, const QString &fallback, bool required) const
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        fail(key, tr("expected a string"));
    return v.toString();
}

int JsonReader::integer(const QString &key, int fallback, bool required, int min, int max) const
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble();
    // Range first: converting an out-of-range double to an integer is undefined behaviour.
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d))
        fail(key, tr("expected a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

bool JsonReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        fail(key, tr("expected true or false"));
    return v.toBool();
}

QJsonArray JsonReader::array(const QString &key, bool required) const
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        fail(key, tr("expected a list"));
    return v.toArray();
}

JsonReader JsonReader::object(const QString &key, bool required) const
{
    const QJsonValue v = value(key, required);
    if (!v.isUndefined() && !v.isObject())
        fail(key, tr("expected an object"));
    return JsonReader(v.toObject(), where(key));
}

JsonReader JsonReader::element(const QJsonArray &array, qsizetype i, const QString &arrayPath)
{
    const QString path = QStringLiteral("%1[%2]").arg(arrayPath).arg(i);
    if (!array.at(i).isObject())
        throw JsonReadError(path + QLatin1String(": ") + tr("expected an object"));
    return JsonReader(array.at(i).toObject(), path);
}

Cidr JsonReader::cidr(const QString &key, const Cidr &fallback, bool required) const
{
    if (!has(key) && !required)
        return fallback;
    return parseCidr(string(key, QString(), true), where(key));
}

QList<Cidr> JsonReader::cidrs(const QString &key, bool required) const
{
    const QJsonArray list = array(key, required);
    QList<Cidr> result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(where(key)).arg(i);
        if (!list.at(i).isString())
            throw JsonReadError(path + QLatin1String(": ") + tr("expected a string such as \"10.1.0.0/16\""));
        result.append(parseCidr(list.at(i).toString(), path));
    }
    return result;
}

QStringList JsonReader::strings(const QString &key, bool required) const
{
    const QJsonArray list = array(key, required);
    QStringList result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            throw JsonReadError(QStringLiteral("%1[%2]: ").arg(where(key)).arg(i) + tr("expected a string"));
        result.append(list.at(i).toString());
    }
    return result;
}

Cidr JsonReader::parseCidr(const QString &text, const QString &path)
{
    QString problem;
    const Cidr c = Cidr::parse(text, &problem);
    if (!c.isValid())
        throw JsonReadError(path + QLatin1String(": ") + problem);
    return c;
}

} // namespace p2pvpn
