#pragma once
// Timing of a BLE connection as a GATT client sees it: connection events every interval, a few
// link-layer packets per event, one outstanding ATT request. The simulated GATT link paces by it.

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace fw::core::sim {

struct BleWireModel {
    double intervalMs = 30.0;        // connection interval (7.5 ms .. 4 s)
    int packetsPerEvent = 4;         // link-layer data packets the pair exchanges per event
    int mtu = 23;                    // ATT MTU in effect
    int llPayload = 27;              // link-layer payload per packet (27; up to 251 with DLE)
    int supervisionTimeoutMs = 4000; // how long a silent link stays "connected"
    int responseEvents = 1;          // events between a request and its response
    int connectSetupMs = 120;        // advertising wait + connection setup before discovery

    // A fast desktop adapter (7.5 ms, 6 packets) and a typical default (30 ms, 4 packets).
    static BleWireModel fast() { return BleWireModel{7.5, 6, 23, 27, 4000, 1, 60}; }
    static BleWireModel typical() { return BleWireModel{}; }

    qint64 intervalUs() const { return qint64(std::llround(intervalMs * 1000.0)); }

    // ATT value bytes one link-layer packet carries in a write without response or notification.
    int payloadPerPacket() const { return std::min(mtu, llPayload - 4) - 3; }
    int maxWriteWithoutResponse() const { return mtu - 3; }

    // Link-layer packets for one ATT PDU of attLen bytes (L2CAP adds a 4-byte header).
    int packetsForAttPdu(int attLen) const
    {
        return std::max(1, (attLen + 4 + llPayload - 1) / llPayload);
    }
    int packetsForWriteWithoutResponse(int valueLen) const { return packetsForAttPdu(valueLen + 3); }

    // Upper bound of the application data rate with writes without response (or notifications).
    double bytesPerSecondLimit() const
    {
        return double(packetsPerEvent) * double(payloadPerPacket()) * 1000.0 / intervalMs;
    }

    // Connection events (and milliseconds) a burst of writes without response needs when each
    // value fits into one packet.
    qint64 eventsForWritesWithoutResponse(qint64 count) const
    {
        return count <= 0 ? 0 : (count + packetsPerEvent - 1) / packetsPerEvent;
    }
    double msForWritesWithoutResponse(qint64 count) const
    {
        return double(eventsForWritesWithoutResponse(count)) * intervalMs;
    }

    // One request/response exchange: the request's event, the events until the response,
    // so the next request can only go out in the event after that.
    double msForRoundTrip() const { return double(responseEvents + 1) * intervalMs; }

    // A write with response of valueLen bytes; longer than MTU-3 it becomes a queued
    // (prepare + execute) write with one exchange per MTU-5 bytes plus the execute.
    int exchangesForWriteWithResponse(int valueLen) const
    {
        if (valueLen <= mtu - 3)
            return 1;
        return (valueLen + (mtu - 5) - 1) / (mtu - 5) + 1;
    }
    double msForWriteWithResponse(int valueLen) const
    {
        return exchangesForWriteWithResponse(valueLen) * msForRoundTrip();
    }

    // A read returns MTU-1 bytes per exchange; longer values need Read Blob requests.
    int exchangesForRead(int valueLen) const
    {
        // A full-length response leaves the client unsure whether more follows, so it asks again.
        return std::max(0, valueLen) / (mtu - 1) + 1;
    }
    double msForRead(int valueLen) const { return exchangesForRead(valueLen) * msForRoundTrip(); }

    // Primary service discovery, then characteristics and descriptors per service.
    double msForDiscovery(int services, int characteristics) const
    {
        return connectSetupMs + double(1 + 2 * services + characteristics) * msForRoundTrip();
    }

    // Empty when the parameters are possible on a real link; otherwise what is wrong.
    QString validate() const
    {
        if (intervalMs < 7.5 || intervalMs > 4000.0)
            return QStringLiteral("connection interval %1 ms is outside 7.5..4000 ms").arg(intervalMs);
        if (packetsPerEvent < 1)
            return QStringLiteral("packets per event must be at least 1");
        if (mtu < 23 || mtu > 517)
            return QStringLiteral("ATT MTU %1 is outside 23..517").arg(mtu);
        if (llPayload < 27 || llPayload > 251)
            return QStringLiteral("link-layer payload %1 is outside 27..251").arg(llPayload);
        if (supervisionTimeoutMs < 100 || supervisionTimeoutMs > 32000)
            return QStringLiteral("supervision timeout %1 ms is outside 100..32000 ms").arg(supervisionTimeoutMs);
        if (responseEvents < 1)
            return QStringLiteral("a response needs at least one connection event");
        return {};
    }
};

}  // namespace fw::core::sim
