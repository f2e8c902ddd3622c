#pragma once

// Makes every save of one file fail, even for root: the file becomes a bind mount of itself, and rename()
// onto a mount point fails (EBUSY), so an atomic save (temporary file + rename) cannot replace it. The file
// keeps its content and its folder stays writable. Needs root (mount); without it the test should skip.

#include <QFile>
#include <QString>

#include <sys/mount.h>
#include <unistd.h>

namespace p2pvpn::test {

class SaveBlocker
{
public:
    explicit SaveBlocker(const QString &path) : m_path(QFile::encodeName(path))
    {
        m_active = ::geteuid() == 0 &&
                   ::mount(m_path.constData(), m_path.constData(), nullptr, MS_BIND, nullptr) == 0;
    }
    ~SaveBlocker() { release(); }
    SaveBlocker(const SaveBlocker &) = delete;
    SaveBlocker &operator=(const SaveBlocker &) = delete;

    bool isActive() const { return m_active; }
    void release()
    {
        if (m_active)
            ::umount2(m_path.constData(), MNT_DETACH);
        m_active = false;
    }
    static QString whyNot()
    {
        return QStringLiteral("needs root to make a save fail (a bind mount over the file)");
    }

private:
    QByteArray m_path;
    bool m_active = false;
};

} // namespace p2pvpn::test
