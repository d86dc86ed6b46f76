#pragma once
// The host's memory of discovered GATT tables, keyed by device address, as BlueZ keeps it for
// known devices: a reconnect uses the stored table instead of discovering the services again.

#include "core/GattLink.h"
#include "core/sim/GattPeripheralModel.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace fw::core::sim {

// A simulated link uses the cache only when one is attached (SimulatedGattLink::setServiceCache).
// After a firmware change the stored table is stale: it names handles the device no longer has,
// which is how "custom firmware seen as Mi device + NotSupportedError" happens on real hosts.
class SimGattServiceCache {
public:
    // One cache for the whole process, shared by the demo devices like the host's own cache.
    static std::shared_ptr<SimGattServiceCache> shared();

    std::optional<QList<GattServiceInfo>> lookup(const QString &address) const;
    void store(const QString &address, const QList<GattServiceInfo> &services);
    // True when an entry existed and was dropped.
    bool forget(const QString &address);
    void clear();
    bool contains(const QString &address) const;
    int size() const;

    // The table a client discovers from a peripheral's definition, with the handles: service,
    // then per characteristic its declaration, value, CCCD (notify/indicate), user description.
    static QList<GattServiceInfo> discover(const QList<GattServiceDef> &table);
    // True when the device still has this characteristic at this handle.
    static bool stillValid(const GattCharacteristicInfo &cached, const QList<GattServiceInfo> &live);

private:
    static QString key(const QString &address) { return address.trimmed().toUpper(); }

    mutable QMutex m_mutex;
    QHash<QString, QList<GattServiceInfo>> m_tables;
};

}  // namespace fw::core::sim
