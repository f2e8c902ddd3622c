// The .ts files in translations/: every source string finished in German and French, nothing stale, the
// files in step with the sources (lupdate), and the real CLI speaking the language it is asked for.

#include "runcli.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(P2PVPN_SOURCE_DIR "/translations/p2pvpn_%1.ts").arg(language);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> set;
    for (const Message &m : messages)
        set.insert(m.context + QLatin1String(" | ") + m.source);
    return set;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void upToDate_data();
    void upToDate();
    void cliSpeaks_data();
    void cliSpeaks();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << QStringLiteral("de") << false;
    QTest::newRow("fr") << QStringLiteral("fr") << false;
    QTest::newRow("en") << QStringLiteral("en") << true;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where, m.type);
        if (pluralOnly && !m.numerus)
            problems << where + QLatin1String(" is not a plural form");
        // German, French and English all have two plural forms.
        if (m.forms.size() != (m.numerus ? 2 : 1))
            problems << QStringLiteral("%1 has %2 forms").arg(where).arg(m.forms.size());
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << where + QLatin1String(" has an empty translation");
            else if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("%1: the placeholders of \"%2\" differ").arg(where, form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::upToDate_data()
{
    complete_data();
}

// lupdate on the sources, into copies of the committed files: the set of messages must not change.
void TestTranslations::upToDate()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("p2pvpn_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));

    QStringList args = {
        QStringLiteral("core"),        QStringLiteral("app/cli"),      QStringLiteral("app/designer"),
        QStringLiteral("-extensions"), QStringLiteral("cpp,h"),        QStringLiteral("-locations"),
        QStringLiteral("none"),        QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(P2PVPN_SOURCE_DIR));
    lupdate.start(QStringLiteral(P2PVPN_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QSet<QString> committed = keys(readTs(tsPath(language), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> fresh = keys(readTs(copy, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList added = (fresh - committed).values();
    QStringList gone = (committed - fresh).values();
    added.sort();
    gone.sort();
    QVERIFY2(
        added.isEmpty() && gone.isEmpty(),
        qPrintable(QStringLiteral("translations/p2pvpn_%1.ts is out of date (build the update_translations "
                                  "target and translate); new in the sources:\n  %2\nno longer in the "
                                  "sources:\n  %3")
                       .arg(language, added.join(QLatin1String("\n  ")), gone.join(QLatin1String("\n  ")))));
}

void TestTranslations::cliSpeaks_data()
{
    QTest::addColumn<QString>("p2pvpnLang");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("P2PVPN_LANG=de") << QStringLiteral("de") << QStringLiteral("C")
                                    << QStringList{QStringLiteral("überschneidet sich mit"),
                                                   QStringLiteral(": 1 Fehler, 0 Warnungen")};
    QTest::newRow("LANG=fr_FR") << QString() << QStringLiteral("fr_FR.UTF-8")
                                << QStringList{QStringLiteral("chevauche"),
                                               QStringLiteral(" : 1 erreur, 0 avertissement\n")};
    QTest::newRow("P2PVPN_LANG=fr over LANG=de")
        << QStringLiteral("fr") << QStringLiteral("de_DE.UTF-8") << QStringList{QStringLiteral("chevauche")};
    QTest::newRow("LANG=C") << QString() << QStringLiteral("C")
                            << QStringList{QStringLiteral("overlaps"),
                                           QStringLiteral(": 1 error, 0 warnings")};
    QTest::newRow("LANG=es_ES falls back to English")
        << QString() << QStringLiteral("es_ES.UTF-8") << QStringList{QStringLiteral(": 1 error, 0 warnings")};
}

// The real binary on a mesh where two LANs' subnets clash.
void TestTranslations::cliSpeaks()
{
    QFETCH(QString, p2pvpnLang);
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mesh = dir.filePath(QStringLiteral("clash.p2pmesh"));

    const auto run = [&](const QStringList &args, QByteArray *out) {
        p2pvpn::test::CliOptions options;
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "P2PVPN_LANG"})
            options.environment.remove(QString::fromLatin1(name));
        options.environment.insert(QStringLiteral("LANG"), lang);
        if (!p2pvpnLang.isEmpty())
            options.environment.insert(QStringLiteral("P2PVPN_LANG"), p2pvpnLang);
        const p2pvpn::test::CliResult result = p2pvpn::test::runCli(args, options);
        *out = result.out + result.err;
        return result.exitCode;
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("init"), mesh}, &out), 0);
    for (const auto &[name, subnet] : {std::pair{"a", "10.1.0.0/16"}, std::pair{"b", "10.1.0.0/24"}}) {
        QCOMPARE(run({QStringLiteral("add-lan"), mesh, QString::fromLatin1(name), QStringLiteral("--subnet"),
                      QString::fromLatin1(subnet), QStringLiteral("--endpoint"),
                      QString::fromLatin1(name) + QStringLiteral(".example.com")},
                     &out),
                 0);
    }
    QCOMPARE(run({QStringLiteral("check"), mesh}, &out), 1);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(QLatin1String("subnet-overlap")), qPrintable(text)); // codes stay as they are
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(phrase, text)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
