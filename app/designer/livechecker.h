#pragma once

// LiveChecker: runs the core Checker after every edit of the model (coalesced to
// once per event-loop turn) and keeps, per LAN and per link, the worst severity
// and the messages that name it. It reports only the LANs and links whose flag
// changed, so the canvas repaints those and nothing else.

#include "check/checker.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace p2pvpn {

class MeshModel;

struct Flag
{
    enum class Level
    {
        None,
        Warning,
        Error
    };
    Level level = Level::None;
    QStringList messages;
    friend bool operator==(const Flag &, const Flag &) = default;
};

class LiveChecker : public QObject
{
    Q_OBJECT
public:
    explicit LiveChecker(MeshModel *model, QObject *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    Flag lanFlag(LanId id) const { return m_lanFlags.value(id); }
    Flag linkFlag(const LinkKey &link) const { return m_linkFlags.value(link); }
    qsizetype errorCount() const { return m_errors; }
    qsizetype warningCount() const { return m_warnings; }

public slots:
    void checkNow(); // runs at once (tests, benchmarks); normally a model change schedules it

signals:
    void findingsChanged();
    void lanFlagsChanged(const QList<p2pvpn::LanId> &ids);
    void linkFlagsChanged(const QList<p2pvpn::LinkKey> &links);

private:
    void schedule();

    MeshModel *m_model;
    bool m_scheduled = false;
    QList<Finding> m_findings;
    QHash<LanId, Flag> m_lanFlags;
    QHash<LinkKey, Flag> m_linkFlags;
    qsizetype m_errors = 0;
    qsizetype m_warnings = 0;
};

} // namespace p2pvpn
