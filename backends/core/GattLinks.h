#pragma once
// Opens the GattLink a target names: "demo:NAME" is the simulated Demo device of that name, a
// Bluetooth address ("A4:C1:38:1A:2B:3C", optionally written "ble:...") the real link via BlueZ.

#include "core/GattLink.h"

#include <QString>

#include <memory>

namespace fw::core {

// Returns nullptr with *error set (a sentence naming what to give instead) when the target is
// neither a known Bluetooth demo device nor a Bluetooth address. Opening does not connect.
std::unique_ptr<GattLink> openGattLink(const QString &target, QString *error = nullptr);

}  // namespace fw::core
