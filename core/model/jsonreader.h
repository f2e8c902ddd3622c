#pragma once

// JsonReader: reads one JSON object and knows where it is in the document, so every error names the
// place ("lans[2].subnets[0]: ..."). Shared by the project file and the cloud imports. Errors are thrown
// as JsonReadError and caught once by the caller, which turns them into its own error string.

#include "model/cidr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <climits>
#include <stdexcept>

namespace p2pvpn {

struct JsonReadError : std::runtime_error
{
    QString message;
    explicit JsonReadError(QString m) : std::runtime_error("read error"), message(std::move(m)) {}
};

class JsonReader
{
    // The project file's context: these messages were translated under it first.
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
public:
    JsonReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}
    // Parses a document whose top level must be an object; false with *error ("not valid JSON at line 3,
    // column 14: ...") otherwise.
    static bool parseObject(const QByteArray &json, QJsonObject *object, QString *error);

    [[noreturn]] void fail(const QString &key, const QString &problem) const
    {
        throw JsonReadError(where(key) + QLatin1String(": ") + problem);
    }
    QString where(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    const QString &path() const { return m_path; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QStringList keys() const { return m_object.keys(); }

    QJsonValue value(const QString &key, bool required) const;
    QString string(const QString &key, const QString &fallback = QString(), bool required = false) const;
    int integer(const QString &key, int fallback, bool required = false, int min = INT_MIN,
                int max = INT_MAX) const;
    bool boolean(const QString &key, bool fallback) const;
    QJsonArray array(const QString &key, bool required = false) const;
    JsonReader object(const QString &key, bool required = false) const;
    static JsonReader element(const QJsonArray &array, qsizetype i, const QString &arrayPath);
    Cidr cidr(const QString &key, const Cidr &fallback, bool required = false) const;
    QList<Cidr> cidrs(const QString &key, bool required = false) const;
    QStringList strings(const QString &key, bool required = false) const;

    template <typename Enum> Enum enumeration(const QString &key, Enum fallback, const char *choices) const
    {
        if (!has(key))
            return fallback;
        Enum result = fallback;
        if (!fromString(string(key), &result))
            fail(key, tr("expected one of %1").arg(QLatin1String(choices)));
        return result;
    }

private:
    static Cidr parseCidr(const QString &text, const QString &path);

    QJsonObject m_object;
    QString m_path;
};

} // namespace p2pvpn
