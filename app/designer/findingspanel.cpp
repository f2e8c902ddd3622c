#include "findingspanel.h"

#include "icons.h"
#include "livechecker.h"
#include "model/meshmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace p2pvpn {

FindingsPanel::FindingsPanel(LiveChecker *checker, MeshModel *model, QWidget *parent)
    : QWidget(parent), m_checker(checker), m_model(model), m_pages(new QStackedWidget(this)),
      m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto *clean = new QWidget(this);
    auto *cleanLayout = new QHBoxLayout(clean);
    cleanLayout->addStretch();
    auto *icon = new QLabel(clean);
    icon->setPixmap(Icons::get("ok").pixmap(20, 20));
    auto *text = new QLabel(tr("No problems found. The mesh is ready to generate."), clean);
    text->setForegroundRole(QPalette::PlaceholderText);
    cleanLayout->addWidget(icon);
    cleanLayout->addWidget(text);
    cleanLayout->addStretch();
    m_pages->addWidget(clean);

    m_list->setObjectName(QStringLiteral("findings"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Problem"), tr("LANs"), tr("Code")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->resizeSection(1, 220);
    m_pages->addWidget(m_list);

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &FindingsPanel::showContextMenu);
    connect(m_list, &QTreeWidget::itemClicked, this, &FindingsPanel::activate);
    connect(m_list, &QTreeWidget::itemActivated, this, &FindingsPanel::activate);
    connect(checker, &LiveChecker::findingsChanged, this, &FindingsPanel::refresh);
    refresh();
}

void FindingsPanel::refresh()
{
    m_shown = m_checker->findings();
    // Errors first, then warnings; the checker's order within each.
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const Finding &a, const Finding &b) { return a.isError() && !b.isError(); });
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_shown.size());
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        const Finding &f = m_shown[i];
        auto *item = new QTreeWidgetItem;
        item->setIcon(0, Icons::get(f.isError() ? "error" : "warning"));
        item->setText(0, f.message);
        item->setToolTip(0, (f.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(f.message));
        QStringList names;
        for (LanId id : f.lans)
            if (const Lan *lan = m_model->lan(id))
                names.append(lan->name);
        item->setText(1, names.join(QLatin1String(", ")));
        item->setText(2, f.code);
        item->setData(0, Qt::UserRole, int(i));
        item->setSizeHint(0, QSize(0, 24)); // room to breathe between findings
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_pages->setCurrentIndex(m_shown.isEmpty() ? 0 : 1);
}

void FindingsPanel::showContextMenu(const QPoint &at)
{
    const QTreeWidgetItem *item = m_list->itemAt(at);
    const qsizetype index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (!m_resolve || index < 0 || index >= m_shown.size() ||
        m_shown[index].code != QLatin1String("subnet-overlap"))
        return;
    QMenu menu(this);
    menu.addAction(m_resolve);
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

void FindingsPanel::activate(QTreeWidgetItem *item)
{
    const qsizetype index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_shown.size())
        return;
    emit findingActivated(m_shown[index].lans, m_shown[index].links);
}

} // namespace p2pvpn
