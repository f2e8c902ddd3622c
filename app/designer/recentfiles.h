#pragma once

// RecentFiles: the most recently opened or saved meshes, newest first, kept in
// the application's settings.

#include <QObject>
#include <QStringList>

namespace p2pvpn {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store();
    QStringList m_files;
};

} // namespace p2pvpn
