#include "terminal.h"

#include "model/mesh.h"

#include <QSocketNotifier>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace p2pvpn::cli {

namespace {

// The signal handler may only write to a pipe; the event loop reads the other end.
int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(interruptPipe[1], &byte, 1);
}

} // namespace

EscapingWriter::EscapingWriter(FILE *stream)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 EscapingWriter::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category k = c.category();
        if (c != u'\n' && c != u'\t' &&
            (k == QChar::Other_Control || k == QChar::Other_Format || k == QChar::Separator_Line ||
             k == QChar::Separator_Paragraph))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    const QByteArray bytes = out.toUtf8();
    // Flushed at once, so that what goes to stdout and to stderr keeps its order on a shared terminal.
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return -1;
    return size;
}

QByteArray readSecret(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return QByteArray();
    // The prompt names a key file or host from the project: escaped like all other output (the tty is
    // written directly, past the EscapingWriter).
    const QByteArray text = displayText(prompt, prompt.size()).toLocal8Bit();
    [[maybe_unused]] ssize_t n = ::write(tty, text.constData(), size_t(text.size()));
    termios saved{};
    const bool terminal = ::tcgetattr(tty, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    QByteArray secret;
    char c;
    while (::read(tty, &c, 1) == 1 && c != '\n' && secret.size() < 4096)
        secret.append(c);
    if (terminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    n = ::write(tty, "\n", 1);
    ::close(tty);
    return secret;
}

InterruptWatcher::InterruptWatcher(QObject *parent) : QObject(parent)
{
    if (interruptPipe[0] >= 0 || ::pipe2(interruptPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte;
        while (::read(interruptPipe[0], &byte, 1) == 1) {
        }
        emit interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &m_previous);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &m_previous, nullptr);
    m_notifier.reset();
    ::close(interruptPipe[0]);
    ::close(interruptPipe[1]);
    interruptPipe[0] = interruptPipe[1] = -1;
}

} // namespace p2pvpn::cli
