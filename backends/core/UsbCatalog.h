#pragma once
// Known USB serial adapters and boards by VID:PID (refined by product or manufacturer strings
// where several share one ID), with advice for the user. Data: resources/devices/usb-ids.json.

#include "core/PortInfo.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace fw::core {

class UsbCatalog {
public:
    // Parses a catalog; malformed entries are skipped and listed in warnings().
    explicit UsbCatalog(const QByteArray &json);

    // The built-in catalog (loaded once from the Qt resource).
    static const UsbCatalog &instance();

    // The most specific entry for this device: one whose product/manufacturer substrings
    // match beats the plain VID:PID entry.
    std::optional<UsbIdentity> lookup(quint16 vid, quint16 pid, const QString &manufacturer = {},
                                      const QString &product = {}) const;

    int size() const { return int(m_entries.size()); }
    QStringList warnings() const { return m_warnings; }

private:
    struct Entry {
        UsbIdentity identity;
        QString product;       // substring of the USB product string, empty = any
        QString manufacturer;  // substring of the manufacturer string, empty = any
    };
    QList<Entry> m_entries;
    QStringList m_warnings;
};

}  // namespace fw::core
