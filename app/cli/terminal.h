#pragma once

// What the command line needs from the terminal and from signals: output that cannot drive the terminal,
// reading a secret without echo, and Ctrl-C turned into a Qt signal while a long operation runs (so it can
// cancel cleanly).

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QStringDecoder>

#include <csignal>
#include <memory>

class QSocketNotifier;

namespace p2pvpn::cli {

// The one way the CLI writes to stdout or stderr: control characters other than newline and tab (an escape
// sequence in a project's note or a gateway's output could retitle or clear the terminal), and format and
// line-separator characters, are written escaped as by displayText(), whatever a command prints.
class EscapingWriter : public QIODevice
{
public:
    explicit EscapingWriter(FILE *stream);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a character split between two writes
};

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
