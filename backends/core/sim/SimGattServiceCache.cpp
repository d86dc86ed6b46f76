#include "core/sim/SimGattServiceCache.h"

namespace fw::core::sim {

std::shared_ptr<SimGattServiceCache> SimGattServiceCache::shared()
{
    static const std::shared_ptr<SimGattServiceCache> cache = std::make_shared<SimGattServiceCache>();
    return cache;
}

std::optional<QList<GattServiceInfo>> SimGattServiceCache::lookup(const QString &address) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_tables.constFind(key(address));
    if (it == m_tables.constEnd())
        return std::nullopt;
    return *it;
}

void SimGattServiceCache::store(const QString &address, const QList<GattServiceInfo> &services)
{
    QMutexLocker lock(&m_mutex);
    m_tables.insert(key(address), services);
}

bool SimGattServiceCache::forget(const QString &address)
{
    QMutexLocker lock(&m_mutex);
    return m_tables.remove(key(address)) > 0;
}

void SimGattServiceCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_tables.clear();
}

bool SimGattServiceCache::contains(const QString &address) const
{
    QMutexLocker lock(&m_mutex);
    return m_tables.contains(key(address));
}

QList<GattServiceInfo> SimGattServiceCache::discover(const QList<GattServiceDef> &table)
{
    QList<GattServiceInfo> discovered;
    quint16 handle = 1;
    for (const GattServiceDef &s : table) {
        GattServiceInfo info;
        info.uuid = s.uuid;
        info.startHandle = handle++;
        for (const GattCharacteristicDef &c : s.characteristics) {
            GattCharacteristicInfo ci;
            ci.uuid = c.uuid;
            ci.properties = c.properties;
            ++handle;  // declaration
            ci.handle = handle++;
            if (c.properties & (GattNotify | GattIndicate))
                ++handle;  // CCCD
            if (!c.description.isEmpty())
                ++handle;  // user description
            ci.description = c.description;
            info.characteristics << ci;
        }
        info.endHandle = quint16(handle - 1);
        discovered << info;
    }
    return discovered;
}

bool SimGattServiceCache::stillValid(const GattCharacteristicInfo &cached, const QList<GattServiceInfo> &live)
{
    for (const GattServiceInfo &s : live) {
        for (const GattCharacteristicInfo &c : s.characteristics) {
            if (c.handle == cached.handle)
                return c.uuid == cached.uuid;
        }
    }
    return false;
}

int SimGattServiceCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_tables.size());
}

}  // namespace fw::core::sim
