#include "core/GattLinks.h"

#include "core/QtGattLink.h"
#include "core/sim/DemoRegistry.h"
#include "core/sim/GattPeripheralModel.h"
#include "core/sim/SimGattServiceCache.h"
#include "core/sim/SimulatedGattLink.h"

#include <QCoreApplication>
#include <QStringList>

namespace fw::core {

namespace {

QString bluetoothDemoList()
{
    QStringList names;
    const QList<sim::DemoDevice> all = sim::DemoRegistry::instance().all();
    for (const sim::DemoDevice &d : all) {
        if (d.transport == sim::DemoDevice::Transport::Ble && d.makeGatt)
            names << QStringLiteral("demo:%1").arg(d.name);
    }
    if (names.isEmpty())
        return QCoreApplication::translate("fw::core::GattLinks", "none");
    return names.join(QStringLiteral(", "));
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

}  // namespace

std::unique_ptr<GattLink> openGattLink(const QString &target, QString *error)
{
    const QString t = target.trimmed();
    if (t.isEmpty()) {
        setError(error, QCoreApplication::translate(
                            "fw::core::GattLinks",
                            "No Bluetooth device was given. Give its address (for example "
                            "A4:C1:38:1A:2B:3C) or a demo device. Bluetooth demo devices: %1.")
                            .arg(bluetoothDemoList()));
        return nullptr;
    }

    if (sim::DemoRegistry::isDemoPort(t)) {
        const QString name = sim::DemoRegistry::demoName(t);
        const sim::DemoDevice *demo = sim::DemoRegistry::instance().find(name);
        if (!demo) {
            setError(error, QCoreApplication::translate(
                                "fw::core::GattLinks",
                                "There is no demo device \"%1\". Bluetooth demo devices: %2.")
                                .arg(name, bluetoothDemoList()));
            return nullptr;
        }
        if (demo->transport != sim::DemoDevice::Transport::Ble || !demo->makeGatt) {
            setError(error, QCoreApplication::translate(
                                "fw::core::GattLinks",
                                "The demo device \"%1\" is a serial device, not a Bluetooth one. "
                                "Bluetooth demo devices: %2.")
                                .arg(demo->name, bluetoothDemoList()));
            return nullptr;
        }
        std::shared_ptr<sim::GattPeripheralModel> model = demo->makeGatt();
        if (!model) {
            setError(error, QCoreApplication::translate("fw::core::GattLinks",
                                                        "The demo device \"%1\" could not be started.")
                                .arg(demo->name));
            return nullptr;
        }
        auto link = std::make_unique<sim::SimulatedGattLink>(std::move(model));
        link->setName(QStringLiteral("demo:%1").arg(demo->name));
        // Demo devices share one host cache, so a reconnect after a simulated firmware change
        // meets a stale table the way it does on a real computer.
        link->setServiceCache(sim::SimGattServiceCache::shared());
        return link;
    }

    const QString address = QtGattLink::normalizeAddress(t);
    if (address.isEmpty()) {
        setError(error, QCoreApplication::translate(
                            "fw::core::GattLinks",
                            "\"%1\" is neither a Bluetooth address (like A4:C1:38:1A:2B:3C) nor a "
                            "demo device. Bluetooth demo devices: %2.")
                            .arg(t, bluetoothDemoList()));
        return nullptr;
    }
    return std::make_unique<QtGattLink>(address);
}

}  // namespace fw::core
