#pragma once
// The half of QtGattLink that lives on the controller's own thread: it owns the
// QLowEnergyController and its service objects and turns their signals into finished operations.

#include "core/QtGattState.h"

#include <QBluetoothUuid>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace fw::core {

class QtGattWorker : public QObject {
    Q_OBJECT
public:
    explicit QtGattWorker(std::shared_ptr<QtGattState> state, QObject *parent = nullptr);
    ~QtGattWorker() override;

    // Each of these runs on the worker's thread (the facade posts them) and finishes its op,
    // at once or when the controller answers.
    void startConnect(const std::shared_ptr<QtGattOp> &op, const QString &address);
    void abortConnect();  // after a timeout or cancel of startConnect
    void startDisconnect(const std::shared_ptr<QtGattOp> &op);
    void startRead(const std::shared_ptr<QtGattOp> &op);
    void startWrite(const std::shared_ptr<QtGattOp> &op, const QByteArray &value);
    void startSubscribe(const std::shared_ptr<QtGattOp> &op, bool enable);
    void startConnectionUpdate(const std::shared_ptr<QtGattOp> &op,
                               const GattConnectionParameters &params);
    void forget(const std::shared_ptr<QtGattOp> &op, const QString &address);
    void shutdown();  // drops the controller; call before the thread ends

private:
    struct Target {
        QLowEnergyService *service = nullptr;
        QLowEnergyCharacteristic characteristic;
    };
    struct HeldNotification {
        QBluetoothUuid characteristic;
        QByteArray value;
    };

    void fail(const std::shared_ptr<QtGattOp> &op, const Diagnosis &d);
    void succeed(const std::shared_ptr<QtGattOp> &op, const QByteArray &value = {});
    bool linkUp() const;
    std::optional<Target> target(const QBluetoothUuid &uuid) const;

    void onConnected();
    void onDiscoveryFinished();
    void onServiceState(QLowEnergyService *service, QLowEnergyService::ServiceState s);
    void onServiceError(QLowEnergyService *service, QLowEnergyService::ServiceError e);
    void onControllerError(QLowEnergyController::Error e);
    void onControllerState(QLowEnergyController::ControllerState s);
    void onCharacteristicRead(QLowEnergyService *service, const QLowEnergyCharacteristic &c,
                              const QByteArray &value);
    void onCharacteristicWritten(QLowEnergyService *service, const QLowEnergyCharacteristic &c);
    void onDescriptorWritten(QLowEnergyService *service);
    void readDescriptions();
    void onDescriptionRead(QLowEnergyService *service);
    void onCharacteristicChanged(const QLowEnergyCharacteristic &c, const QByteArray &value);
    void queueNotification(const QBluetoothUuid &c, const QByteArray &value);
    void finishConnect();
    void linkDown(const QString &reason);
    void retireController();
    // The first op in flight on this service of one of these kinds; earlier writes without
    // response on the service are known to be done once a later request completes.
    std::shared_ptr<QtGattOp> takeInFlight(QLowEnergyService *service,
                                           std::initializer_list<QtGattOp::Kind> kinds,
                                           const QBluetoothUuid &uuid = {});
    void refreshMtu();
    void releaseHeld(const QBluetoothUuid &c);

    std::shared_ptr<QtGattState> m_state;
    QLowEnergyController *m_controller = nullptr;
    QList<QLowEnergyService *> m_services;  // in handle order once the table is built
    QString m_address;
    QSet<QLowEnergyService *> m_detailsWaiting;  // services whose details are still coming
    QHash<QLowEnergyService *, int> m_descriptionReads;  // 0x2901 reads still coming, per service
    bool m_dbusBackend = false;  // Qt talks to BlueZ's GATT D-Bus API (not kernel sockets)
    bool m_closing = false;  // a local disconnect is under way
    QString m_lastError;     // the controller's last error text, for the drop reason

    std::shared_ptr<QtGattOp> m_connectOp;
    std::shared_ptr<QtGattOp> m_disconnectOp;
    std::shared_ptr<QtGattOp> m_updateOp;
    std::shared_ptr<QtGattOp> m_issuing;  // the op whose Qt call is running right now
    std::deque<std::shared_ptr<QtGattOp>> m_inFlight;

    QSet<QBluetoothUuid> m_subscribed;
    // BlueZ announces a read's result as a change of the Value property, which Qt 6.4 reports
    // as characteristicChanged. These remember reads of subscribed characteristics so that
    // echo is not mistaken for a notification.
    QHash<QBluetoothUuid, int> m_readsPending;
    QList<HeldNotification> m_held;
    QHash<QBluetoothUuid, QPair<QByteArray, qint64>> m_echoExpected;  // value, until (ms)
    QElapsedTimer m_clock;
    bool m_notificationsDropped = false;  // warned once per connection
    int m_generation = 0;  // counts controllers, so a retired one's late signals are ignored
};

}  // namespace fw::core
