#!/usr/bin/python3
"""Gives the mocked BlueZ device a GATT table, through python-dbusmock's generic mock API.

    bluez_gatt_mock.py <device object path>

The bluez5 template has no GATT objects and its Device1.Connect only sets Connected, while Qt
waits for ServicesResolved. This replaces Connect/Disconnect and adds, like a LYWSD03MMC with
pvvx firmware as BlueZ would export it:

  service0008 0x180a Device Information
    char0009  0x2a24 Model Number          read                     "LYWSD03MMC"
    char000b  0x2a25 Serial Number         read (refused: needs pairing)
  service000d 0x1f10 pvvx control
    char000e  0x1f1f control               read, write, write-without-response, notify
      desc0010 0x2902 CCCD
      desc0011 0x2901 "Control"
  service0012 00010203-0405-0607-0809-0a0b0c0d1912 Telink OTA
    char0013  ...2b12 OTA                  read, write-without-response
      desc0015 0x2901 "OTA"

The control characteristic answers a write starting with 0x55 with a notification 0x55 "cfg"
(when notifications are on); a write starting with 0xb0 makes the device drop the link 300 ms
later, like a reboot. Every characteristic reports MTU 247. The device object gets
org.flashwright.MockDevice.SetAsleep(b) (Connect then fails like a sleeping device) and
DropLink() (a remote disconnect now).
"""

import sys
import time

import dbus

DEVICE_IFACE = 'org.bluez.Device1'
SERVICE_IFACE = 'org.bluez.GattService1'
CHAR_IFACE = 'org.bluez.GattCharacteristic1'
DESC_IFACE = 'org.bluez.GattDescriptor1'
MOCK_IFACE = 'org.freedesktop.DBus.Mock'
OM_IFACE = 'org.freedesktop.DBus.ObjectManager'
CONTROL_IFACE = 'org.flashwright.MockDevice'
MTU = 247


def uuid16(v):
    return f'0000{v:04x}-0000-1000-8000-00805f9b34fb'


def byte_array(data):
    return dbus.Array([dbus.Byte(b) for b in data], signature='y')


# Code snippets run inside the mock (python-dbusmock executes them with `self`, `args`,
# `objects` and the module `dbus` in scope).
CONNECT = '''
if getattr(self, 'asleep', False):
    raise dbus.exceptions.DBusException('le-connection-abort-by-local', name='org.bluez.Error.Failed')
if self.props['org.bluez.Device1']['Connected']:
    raise dbus.exceptions.DBusException('Already Connected', name='org.bluez.Error.AlreadyConnected')
self.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(True), 'ServicesResolved': dbus.Boolean(True)})
'''

DROP = '''
for p, o in objects.items():
    if p.startswith(self.path + '/') and 'org.bluez.GattCharacteristic1' in o.props:
        o.props['org.bluez.GattCharacteristic1']['Notifying'] = dbus.Boolean(False)
self.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(False), 'ServicesResolved': dbus.Boolean(False)})
'''

DISCONNECT = '''
if not self.props['org.bluez.Device1']['Connected']:
    raise dbus.exceptions.DBusException('Not Connected', name='org.bluez.Error.NotConnected')
''' + DROP

SET_ASLEEP = 'self.asleep = bool(args[0])'

CHECK_CONNECTED = '''
_dev = objects[self.path.rsplit('/', 2)[0]]
if not _dev.props['org.bluez.Device1']['Connected']:
    raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.Failed')
'''

READ_VALUE = CHECK_CONNECTED + '''
ret = self.props['org.bluez.GattCharacteristic1']['Value']
'''

# Real BlueZ stores a read's result in the Value property and announces it with
# PropertiesChanged, which Qt 6.4 passes on as characteristicChanged.
READ_VALUE_WITH_ECHO = READ_VALUE + '''
self.UpdateProperties('org.bluez.GattCharacteristic1', {'Value': ret})
'''

READ_REFUSED = CHECK_CONNECTED + '''
raise dbus.exceptions.DBusException('Operation is not authorized', name='org.bluez.Error.NotAuthorized')
'''

WRITE_CONTROL = CHECK_CONNECTED + '''
_v = bytes(args[0])
_c = self.props['org.bluez.GattCharacteristic1']
if _v[:1] == b'\\x55' and _c['Notifying']:
    self.UpdateProperties('org.bluez.GattCharacteristic1',
                          {'Value': dbus.Array([dbus.Byte(b) for b in b'\\x55cfg'], signature='y')})
if _v[:1] == b'\\xb0':
    from gi.repository import GLib
    def _drop(dev=_dev, objs=objects):
        for p, o in objs.items():
            if p.startswith(dev.path + '/') and 'org.bluez.GattCharacteristic1' in o.props:
                o.props['org.bluez.GattCharacteristic1']['Notifying'] = dbus.Boolean(False)
        dev.UpdateProperties('org.bluez.Device1', {'Connected': dbus.Boolean(False),
                                                   'ServicesResolved': dbus.Boolean(False)})
        return False
    GLib.timeout_add(300, _drop)
'''

WRITE_PLAIN = CHECK_CONNECTED

START_NOTIFY = CHECK_CONNECTED + '''
self.UpdateProperties('org.bluez.GattCharacteristic1', {'Notifying': dbus.Boolean(True)})
'''

STOP_NOTIFY = CHECK_CONNECTED + '''
self.UpdateProperties('org.bluez.GattCharacteristic1', {'Notifying': dbus.Boolean(False)})
'''

DESC_READ = CHECK_CONNECTED.replace("rsplit('/', 2)", "rsplit('/', 3)") + '''
ret = self.props['org.bluez.GattDescriptor1']['Value']
'''


def main():
    device_path = sys.argv[1]
    bus = dbus.SystemBus()
    root = dbus.Interface(bus.get_object('org.bluez', '/'), MOCK_IFACE)
    device = dbus.Interface(bus.get_object('org.bluez', device_path), MOCK_IFACE)

    device.AddMethod(DEVICE_IFACE, 'Connect', '', '', CONNECT)
    device.AddMethod(DEVICE_IFACE, 'Disconnect', '', '', DISCONNECT)
    device.AddMethod(CONTROL_IFACE, 'SetAsleep', 'b', '', SET_ASLEEP)
    device.AddMethod(CONTROL_IFACE, 'DropLink', '', '', DROP)

    def add(path, iface, props, methods):
        root.AddObject(path, iface, props, methods)
        root.EmitSignal(OM_IFACE, 'InterfacesAdded', 'oa{sa{sv}}', dbus.Array([
            dbus.ObjectPath(path, variant_level=1),
            dbus.Dictionary({iface: dbus.Dictionary(props, signature='sv')},
                            signature='sa{sv}', variant_level=1),
        ], signature='v'))

    def service(handle, uuid):
        path = f'{device_path}/service{handle:04x}'
        add(path, SERVICE_IFACE, {
            'UUID': dbus.String(uuid),
            'Device': dbus.ObjectPath(device_path),
            'Primary': dbus.Boolean(True),
            'Includes': dbus.Array([], signature='o'),
        }, [])
        return path

    def characteristic(service_path, handle, uuid, flags, value, read=READ_VALUE, write=WRITE_PLAIN):
        path = f'{service_path}/char{handle:04x}'
        add(path, CHAR_IFACE, {
            'UUID': dbus.String(uuid),
            'Service': dbus.ObjectPath(service_path),
            'Value': byte_array(value),
            'Notifying': dbus.Boolean(False),
            'Flags': dbus.Array(flags, signature='s'),
            'MTU': dbus.UInt16(MTU),
        }, [
            ('ReadValue', 'a{sv}', 'ay', read),
            ('WriteValue', 'aya{sv}', '', write),
            ('StartNotify', '', '', START_NOTIFY),
            ('StopNotify', '', '', STOP_NOTIFY),
        ])
        return path

    def descriptor(char_path, handle, uuid, value):
        path = f'{char_path}/desc{handle:04x}'
        add(path, DESC_IFACE, {
            'UUID': dbus.String(uuid),
            'Characteristic': dbus.ObjectPath(char_path),
            'Value': byte_array(value),
            'Flags': dbus.Array(['read'], signature='s'),
        }, [
            ('ReadValue', 'a{sv}', 'ay', DESC_READ),
            ('WriteValue', 'aya{sv}', '', ''),
        ])

    dis = service(0x0008, uuid16(0x180a))
    characteristic(dis, 0x0009, uuid16(0x2a24), ['read'], b'LYWSD03MMC')
    characteristic(dis, 0x000b, uuid16(0x2a25), ['read'], b'', read=READ_REFUSED)

    pvvx = service(0x000d, uuid16(0x1f10))
    control = characteristic(pvvx, 0x000e, uuid16(0x1f1f),
                             ['read', 'write', 'write-without-response', 'notify'], b'\x00',
                             read=READ_VALUE_WITH_ECHO, write=WRITE_CONTROL)
    descriptor(control, 0x0010, uuid16(0x2902), b'\x00\x00')
    descriptor(control, 0x0011, uuid16(0x2901), b'Control')

    ota = service(0x0012, '00010203-0405-0607-0809-0a0b0c0d1912')
    ota_char = characteristic(ota, 0x0013, '00010203-0405-0607-0809-0a0b0c0d2b12',
                              ['read', 'write-without-response'], b'\x00\x00\x00\x00')
    descriptor(ota_char, 0x0015, uuid16(0x2901), b'OTA')

    # BlueZ lists the services it resolved on the device.
    device.UpdateProperties(DEVICE_IFACE, {'UUIDs': dbus.Array(
        [uuid16(0x180a), uuid16(0x1f10), '00010203-0405-0607-0809-0a0b0c0d1912'], signature='s')})
    device.ClearCalls()
    time.sleep(0.05)


if __name__ == '__main__':
    main()
