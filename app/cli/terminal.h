#pragma once

// What the command line needs from the terminal and from signals: reading a secret without echo, and
// Ctrl-C turned into a Qt signal while a long operation runs (so it can cancel cleanly).

#include <QByteArray>
#include <QObject>
#include <QString>

#include <csignal>
#include <memory>

class QSocketNotifier;

namespace p2pvpn::cli {

// Reads a line from /dev/tty without echo (prompt written there too); empty when there is no terminal.
QByteArray readSecret(const QString &prompt);

// While it exists, SIGINT emits interrupted() in the event loop instead of ending the process. One at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;
    bool isActive() const { return m_notifier != nullptr; } // false if the self-pipe could not be made

signals:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previous = {};
};

} // namespace p2pvpn::cli
