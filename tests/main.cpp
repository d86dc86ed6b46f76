// One Catch2 main for all test executables: creates the Qt application object first
// (offscreen for widget tests) so Qt classes work inside test cases.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef FW_TEST_GUI
#include <QApplication>
using FwTestApp = QApplication;
#else
#include <QCoreApplication>
using FwTestApp = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    FwTestApp app(argc, argv);
    FwTestApp::setOrganizationName(QStringLiteral("FlashwrightTests"));
    FwTestApp::setApplicationName(QStringLiteral("flashwright-tests"));
    return Catch::Session().run(argc, argv);
}
