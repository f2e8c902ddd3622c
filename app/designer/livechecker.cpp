#include "livechecker.h"

#include "model/meshmodel.h"

#include <QTimer>

namespace p2pvpn {

namespace {

bool sameFindings(const QList<Finding> &x, const QList<Finding> &y)
{
    return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const Finding &a, const Finding &b) {
        return a.severity == b.severity && a.code == b.code && a.message == b.message && a.lans == b.lans &&
               a.links == b.links;
    });
}

void raise(Flag &flag, const Finding &finding)
{
    const Flag::Level level = finding.isError() ? Flag::Level::Error : Flag::Level::Warning;
    flag.level = qMax(flag.level, level);
    flag.messages.append(finding.message);
}

template <typename Key> QList<Key> changedKeys(const QHash<Key, Flag> &before, const QHash<Key, Flag> &after)
{
    QList<Key> changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed.append(it.key());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            changed.append(it.key());
    return changed;
}

} // namespace

LiveChecker::LiveChecker(MeshModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    // Moves cannot change findings, and a drag sends many of them: they do not trigger a check.
    connect(model, &MeshModel::meshReset, this, &LiveChecker::schedule);
    connect(model, &MeshModel::lanAdded, this, &LiveChecker::schedule);
    connect(model, &MeshModel::lanChanged, this, &LiveChecker::schedule);
    connect(model, &MeshModel::lanRemoved, this, &LiveChecker::schedule);
    connect(model, &MeshModel::linkAdded, this, &LiveChecker::schedule);
    connect(model, &MeshModel::linkRemoved, this, &LiveChecker::schedule);
    connect(model, &MeshModel::nameChanged, this, &LiveChecker::schedule);
    connect(model, &MeshModel::topologyChanged, this, &LiveChecker::schedule);
    connect(model, &MeshModel::settingsChanged, this, &LiveChecker::schedule);
    connect(model, &MeshModel::allocationsChanged, this, &LiveChecker::schedule); // checked too
    checkNow();
}

void LiveChecker::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_scheduled)
            checkNow();
    });
}

void LiveChecker::checkNow()
{
    m_scheduled = false;
    QList<Finding> findings = Checker::check(m_model->mesh());
    if (sameFindings(findings, m_findings))
        return;
    m_findings = std::move(findings);
    m_errors = Checker::errorCount(m_findings);
    m_warnings = m_findings.size() - m_errors;

    QHash<LanId, Flag> lanFlags;
    QHash<LinkKey, Flag> linkFlags;
    for (const Finding &finding : std::as_const(m_findings)) {
        for (LanId id : finding.lans)
            raise(lanFlags[id], finding);
        for (const LinkKey &link : finding.links)
            raise(linkFlags[link], finding);
    }
    const QList<LanId> lans = changedKeys(m_lanFlags, lanFlags);
    const QList<LinkKey> links = changedKeys(m_linkFlags, linkFlags);
    m_lanFlags = std::move(lanFlags);
    m_linkFlags = std::move(linkFlags);
    emit findingsChanged();
    if (!lans.isEmpty())
        emit lanFlagsChanged(lans);
    if (!links.isEmpty())
        emit linkFlagsChanged(links);
}

} // namespace p2pvpn
