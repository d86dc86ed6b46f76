#pragma once
// What the discovery panel and `flashwright-cli ports` know about one serial port.

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

namespace fw::core {

struct UsbIdentity {
    quint16 vid = 0;
    quint16 pid = 0;
    QString adapter;      // "Silicon Labs CP210x", "ConBee II", ...
    QString chip;         // "CP2102N", "CH340", ...
    QString notes;        // advice shown to the user (e.g. "CH340: use 460800 at most")
    QStringList families; // hints: "esp", "zigbee", "nrf", "sequans", "telink-uart"
    qint32 defaultBaud = 0;
};

struct PortInfo {
    QString portName;        // "ttyUSB0", "pts/3", "demo:esp8266-boot"
    QString systemLocation;  // "/dev/ttyUSB0"
    QString description;
    QString manufacturer;
    QString serialNumber;
    std::optional<quint16> vid;
    std::optional<quint16> pid;
    std::optional<UsbIdentity> identity;  // from the catalog, when VID:PID is known
    bool isDemo = false;

    QString displayName() const;  // "ttyUSB0 — Silicon Labs CP210x"
    QString vidPidText() const;   // "10c4:ea60" or empty
};

using PortList = QList<PortInfo>;
// Injectable source of ports (QSerialPortInfo in production, a fixed list of ptys in tests).
using PortLister = std::function<PortList()>;

}  // namespace fw::core

Q_DECLARE_METATYPE(fw::core::PortInfo)
