#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Flashwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Flashwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));
    fw::cli::CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
