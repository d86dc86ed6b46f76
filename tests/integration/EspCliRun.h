#pragma once
// `flashwright-cli esp …` run in-process against the ESP demo devices, with its --json output
// at hand, for the ESP command-line tests.

#include <catch2/catch.hpp>

#include "cli/ExitCodes.h"
#include "core/sim/DemoRegistry.h"
#include "esp/sim/EspDemos.h"
#include "support/CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw::test {

struct EspCliRun : CliRun {
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonObject outputs() const { return json().value(QStringLiteral("outputs")).toObject(); }
    QJsonObject identity() const { return json().value(QStringLiteral("identity")).toObject(); }
};

inline EspCliRun esp(const QStringList &args)
{
    // The applications register the ESP demos at start-up; the test runner does not.
    auto &registry = fw::core::sim::DemoRegistry::instance();
    if (!registry.find(QStringLiteral("esp8266")))
        fw::esp::sim::registerEspDemos(registry);
    EspCliRun r;
    static_cast<CliRun &>(r) = runCli(QStringList{QStringLiteral("esp")} + args);
    if (r.code != fw::cli::ExitOk)
        UNSCOPED_INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

}  // namespace fw::test
