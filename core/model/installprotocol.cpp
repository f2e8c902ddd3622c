#include "model/installprotocol.h"

#include <algorithm>
#include <iterator>

namespace p2pvpn {

namespace {

// A shell reports success as 0; the script's "done" is exactly that, so it is never a token.
static_assert(InstallProtocol::Done == 0);

struct Word
{
    InstallProtocol::Action action;
    const char *word;
    const char *token;
};

constexpr Word words[] = {
    {InstallProtocol::Action::Add, "add", "@REPORT_ADD@"},
    {InstallProtocol::Action::Change, "change", "@REPORT_CHANGE@"},
    {InstallProtocol::Action::Remove, "remove", "@REPORT_REMOVE@"},
    {InstallProtocol::Action::Unchanged, "unchanged", "@REPORT_UNCHANGED@"},
};

// The tunnel names the generator makes: "<mesh>-<lan>", both of a-z, 0-9 and '-'.
bool isTunnelName(QStringView name)
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace

QString InstallProtocol::word(Action action)
{
    for (const Word &w : words)
        if (w.action == action)
            return QString::fromLatin1(w.word);
    return QString();
}

QString InstallProtocol::line(Action action, const QString &tunnel)
{
    return word(action) + QLatin1Char(' ') + tunnel;
}

bool InstallProtocol::parseLine(QStringView line, Action *action, QString *tunnel)
{
    const qsizetype blank = line.indexOf(u' ');
    if (blank < 0 || !isTunnelName(line.sliced(blank + 1)))
        return false;
    const QStringView first = line.first(blank);
    const auto found = std::find_if(std::begin(words), std::end(words),
                                    [first](const Word &w) { return first == QLatin1String(w.word); });
    if (found == std::end(words))
        return false;
    *action = found->action;
    *tunnel = line.sliced(blank + 1).toString();
    return true;
}

InstallProtocol::Report InstallProtocol::parse(const QStringList &lines)
{
    Report report;
    for (const QString &text : lines) {
        if (text.isEmpty())
            continue;
        Action action;
        QString tunnel;
        if (!parseLine(text, &action, &tunnel)) {
            report.other.append(text);
            continue;
        }
        switch (action) {
        case Action::Add:
            report.added.append(tunnel);
            break;
        case Action::Change:
            report.changed.append(tunnel);
            break;
        case Action::Remove:
            report.removed.append(tunnel);
            break;
        case Action::Unchanged:
            report.unchanged.append(tunnel);
            break;
        }
    }
    return report;
}

QByteArray InstallProtocol::fillIn(QByteArray script)
{
    script.replace("@EXIT_USAGE@", QByteArray::number(Usage));
    script.replace("@EXIT_ROLLED_BACK@", QByteArray::number(RolledBack));
    for (const Word &w : words)
        script.replace(w.token, w.word);
    return script;
}

} // namespace p2pvpn
