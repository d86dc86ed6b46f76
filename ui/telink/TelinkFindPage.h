#pragma once
// Step 1: the thermometers nearby (name, kind, firmware, temperature, battery, signal, read
// from their advertisements) and the demo devices, with what to do when Bluetooth is missing
// and the way out to the wired rescue for one that no longer shows up.

#include "core/BleScanner.h"
#include "telink/TelinkAdvert.h"
#include "ui/telink/TelinkWizardPage.h"

#include <QHash>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fw::ui {

class TelinkFindPage : public TelinkWizardPage {
    Q_OBJECT
public:
    explicit TelinkFindPage(TelinkWizard *wizard);

    QString stepTitle() const override;
    bool isComplete() const override;
    QString blockedReason() const override;
    void enter() override;
    void commit() override;
    void reset() override;
    QWidget *mainAction() const override;

    // Selects this thermometer ("demo:NAME" or an address), now or as soon as it is seen.
    void selectTarget(const QString &target);
    QString selectedTarget() const;
    // Starts a new Bluetooth scan (when there is a scanner).
    void rescan();

    QTreeWidget *deviceList() const { return m_list; }
    // The entry as shown: its name, then kind, firmware, temperature, battery and signal.
    QString entryText(const QString &target) const;
    QString scanStatusText() const;  // the note about Bluetooth, empty when hidden
    QString detailsText() const;
    QString othersText() const;  // how many non-thermometers were left out, empty when none
    QStringList targets() const;     // every row, demo devices included

protected:
    void retranslate() override;

private:
    struct Row {
        fw::core::BleDeviceInfo device;
        fw::telink::TelinkAdvertInfo advert;
        QString title;        // the demo's title; the advertised name for real devices
        QString description;  // the demo's description
        bool demo = false;
    };

    void loadDemos();
    void onDevice(const fw::core::BleDeviceInfo &device);
    void rebuild();
    QString describe(const Row &row) const;
    void updateScanStatus();
    void updateDetails();

    QTreeWidget *m_list = nullptr;
    QTreeWidgetItem *m_nearby = nullptr;
    QTreeWidgetItem *m_demos = nullptr;
    QPushButton *m_rescan = nullptr;
    QLabel *m_scanning = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_othersHint = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_wiredHint = nullptr;
    QPushButton *m_wired = nullptr;

    QHash<QString, Row> m_rows;    // by target
    QStringList m_order;           // targets in the order they appeared
    QSet<QString> m_others;        // addresses of Bluetooth devices that are not thermometers
    bool m_scanStarted = false;
    QString m_wanted;
};

}  // namespace fw::ui
