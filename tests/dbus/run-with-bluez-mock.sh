#!/usr/bin/env bash
# Runs a command against a mocked BlueZ: a private D-Bus daemon stands in for the system bus
# and python-dbusmock's bluez5 template provides org.bluez with one adapter and one LE device.
#
#   tests/dbus/run-with-bluez-mock.sh [--gatt] <command> [args...]
#
# The command sees DBUS_SYSTEM_BUS_ADDRESS (the private bus), FW_BLUEZ_MOCK=1 and the mock
# device's FW_BLUEZ_MOCK_ADDRESS / FW_BLUEZ_MOCK_NAME / FW_BLUEZ_MOCK_RSSI /
# FW_BLUEZ_MOCK_DEVICE_PATH. With --gatt the device is also connectable and has a GATT table
# (tests/dbus/bluez_gatt_mock.py), and FW_BLUEZ_MOCK_GATT=1. The script exits with the
# command's status; 2 when the mock cannot be set up.

set -u

MOCK_ADAPTER=hci0
MOCK_ADAPTER_NAME="flashwright-test"
MOCK_ADDRESS="A4:C1:38:5E:77:01"
MOCK_NAME="ATC_5E7701"
MOCK_RSSI=-79   # what the bluez5 template reports for every device

die() {
    echo "run-with-bluez-mock: $*" >&2
    exit 2
}

WITH_GATT=0
if [ "${1:-}" = "--gatt" ]; then
    WITH_GATT=1
    shift
fi
if [ $# -lt 1 ]; then
    echo "usage: $0 [--gatt] <command> [args...]" >&2
    exit 2
fi
SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
MOCK_DEVICE_PATH="/org/bluez/$MOCK_ADAPTER/dev_$(echo "$MOCK_ADDRESS" | tr ':' '_')"

command -v dbus-daemon >/dev/null 2>&1 \
    || die "dbus-daemon is missing. Install it with: sudo apt-get install dbus"

# dbusmock is a Debian package for the system Python; a pyenv or venv python3 may lack it.
PY=""
for candidate in "${PYTHON:-}" /usr/bin/python3 python3; do
    [ -n "$candidate" ] || continue
    if "$candidate" -c 'import dbusmock, dbus' >/dev/null 2>&1; then
        PY="$candidate"
        break
    fi
done
[ -n "$PY" ] || die "python3-dbusmock is missing. Install it with: sudo apt-get install python3-dbusmock"

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/fw-bluez-mock.XXXXXX")" || die "cannot create a temporary directory"
DAEMON_PID=""
MOCK_PID=""

cleanup() {
    if [ -n "$MOCK_PID" ]; then
        kill "$MOCK_PID" 2>/dev/null
        wait "$MOCK_PID" 2>/dev/null
    fi
    if [ -n "$DAEMON_PID" ]; then
        kill "$DAEMON_PID" 2>/dev/null
        wait "$DAEMON_PID" 2>/dev/null
    fi
    rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A session-type daemon: anyone may own names, so the mock can take org.bluez without root.
# It stays our child (no --fork) so the cleanup can reap it.
dbus-daemon --session --nofork --nopidfile --address="unix:path=$WORK_DIR/bus" \
    --print-address=3 3>"$WORK_DIR/address" 2>"$WORK_DIR/daemon.log" &
DAEMON_PID=$!
BUS_ADDRESS=""
for _ in $(seq 1 100); do
    BUS_ADDRESS="$(head -n1 "$WORK_DIR/address" 2>/dev/null)"
    [ -n "$BUS_ADDRESS" ] && break
    kill -0 "$DAEMON_PID" 2>/dev/null || die "dbus-daemon did not start"
    sleep 0.05
done
[ -n "$BUS_ADDRESS" ] || die "dbus-daemon did not report its address"

export DBUS_SYSTEM_BUS_ADDRESS="$BUS_ADDRESS"
# Keep the command away from the user's real session bus as well.
export DBUS_SESSION_BUS_ADDRESS="$BUS_ADDRESS"

"$PY" -m dbusmock --system -t bluez5 >"$WORK_DIR/mock.log" 2>&1 &
MOCK_PID=$!

# Wait for the mock to own org.bluez, then add the adapter and the device through its
# org.bluez.Mock interface.
"$PY" - "$MOCK_PID" "$MOCK_ADAPTER" "$MOCK_ADAPTER_NAME" "$MOCK_ADDRESS" "$MOCK_NAME" <<'PYEOF' \
    || { cat "$WORK_DIR/mock.log" >&2; die "the BlueZ mock did not come up"; }
import os, sys, time
import dbus

mock_pid, adapter, adapter_name, address, name = sys.argv[1:6]
bus = dbus.SystemBus()
deadline = time.monotonic() + 15
while not bus.name_has_owner("org.bluez"):
    try:
        os.kill(int(mock_pid), 0)
    except OSError:
        sys.exit("dbusmock exited")
    if time.monotonic() > deadline:
        sys.exit("org.bluez did not appear on the private bus")
    time.sleep(0.05)
mock = dbus.Interface(bus.get_object("org.bluez", "/org/bluez"), "org.bluez.Mock")
mock.AddAdapter(adapter, adapter_name)
mock.AddDevice(adapter, address, name)
PYEOF

if [ "$WITH_GATT" = 1 ]; then
    "$PY" "$SCRIPT_DIR/bluez_gatt_mock.py" "$MOCK_DEVICE_PATH" \
        || { cat "$WORK_DIR/mock.log" >&2; die "the GATT objects could not be added to the BlueZ mock"; }
    export FW_BLUEZ_MOCK_GATT=1
fi

export FW_BLUEZ_MOCK=1
export FW_BLUEZ_MOCK_DEVICE_PATH="$MOCK_DEVICE_PATH"
export FW_BLUEZ_MOCK_ADDRESS="$MOCK_ADDRESS"
export FW_BLUEZ_MOCK_NAME="$MOCK_NAME"
export FW_BLUEZ_MOCK_RSSI="$MOCK_RSSI"
# Qt would otherwise probe the bus owner's executable (python3) for a BlueZ version.
export BLUETOOTH_FORCE_DBUS_LE_VERSION=5.66

"$@"
rc=$?
if [ $rc -ne 0 ]; then
    echo "run-with-bluez-mock: the command failed with status $rc; mock log:" >&2
    tail -n 20 "$WORK_DIR/mock.log" >&2
fi
exit $rc
