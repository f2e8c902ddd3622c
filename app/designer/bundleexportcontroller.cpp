#include "bundleexportcontroller.h"

#include "livechecker.h"
#include "meshmodel.h"
#include "prompter.h"

#include <QStringList>

namespace p2pvpn {

BundleExportController::BundleExportController(MeshModel *model, LiveChecker *checker, QWidget *dialogParent,
                                               QObject *parent)
    : QObject(parent), m_model(model), m_checker(checker), m_dialogParent(dialogParent)
{
}

bool BundleExportController::canExport() const
{
    return m_checker->errorCount() == 0;
}

void BundleExportController::exportBundles()
{
    m_checker->checkNow();
    if (!canExport()) {
        QStringList errors;
        for (const Finding &finding : m_checker->findings())
            if (finding.isError())
                errors.append(QStringLiteral("• ") + finding.message);
        if (m_prompter)
            m_prompter->showError(tr("The mesh has %n error(s); fix them before exporting", nullptr,
                                     int(m_checker->errorCount())),
                                  errors.join(QLatin1Char('\n')));
        return;
    }
    // Plug-in point for the generator (issue 3): folder and layout dialog, progress, "open folder".
    if (m_prompter)
        m_prompter->showError(tr("Export Bundles"), tr("Bundle generation is not available in this build yet."));
}

} // namespace p2pvpn
