#include "cli/CliApp.h"
#include "core/sim/DemoRegistry.h"
#include "esp/sim/EspDemos.h"
#include "telink/sim/TelinkDemos.h"
#include "telink/sim/TelinkSwireDemos.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Flashwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Flashwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));
    fw::esp::sim::registerEspDemos(fw::core::sim::DemoRegistry::instance());
    fw::telink::sim::registerTelinkDemos(fw::core::sim::DemoRegistry::instance());
    fw::telink::sim::registerTelinkSwireDemos(fw::core::sim::DemoRegistry::instance());
    fw::cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
