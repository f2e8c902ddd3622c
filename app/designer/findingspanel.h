#pragma once

// FindingsPanel: the checker's findings as a list with severity icons. Clicking
// one asks for the LANs and links it names to be selected and shown; an overlap's
// context menu offers to resolve it with aliases.

#include "check/checker.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace p2pvpn {

class LiveChecker;
class MeshModel;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    FindingsPanel(LiveChecker *checker, MeshModel *model, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The action the context menu of a subnet-overlap finding offers (set by the window).
    void setResolveAction(QAction *action) { m_resolve = action; }

signals:
    void findingActivated(const QList<p2pvpn::LanId> &lans, const QList<p2pvpn::LinkKey> &links);

private:
    void refresh();
    void activate(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &at);

    LiveChecker *m_checker;
    MeshModel *m_model;
    QStackedWidget *m_pages;
    QTreeWidget *m_list;
    QList<Finding> m_shown;
    QAction *m_resolve = nullptr;
};

} // namespace p2pvpn
