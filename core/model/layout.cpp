#include "model/layout.h"

#include <QHash>
#include <QLineF>

#include <cmath>
#include <numbers>

namespace p2pvpn {

QMap<LanId, QPointF> Layout::circle(const Mesh &mesh)
{
    QMap<LanId, QPointF> result;
    const qsizetype n = mesh.lans.size();
    if (n == 0)
        return result;
    // Circumference n * spacing keeps neighbours one card apart.
    const double radius = n == 1 ? 0.0 : qMax(nodeSpacing, n * nodeSpacing / (2 * std::numbers::pi));
    qsizetype i = 0;
    for (LanId id : mesh.lans.keys()) {
        const double angle = 2 * std::numbers::pi * double(i++) / double(n) - std::numbers::pi / 2;
        result.insert(id,
                      QPointF(std::round(radius * std::cos(angle)), std::round(radius * std::sin(angle))));
    }
    return result;
}

QMap<LanId, QPointF> Layout::forceDirected(const Mesh &mesh, int iterations)
{
    // Fruchterman-Reingold with a cooling step; O(n^2) per iteration, fine for hundreds of LANs.
    const QList<LanId> ids = mesh.lans.keys();
    const qsizetype n = ids.size();
    QList<QPointF> pos(n);
    const QMap<LanId, QPointF> start = circle(mesh);
    QHash<LanId, qsizetype> index;
    for (qsizetype i = 0; i < n; ++i) {
        index.insert(ids[i], i);
        const QPointF current = mesh.lans.value(ids[i]).position;
        // Coincident starting points would never separate; spread them from the circle.
        pos[i] = current + start.value(ids[i]) * 0.01;
    }
    const QList<LinkKey> edges = mesh.tunnels();
    const double k = nodeSpacing;
    double temperature = k * 2;
    for (int iteration = 0; iteration < iterations && n > 1; ++iteration) {
        QList<QPointF> shift(n);
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = i + 1; j < n; ++j) {
                QPointF delta = pos[i] - pos[j];
                double distance = std::hypot(delta.x(), delta.y());
                if (distance < 0.01) {
                    delta = QPointF(1, 0);
                    distance = 0.01;
                }
                const QPointF push = delta / distance * (k * k / distance);
                shift[i] += push;
                shift[j] -= push;
            }
        for (const LinkKey &e : edges) {
            const qsizetype a = index.value(e.a), b = index.value(e.b);
            const QPointF delta = pos[a] - pos[b];
            const double distance = qMax(0.01, std::hypot(delta.x(), delta.y()));
            const QPointF pull = delta / distance * (distance * distance / k);
            shift[a] -= pull;
            shift[b] += pull;
        }
        for (qsizetype i = 0; i < n; ++i) {
            const double length = std::hypot(shift[i].x(), shift[i].y());
            if (length > 0)
                pos[i] += shift[i] / length * qMin(length, temperature);
        }
        temperature = qMax(1.0, temperature * 0.97);
    }
    QMap<LanId, QPointF> result;
    for (qsizetype i = 0; i < n; ++i)
        result.insert(ids[i], QPointF(std::round(pos[i].x()), std::round(pos[i].y())));
    return result;
}

QPointF Layout::freeSpot(const Mesh &mesh)
{
    if (mesh.lans.isEmpty())
        return QPointF(0, 0);
    double right = -1e18, top = 1e18;
    for (const Lan &lan : mesh.lans) {
        right = qMax(right, lan.position.x());
        top = qMin(top, lan.position.y());
    }
    return QPointF(right + nodeSpacing, top);
}

void Layout::apply(Mesh *mesh, const QMap<LanId, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (Lan *lan = mesh->lan(it.key()))
            lan->position = it.value();
}

} // namespace p2pvpn
