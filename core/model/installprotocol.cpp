#include "model/installprotocol.h"

#include <algorithm>
#include <iterator>

namespace p2pvpn {

namespace {

// A shell reports success as 0; the script's "done" is exactly that, so it is never a token.
static_assert(InstallProtocol::Done == 0);

using Report = InstallProtocol::Report;

// One per action, in the enum's order.
struct Word
{
    InstallProtocol::Action action;
    const char *word;
    const char *token;
    QStringList Report::*list;
};

constexpr Word words[] = {
    {InstallProtocol::Action::Add, "add", "@REPORT_ADD@", &Report::added},
    {InstallProtocol::Action::Change, "change", "@REPORT_CHANGE@", &Report::changed},
    {InstallProtocol::Action::Remove, "remove", "@REPORT_REMOVE@", &Report::removed},
    {InstallProtocol::Action::Unchanged, "unchanged", "@REPORT_UNCHANGED@", &Report::unchanged},
};

constexpr bool inEnumOrder()
{
    for (int i = 0; i < int(std::size(words)); ++i)
        if (int(words[i].action) != i)
            return false;
    return true;
}
static_assert(inEnumOrder());

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
    return QString::fromLatin1(words[int(action)].word);
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
        Action action = Action::Unchanged;
        QString tunnel;
        if (!parseLine(text, &action, &tunnel)) {
            report.other.append(text);
            continue;
        }
        (report.*words[int(action)].list).append(tunnel);
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
