<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fw::core::AppInfo</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Flashwright %1</source>
        <translation>Flashwright %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>libarchive: %1</source>
        <translation>libarchive: %1</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>System: %1, %2 %3, %4</source>
        <translation>System: %1, %2 %3, %4</translation>
    </message>
    <message>
        <source>In the %1 group (serial port access): %2</source>
        <translation>In der Gruppe %1 (Zugriff auf serielle Anschlüsse): %2</translation>
    </message>
</context>
<context>
    <name>fw::core::Archive</name>
    <message>
        <source>The entry %1 is larger than %2 bytes.</source>
        <translation>Der Eintrag %1 ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>The archive %1 has no file named %2.</source>
        <translation>Das Archiv %1 enthält keine Datei namens %2.</translation>
    </message>
    <message>
        <source>The package is for another device or a different version of the tool.</source>
        <translation>Das Paket ist für ein anderes Gerät oder eine andere Version des Werkzeugs.</translation>
    </message>
    <message>
        <source>List the archive&apos;s contents and check you have the right package.</source>
        <translation>Lassen Sie sich den Inhalt des Archivs anzeigen und prüfen Sie, ob Sie das richtige Paket haben.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>Choose an empty or new folder to extract into.</source>
        <translation>Wählen Sie einen leeren oder neuen Ordner zum Entpacken.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder is not writable.</source>
        <translation>Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Choose a folder in your home directory.</source>
        <translation>Wählen Sie einen Ordner in Ihrem Persönlichen Ordner.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1.</source>
        <translation>In %1 konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>It has more than %1 entries.</source>
        <translation>Es hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>The name is absolute or climbs up with &quot;..&quot;.</source>
        <translation>Der Name ist absolut oder steigt mit „..“ nach oben.</translation>
    </message>
    <message>
        <source>The entry has no file name.</source>
        <translation>Der Eintrag hat keinen Dateinamen.</translation>
    </message>
    <message>
        <source>It is a symbolic link to %1.</source>
        <translation>Es ist ein symbolischer Link auf %1.</translation>
    </message>
    <message>
        <source>It is a device, pipe or socket, not a regular file.</source>
        <translation>Es ist ein Gerät, eine Pipe oder ein Socket, keine normale Datei.</translation>
    </message>
    <message>
        <source>It is a hard link to %1, which is not a file extracted before it.</source>
        <translation>Es ist ein harter Link auf %1, das keine zuvor entpackte Datei ist.</translation>
    </message>
    <message>
        <source>It expands to more than %1 bytes.</source>
        <translation>Es wird beim Entpacken größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The disk is full or the folder is not writable.</source>
        <translation>Der Datenträger ist voll oder der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder.</source>
        <translation>Schaffen Sie Platz oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The entry %1 declares %2 bytes; the limit is %3.</source>
        <translation>Der Eintrag %1 gibt %2 Bytes an; die Grenze liegt bei %3.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenträger nicht voll und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The entry %1 expands to more than %2 bytes.</source>
        <translation>Der Eintrag %1 wird beim Entpacken größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The archive %1 has a link %2 that clashes with another entry.</source>
        <translation>Das Archiv %1 hat einen Link %2, der mit einem anderen Eintrag kollidiert.</translation>
    </message>
    <message>
        <source>Download the package again; if it persists, the package is broken.</source>
        <translation>Laden Sie das Paket erneut herunter; bleibt der Fehler, ist das Paket defekt.</translation>
    </message>
    <message>
        <source>The link %1 leads outside the folder.</source>
        <translation>Der Link %1 führt aus dem Ordner hinaus.</translation>
    </message>
    <message>
        <source>Could not move the files into %1.</source>
        <translation>Die Dateien konnten nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 already contains %2; nothing was extracted.</source>
        <translation>%1 enthält bereits %2; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The folder holds files from an earlier extraction.</source>
        <translation>Der Ordner enthält Dateien von einem früheren Entpacken.</translation>
    </message>
    <message>
        <source>Choose an empty folder or remove the old files first.</source>
        <translation>Wählen Sie einen leeren Ordner oder entfernen Sie zuerst die alten Dateien.</translation>
    </message>
    <message>
        <source>Could not move %1 into %2.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged or incomplete.</source>
        <translation>Das Archiv %1 ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>The file was cut short (interrupted download or copy).</source>
        <translation>Die Datei ist abgeschnitten (unterbrochener Download oder Kopiervorgang).</translation>
    </message>
    <message>
        <source>Download the package again and check its size or checksum.</source>
        <translation>Laden Sie das Paket erneut herunter und prüfen Sie Größe oder Prüfsumme.</translation>
    </message>
    <message>
        <source>The archive %1 unpacks to more than is allowed.</source>
        <translation>Das Archiv %1 wird beim Entpacken größer als erlaubt.</translation>
    </message>
    <message>
        <source>Make sure this is the right package; a firmware package is normally a few megabytes. A file that expands enormously may be a deliberate &quot;zip bomb&quot;.</source>
        <translation>Prüfen Sie, ob es das richtige Paket ist; ein Firmware-Paket hat normalerweise wenige Megabyte. Eine Datei, die sich enorm ausdehnt, kann eine absichtliche „ZIP-Bombe“ sein.</translation>
    </message>
    <message>
        <source>The archive %1 contains an entry that would be written outside the target folder: %2</source>
        <translation>Das Archiv %1 enthält einen Eintrag, der außerhalb des Zielordners geschrieben würde: %2</translation>
    </message>
    <message>
        <source>Nothing was extracted. Do not use this package; get it again from the vendor&apos;s official download page.</source>
        <translation>Es wurde nichts entpackt. Verwenden Sie dieses Paket nicht; laden Sie es erneut von der offiziellen Download-Seite des Herstellers.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The path is misspelt, or the file was moved or deleted.</source>
        <translation>Der Pfad ist falsch geschrieben, oder die Datei wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Check the path, or pick the file again.</source>
        <translation>Prüfen Sie den Pfad oder wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive.</source>
        <translation>%1 ist ein Ordner, kein Archiv.</translation>
    </message>
    <message>
        <source>A folder was chosen where a package file was expected.</source>
        <translation>Es wurde ein Ordner gewählt, wo eine Paketdatei erwartet wurde.</translation>
    </message>
    <message>
        <source>Choose the .zip or .tar.gz file itself.</source>
        <translation>Wählen Sie die .zip- oder .tar.gz-Datei selbst.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The download was interrupted or the file was not saved completely.</source>
        <translation>Der Download wurde unterbrochen oder die Datei wurde nicht vollständig gespeichert.</translation>
    </message>
    <message>
        <source>Download the package again.</source>
        <translation>Laden Sie das Paket erneut herunter.</translation>
    </message>
    <message>
        <source>The archive %1 is password-protected.</source>
        <translation>Das Archiv %1 ist passwortgeschützt.</translation>
    </message>
    <message>
        <source>Encrypted entries cannot be read without the password.</source>
        <translation>Verschlüsselte Einträge lassen sich ohne Passwort nicht lesen.</translation>
    </message>
    <message>
        <source>Unpack it with the password using your archive tool, then load the firmware file directly.</source>
        <translation>Entpacken Sie es mit dem Passwort in Ihrem Archivprogramm und laden Sie dann die Firmware-Datei direkt.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen.</translation>
    </message>
    <message>
        <source>Give yourself read access or copy the file to a folder you own.</source>
        <translation>Geben Sie sich Leserechte oder kopieren Sie die Datei in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not an archive this program can read.</source>
        <translation>%1 ist kein Archiv, das dieses Programm lesen kann.</translation>
    </message>
    <message>
        <source>The file is not a zip, tar, tar.gz or tar.xz package (maybe it is the firmware image itself, or a web page saved instead of the download).</source>
        <translation>Die Datei ist kein zip-, tar-, tar.gz- oder tar.xz-Paket (vielleicht ist sie das Firmware-Abbild selbst oder eine statt des Downloads gespeicherte Webseite).</translation>
    </message>
    <message>
        <source>Load it as a firmware file, or download the package again.</source>
        <translation>Laden Sie sie als Firmware-Datei oder laden Sie das Paket erneut herunter.</translation>
    </message>
    <message>
        <source>A parent of this entry is not a folder.</source>
        <translation>Ein übergeordnetes Element dieses Eintrags ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>fw::core::BleConnectDiagnoses</name>
    <message>
        <source>The device is asleep or its battery is nearly flat, so it no longer accepts connections.</source>
        <translation>Das Gerät schläft oder seine Batterie ist fast leer, daher nimmt es keine Verbindungen mehr an.</translation>
    </message>
    <message>
        <source>The device is too far away or behind a wall (keep it within 2 metres).</source>
        <translation>Das Gerät ist zu weit weg oder hinter einer Wand (halten Sie es innerhalb von 2 Metern).</translation>
    </message>
    <message>
        <source>A phone app or a hub is connected to the device; it accepts one connection at a time.</source>
        <translation>Eine Handy-App oder ein Hub ist mit dem Gerät verbunden; es nimmt nur eine Verbindung gleichzeitig an.</translation>
    </message>
    <message>
        <source>The computer&apos;s Bluetooth service (BlueZ) is stuck after an earlier connection.</source>
        <translation>Der Bluetooth-Dienst des Computers (BlueZ) hängt nach einer früheren Verbindung.</translation>
    </message>
    <message>
        <source>Take the battery out for five seconds and put it back (this wakes the device), keep it close to the computer and close phone apps that use it, then try again. If it still fails, restart the Bluetooth service with: sudo systemctl restart bluetooth</source>
        <translation>Nehmen Sie die Batterie für fünf Sekunden heraus und setzen Sie sie wieder ein (das weckt das Gerät). Halten Sie das Gerät nah am Computer und schließen Sie Handy-Apps, die es nutzen. Versuchen Sie es dann erneut. Wenn es immer noch nicht klappt, starten Sie den Bluetooth-Dienst neu mit: sudo systemctl restart bluetooth</translation>
    </message>
    <message>
        <source>The system D-Bus is not running, so Bluetooth cannot be used.</source>
        <translation>Der System-D-Bus läuft nicht, daher kann Bluetooth nicht genutzt werden.</translation>
    </message>
    <message>
        <source>This computer (or container) runs without the system message bus that the Bluetooth service needs.</source>
        <translation>Dieser Computer (oder Container) läuft ohne den System-Nachrichtenbus, den der Bluetooth-Dienst braucht.</translation>
    </message>
    <message>
        <source>Start it with: sudo systemctl start dbus, then start Bluetooth with: sudo systemctl start bluetooth. The Demo devices work without Bluetooth.</source>
        <translation>Starten Sie ihn mit: sudo systemctl start dbus, und starten Sie dann Bluetooth mit: sudo systemctl start bluetooth. Die Demo-Geräte funktionieren ohne Bluetooth.</translation>
    </message>
    <message>
        <source>The Bluetooth service (BlueZ) is not running, so Bluetooth cannot be used.</source>
        <translation>Der Bluetooth-Dienst (BlueZ) läuft nicht, daher kann Bluetooth nicht genutzt werden.</translation>
    </message>
    <message>
        <source>The service is stopped or crashed.</source>
        <translation>Der Dienst ist angehalten oder abgestürzt.</translation>
    </message>
    <message>
        <source>The package &quot;bluez&quot; is not installed.</source>
        <translation>Das Paket „bluez“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>Start it with: sudo systemctl start bluetooth (install the package &quot;bluez&quot; first if it is missing), then try again.</source>
        <translation>Starten Sie ihn mit: sudo systemctl start bluetooth (installieren Sie zuerst das Paket „bluez“, falls es fehlt). Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Bluetooth-Adapter gefunden.</translation>
    </message>
    <message>
        <source>The computer has no Bluetooth, or the USB Bluetooth adapter is unplugged.</source>
        <translation>Der Computer hat kein Bluetooth, oder der USB-Bluetooth-Adapter ist nicht eingesteckt.</translation>
    </message>
    <message>
        <source>Bluetooth is blocked (airplane mode or a hardware switch).</source>
        <translation>Bluetooth ist blockiert (Flugmodus oder ein Hardware-Schalter).</translation>
    </message>
    <message>
        <source>Plug in a USB Bluetooth adapter (or unblock Bluetooth with: rfkill unblock bluetooth), then try again. The Demo devices work without an adapter.</source>
        <translation>Stecken Sie einen USB-Bluetooth-Adapter ein (oder heben Sie die Blockierung von Bluetooth auf mit: rfkill unblock bluetooth). Versuchen Sie es dann erneut. Die Demo-Geräte funktionieren ohne Adapter.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off.</source>
        <translation>Der Bluetooth-Adapter %1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Bluetooth was turned off in the system settings or by airplane mode.</source>
        <translation>Bluetooth wurde in den Systemeinstellungen oder durch den Flugmodus ausgeschaltet.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on in the system settings, or run: bluetoothctl power on (if it stays off: rfkill unblock bluetooth), then try again.</source>
        <translation>Schalten Sie Bluetooth in den Systemeinstellungen ein, oder führen Sie aus: bluetoothctl power on (falls es aus bleibt: rfkill unblock bluetooth). Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Could not connect to the Bluetooth device %1.</source>
        <translation>Keine Verbindung zum Bluetooth-Gerät %1 möglich.</translation>
    </message>
    <message>
        <source>Could not connect to the Bluetooth device %1 (%2).</source>
        <translation>Keine Verbindung zum Bluetooth-Gerät %1 möglich (%2).</translation>
    </message>
    <message>
        <source>The computer has not seen this device in a scan recently; its Bluetooth service only connects to devices it has found.</source>
        <translation>Der Computer hat dieses Gerät in letzter Zeit bei keiner Suche gesehen; sein Bluetooth-Dienst verbindet sich nur mit Geräten, die er gefunden hat.</translation>
    </message>
    <message>
        <source>The device is asleep or its battery is flat, so it does not advertise.</source>
        <translation>Das Gerät schläft oder seine Batterie ist leer, daher sendet es kein Signal aus.</translation>
    </message>
    <message>
        <source>The address was typed wrongly.</source>
        <translation>Die Adresse wurde falsch eingegeben.</translation>
    </message>
    <message>
        <source>Scan for devices with the device close by and pick it from the list. If it does not show up, take its battery out for five seconds and put it back, then scan again.</source>
        <translation>Suchen Sie nach Geräten, während das Gerät in der Nähe ist, und wählen Sie es aus der Liste. Wenn es nicht erscheint, nehmen Sie die Batterie für fünf Sekunden heraus, setzen Sie sie wieder ein und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter was unplugged or stopped working during the connection.</source>
        <translation>Der Bluetooth-Adapter wurde während der Verbindung abgezogen oder hat aufgehört zu funktionieren.</translation>
    </message>
    <message>
        <source>Plug the USB Bluetooth adapter back in (or restart the Bluetooth service with: sudo systemctl restart bluetooth), then try again.</source>
        <translation>Stecken Sie den USB-Bluetooth-Adapter wieder ein (oder starten Sie den Bluetooth-Dienst neu mit: sudo systemctl restart bluetooth). Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The device requires pairing or a PIN code before it accepts a connection.</source>
        <translation>Das Gerät verlangt eine Kopplung oder einen PIN-Code, bevor es eine Verbindung annimmt.</translation>
    </message>
    <message>
        <source>Pair with the device in the system&apos;s Bluetooth settings (or remove its PIN in its settings app), then try again.</source>
        <translation>Koppeln Sie das Gerät in den Bluetooth-Einstellungen des Systems (oder entfernen Sie seine PIN in seiner Einstellungs-App). Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This program is not allowed to use Bluetooth (a sandbox or system policy blocks it).</source>
        <translation>Dieses Programm darf Bluetooth nicht nutzen (eine Sandbox oder eine Systemrichtlinie blockiert es).</translation>
    </message>
    <message>
        <source>Allow Bluetooth access for this program in the system settings, then try again.</source>
        <translation>Erlauben Sie diesem Programm in den Systemeinstellungen den Zugriff auf Bluetooth. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 closed the connection while its services were read.</source>
        <translation>Das Bluetooth-Gerät %1 hat die Verbindung getrennt, während seine Dienste gelesen wurden.</translation>
    </message>
    <message>
        <source>The device restarted (a weak battery or a firmware that resets on connection).</source>
        <translation>Das Gerät hat neu gestartet (eine schwache Batterie oder eine Firmware, die sich beim Verbinden zurücksetzt).</translation>
    </message>
    <message>
        <source>The Bluetooth device %1 did not answer within %2 seconds.</source>
        <translation>Das Bluetooth-Gerät %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bluetooth device address.</source>
        <translation>„%1“ ist keine Bluetooth-Geräteadresse.</translation>
    </message>
    <message>
        <source>A Bluetooth address has six pairs of hexadecimal digits separated by colons, for example A4:C1:38:1A:2B:3C.</source>
        <translation>Eine Bluetooth-Adresse besteht aus sechs Paaren von Hexadezimalziffern, getrennt durch Doppelpunkte, zum Beispiel A4:C1:38:1A:2B:3C.</translation>
    </message>
    <message>
        <source>Pick the device from the scan list instead of typing its address.</source>
        <translation>Wählen Sie das Gerät aus der Suchliste, statt seine Adresse einzutippen.</translation>
    </message>
    <message>
        <source>The %1 of characteristic %2 failed.</source>
        <translation>Das %1 der Charakteristik %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The device requires pairing or a PIN code before it allows this.</source>
        <translation>Das Gerät verlangt eine Kopplung oder einen PIN-Code, bevor es dies erlaubt.</translation>
    </message>
    <message>
        <source>This firmware does not allow the operation on this characteristic.</source>
        <translation>Diese Firmware erlaubt den Vorgang auf dieser Charakteristik nicht.</translation>
    </message>
    <message>
        <source>The computer uses an outdated copy of the device&apos;s GATT table (after a firmware change).</source>
        <translation>Der Computer nutzt eine veraltete Kopie der GATT-Tabelle des Geräts (nach einem Firmware-Wechsel).</translation>
    </message>
    <message>
        <source>Reconnect and try again. If it repeats, remove the device from the system&apos;s Bluetooth settings so its services are read again, or pair with it first.</source>
        <translation>Verbinden Sie sich neu und versuchen Sie es erneut. Wenn es sich wiederholt, entfernen Sie das Gerät aus den Bluetooth-Einstellungen des Systems, damit seine Dienste neu gelesen werden, oder koppeln Sie es zuerst.</translation>
    </message>
    <message>
        <source>The computer&apos;s Bluetooth service refused an earlier write to characteristic %1, so data did not reach the device.</source>
        <translation>Der Bluetooth-Dienst des Computers hat einen früheren Schreibvorgang auf Charakteristik %1 abgelehnt, daher sind die Daten nicht beim Gerät angekommen.</translation>
    </message>
    <message>
        <source>The value was longer than the connection allows (MTU).</source>
        <translation>Der Wert war länger, als die Verbindung erlaubt (MTU).</translation>
    </message>
    <message>
        <source>The connection was being closed.</source>
        <translation>Die Verbindung wurde gerade geschlossen.</translation>
    </message>
    <message>
        <source>Reconnect and start the operation again; an interrupted update can be repeated safely.</source>
        <translation>Verbinden Sie sich neu und starten Sie den Vorgang erneut; ein unterbrochenes Update kann gefahrlos wiederholt werden.</translation>
    </message>
    <message>
        <source>Characteristic %1 has no configuration descriptor, so notifications cannot be switched on.</source>
        <translation>Charakteristik %1 hat keinen Konfigurations-Deskriptor, daher können Benachrichtigungen nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>The device runs a different firmware than expected.</source>
        <translation>Auf dem Gerät läuft eine andere Firmware als erwartet.</translation>
    </message>
    <message>
        <source>Remove the device from the system&apos;s Bluetooth settings so its services are read again, then reconnect.</source>
        <translation>Entfernen Sie das Gerät aus den Bluetooth-Einstellungen des Systems, damit seine Dienste neu gelesen werden, und verbinden Sie sich dann neu.</translation>
    </message>
</context>
<context>
    <name>fw::core::BleScanner</name>
    <message>
        <source>The system D-Bus is not running, so Bluetooth cannot be used. Start it (sudo systemctl start dbus), then start the Bluetooth service with: sudo systemctl start bluetooth</source>
        <translation>Der System-D-Bus läuft nicht, daher ist Bluetooth nicht nutzbar. Starten Sie ihn (sudo systemctl start dbus) und danach den Bluetooth-Dienst mit: sudo systemctl start bluetooth</translation>
    </message>
    <message>
        <source>Bluetooth service (BlueZ) is not running. Start it with: sudo systemctl start bluetooth (install the package &quot;bluez&quot; if it is missing).</source>
        <translation>Der Bluetooth-Dienst (BlueZ) läuft nicht. Starten Sie ihn mit: sudo systemctl start bluetooth (installieren Sie das Paket „bluez“, falls es fehlt).</translation>
    </message>
    <message>
        <source>No Bluetooth adapter found. Plug in a USB Bluetooth adapter, or use the Demo devices.</source>
        <translation>Kein Bluetooth-Adapter gefunden. Stecken Sie einen USB-Bluetooth-Adapter ein oder verwenden Sie die Demo-Geräte.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter %1 is switched off. Switch Bluetooth on in the system settings, or run: bluetoothctl power on (if it stays off: rfkill unblock bluetooth).</source>
        <translation>Der Bluetooth-Adapter %1 ist ausgeschaltet. Schalten Sie Bluetooth in den Systemeinstellungen ein oder führen Sie aus: bluetoothctl power on (bleibt er aus: rfkill unblock bluetooth).</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off. Switch Bluetooth on in the system settings, or run: bluetoothctl power on.</source>
        <translation>Der Bluetooth-Adapter ist ausgeschaltet. Schalten Sie Bluetooth in den Systemeinstellungen ein oder führen Sie aus: bluetoothctl power on.</translation>
    </message>
    <message>
        <source>The Bluetooth adapter disappeared or is not usable. Re-plug the USB Bluetooth adapter and scan again, or use the Demo devices.</source>
        <translation>Der Bluetooth-Adapter ist verschwunden oder nicht nutzbar. Stecken Sie den USB-Bluetooth-Adapter neu ein und suchen Sie erneut, oder verwenden Sie die Demo-Geräte.</translation>
    </message>
    <message>
        <source>This program is not allowed to use Bluetooth. Allow Bluetooth access for Flashwright in the system&apos;s privacy settings (or the sandbox permissions), then scan again.</source>
        <translation>Dieses Programm darf Bluetooth nicht verwenden. Erlauben Sie Flashwright den Bluetooth-Zugriff in den Datenschutzeinstellungen des Systems (oder den Sandbox-Berechtigungen) und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Reading from the Bluetooth adapter failed (%1). Switch Bluetooth off and on, or re-plug the adapter, then scan again.</source>
        <translation>Das Lesen vom Bluetooth-Adapter ist fehlgeschlagen (%1). Schalten Sie Bluetooth aus und wieder ein oder stecken Sie den Adapter neu ein, und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>This Bluetooth adapter or system does not support Bluetooth LE scanning. Use an adapter with Bluetooth 4.0 or newer.</source>
        <translation>Dieser Bluetooth-Adapter oder dieses System unterstützt keine Bluetooth-LE-Suche. Verwenden Sie einen Adapter mit Bluetooth 4.0 oder neuer.</translation>
    </message>
    <message>
        <source>Bluetooth scanning needs the location service. Turn it on, then scan again.</source>
        <translation>Die Bluetooth-Suche braucht den Standortdienst. Schalten Sie ihn ein und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Bluetooth scanning failed (%1). Check that the Bluetooth service is running (sudo systemctl restart bluetooth), then scan again.</source>
        <translation>Die Bluetooth-Suche ist fehlgeschlagen (%1). Prüfen Sie, ob der Bluetooth-Dienst läuft (sudo systemctl restart bluetooth), und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Bluetooth scanning could not start (%1).</source>
        <translation>Die Bluetooth-Suche konnte nicht starten (%1).</translation>
    </message>
    <message>
        <source>Not scanning. Press Scan to look for Bluetooth LE devices.</source>
        <translation>Keine Suche aktiv. Klicken Sie auf „Suchen“, um Bluetooth-LE-Geräte zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>Scan finished: %n device(s) found.</source>
        <translation>
            <numerusform>Suche beendet: %n Gerät gefunden.</numerusform>
            <numerusform>Suche beendet: %n Geräte gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning for Bluetooth LE devices… Keep the device close and awake.</source>
        <translation>Suche nach Bluetooth-LE-Geräten… Halten Sie das Gerät in der Nähe und wach.</translation>
    </message>
    <message>
        <source>Bluetooth service (BlueZ) is not running. Start it with: sudo systemctl start bluetooth</source>
        <translation>Der Bluetooth-Dienst (BlueZ) läuft nicht. Starten Sie ihn mit: sudo systemctl start bluetooth</translation>
    </message>
    <message>
        <source>The Bluetooth adapter is switched off. Switch Bluetooth on, then scan again.</source>
        <translation>Der Bluetooth-Adapter ist ausgeschaltet. Schalten Sie Bluetooth ein und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>This program is not allowed to use Bluetooth. Allow Bluetooth access, then scan again.</source>
        <translation>Dieses Programm darf Bluetooth nicht verwenden. Erlauben Sie den Bluetooth-Zugriff und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Bluetooth scanning failed. Restart the Bluetooth service, then scan again.</source>
        <translation>Die Bluetooth-Suche ist fehlgeschlagen. Starten Sie den Bluetooth-Dienst neu und suchen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>fw::core::Diagnosis</name>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>fw::core::FirmwareFile</name>
    <message>
        <source>The file became shorter while it was being read (%1 of %2 bytes).</source>
        <translation>Die Datei wurde während des Lesens kürzer (%1 von %2 Bytes).</translation>
    </message>
    <message>
        <source>Only %1 of %2 bytes could be read.</source>
        <translation>Nur %1 von %2 Bytes konnten gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The path is misspelt, or the file was moved, renamed or deleted.</source>
        <translation>Der Pfad ist falsch geschrieben, oder die Datei wurde verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Check the path, or pick the file again with the file chooser.</source>
        <translation>Prüfen Sie den Pfad oder wählen Sie die Datei erneut im Dateiauswahldialog.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>A folder was chosen where a firmware file was expected.</source>
        <translation>Es wurde ein Ordner gewählt, wo eine Firmware-Datei erwartet wurde.</translation>
    </message>
    <message>
        <source>Open the folder and choose the firmware file inside it.</source>
        <translation>Öffnen Sie den Ordner und wählen Sie die Firmware-Datei darin.</translation>
    </message>
    <message>
        <source>%1 is a device or pipe, not a file.</source>
        <translation>%1 ist ein Gerät oder eine Pipe, keine Datei.</translation>
    </message>
    <message>
        <source>A special file (for example under /dev) was chosen instead of a firmware file.</source>
        <translation>Statt einer Firmware-Datei wurde eine Spezialdatei gewählt (zum Beispiel unter /dev).</translation>
    </message>
    <message>
        <source>Choose the firmware file itself.</source>
        <translation>Wählen Sie die Firmware-Datei selbst.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>Sie haben keine Berechtigung, %1 zu lesen.</translation>
    </message>
    <message>
        <source>The file belongs to another user or its permissions forbid reading.</source>
        <translation>Die Datei gehört einem anderen Benutzer oder ihre Rechte verbieten das Lesen.</translation>
    </message>
    <message>
        <source>Give yourself read access (e.g. chmod u+r &quot;%1&quot;) or copy the file to a folder you own.</source>
        <translation>Geben Sie sich Leserechte (z. B. chmod u+r &quot;%1&quot;) oder kopieren Sie die Datei in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file is a regular, readable file.</source>
        <translation>Prüfen Sie, ob es eine normale, lesbare Datei ist.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The download was interrupted or the file was not saved completely.</source>
        <translation>Der Download wurde unterbrochen oder die Datei wurde nicht vollständig gespeichert.</translation>
    </message>
    <message>
        <source>Download or export the firmware again.</source>
        <translation>Laden oder exportieren Sie die Firmware erneut.</translation>
    </message>
    <message>
        <source>The file %1 is %2, more than the %3 a firmware image can be.</source>
        <translation>Die Datei %1 ist %2 groß, mehr als die %3, die ein Firmware-Abbild haben kann.</translation>
    </message>
    <message>
        <source>This is probably not a firmware image (a disk image, a video, an archive of many files).</source>
        <translation>Das ist wahrscheinlich kein Firmware-Abbild (sondern ein Festplattenabbild, ein Video, ein Archiv vieler Dateien).</translation>
    </message>
    <message>
        <source>Choose the firmware .bin, .hex, .elf or .zigbee file itself.</source>
        <translation>Wählen Sie die Firmware-Datei (.bin, .hex, .elf oder .zigbee) selbst.</translation>
    </message>
    <message>
        <source>Reading %1 failed part-way.</source>
        <translation>Das Lesen von %1 ist mittendrin fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the drive (USB stick, network share) is still connected, then try again.</source>
        <translation>Prüfen Sie, ob das Laufwerk (USB-Stick, Netzwerkfreigabe) noch verbunden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>ESP image</source>
        <translation>ESP-Abbild</translation>
    </message>
    <message>
        <source>Telink .bin</source>
        <translation>Telink-.bin</translation>
    </message>
    <message>
        <source>Zigbee OTA file</source>
        <translation>Zigbee-OTA-Datei</translation>
    </message>
    <message>
        <source>Zip package</source>
        <translation>ZIP-Paket</translation>
    </message>
    <message>
        <source>Intel HEX</source>
        <translation>Intel HEX</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>ELF-Programmdatei</translation>
    </message>
    <message>
        <source>Sequans DUP</source>
        <translation>Sequans DUP</translation>
    </message>
</context>
<context>
    <name>fw::core::GattLink</name>
    <message>
        <source>Invalid Handle</source>
        <translation>Ungültiges Handle</translation>
    </message>
    <message>
        <source>Read Not Permitted</source>
        <translation>Lesen nicht erlaubt</translation>
    </message>
    <message>
        <source>Write Not Permitted</source>
        <translation>Schreiben nicht erlaubt</translation>
    </message>
    <message>
        <source>Invalid PDU</source>
        <translation>Ungültige PDU</translation>
    </message>
    <message>
        <source>Insufficient Authentication</source>
        <translation>Unzureichende Authentifizierung</translation>
    </message>
    <message>
        <source>Request Not Supported</source>
        <translation>Anfrage nicht unterstützt</translation>
    </message>
    <message>
        <source>Invalid Offset</source>
        <translation>Ungültiger Offset</translation>
    </message>
    <message>
        <source>Insufficient Authorization</source>
        <translation>Unzureichende Autorisierung</translation>
    </message>
    <message>
        <source>Prepare Queue Full</source>
        <translation>Vorbereitungswarteschlange voll</translation>
    </message>
    <message>
        <source>Attribute Not Found</source>
        <translation>Attribut nicht gefunden</translation>
    </message>
    <message>
        <source>Attribute Not Long</source>
        <translation>Attribut ist nicht lang</translation>
    </message>
    <message>
        <source>Insufficient Encryption Key Size</source>
        <translation>Schlüssellänge der Verschlüsselung unzureichend</translation>
    </message>
    <message>
        <source>Invalid Attribute Value Length</source>
        <translation>Ungültige Länge des Attributwerts</translation>
    </message>
    <message>
        <source>Unlikely Error</source>
        <translation>Unwahrscheinlicher Fehler</translation>
    </message>
    <message>
        <source>Insufficient Encryption</source>
        <translation>Unzureichende Verschlüsselung</translation>
    </message>
    <message>
        <source>Unsupported Group Type</source>
        <translation>Nicht unterstützter Gruppentyp</translation>
    </message>
    <message>
        <source>Insufficient Resources</source>
        <translation>Unzureichende Ressourcen</translation>
    </message>
    <message>
        <source>Write Request Rejected</source>
        <translation>Schreibanfrage abgelehnt</translation>
    </message>
    <message>
        <source>Client Characteristic Configuration Descriptor Improperly Configured</source>
        <translation>Client Characteristic Configuration Descriptor falsch konfiguriert</translation>
    </message>
    <message>
        <source>Procedure Already in Progress</source>
        <translation>Vorgang läuft bereits</translation>
    </message>
    <message>
        <source>Out of Range</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Application Error</source>
        <translation>Anwendungsfehler</translation>
    </message>
    <message>
        <source>Unknown ATT error</source>
        <translation>Unbekannter ATT-Fehler</translation>
    </message>
    <message>
        <source>The Bluetooth connection to %1 was lost.</source>
        <translation>Die Bluetooth-Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>The device moved out of range or its battery is too weak (below about 40 %).</source>
        <translation>Das Gerät ist außer Reichweite oder seine Batterie ist zu schwach (unter etwa 40 %).</translation>
    </message>
    <message>
        <source>The device restarted (for example after an update or a watchdog reset).</source>
        <translation>Das Gerät hat neu gestartet (zum Beispiel nach einem Update oder einem Watchdog-Reset).</translation>
    </message>
    <message>
        <source>The computer&apos;s Bluetooth adapter dropped the connection.</source>
        <translation>Der Bluetooth-Adapter des Computers hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>Bring the device close to the computer, check its battery, then try again. An interrupted update can be repeated safely.</source>
        <translation>Bringen Sie das Gerät nahe an den Computer, prüfen Sie die Batterie und versuchen Sie es erneut. Ein unterbrochenes Update kann gefahrlos wiederholt werden.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms.</source>
        <translation>%1 wurde nicht innerhalb von %2 ms fertig.</translation>
    </message>
    <message>
        <source>%1 of characteristic %2 did not finish within %3 ms.</source>
        <translation>%1 der Charakteristik %2 wurde nicht innerhalb von %3 ms fertig.</translation>
    </message>
    <message>
        <source>The device is busy, asleep between connection events, or out of range.</source>
        <translation>Das Gerät ist beschäftigt, schläft zwischen den Verbindungsereignissen oder ist außer Reichweite.</translation>
    </message>
    <message>
        <source>The device is no longer advertising (already connected to a phone or hub).</source>
        <translation>Das Gerät sendet keine Werbepakete mehr (es ist schon mit einem Telefon oder Hub verbunden).</translation>
    </message>
    <message>
        <source>Move the device closer, make sure no phone app is connected to it, then try again.</source>
        <translation>Bringen Sie das Gerät näher, stellen Sie sicher, dass keine Telefon-App damit verbunden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device refused the %1 of characteristic %2: ATT error 0x%3 (%4).</source>
        <translation>Das Gerät hat %1 der Charakteristik %2 abgelehnt: ATT-Fehler 0x%3 (%4).</translation>
    </message>
    <message>
        <source>The device requires pairing or a PIN code before it accepts this operation.</source>
        <translation>Das Gerät verlangt eine Kopplung oder einen PIN-Code, bevor es diesen Vorgang annimmt.</translation>
    </message>
    <message>
        <source>Pair with the device (or remove its PIN code in its settings app), then try again.</source>
        <translation>Koppeln Sie das Gerät (oder entfernen Sie den PIN-Code in seiner Einstellungs-App) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The value has a length the device does not accept.</source>
        <translation>Der Wert hat eine Länge, die das Gerät nicht annimmt.</translation>
    </message>
    <message>
        <source>Check that the firmware or setting fits this device model.</source>
        <translation>Prüfen Sie, ob die Firmware oder Einstellung zu diesem Gerätemodell passt.</translation>
    </message>
    <message>
        <source>This firmware does not allow the operation on this characteristic.</source>
        <translation>Diese Firmware erlaubt den Vorgang auf dieser Charakteristik nicht.</translation>
    </message>
    <message>
        <source>The computer uses an outdated copy of the device&apos;s GATT table (after a firmware change).</source>
        <translation>Der Computer verwendet eine veraltete Kopie der GATT-Tabelle des Geräts (nach einem Firmware-Wechsel).</translation>
    </message>
    <message>
        <source>Remove the device from the system&apos;s Bluetooth settings so its services are read again, then reconnect.</source>
        <translation>Entfernen Sie das Gerät aus den Bluetooth-Einstellungen des Systems, damit seine Dienste neu gelesen werden, und verbinden Sie es erneut.</translation>
    </message>
    <message>
        <source>The device is in a state where it cannot carry out the operation.</source>
        <translation>Das Gerät ist in einem Zustand, in dem es den Vorgang nicht ausführen kann.</translation>
    </message>
    <message>
        <source>The radio link is unstable (weak battery, distance).</source>
        <translation>Die Funkverbindung ist instabil (schwache Batterie, Entfernung).</translation>
    </message>
    <message>
        <source>Reconnect and try again; if it repeats, power-cycle the device.</source>
        <translation>Verbinden Sie neu und versuchen Sie es erneut; passiert es wieder, schalten Sie das Gerät aus und wieder ein.</translation>
    </message>
    <message>
        <source>The device has no characteristic %1.</source>
        <translation>Das Gerät hat keine Charakteristik %1.</translation>
    </message>
    <message>
        <source>The device runs a different firmware than expected.</source>
        <translation>Auf dem Gerät läuft eine andere Firmware als erwartet.</translation>
    </message>
    <message>
        <source>Check that the right device is selected; if it is, remove it from the system&apos;s Bluetooth settings and reconnect so its services are read again.</source>
        <translation>Prüfen Sie, ob das richtige Gerät ausgewählt ist; wenn ja, entfernen Sie es aus den Bluetooth-Einstellungen des Systems und verbinden Sie es neu, damit seine Dienste neu gelesen werden.</translation>
    </message>
    <message>
        <source>Characteristic %1 does not support %2.</source>
        <translation>Die Charakteristik %1 unterstützt %2 nicht.</translation>
    </message>
    <message>
        <source>Check that the right device and the right action for its firmware are selected.</source>
        <translation>Prüfen Sie, ob das richtige Gerät und die zu seiner Firmware passende Aktion ausgewählt sind.</translation>
    </message>
</context>
<context>
    <name>fw::core::GattLinks</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No Bluetooth device was given. Give its address (for example A4:C1:38:1A:2B:3C) or a demo device. Bluetooth demo devices: %1.</source>
        <translation>Es wurde kein Bluetooth-Gerät angegeben. Geben Sie seine Adresse (zum Beispiel A4:C1:38:1A:2B:3C) oder ein Demo-Gerät an. Bluetooth-Demo-Geräte: %1.</translation>
    </message>
    <message>
        <source>There is no demo device &quot;%1&quot;. Bluetooth demo devices: %2.</source>
        <translation>Es gibt kein Demo-Gerät „%1“. Bluetooth-Demo-Geräte: %2.</translation>
    </message>
    <message>
        <source>The demo device &quot;%1&quot; is a serial device, not a Bluetooth one. Bluetooth demo devices: %2.</source>
        <translation>Das Demo-Gerät „%1“ ist ein serielles Gerät, kein Bluetooth-Gerät. Bluetooth-Demo-Geräte: %2.</translation>
    </message>
    <message>
        <source>The demo device &quot;%1&quot; could not be started.</source>
        <translation>Das Demo-Gerät „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a Bluetooth address (like A4:C1:38:1A:2B:3C) nor a demo device. Bluetooth demo devices: %2.</source>
        <translation>„%1“ ist weder eine Bluetooth-Adresse (wie A4:C1:38:1A:2B:3C) noch ein Demo-Gerät. Bluetooth-Demo-Geräte: %2.</translation>
    </message>
</context>
<context>
    <name>fw::core::JobRunner</name>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Export a support bundle and send it to support.</source>
        <translation>Exportieren Sie ein Unterstützungspaket und schicken Sie es an den Support.</translation>
    </message>
    <message>
        <source>Finished in %1 s</source>
        <translation>Fertig nach %1 s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>fw::core::MonitorSession</name>
    <message>
        <source>The serial monitor stopped unexpectedly: %1</source>
        <translation>Der serielle Monitor wurde unerwartet beendet: %1</translation>
    </message>
    <message>
        <source>Open the port again.</source>
        <translation>Öffnen Sie den Anschluss erneut.</translation>
    </message>
    <message>
        <source>Baud rate set to %1</source>
        <translation>Baudrate auf %1 gesetzt</translation>
    </message>
</context>
<context>
    <name>fw::core::QtGattLink</name>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>The link is not connected.</source>
        <translation>Die Verbindung ist nicht hergestellt.</translation>
    </message>
    <message>
        <source>No characteristic %1</source>
        <translation>Keine Charakteristik %1</translation>
    </message>
    <message>
        <source>Characteristic %1 does not support %2</source>
        <translation>Charakteristik %1 unterstützt „%2“ nicht</translation>
    </message>
    <message>
        <source>%1 timed out after %2 ms</source>
        <translation>%1: Zeitüberschreitung nach %2 ms</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connecting timed out after %1 ms</source>
        <translation>Zeitüberschreitung beim Verbinden nach %1 ms</translation>
    </message>
    <message>
        <source>Connected to %1: %2 services, MTU %3</source>
        <translation>Verbunden mit %1: %2 Dienste, MTU %3</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Verbindung zu %1 getrennt</translation>
    </message>
    <message>
        <source>Disconnecting from %1 so that BlueZ can forget it</source>
        <translation>Trenne die Verbindung zu %1, damit BlueZ das Gerät vergessen kann</translation>
    </message>
    <message>
        <source>BlueZ did not answer within %1 ms; its cached services of %2 may be stale</source>
        <translation>BlueZ hat nicht innerhalb von %1 ms geantwortet; die gespeicherten Dienste von %2 sind womöglich veraltet</translation>
    </message>
    <message>
        <source>Forgot the cached services of %1: %2</source>
        <translation>Gespeicherte Dienste von %1 vergessen: %2</translation>
    </message>
    <message>
        <source>Could not make the computer forget the cached services of %1: %2</source>
        <translation>Der Computer konnte die gespeicherten Dienste von %1 nicht vergessen: %2</translation>
    </message>
    <message>
        <source>Connection parameters stay as the Bluetooth service chose them: BlueZ&apos;s D-Bus interface offers no way to request others.</source>
        <translation>Die Verbindungsparameter bleiben, wie der Bluetooth-Dienst sie gewählt hat: Die D-Bus-Schnittstelle von BlueZ bietet keine Möglichkeit, andere anzufordern.</translation>
    </message>
    <message>
        <source>The device did not accept new connection parameters</source>
        <translation>Das Gerät hat die neuen Verbindungsparameter nicht angenommen</translation>
    </message>
    <message>
        <source>Connection interval is now %1 ms</source>
        <translation>Das Verbindungsintervall beträgt jetzt %1 ms</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>writing with response</source>
        <translation>Schreiben mit Antwort</translation>
    </message>
    <message>
        <source>writing without response</source>
        <translation>Schreiben ohne Antwort</translation>
    </message>
    <message>
        <source>write %1: %2 bytes do not fit into MTU %3</source>
        <translation>Schreiben auf %1: %2 Bytes passen nicht in die MTU %3</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>Schreiben auf %1</translation>
    </message>
    <message>
        <source>write %1 (without response)</source>
        <translation>Schreiben auf %1 (ohne Antwort)</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>enable notifications %1</source>
        <translation>Benachrichtigungen für %1 einschalten</translation>
    </message>
    <message>
        <source>disable notifications %1</source>
        <translation>Benachrichtigungen für %1 ausschalten</translation>
    </message>
    <message>
        <source>Enabling notifications</source>
        <translation>Benachrichtigungen werden eingeschaltet</translation>
    </message>
    <message>
        <source>Disabling notifications</source>
        <translation>Benachrichtigungen werden ausgeschaltet</translation>
    </message>
    <message>
        <source>notification %1</source>
        <translation>Benachrichtigung %1</translation>
    </message>
</context>
<context>
    <name>fw::core::QtGattWorker</name>
    <message>
        <source>Using Bluetooth adapter %1 (%2); BlueZ knows this device</source>
        <translation>Nutze Bluetooth-Adapter %1 (%2); BlueZ kennt dieses Gerät</translation>
    </message>
    <message>
        <source>Using Bluetooth adapter %1 (%2); BlueZ has not seen this device in a scan</source>
        <translation>Nutze Bluetooth-Adapter %1 (%2); BlueZ hat dieses Gerät bei keiner Suche gesehen</translation>
    </message>
    <message>
        <source>The device closed the connection or went out of range.</source>
        <translation>Das Gerät hat die Verbindung getrennt oder ist außer Reichweite.</translation>
    </message>
    <message>
        <source>The device closed the connection or went out of range (%1).</source>
        <translation>Das Gerät hat die Verbindung getrennt oder ist außer Reichweite (%1).</translation>
    </message>
    <message>
        <source>The link was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The link is not connected.</source>
        <translation>Die Verbindung ist nicht hergestellt.</translation>
    </message>
    <message>
        <source>Could not read the details of service %1 (%2)</source>
        <translation>Die Details von Dienst %1 konnten nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>A characteristic description of service %1 could not be read</source>
        <translation>Eine Charakteristik-Beschreibung von Dienst %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The Bluetooth service refused a write without response to %1</source>
        <translation>Der Bluetooth-Dienst hat ein Schreiben ohne Antwort auf %1 abgelehnt</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>notification switch-on</source>
        <translation>Einschalten der Benachrichtigungen</translation>
    </message>
    <message>
        <source>notification switch-off</source>
        <translation>Ausschalten der Benachrichtigungen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>More than %1 notifications were waiting; the oldest are dropped</source>
        <translation>Mehr als %1 Benachrichtigungen warteten; die ältesten werden verworfen</translation>
    </message>
    <message>
        <source>Superseded by a newer request.</source>
        <translation>Durch eine neuere Anfrage ersetzt.</translation>
    </message>
    <message>
        <source>the system D-Bus is not running</source>
        <translation>der System-D-Bus läuft nicht</translation>
    </message>
    <message>
        <source>the Bluetooth service (BlueZ) is not running</source>
        <translation>der Bluetooth-Dienst (BlueZ) läuft nicht</translation>
    </message>
    <message>
        <source>BlueZ did not list its devices (%1)</source>
        <translation>BlueZ hat seine Geräte nicht aufgelistet (%1)</translation>
    </message>
    <message>
        <source>BlueZ has no record of %1, so nothing was cached</source>
        <translation>BlueZ kennt %1 nicht, daher war nichts gespeichert</translation>
    </message>
    <message>
        <source>BlueZ refused to remove %1 (%2)</source>
        <translation>BlueZ hat das Entfernen von %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>BlueZ removed %1 from adapter %2 together with its cached services</source>
        <translation>BlueZ hat %1 samt den gespeicherten Diensten von Adapter %2 entfernt</translation>
    </message>
</context>
<context>
    <name>fw::core::SerialLink</name>
    <message>
        <source>Opened %1 at %2 baud</source>
        <translation>%1 mit %2 Baud geöffnet</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 geschlossen</translation>
    </message>
    <message>
        <source>The serial port %1 is not open.</source>
        <translation>Der serielle Anschluss %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>It was closed before this step ran.</source>
        <translation>Er wurde geschlossen, bevor dieser Schritt lief.</translation>
    </message>
    <message>
        <source>Open the port again and retry.</source>
        <translation>Öffnen Sie den Anschluss erneut und wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>%1 vanished: %2</source>
        <translation>%1 ist verschwunden: %2</translation>
    </message>
    <message>
        <source>Sending to %1 did not finish within %2 ms.</source>
        <translation>Das Senden an %1 wurde nicht innerhalb von %2 ms fertig.</translation>
    </message>
    <message>
        <source>Hardware flow control is on but the device never signals clear-to-send (CTS).</source>
        <translation>Die Hardware-Flusskontrolle ist an, aber das Gerät meldet nie Sendebereitschaft (CTS).</translation>
    </message>
    <message>
        <source>The USB adapter stopped responding.</source>
        <translation>Der USB-Adapter reagiert nicht mehr.</translation>
    </message>
    <message>
        <source>Turn flow control off unless the device needs it, replug the adapter and retry.</source>
        <translation>Schalten Sie die Flusskontrolle aus, sofern das Gerät sie nicht braucht, stecken Sie den Adapter neu ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Baud rate %1</source>
        <translation>Baudrate %1</translation>
    </message>
    <message>
        <source>The serial port %1 does not exist (any more).</source>
        <translation>Der serielle Anschluss %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The device or its USB adapter was unplugged, or it came back under another name (e.g. ttyUSB1) after a reset.</source>
        <translation>Das Gerät oder sein USB-Adapter wurde abgezogen, oder es kam nach einem Reset unter einem anderen Namen zurück (z. B. ttyUSB1).</translation>
    </message>
    <message>
        <source>On Debian and Ubuntu the brltty service claims CH340/CH341 adapters and their port disappears right after plugging in.</source>
        <translation>Unter Debian und Ubuntu belegt der Dienst brltty CH340/CH341-Adapter, und ihr Anschluss verschwindet gleich nach dem Einstecken.</translation>
    </message>
    <message>
        <source>The USB cable only carries power (no data wires).</source>
        <translation>Das USB-Kabel überträgt nur Strom (keine Datenleitungen).</translation>
    </message>
    <message>
        <source>Plug the device in again and pick the port again from the refreshed list. If a CH340 port vanishes at once: sudo apt remove brltty.</source>
        <translation>Stecken Sie das Gerät erneut ein und wählen Sie den Anschluss in der aktualisierten Liste. Verschwindet ein CH340-Anschluss sofort: sudo apt remove brltty.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: the device or its USB adapter was unplugged or reset.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: Das Gerät oder sein USB-Adapter wurde abgezogen oder zurückgesetzt.</translation>
    </message>
    <message>
        <source>The USB cable was pulled or is loose.</source>
        <translation>Das USB-Kabel wurde gezogen oder sitzt locker.</translation>
    </message>
    <message>
        <source>The device reset and its USB port re-enumerated (boards with native USB do this).</source>
        <translation>Das Gerät hat neu gestartet und sich am USB neu angemeldet (Platinen mit nativem USB tun das).</translation>
    </message>
    <message>
        <source>The device drew more current than the USB port supplies (e.g. when Wi-Fi starts) and the adapter browned out.</source>
        <translation>Das Gerät hat mehr Strom gezogen, als der USB-Anschluss liefert (z. B. beim Start des WLANs), und der Adapter ist kurz ausgefallen.</translation>
    </message>
    <message>
        <source>System message: %1</source>
        <translation>Systemmeldung: %1</translation>
    </message>
    <message>
        <source>Reconnect the device, pick its port again and retry.</source>
        <translation>Schließen Sie das Gerät erneut an, wählen Sie seinen Anschluss erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The port %1 refused the baud rate %2.</source>
        <translation>Der Anschluss %1 hat die Baudrate %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The USB adapter cannot produce that rate (PL2303 clones stop at 115200; CH340 is unreliable above 460800 on many boards).</source>
        <translation>Der USB-Adapter kann diese Rate nicht erzeugen (PL2303-Nachbauten enden bei 115200; CH340 ist auf vielen Platinen über 460800 unzuverlässig).</translation>
    </message>
    <message>
        <source>The number is mistyped.</source>
        <translation>Die Zahl ist vertippt.</translation>
    </message>
    <message>
        <source>Choose a standard rate such as 115200 or 460800 and retry.</source>
        <translation>Wählen Sie eine Standardrate wie 115200 oder 460800 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You do not have permission to open %1.</source>
        <translation>Sie haben keine Berechtigung, %1 zu öffnen.</translation>
    </message>
    <message>
        <source>Your user is not in the &quot;%1&quot; group, which owns the serial ports.</source>
        <translation>Ihr Benutzer ist nicht in der Gruppe „%1“, der die seriellen Anschlüsse gehören.</translation>
    </message>
    <message>
        <source>The brltty service grabbed the CH340/CH341 adapter (Debian/Ubuntu).</source>
        <translation>Der Dienst brltty hat den CH340/CH341-Adapter belegt (Debian/Ubuntu).</translation>
    </message>
    <message>
        <source>Another program holds the port.</source>
        <translation>Ein anderes Programm belegt den Anschluss.</translation>
    </message>
    <message>
        <source>Add yourself to the group: sudo usermod -aG %1 $USER, then log out and back in. For a CH340 grabbed by brltty: sudo apt remove brltty. Otherwise close the other program.</source>
        <translation>Fügen Sie sich der Gruppe hinzu: sudo usermod -aG %1 $USER, melden Sie sich dann ab und wieder an. Hat brltty einen CH340 belegt: sudo apt remove brltty. Andernfalls schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <source>The serial port %1 is in use by another program.</source>
        <translation>Der serielle Anschluss %1 wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>A serial monitor, the Arduino IDE, PlatformIO, screen or minicom has it open.</source>
        <translation>Ein serieller Monitor, die Arduino IDE, PlatformIO, screen oder minicom hat ihn geöffnet.</translation>
    </message>
    <message>
        <source>ModemManager is probing the new USB serial device.</source>
        <translation>ModemManager untersucht das neue serielle USB-Gerät.</translation>
    </message>
    <message>
        <source>A lock file left behind by a crashed program.</source>
        <translation>Eine Sperrdatei, die ein abgestürztes Programm hinterlassen hat.</translation>
    </message>
    <message>
        <source>Close the other program (find it with: fuser -v %1) and retry. For ModemManager: sudo systemctl stop ModemManager.</source>
        <translation>Schließen Sie das andere Programm (finden mit: fuser -v %1) und versuchen Sie es erneut. Bei ModemManager: sudo systemctl stop ModemManager.</translation>
    </message>
    <message>
        <source>The serial port %1 is already open in Flashwright.</source>
        <translation>Der serielle Anschluss %1 ist in Flashwright bereits geöffnet.</translation>
    </message>
    <message>
        <source>Another tab, monitor or job is using it.</source>
        <translation>Ein anderer Tab, Monitor oder eine andere Aufgabe verwendet ihn.</translation>
    </message>
    <message>
        <source>Close the serial monitor or stop the other job, then retry.</source>
        <translation>Schließen Sie den seriellen Monitor oder beenden Sie die andere Aufgabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a serial port.</source>
        <translation>%1 ist kein serieller Anschluss.</translation>
    </message>
    <message>
        <source>The path names a file or a device that is not a UART.</source>
        <translation>Der Pfad bezeichnet eine Datei oder ein Gerät, das keine UART ist.</translation>
    </message>
    <message>
        <source>Pick the port from the list of detected ports.</source>
        <translation>Wählen Sie den Anschluss aus der Liste der erkannten Anschlüsse.</translation>
    </message>
    <message>
        <source>The serial port %1 could not be opened.</source>
        <translation>Der serielle Anschluss %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The driver reported an error while opening it.</source>
        <translation>Der Treiber hat beim Öffnen einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Unplug the adapter, plug it in again and retry.</source>
        <translation>Ziehen Sie den Adapter ab, stecken Sie ihn wieder ein und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fw::core::SessionLog</name>
    <message>
        <source>Cannot create the session log folder %1.</source>
        <translation>Der Ordner für Sitzungsprotokolle %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder or one of its parents is not writable.</source>
        <translation>Der Ordner oder einer seiner übergeordneten Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Make the folder writable, or set FLASHWRIGHT_DATA_DIR to a writable folder.</source>
        <translation>Machen Sie den Ordner beschreibbar oder setzen Sie FLASHWRIGHT_DATA_DIR auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the session log %1.</source>
        <translation>Das Sitzungsprotokoll %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The session log stopped being written: %1.</source>
        <translation>Das Sitzungsprotokoll wird nicht mehr geschrieben: %1.</translation>
    </message>
    <message>
        <source>The disk is full or the folder was removed.</source>
        <translation>Der Datenträger ist voll oder der Ordner wurde entfernt.</translation>
    </message>
    <message>
        <source>Free some disk space; the log view keeps working, but the file on disk ends here.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger; die Protokollansicht funktioniert weiter, aber die Datei endet hier.</translation>
    </message>
    <message>
        <source>Cannot read the session log %1.</source>
        <translation>Das Sitzungsprotokoll %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path; session logs are in %1.</source>
        <translation>Prüfen Sie den Pfad; die Sitzungsprotokolle liegen in %1.</translation>
    </message>
</context>
<context>
    <name>fw::core::SupportBundle</name>
    <message numerus="yes">
        <source>Passwords, Wi-Fi and MQTT credentials, keys and tokens were replaced by &quot;[redacted]&quot; before writing (%n value(s) replaced). Please look through the files before sharing them if your logs may contain other private data.</source>
        <translation>
            <numerusform>Passwörter, WLAN- und MQTT-Zugangsdaten, Schlüssel und Tokens wurden vor dem Schreiben durch &quot;[redacted]&quot; ersetzt (%n Wert ersetzt). Sehen Sie die Dateien bitte durch, bevor Sie sie weitergeben, falls Ihre Protokolle andere private Daten enthalten können.</numerusform>
            <numerusform>Passwörter, WLAN- und MQTT-Zugangsdaten, Schlüssel und Tokens wurden vor dem Schreiben durch &quot;[redacted]&quot; ersetzt (%n Werte ersetzt). Sehen Sie die Dateien bitte durch, bevor Sie sie weitergeben, falls Ihre Protokolle andere private Daten enthalten können.</numerusform>
        </translation>
    </message>
    <message>
        <source>[bytes removed: they may contain a secret]</source>
        <translation>[Bytes entfernt: sie könnten ein Geheimnis enthalten]</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the support bundle.</source>
        <translation>Der Ordner %1 für das Unterstützungspaket kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder or one of its parents is not writable.</source>
        <translation>Der Ordner oder einer seiner übergeordneten Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Choose a folder in your home directory.</source>
        <translation>Wählen Sie einen Ordner in Ihrem Persönlichen Ordner.</translation>
    </message>
    <message>
        <source>Flashwright support bundle</source>
        <translation>Flashwright-Unterstützungspaket</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Flashwright version: %1</source>
        <translation>Flashwright-Version: %1</translation>
    </message>
    <message>
        <source>This zip helps someone else understand a problem you had with Flashwright. It holds:</source>
        <translation>Diese ZIP-Datei hilft anderen, ein Problem zu verstehen, das Sie mit Flashwright hatten. Sie enthält:</translation>
    </message>
    <message>
        <source>  system.json   versions of Flashwright and its libraries, the operating system, and whether you can open serial ports</source>
        <translation>  system.json   Versionen von Flashwright und seinen Bibliotheken, das Betriebssystem und ob Sie serielle Anschlüsse öffnen dürfen</translation>
    </message>
    <message>
        <source>  devices.json  identities of the devices involved (chip, MAC, firmware version)</source>
        <translation>  devices.json  Kennungen der beteiligten Geräte (Chip, MAC, Firmware-Version)</translation>
    </message>
    <message>
        <source>  logs/         session logs: everything Flashwright did and the bytes it exchanged</source>
        <translation>  logs/         Sitzungsprotokolle: alles, was Flashwright getan hat, und die ausgetauschten Bytes</translation>
    </message>
    <message>
        <source>These logs were too big and only their newest part is included: %1</source>
        <translation>Diese Protokolle waren zu groß, nur ihr neuester Teil ist enthalten: %1</translation>
    </message>
    <message>
        <source>These logs could not be read and are missing: %1</source>
        <translation>Diese Protokolle konnten nicht gelesen werden und fehlen: %1</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>The support bundle could not be written to %1.</source>
        <translation>Das Unterstützungspaket konnte nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fw::core::UsbCatalog</name>
    <message>
        <source>Reliable up to 921600 baud. Auto-reset (DTR/RTS) works on NodeMCU-style boards.</source>
        <translation>Zuverlässig bis 921600 Baud. Auto-Reset (DTR/RTS) funktioniert bei Platinen im NodeMCU-Stil.</translation>
    </message>
    <message>
        <source>Two ports: the enhanced (first) one is usually the device console.</source>
        <translation>Zwei Anschlüsse: Der erweiterte (erste) ist meist die Gerätekonsole.</translation>
    </message>
    <message>
        <source>Four ports; check which one your board wires to the chip.</source>
        <translation>Vier Anschlüsse; prüfen Sie, welcher davon auf Ihrer Platine mit dem Chip verbunden ist.</translation>
    </message>
    <message>
        <source>Z-Stack coordinator. Flashing the CC2652P uses its serial bootloader (BSL): hold the BOOT button while plugging in.</source>
        <translation>Z-Stack-Koordinator. Der CC2652P wird über seinen seriellen Bootloader (BSL) geflasht: Halten Sie beim Einstecken die BOOT-Taste gedrückt.</translation>
    </message>
    <message>
        <source>EZSP coordinator (later ZBDongle-E batches use a CP2102N). Stop Zigbee2MQTT/ZHA before opening the port.</source>
        <translation>EZSP-Koordinator (spätere ZBDongle-E-Chargen haben einen CP2102N). Beenden Sie Zigbee2MQTT/ZHA, bevor Sie den Anschluss öffnen.</translation>
    </message>
    <message>
        <source>EZSP coordinator. Stop ZHA/Zigbee2MQTT and the multiprotocol add-on before opening the port.</source>
        <translation>EZSP-Koordinator. Beenden Sie ZHA/Zigbee2MQTT und das Multiprotokoll-Add-on, bevor Sie den Anschluss öffnen.</translation>
    </message>
    <message>
        <source>EZSP coordinator (the renamed SkyConnect). Stop ZHA/Zigbee2MQTT before opening the port.</source>
        <translation>EZSP-Koordinator (der umbenannte SkyConnect). Beenden Sie ZHA/Zigbee2MQTT, bevor Sie den Anschluss öffnen.</translation>
    </message>
    <message>
        <source>Z-Stack coordinator over USB; the Ethernet port must not be in use at the same time.</source>
        <translation>Z-Stack-Koordinator über USB; der Ethernet-Anschluss darf nicht gleichzeitig benutzt werden.</translation>
    </message>
    <message>
        <source>At 921600 baud many CH340 boards lose bytes: fall back to 460800. On Debian/Ubuntu the brltty service steals CH340 ports: sudo apt remove brltty.</source>
        <translation>Bei 921600 Baud verlieren viele CH340-Platinen Bytes: Weichen Sie auf 460800 aus. Unter Debian/Ubuntu belegt der Dienst brltty CH340-Anschlüsse: sudo apt remove brltty.</translation>
    </message>
    <message>
        <source>Use 460800 baud at most. On Debian/Ubuntu the brltty service may steal the port: sudo apt remove brltty.</source>
        <translation>Verwenden Sie höchstens 460800 Baud. Unter Debian/Ubuntu kann der Dienst brltty den Anschluss belegen: sudo apt remove brltty.</translation>
    </message>
    <message>
        <source>Newer kernels use the cdc_acm driver (ttyACM*); older ones need the ch9102 driver or show no port. Reliable up to 921600.</source>
        <translation>Neuere Kernel verwenden den Treiber cdc_acm (ttyACM*); ältere brauchen den Treiber ch9102 oder zeigen keinen Anschluss. Zuverlässig bis 921600.</translation>
    </message>
    <message>
        <source>EZSP coordinator (first batches used a CH9102). Stop Zigbee2MQTT/ZHA before opening the port.</source>
        <translation>EZSP-Koordinator (die ersten Chargen hatten einen CH9102). Beenden Sie Zigbee2MQTT/ZHA, bevor Sie den Anschluss öffnen.</translation>
    </message>
    <message>
        <source>Appears as ttyACM* with the cdc_acm driver. Reliable up to 2 Mbaud.</source>
        <translation>Erscheint als ttyACM* mit dem Treiber cdc_acm. Zuverlässig bis 2 MBaud.</translation>
    </message>
    <message>
        <source>Beware of counterfeit FT232R chips: the official driver on Windows may disable them; Linux is fine.</source>
        <translation>Vorsicht bei gefälschten FT232R-Chips: Der offizielle Windows-Treiber kann sie abschalten; unter Linux funktionieren sie.</translation>
    </message>
    <message>
        <source>The first interface is often used for JTAG; the serial console is usually the second (ttyUSB1).</source>
        <translation>Die erste Schnittstelle dient oft für JTAG; die serielle Konsole ist meist die zweite (ttyUSB1).</translation>
    </message>
    <message>
        <source>High-speed chip, good up to 3 Mbaud.</source>
        <translation>High-Speed-Chip, gut bis 3 MBaud.</translation>
    </message>
    <message>
        <source>Reliable up to 921600 baud. Also used by Pycom Expansion Board 2.0 and several Zigbee sticks.</source>
        <translation>Zuverlässig bis 921600 Baud. Steckt auch im Pycom Expansion Board 2.0 und in mehreren Zigbee-Sticks.</translation>
    </message>
    <message>
        <source>deCONZ firmware at 115200 baud. Stop deCONZ/Phoscon before opening the port.</source>
        <translation>deCONZ-Firmware mit 115200 Baud. Beenden Sie deCONZ/Phoscon, bevor Sie den Anschluss öffnen.</translation>
    </message>
    <message>
        <source>Z-Stack coordinator; the bootloader is entered with the BSL button.</source>
        <translation>Z-Stack-Koordinator; in den Bootloader gelangt man mit der BSL-Taste.</translation>
    </message>
    <message>
        <source>Old or counterfeit PL2303 chips stop at 115200 baud and may drop bytes at higher rates.</source>
        <translation>Alte oder gefälschte PL2303-Chips schaffen höchstens 115200 Baud und können bei höheren Raten Bytes verlieren.</translation>
    </message>
    <message>
        <source>Newer PL2303G series; needs Linux 5.12 or later.</source>
        <translation>Neuere PL2303G-Serie; benötigt Linux 5.12 oder neuer.</translation>
    </message>
    <message>
        <source>Native USB of the chip: the port disappears and comes back on every reset, so the port name may change after flashing.</source>
        <translation>Natives USB des Chips: Der Anschluss verschwindet bei jedem Reset und kommt wieder, daher kann sich sein Name nach dem Flashen ändern.</translation>
    </message>
    <message>
        <source>Native USB CDC: the port re-enumerates on reset; in download mode it can appear under another name.</source>
        <translation>Natives USB-CDC: Der Anschluss meldet sich bei jedem Reset neu am USB an; im Download-Modus kann er unter einem anderen Namen erscheinen.</translation>
    </message>
    <message>
        <source>Native USB: the port vanishes while the chip resets.</source>
        <translation>Natives USB: Der Anschluss verschwindet, während der Chip neu startet.</translation>
    </message>
    <message>
        <source>EZSP coordinator at 460800 baud with RTS/CTS flow control.</source>
        <translation>EZSP-Koordinator mit 460800 Baud und RTS/CTS-Flusskontrolle.</translation>
    </message>
    <message>
        <source>The on-board J-Link&apos;s virtual COM port (nRF DK boards). If no data arrives, disable MSD with J-Link Commander: MSDDisable.</source>
        <translation>Der virtuelle COM-Port des eingebauten J-Link (nRF-DK-Platinen). Kommen keine Daten an, schalten Sie MSD mit dem J-Link Commander ab: MSDDisable.</translation>
    </message>
    <message>
        <source>The on-board J-Link&apos;s virtual COM port (nRF52/nRF53 DK). Use hardware flow control only if the firmware enables it.</source>
        <translation>Der virtuelle COM-Port des eingebauten J-Link (nRF52/nRF53 DK). Nutzen Sie Hardware-Flusskontrolle nur, wenn die Firmware sie einschaltet.</translation>
    </message>
    <message>
        <source>The dongle is in its DFU bootloader (red LED pulsing): serial DFU is possible now.</source>
        <translation>Der Dongle ist in seinem DFU-Bootloader (rote LED pulsiert): Serielles DFU ist jetzt möglich.</translation>
    </message>
    <message>
        <source>Application USB CDC port of an nRF52840 device.</source>
        <translation>USB-CDC-Anschluss der Anwendung auf einem nRF52840-Gerät.</translation>
    </message>
    <message>
        <source>nRF Connect connectivity firmware (serialization over USB).</source>
        <translation>nRF-Connect-Connectivity-Firmware (Serialisierung über USB).</translation>
    </message>
    <message>
        <source>Pycom board in normal mode. The module&apos;s REPL and the modem upgrade use this port; flash reads are limited to 230400 baud.</source>
        <translation>Pycom-Platine im Normalbetrieb. Die REPL des Moduls und das Modem-Update nutzen diesen Anschluss; Lesen aus dem Flash ist auf 230400 Baud begrenzt.</translation>
    </message>
    <message>
        <source>The board&apos;s PIC is in DFU mode (button held at plug-in): update the PIC firmware now, or replug without the button for the serial port.</source>
        <translation>Der PIC der Platine ist im DFU-Modus (Taste beim Einstecken gehalten): Aktualisieren Sie jetzt die PIC-Firmware, oder stecken Sie die Platine ohne Taste neu ein, um den seriellen Anschluss zu bekommen.</translation>
    </message>
    <message>
        <source>Z-Stack ZNP over USB CDC. Its firmware cannot be updated over USB: use a CC Debugger.</source>
        <translation>Z-Stack ZNP über USB-CDC. Die Firmware lässt sich nicht über USB aktualisieren: Verwenden Sie einen CC Debugger.</translation>
    </message>
    <message>
        <source>Z-Stack ZNP coordinator over USB CDC.</source>
        <translation>Z-Stack-ZNP-Koordinator über USB-CDC.</translation>
    </message>
</context>
<context>
    <name>fw::core::ZipWriter</name>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder was removed or the path is misspelt.</source>
        <translation>Der Ordner wurde entfernt oder der Pfad ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für die Datei.</translation>
    </message>
    <message>
        <source>You do not have permission to write %1.</source>
        <translation>Sie haben keine Berechtigung, %1 zu schreiben.</translation>
    </message>
    <message>
        <source>The folder belongs to another user or is read-only.</source>
        <translation>Der Ordner gehört einem anderen Benutzer oder ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Choose a folder in your home directory.</source>
        <translation>Wählen Sie einen Ordner in Ihrem Persönlichen Ordner.</translation>
    </message>
    <message>
        <source>The disk is full; %1 could not be written.</source>
        <translation>Der Datenträger ist voll; %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No free space (or quota) left on the drive.</source>
        <translation>Auf dem Laufwerk ist kein Platz (oder Kontingent) mehr frei.</translation>
    </message>
    <message>
        <source>Free some space or choose another drive, then try again.</source>
        <translation>Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>An input/output error occurred.</source>
        <translation>Es ist ein Ein-/Ausgabefehler aufgetreten.</translation>
    </message>
    <message>
        <source>Check the drive is still connected and writable, then try again.</source>
        <translation>Prüfen Sie, ob das Laufwerk noch verbunden und beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The zip file was already closed.</source>
        <translation>Die ZIP-Datei war bereits geschlossen.</translation>
    </message>
    <message>
        <source>Cannot read %1 to add it to the zip.</source>
        <translation>%1 kann nicht gelesen werden, um es der ZIP-Datei hinzuzufügen.</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>%1 became unreadable or shorter while it was being added: %2</source>
        <translation>%1 wurde beim Hinzufügen unlesbar oder kürzer: %2</translation>
    </message>
</context>
<context>
    <name>fw::core::sim::BleDemos</name>
    <message>
        <source>Bluetooth LE thermometer (LYWSD03MMC)</source>
        <translation>Bluetooth-LE-Thermometer (LYWSD03MMC)</translation>
    </message>
    <message>
        <source>A Xiaomi LYWSD03MMC temperature and humidity sensor with custom firmware, advertising as ATC_1A2B3C. It reports temperature and humidity every 2 seconds by notification and shows its battery level and device information (model, hardware B1.4, firmware).</source>
        <translation>Ein Xiaomi-LYWSD03MMC-Temperatur- und Feuchtigkeitssensor mit eigener Firmware, der sich als ATC_1A2B3C meldet. Er sendet alle 2 Sekunden Temperatur und Feuchtigkeit als Benachrichtigung und zeigt Batteriestand und Geräteinformationen (Modell, Hardware B1.4, Firmware).</translation>
    </message>
</context>
<context>
    <name>fw::core::sim::CoreDemos</name>
    <message>
        <source>ESP8266 plug booting Tasmota</source>
        <translation>ESP8266-Steckdose, die Tasmota startet</translation>
    </message>
    <message>
        <source>A Tuya smart plug (TYWE3S module) running Tasmota: the boot ROM talks at 74880 baud, then Tasmota logs at 115200 and answers console commands such as Status 0, Power and Restart 1. Reset it with RTS.</source>
        <translation>Eine Tuya-Smart-Steckdose (Modul TYWE3S) mit Tasmota: Das Boot-ROM sendet mit 74880 Baud, danach protokolliert Tasmota mit 115200 und beantwortet Konsolenbefehle wie Status 0, Power und Restart 1. Neustart über RTS.</translation>
    </message>
    <message>
        <source>Serial text flood</source>
        <translation>Serielle Textflut</translation>
    </message>
    <message>
        <source>Prints numbered lines without pause at whatever baud the monitor sets, to test throughput. Ctrl+S pauses it and Ctrl+Q resumes.</source>
        <translation>Gibt ohne Pause nummerierte Zeilen mit der Baudrate aus, die der Monitor einstellt, um den Durchsatz zu testen. Strg+S hält an, Strg+Q setzt fort.</translation>
    </message>
</context>
<context>
    <name>fw::core::sim::DemoPortResolver</name>
    <message>
        <source>There is no demo device called &quot;%1&quot;.</source>
        <translation>Es gibt kein Demo-Gerät namens „%1“.</translation>
    </message>
    <message>
        <source>The name is misspelt. Known serial demos: %1.</source>
        <translation>Der Name ist falsch geschrieben. Bekannte serielle Demos: %1.</translation>
    </message>
    <message>
        <source>Use one of the listed names, e.g. --port demo:%1.</source>
        <translation>Verwenden Sie einen der genannten Namen, z. B. --port demo:%1.</translation>
    </message>
    <message>
        <source>The demo device &quot;%1&quot; is a Bluetooth device, not a serial port.</source>
        <translation>Das Demo-Gerät „%1“ ist ein Bluetooth-Gerät, kein serieller Anschluss.</translation>
    </message>
    <message>
        <source>It was chosen where a serial port is needed. Serial demos: %1.</source>
        <translation>Es wurde gewählt, wo ein serieller Anschluss nötig ist. Serielle Demos: %1.</translation>
    </message>
    <message>
        <source>Pick it from the Bluetooth list instead, or choose a serial demo.</source>
        <translation>Wählen Sie es stattdessen in der Bluetooth-Liste oder nehmen Sie eine serielle Demo.</translation>
    </message>
    <message>
        <source>Flashwright demo</source>
        <translation>Flashwright-Demo</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
</context>
<context>
    <name>fw::core::sim::PtySimHost</name>
    <message>
        <source>The demo device could not be started: no pseudo-terminal is available.</source>
        <translation>Das Demo-Gerät konnte nicht gestartet werden: Es ist kein Pseudo-Terminal verfügbar.</translation>
    </message>
    <message>
        <source>The system ran out of pseudo-terminals or /dev/pts is not mounted (%1).</source>
        <translation>Dem System sind die Pseudo-Terminals ausgegangen oder /dev/pts ist nicht eingehängt (%1).</translation>
    </message>
    <message>
        <source>Close other terminal programs, or check that /dev/pts is mounted, then retry.</source>
        <translation>Schließen Sie andere Terminalprogramme oder prüfen Sie, ob /dev/pts eingehängt ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fw::core::sim::SimulatedGattLink</name>
    <message>
        <source>%1 timed out after %2 ms</source>
        <translation>%1 hat nach %2 ms das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The simulated link was dropped %1 ms after connecting (fault plan).</source>
        <translation>Die simulierte Verbindung wurde %1 ms nach dem Verbinden getrennt (Fehlerplan).</translation>
    </message>
    <message>
        <source>No Bluetooth device with address %1 answered.</source>
        <translation>Kein Bluetooth-Gerät mit der Adresse %1 hat geantwortet.</translation>
    </message>
    <message>
        <source>The address belongs to a different device than the one simulated here (%1).</source>
        <translation>Die Adresse gehört zu einem anderen Gerät als dem hier simulierten (%1).</translation>
    </message>
    <message>
        <source>Pick the device again from the discovery list.</source>
        <translation>Wählen Sie das Gerät erneut aus der Geräteliste.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation>Verbinde mit %1 (%2)…</translation>
    </message>
    <message>
        <source>Connecting timed out after %1 ms</source>
        <translation>Verbindungsaufbau nach %1 ms abgebrochen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connected to %1: %2 services, MTU %3, connection interval %4 ms</source>
        <translation>Verbunden mit %1: %2 Dienste, MTU %3, Verbindungsintervall %4 ms</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Verbindung zu %1 getrennt</translation>
    </message>
    <message>
        <source>The link is not connected.</source>
        <translation>Die Verbindung besteht nicht.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>The device closed the connection.</source>
        <translation>Das Gerät hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The device closed the connection: %1</source>
        <translation>Das Gerät hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>No characteristic %1</source>
        <translation>Keine Charakteristik %1</translation>
    </message>
    <message>
        <source>Characteristic %1 does not support %2</source>
        <translation>Die Charakteristik %1 unterstützt %2 nicht</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>read %1 failed: ATT error 0x%2</source>
        <translation>Lesen von %1 fehlgeschlagen: ATT-Fehler 0x%2</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>writing with response</source>
        <translation>Schreiben mit Antwort</translation>
    </message>
    <message>
        <source>writing without response</source>
        <translation>Schreiben ohne Antwort</translation>
    </message>
    <message>
        <source>write %1: %2 bytes do not fit into MTU %3</source>
        <translation>%1 schreiben: %2 Bytes passen nicht in die MTU %3</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>write %1 (without response)</source>
        <translation>%1 schreiben (ohne Antwort)</translation>
    </message>
    <message>
        <source>write %1 was discarded by the device (fault plan)</source>
        <translation>Schreiben von %1 wurde vom Gerät verworfen (Fehlerplan)</translation>
    </message>
    <message>
        <source>device ignored write %1 (status 0x%2)</source>
        <translation>Gerät hat Schreiben von %1 ignoriert (Status 0x%2)</translation>
    </message>
    <message>
        <source>The simulated link was dropped after %1 writes (fault plan).</source>
        <translation>Die simulierte Verbindung wurde nach %1 Schreibvorgängen getrennt (Fehlerplan).</translation>
    </message>
    <message>
        <source>write %1 failed: ATT error 0x%2</source>
        <translation>Schreiben von %1 fehlgeschlagen: ATT-Fehler 0x%2</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Enabling notifications</source>
        <translation>Benachrichtigungen einschalten</translation>
    </message>
    <message>
        <source>Disabling notifications</source>
        <translation>Benachrichtigungen ausschalten</translation>
    </message>
    <message>
        <source>enable notifications %1</source>
        <translation>Benachrichtigungen für %1 einschalten</translation>
    </message>
    <message>
        <source>disable notifications %1</source>
        <translation>Benachrichtigungen für %1 ausschalten</translation>
    </message>
    <message>
        <source>notification %1</source>
        <translation>Benachrichtigung %1</translation>
    </message>
    <message>
        <source>Connection interval is now %1 ms</source>
        <translation>Verbindungsintervall ist jetzt %1 ms</translation>
    </message>
    <message>
        <source>Forgot the cached services of %1</source>
        <translation>Gespeicherte Dienste von %1 vergessen</translation>
    </message>
    <message>
        <source>The cached handle of %1 no longer exists on the device (stale service cache)</source>
        <translation>Der gespeicherte Handle von %1 existiert auf dem Gerät nicht mehr (veralteter Dienst-Zwischenspeicher)</translation>
    </message>
    <message>
        <source>Connecting timed out after %1 ms: %2 is not advertising</source>
        <translation>Zeitüberschreitung beim Verbinden nach %1 ms: %2 sendet kein Signal aus</translation>
    </message>
    <message>
        <source>Using the services cached for %1 instead of discovering them again</source>
        <translation>Nutze die für %1 gespeicherten Dienste, statt sie neu zu suchen</translation>
    </message>
    <message>
        <source>Simulated device went silent: %1</source>
        <translation>Simuliertes Gerät antwortet nicht mehr: %1</translation>
    </message>
    <message>
        <source>The device stopped answering; the link timed out after %1 ms (supervision timeout).</source>
        <translation>Das Gerät antwortet nicht mehr; die Verbindung ist nach %1 ms abgelaufen (Supervision-Timeout).</translation>
    </message>
    <message>
        <source>write CCCD</source>
        <translation>CCCD schreiben</translation>
    </message>
</context>
<context>
    <name>fw::esp::Errors</name>
    <message>
        <source>Power the module from a separate 3.3 V supply that gives at least 300 mA (with a common GND), shorten the wires, lower the baud rate to 115200 and try again.</source>
        <translation>Versorgen Sie das Modul aus einer eigenen 3,3-V-Quelle, die mindestens 300 mA liefert (mit gemeinsamer Masse), kürzen Sie die Leitungen, senken Sie die Baudrate auf 115200 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Put the chip back into download mode (hold GPIO0 to GND while powering up) and start the job again. If it keeps happening, please report it with the session log.</source>
        <translation>Bringen Sie den Chip wieder in den Download-Modus (GPIO0 beim Einschalten auf GND halten) und starten Sie den Auftrag erneut. Passiert es immer wieder, melden Sie es bitte mit dem Sitzungsprotokoll.</translation>
    </message>
    <message>
        <source>The chip&apos;s boot loader rejected a parameter of the command.</source>
        <translation>Der Bootloader des Chips hat einen Parameter des Befehls abgelehnt.</translation>
    </message>
    <message>
        <source>An address or size outside what this chip or its flash supports.</source>
        <translation>Eine Adresse oder Größe außerhalb dessen, was dieser Chip oder sein Flash unterstützt.</translation>
    </message>
    <message>
        <source>The chip was detected as the wrong type.</source>
        <translation>Der Chip wurde als falscher Typ erkannt.</translation>
    </message>
    <message>
        <source>Check the flash size and the write address, identify the chip again, then retry.</source>
        <translation>Prüfen Sie die Flash-Größe und die Schreibadresse, erkennen Sie den Chip erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The chip&apos;s boot loader ran out of memory.</source>
        <translation>Dem Bootloader des Chips ist der Speicher ausgegangen.</translation>
    </message>
    <message>
        <source>A block larger than the boot loader can buffer.</source>
        <translation>Ein Block, der größer ist, als der Bootloader puffern kann.</translation>
    </message>
    <message>
        <source>The chip is in an unusual state after an earlier failure.</source>
        <translation>Der Chip ist nach einem früheren Fehler in einem ungewöhnlichen Zustand.</translation>
    </message>
    <message>
        <source>The chip failed to send its reply.</source>
        <translation>Der Chip konnte seine Antwort nicht senden.</translation>
    </message>
    <message>
        <source>An unstable serial link or supply voltage.</source>
        <translation>Eine instabile serielle Verbindung oder Versorgungsspannung.</translation>
    </message>
    <message>
        <source>The chip failed to receive the command.</source>
        <translation>Der Chip konnte den Befehl nicht empfangen.</translation>
    </message>
    <message>
        <source>Bytes were lost on the serial link.</source>
        <translation>Auf der seriellen Verbindung gingen Bytes verloren.</translation>
    </message>
    <message>
        <source>The baud rate is too high for this adapter or these wires.</source>
        <translation>Die Baudrate ist zu hoch für diesen Adapter oder diese Leitungen.</translation>
    </message>
    <message>
        <source>The chip&apos;s boot loader does not understand this command.</source>
        <translation>Der Bootloader des Chips versteht diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>This boot loader does not offer the command (the ESP8266 ROM knows only the basic ones).</source>
        <translation>Dieser Bootloader bietet den Befehl nicht an (das ESP8266-ROM kennt nur die grundlegenden).</translation>
    </message>
    <message>
        <source>The command was damaged on the way.</source>
        <translation>Der Befehl wurde unterwegs beschädigt.</translation>
    </message>
    <message>
        <source>Use the flasher stub (do not pass --no-stub), or choose an operation this chip supports.</source>
        <translation>Verwenden Sie den Flasher-Stub (geben Sie nicht --no-stub an) oder wählen Sie einen Vorgang, den dieser Chip unterstützt.</translation>
    </message>
    <message>
        <source>The chip reported a wrong result for the command.</source>
        <translation>Der Chip hat für den Befehl ein falsches Ergebnis gemeldet.</translation>
    </message>
    <message>
        <source>An unstable supply voltage.</source>
        <translation>Eine instabile Versorgungsspannung.</translation>
    </message>
    <message>
        <source>The chip received a data block with a wrong checksum.</source>
        <translation>Der Chip hat einen Datenblock mit falscher Prüfsumme empfangen.</translation>
    </message>
    <message>
        <source>Bytes were damaged on the serial link, most often from a weak 3.3 V supply.</source>
        <translation>Auf der seriellen Verbindung wurden Bytes beschädigt, meist durch eine schwache 3,3-V-Versorgung.</translation>
    </message>
    <message>
        <source>Long or loose wires, or a baud rate too high for the adapter.</source>
        <translation>Lange oder lockere Leitungen oder eine für den Adapter zu hohe Baudrate.</translation>
    </message>
    <message>
        <source>Writing to the flash chip failed: what was read back differs from what was written.</source>
        <translation>Das Schreiben in den Flash-Chip ist fehlgeschlagen: Das Zurückgelesene weicht vom Geschriebenen ab.</translation>
    </message>
    <message>
        <source>The supply voltage sags while the flash is being programmed.</source>
        <translation>Die Versorgungsspannung bricht ein, während der Flash programmiert wird.</translation>
    </message>
    <message>
        <source>The flash is write-protected or worn out.</source>
        <translation>Der Flash ist schreibgeschützt oder abgenutzt.</translation>
    </message>
    <message>
        <source>Use a stronger 3.3 V supply (at least 300 mA) and retry; if it fails at the same address again, the flash chip may be faulty.</source>
        <translation>Verwenden Sie eine stärkere 3,3-V-Versorgung (mindestens 300 mA) und versuchen Sie es erneut; scheitert es wieder an derselben Adresse, ist der Flash-Chip womöglich defekt.</translation>
    </message>
    <message>
        <source>Reading from the flash chip failed.</source>
        <translation>Das Lesen aus dem Flash-Chip ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The supply voltage sags, or the flash chip is faulty.</source>
        <translation>Die Versorgungsspannung bricht ein, oder der Flash-Chip ist defekt.</translation>
    </message>
    <message>
        <source>The chip rejected the length of a flash read.</source>
        <translation>Der Chip hat die Länge eines Flash-Lesevorgangs abgelehnt.</translation>
    </message>
    <message>
        <source>A read beyond the end of the flash, or a length the boot loader cannot handle.</source>
        <translation>Ein Lesen über das Ende des Flash hinaus oder eine Länge, die der Bootloader nicht verarbeiten kann.</translation>
    </message>
    <message>
        <source>Check the detected flash size and the range to read, then retry.</source>
        <translation>Prüfen Sie die erkannte Flash-Größe und den zu lesenden Bereich und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The chip failed to unpack compressed data.</source>
        <translation>Der Chip konnte komprimierte Daten nicht entpacken.</translation>
    </message>
    <message>
        <source>Compressed data was damaged on the serial link.</source>
        <translation>Komprimierte Daten wurden auf der seriellen Verbindung beschädigt.</translation>
    </message>
    <message>
        <source>Retry; if it keeps failing, write without compression and lower the baud rate.</source>
        <translation>Versuchen Sie es erneut; scheitert es weiterhin, schreiben Sie ohne Komprimierung und senken Sie die Baudrate.</translation>
    </message>
    <message>
        <source>The unpacked data failed its Adler-32 check.</source>
        <translation>Die entpackten Daten haben die Adler-32-Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The chip rejected the parameters of a compressed write.</source>
        <translation>Der Chip hat die Parameter eines komprimierten Schreibvorgangs abgelehnt.</translation>
    </message>
    <message>
        <source>The uncompressed size was not a whole number of blocks, or the block size is too large.</source>
        <translation>Die unkomprimierte Größe war keine ganze Zahl von Blöcken, oder die Blockgröße ist zu groß.</translation>
    </message>
    <message>
        <source>Retry without compression; please report it with the session log.</source>
        <translation>Versuchen Sie es ohne Komprimierung erneut; melden Sie es bitte mit dem Sitzungsprotokoll.</translation>
    </message>
    <message>
        <source>The chip rejected the size of a program loaded into its RAM.</source>
        <translation>Der Chip hat die Größe eines in seinen RAM geladenen Programms abgelehnt.</translation>
    </message>
    <message>
        <source>The flasher stub does not fit this chip&apos;s RAM.</source>
        <translation>Der Flasher-Stub passt nicht in den RAM dieses Chips.</translation>
    </message>
    <message>
        <source>Retry with --no-stub, and report it with the session log.</source>
        <translation>Versuchen Sie es mit --no-stub erneut und melden Sie es mit dem Sitzungsprotokoll.</translation>
    </message>
    <message>
        <source>The chip rejected the address of a program loaded into its RAM.</source>
        <translation>Der Chip hat die Adresse eines in seinen RAM geladenen Programms abgelehnt.</translation>
    </message>
    <message>
        <source>The flasher stub was built for another chip type.</source>
        <translation>Der Flasher-Stub wurde für einen anderen Chiptyp gebaut.</translation>
    </message>
    <message>
        <source>Identify the chip again, retry with --no-stub, and report it with the session log.</source>
        <translation>Erkennen Sie den Chip erneut, versuchen Sie es mit --no-stub und melden Sie es mit dem Sitzungsprotokoll.</translation>
    </message>
    <message>
        <source>The chip&apos;s boot loader reported error %1, one of the codes of newer ROMs.</source>
        <translation>Der Bootloader des Chips hat Fehler %1 gemeldet, einen der Codes neuerer ROMs.</translation>
    </message>
    <message>
        <source>The command is restricted on this chip (for example by Secure Download Mode).</source>
        <translation>Der Befehl ist auf diesem Chip eingeschränkt (zum Beispiel durch den Secure Download Mode).</translation>
    </message>
    <message>
        <source>The command&apos;s parameters do not suit this chip revision.</source>
        <translation>Die Parameter des Befehls passen nicht zu dieser Chip-Revision.</translation>
    </message>
    <message>
        <source>Check the chip&apos;s security settings and the operation, then retry; report it with the session log if it persists.</source>
        <translation>Prüfen Sie die Sicherheitseinstellungen des Chips und den Vorgang und versuchen Sie es dann erneut; bleibt der Fehler, melden Sie ihn mit dem Sitzungsprotokoll.</translation>
    </message>
    <message>
        <source>The chip&apos;s boot loader reported an unknown error %1.</source>
        <translation>Der Bootloader des Chips hat einen unbekannten Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>A boot loader version this program does not know.</source>
        <translation>Eine Bootloader-Version, die dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>A damaged reply on the serial link.</source>
        <translation>Eine beschädigte Antwort auf der seriellen Verbindung.</translation>
    </message>
    <message>
        <source>The flasher stub received a command of the wrong length.</source>
        <translation>Der Flasher-Stub hat einen Befehl mit falscher Länge empfangen.</translation>
    </message>
    <message>
        <source>The flasher stub received a data block with a wrong checksum.</source>
        <translation>Der Flasher-Stub hat einen Datenblock mit falscher Prüfsumme empfangen.</translation>
    </message>
    <message>
        <source>The flasher stub rejected the block size.</source>
        <translation>Der Flasher-Stub hat die Blockgröße abgelehnt.</translation>
    </message>
    <message>
        <source>A block larger than the stub accepts (16 KiB).</source>
        <translation>Ein Block, der größer ist, als der Stub annimmt (16 KiB).</translation>
    </message>
    <message>
        <source>Retry; if it keeps failing, report it with the session log.</source>
        <translation>Versuchen Sie es erneut; scheitert es weiterhin, melden Sie es mit dem Sitzungsprotokoll.</translation>
    </message>
    <message>
        <source>The flasher stub does not know this command.</source>
        <translation>Der Flasher-Stub kennt diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>The stub running on the chip is older or different from the one expected.</source>
        <translation>Der auf dem Chip laufende Stub ist älter als der erwartete oder ein anderer.</translation>
    </message>
    <message>
        <source>A flash operation failed inside the chip.</source>
        <translation>Ein Flash-Vorgang ist im Chip fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The supply voltage sags while the flash is erased or programmed.</source>
        <translation>Die Versorgungsspannung bricht ein, während der Flash gelöscht oder programmiert wird.</translation>
    </message>
    <message>
        <source>The flash chip is faulty or not connected as expected.</source>
        <translation>Der Flash-Chip ist defekt oder nicht wie erwartet angeschlossen.</translation>
    </message>
    <message>
        <source>Use a stronger 3.3 V supply (at least 300 mA) and retry; if it persists, the flash chip may be faulty.</source>
        <translation>Verwenden Sie eine stärkere 3,3-V-Versorgung (mindestens 300 mA) und versuchen Sie es erneut; bleibt der Fehler, ist der Flash-Chip womöglich defekt.</translation>
    </message>
    <message>
        <source>The flash chip could not be unlocked for writing.</source>
        <translation>Der Flash-Chip ließ sich nicht zum Schreiben entsperren.</translation>
    </message>
    <message>
        <source>The flash is write-protected (status register bits set by the vendor firmware).</source>
        <translation>Der Flash ist schreibgeschützt (Bits im Statusregister, die die Hersteller-Firmware gesetzt hat).</translation>
    </message>
    <message>
        <source>A flash chip the stub does not know how to unlock.</source>
        <translation>Ein Flash-Chip, den der Stub nicht zu entsperren weiß.</translation>
    </message>
    <message>
        <source>Power-cycle into download mode and retry; if it persists, the flash may need its protection cleared.</source>
        <translation>Schalten Sie den Chip aus und im Download-Modus wieder ein und versuchen Sie es erneut; bleibt der Fehler, muss womöglich der Schreibschutz des Flash aufgehoben werden.</translation>
    </message>
    <message>
        <source>The flasher stub got flash data without a write having been started.</source>
        <translation>Der Flasher-Stub hat Flash-Daten erhalten, ohne dass ein Schreibvorgang begonnen wurde.</translation>
    </message>
    <message>
        <source>An earlier begin command failed or was lost, or the chip restarted.</source>
        <translation>Ein früherer Begin-Befehl ist fehlgeschlagen oder verloren gegangen, oder der Chip hat neu gestartet.</translation>
    </message>
    <message>
        <source>The flasher stub failed to unpack compressed data.</source>
        <translation>Der Flasher-Stub konnte komprimierte Daten nicht entpacken.</translation>
    </message>
    <message>
        <source>The flasher stub received less data than announced.</source>
        <translation>Der Flasher-Stub hat weniger Daten erhalten als angekündigt.</translation>
    </message>
    <message>
        <source>Blocks were lost on the serial link.</source>
        <translation>Auf der seriellen Verbindung gingen Blöcke verloren.</translation>
    </message>
    <message>
        <source>The flasher stub received more data than announced.</source>
        <translation>Der Flasher-Stub hat mehr Daten erhalten als angekündigt.</translation>
    </message>
    <message>
        <source>A block was sent twice after a lost reply.</source>
        <translation>Ein Block wurde nach einer verlorenen Antwort zweimal gesendet.</translation>
    </message>
    <message>
        <source>The flasher stub does not implement this command on this chip.</source>
        <translation>Der Flasher-Stub bietet diesen Befehl auf diesem Chip nicht an.</translation>
    </message>
    <message>
        <source>The operation is not available for this chip type.</source>
        <translation>Der Vorgang ist für diesen Chiptyp nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose another operation, or retry with --no-stub if the ROM supports it.</source>
        <translation>Wählen Sie einen anderen Vorgang oder versuchen Sie es mit --no-stub erneut, falls das ROM ihn unterstützt.</translation>
    </message>
    <message>
        <source>The flasher stub reported an unknown error %1.</source>
        <translation>Der Flasher-Stub hat einen unbekannten Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>A stub version this program does not know.</source>
        <translation>Eine Stub-Version, die dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>%1 failed (status %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Status %2): %3</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspBackupFile</name>
    <message>
        <source>The backup could not be saved as %1: %2.</source>
        <translation>Die Sicherung konnte nicht als %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>The folder is not writable, or the disk is full.</source>
        <translation>Der Ordner ist nicht beschreibbar, oder der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to (e.g. in your home folder) with free space for the whole flash, and back up again.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen (z. B. in Ihrem persönlichen Ordner) und der genug freien Platz für den ganzen Flash-Speicher hat, und erstellen Sie die Sicherung erneut.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspBackupJob</name>
    <message>
        <source>Back up the flash</source>
        <translation>Flash-Speicher sichern</translation>
    </message>
    <message>
        <source>The flash size of this chip is unknown, so there is no way to know how much to back up.</source>
        <translation>Die Flash-Größe dieses Chips ist unbekannt. Daher lässt sich nicht feststellen, wie viel gesichert werden muss.</translation>
    </message>
    <message>
        <source>The flash chip did not answer its ID request (id %1).</source>
        <translation>Der Flash-Chip hat nicht auf die Abfrage seiner Kennung geantwortet (Kennung %1).</translation>
    </message>
    <message>
        <source>Check the flash chip&apos;s supply and connect again.</source>
        <translation>Prüfen Sie die Stromversorgung des Flash-Chips und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>You have no write permission there, or the path is a file.</source>
        <translation>Sie haben dort keine Schreibrechte, oder der Pfad ist eine Datei.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and back up again. Nothing on the device was changed.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und erstellen Sie die Sicherung erneut. Am Gerät wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>Sicherung wird gespeichert</translation>
    </message>
    <message>
        <source>Backup saved: %1 (%2 bytes, MD5 %3).</source>
        <translation>Sicherung gespeichert: %1 (%2 Bytes, MD5 %3).</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspBaudSwitch</name>
    <message>
        <source>the test read returned 0x%1</source>
        <translation>das Testlesen ergab 0x%1</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes came back, but no readable answer</source>
        <translation>
            <numerusform>%n Byte kam zurück, aber keine lesbare Antwort</numerusform>
            <numerusform>%n Bytes kamen zurück, aber keine lesbare Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>the chip did not answer at all</source>
        <translation>der Chip hat überhaupt nicht geantwortet</translation>
    </message>
    <message>
        <source>the chip refused it (status %1)</source>
        <translation>der Chip hat den Wechsel abgelehnt (Status %1)</translation>
    </message>
    <message>
        <source>the chip did not confirm the change</source>
        <translation>der Chip hat den Wechsel nicht bestätigt</translation>
    </message>
    <message>
        <source>Lost the chip at %1 baud; resetting it to connect again at %2 baud.</source>
        <translation>Bei %1 Baud antwortet der Chip nicht mehr. Er wird zurückgesetzt, um die Verbindung mit %2 Baud neu aufzubauen.</translation>
    </message>
    <message>
        <source>The %1 cannot change its baud rate, so the transfer stays at %2 baud.</source>
        <translation>Beim %1 lässt sich die Baudrate nicht ändern, daher bleibt die Übertragung bei %2 Baud.</translation>
    </message>
    <message>
        <source>Transfer speed: %1 baud.</source>
        <translation>Übertragungsgeschwindigkeit: %1 Baud.</translation>
    </message>
    <message>
        <source>%1 baud does not work on this link (%2); trying %3 baud.</source>
        <translation>%1 Baud funktioniert auf dieser Verbindung nicht (%2). Jetzt wird %3 Baud versucht.</translation>
    </message>
    <message>
        <source>Many CH340 adapters cannot carry 921600 baud.</source>
        <translation>Viele CH340-Adapter schaffen keine 921600 Baud.</translation>
    </message>
    <message>
        <source>The transfer stays at %1 baud.</source>
        <translation>Die Übertragung bleibt bei %1 Baud.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspChipProbe</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The chip&apos;s boot loader refuses to read its registers: it is in Secure Download Mode.</source>
        <translation>Der Bootloader des Chips verweigert das Lesen seiner Register: Der Chip ist im Secure Download Mode.</translation>
    </message>
    <message>
        <source>The device maker locked the chip so that it only takes signed and encrypted firmware.</source>
        <translation>Der Hersteller des Geräts hat den Chip so gesperrt, dass er nur signierte und verschlüsselte Firmware annimmt.</translation>
    </message>
    <message>
        <source>This chip cannot be backed up or flashed over serial with Flashwright. Use the maker&apos;s own update path.</source>
        <translation>Dieser Chip kann mit Flashwright nicht über die serielle Verbindung gesichert oder geflasht werden. Nutzen Sie den Update-Weg des Herstellers.</translation>
    </message>
    <message>
        <source>Unknown Espressif chip (magic value 0x%1)</source>
        <translation>Unbekannter Espressif-Chip (Kennwert 0x%1)</translation>
    </message>
    <message>
        <source>%1: MAC, crystal and flash size are only read on the ESP8266, ESP8285 and ESP32; they stay unknown.</source>
        <translation>%1: MAC, Quarz und Flash-Größe werden nur beim ESP8266, ESP8285 und ESP32 ausgelesen. Sie bleiben unbekannt.</translation>
    </message>
    <message>
        <source>ESP8285 (%1 flash in the package)</source>
        <translation>ESP8285 (%1 Flash im Gehäuse)</translation>
    </message>
    <message>
        <source>ESP8285 (flash in the package)</source>
        <translation>ESP8285 (Flash im Gehäuse)</translation>
    </message>
    <message>
        <source>The flash chip did not report a size we know (JEDEC id %1); the flash size stays unknown.</source>
        <translation>Der Flash-Chip hat keine uns bekannte Größe gemeldet (JEDEC-ID %1). Die Flash-Größe bleibt unbekannt.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspCommandRetry</name>
    <message>
        <source>%1 failed (%2); sending it again (try %3 of %4).</source>
        <translation>%1 fehlgeschlagen (%2). Wird erneut gesendet (Versuch %3 von %4).</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspConnectDiagnosis</name>
    <message>
        <source>while waiting %1 seconds for a power cycle</source>
        <translation>während %1 Sekunden Wartezeit auf das Aus- und Einschalten</translation>
    </message>
    <message>
        <source>after several resets</source>
        <translation>nach mehreren Resets</translation>
    </message>
    <message>
        <source>Nothing at all came back from %1 %2.</source>
        <translation>Von %1 kam %2 überhaupt nichts zurück.</translation>
    </message>
    <message>
        <source>The chip is not in download mode: GPIO0 must be connected to GND while its power comes on.</source>
        <translation>Der Chip ist nicht im Download-Modus: GPIO0 muss mit GND verbunden sein, während er eingeschaltet wird.</translation>
    </message>
    <message>
        <source>TX and RX are not crossed or not connected: the adapter&apos;s TX goes to the chip&apos;s RX and its RX to the chip&apos;s TX, with GND connected too.</source>
        <translation>TX und RX sind nicht gekreuzt oder nicht angeschlossen: TX des Adapters gehört an RX des Chips und RX des Adapters an TX des Chips. GND muss ebenfalls verbunden sein.</translation>
    </message>
    <message>
        <source>This is not the device&apos;s port, or the USB cable only charges and carries no data.</source>
        <translation>Das ist nicht der Anschluss des Geräts, oder das USB-Kabel lädt nur und überträgt keine Daten.</translation>
    </message>
    <message>
        <source>The chip has no power, or too little: it needs up to 300 mA at 3.3 V.</source>
        <translation>Der Chip hat keinen oder zu wenig Strom: Er braucht bis zu 300 mA bei 3,3 V.</translation>
    </message>
    <message>
        <source>Hold GPIO0 to GND while you power the device up, check that TX goes to RX and RX to TX, check the port, and try again. If it still fails, try another adapter or cable.</source>
        <translation>Halten Sie GPIO0 auf GND, während Sie das Gerät einschalten. Prüfen Sie, ob TX an RX und RX an TX geht, prüfen Sie den Anschluss und versuchen Sie es erneut. Klappt es immer noch nicht, versuchen Sie einen anderen Adapter oder ein anderes Kabel.</translation>
    </message>
    <message>
        <source>The chip started its normal firmware instead of its download mode.</source>
        <translation>Der Chip hat seine normale Firmware gestartet statt seines Download-Modus.</translation>
    </message>
    <message>
        <source>GPIO0 was not held to GND when the chip powered up or reset. It printed: &quot;%1&quot;</source>
        <translation>GPIO0 lag nicht auf GND, als der Chip eingeschaltet oder zurückgesetzt wurde. Er hat ausgegeben: „%1“</translation>
    </message>
    <message>
        <source>The board has no automatic reset wiring (DTR to GPIO0, RTS to EN), or it does not work with this adapter.</source>
        <translation>Die Platine hat keine automatische Reset-Schaltung (DTR an GPIO0, RTS an EN), oder diese funktioniert mit diesem Adapter nicht.</translation>
    </message>
    <message>
        <source>Connect GPIO0 to GND, switch the device&apos;s power off and on again while GPIO0 stays connected, and connect with the manual reset mode.</source>
        <translation>Verbinden Sie GPIO0 mit GND, schalten Sie das Gerät aus und wieder ein, während GPIO0 verbunden bleibt, und verbinden Sie sich im manuellen Reset-Modus.</translation>
    </message>
    <message>
        <source>The chip waits in its download mode but does not answer what %1 sends.</source>
        <translation>Der Chip wartet im Download-Modus, antwortet aber nicht auf das, was über %1 gesendet wird.</translation>
    </message>
    <message>
        <source>The wire from the adapter&apos;s TX to the chip&apos;s RX is missing, loose or on the wrong pin (the chip printed: &quot;%1&quot;).</source>
        <translation>Die Leitung von TX des Adapters zu RX des Chips fehlt, sitzt locker oder steckt am falschen Pin (der Chip hat ausgegeben: „%1“).</translation>
    </message>
    <message>
        <source>A second microcontroller on the board (TuyaMCU) drives the chip&apos;s RX line.</source>
        <translation>Ein zweiter Mikrocontroller auf der Platine (TuyaMCU) belegt die RX-Leitung des Chips.</translation>
    </message>
    <message>
        <source>Check the wire from the adapter&apos;s TX to the chip&apos;s RX. On TuyaMCU devices, hold the second microcontroller in reset while flashing. Then try again.</source>
        <translation>Prüfen Sie die Leitung von TX des Adapters zu RX des Chips. Halten Sie bei TuyaMCU-Geräten den zweiten Mikrocontroller während des Flashens im Reset. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Only unreadable data came back from %1 at %2 baud (%3 bytes, %4 damaged frames).</source>
        <translation>Von %1 kamen bei %2 Baud nur unlesbare Daten zurück (%3 Bytes, %4 beschädigte Datenpakete).</translation>
    </message>
    <message>
        <source>The speed of %1 baud is too high for this adapter or these wires (CH340 adapters often fail above 460800 baud).</source>
        <translation>Die Geschwindigkeit von %1 Baud ist zu hoch für diesen Adapter oder diese Leitungen (CH340-Adapter scheitern oft über 460800 Baud).</translation>
    </message>
    <message>
        <source>The chip started its normal firmware (GPIO0 not held to GND); its messages at another speed look like noise.</source>
        <translation>Der Chip hat seine normale Firmware gestartet (GPIO0 lag nicht auf GND). Seine Meldungen kommen mit einer anderen Geschwindigkeit und sehen daher wie Datenmüll aus.</translation>
    </message>
    <message>
        <source>A loose GND wire or a noisy power supply.</source>
        <translation>Eine lockere GND-Leitung oder eine gestörte Stromversorgung.</translation>
    </message>
    <message>
        <source>Put the chip into download mode again (hold GPIO0 to GND while powering up) and connect at 115200 baud.</source>
        <translation>Bringen Sie den Chip wieder in den Download-Modus (GPIO0 beim Einschalten auf GND halten) und verbinden Sie sich mit 115200 Baud.</translation>
    </message>
    <message>
        <source>The port %1 went away while connecting to the chip.</source>
        <translation>Der Anschluss %1 ist beim Verbinden mit dem Chip verschwunden.</translation>
    </message>
    <message>
        <source>The USB cable was pulled or is loose.</source>
        <translation>Das USB-Kabel wurde gezogen oder sitzt locker.</translation>
    </message>
    <message>
        <source>On Debian and Ubuntu the brltty service takes CH340 and CP210x adapters away right after they are plugged in.</source>
        <translation>Unter Debian und Ubuntu belegt der Dienst brltty CH340- und CP210x-Adapter gleich nach dem Einstecken für sich.</translation>
    </message>
    <message>
        <source>The chip has native USB and its port disappears for a moment when it resets.</source>
        <translation>Der Chip hat natives USB, und sein Anschluss verschwindet kurz, wenn er zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>The device draws more current than the USB port gives (the ESP needs up to 300 mA) and the adapter browned out.</source>
        <translation>Das Gerät zieht mehr Strom, als der USB-Anschluss liefert (der ESP braucht bis zu 300 mA), und der Adapter ist kurz ausgefallen.</translation>
    </message>
    <message>
        <source>Plug the device in again and pick its port from the refreshed list. If the port disappears right after plugging in, remove brltty: sudo apt remove brltty.</source>
        <translation>Stecken Sie das Gerät erneut ein und wählen Sie seinen Anschluss aus der aktualisierten Liste. Verschwindet der Anschluss gleich nach dem Einstecken, entfernen Sie brltty: sudo apt remove brltty.</translation>
    </message>
    <message>
        <source>The chip stopped answering after the switch to %1 baud.</source>
        <translation>Nach dem Wechsel auf %1 Baud hat der Chip nicht mehr geantwortet.</translation>
    </message>
    <message>
        <source>The adapter or the wires cannot carry %1 baud; cheap CH340 adapters often fail at 921600.</source>
        <translation>Der Adapter oder die Leitungen schaffen keine %1 Baud. Günstige CH340-Adapter scheitern oft bei 921600.</translation>
    </message>
    <message>
        <source>Without reset wiring the chip cannot be brought back to a slower speed from here.</source>
        <translation>Ohne Reset-Leitungen lässt sich der Chip von hier aus nicht auf eine langsamere Geschwindigkeit zurückbringen.</translation>
    </message>
    <message>
        <source>Switch the device off and on again with GPIO0 held to GND, then connect with a transfer speed of %1 baud.</source>
        <translation>Schalten Sie das Gerät aus und wieder ein, während GPIO0 auf GND gehalten wird. Verbinden Sie sich dann mit einer Übertragungsgeschwindigkeit von %1 Baud.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspConnectJob</name>
    <message>
        <source>Connect to the device</source>
        <translation>Mit dem Gerät verbinden</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspConnector</name>
    <message>
        <source>Connect attempt %1 of %2: %3</source>
        <translation>Verbindungsversuch %1 von %2: %3</translation>
    </message>
    <message>
        <source>Connect GPIO0 to GND, then switch the device&apos;s power off and on again (unplug it and plug it back in). Keep GPIO0 connected until the connection is made.</source>
        <translation>Verbinden Sie GPIO0 mit GND und schalten Sie dann das Gerät aus und wieder ein (Stecker ziehen und wieder einstecken). Lassen Sie GPIO0 verbunden, bis die Verbindung steht.</translation>
    </message>
    <message>
        <source>The boot loader answered after %1 seconds.</source>
        <translation>Der Bootloader hat nach %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Still waiting for the chip (%1 seconds left). Is GPIO0 connected to GND while the power comes on?</source>
        <translation>Es wird weiter auf den Chip gewartet (noch %1 Sekunden). Ist GPIO0 mit GND verbunden, während der Strom eingeschaltet wird?</translation>
    </message>
    <message>
        <source>Resetting once more to read the boot message at %1 baud</source>
        <translation>Erneuter Reset, um die Startmeldung mit %1 Baud zu lesen</translation>
    </message>
    <message>
        <source>Boot message: %1</source>
        <translation>Startmeldung: %1</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspDiagnoses</name>
    <message>
        <source>The flashing tool got no answer from the chip.</source>
        <translation>Das Flash-Werkzeug hat keine Antwort vom Chip bekommen.</translation>
    </message>
    <message>
        <source>The chip was not in download mode: GPIO0 must be connected to GND while the power comes on.</source>
        <translation>Der Chip war nicht im Download-Modus: GPIO0 muss mit GND verbunden sein, während der Strom eingeschaltet wird.</translation>
    </message>
    <message>
        <source>The data wires are swapped or loose: the adapter&apos;s TX must go to the chip&apos;s RX and RX to TX, with GND connected too.</source>
        <translation>Die Datenleitungen sind vertauscht oder lose: TX am Adapter muss an RX am Chip und RX an TX, und auch GND muss verbunden sein.</translation>
    </message>
    <message>
        <source>The wrong port was chosen, or the USB cable only charges and carries no data.</source>
        <translation>Es wurde der falsche Anschluss gewählt, oder das USB-Kabel ist ein reines Ladekabel und überträgt keine Daten.</translation>
    </message>
    <message>
        <source>The USB-serial adapter or its driver is faulty.</source>
        <translation>Der USB-Seriell-Adapter oder sein Treiber ist defekt.</translation>
    </message>
    <message>
        <source>Hold GPIO0 to GND while you power the device up, check that TX goes to RX and RX to TX, pick the right port and try again. If it still fails, try another adapter or cable.</source>
        <translation>Verbinden Sie GPIO0 mit GND, während Sie das Gerät einschalten. Prüfen Sie, dass TX an RX und RX an TX geht, wählen Sie den richtigen Anschluss und versuchen Sie es erneut. Klappt es immer noch nicht, versuchen Sie einen anderen Adapter oder ein anderes Kabel.</translation>
    </message>
    <message>
        <source>The chip answered with data the flashing tool did not expect.</source>
        <translation>Der Chip hat mit Daten geantwortet, die das Flash-Werkzeug nicht erwartet hat.</translation>
    </message>
    <message>
        <source>The chip started its normal firmware instead of download mode, and that firmware&apos;s output was read as an answer.</source>
        <translation>Der Chip hat seine normale Firmware gestartet statt des Download-Modus, und die Ausgabe dieser Firmware wurde als Antwort gelesen.</translation>
    </message>
    <message>
        <source>The transfer speed (baud rate) is too high for this adapter or these wires.</source>
        <translation>Die Übertragungsgeschwindigkeit (Baudrate) ist zu hoch für diesen Adapter oder diese Leitungen.</translation>
    </message>
    <message>
        <source>The chip is not the type the tool expects, for example an ESP32 given to a tool made only for the ESP8266.</source>
        <translation>Der Chip ist nicht von dem Typ, den das Werkzeug erwartet, zum Beispiel ein ESP32 an einem Werkzeug, das nur für den ESP8266 gedacht ist.</translation>
    </message>
    <message>
        <source>Power the device off, hold GPIO0 to GND while you power it on, and try again at 115200 baud. Flashwright lowers the speed by itself (921600, then 460800, then 115200).</source>
        <translation>Schalten Sie das Gerät aus, verbinden Sie GPIO0 mit GND, während Sie es wieder einschalten, und versuchen Sie es erneut mit 115200 Baud. Flashwright senkt die Geschwindigkeit von selbst (921600, dann 460800, dann 115200).</translation>
    </message>
    <message>
        <source>The serial port vanished right after the adapter was plugged in: the braille display service (brltty) took it.</source>
        <translation>Der serielle Anschluss ist direkt nach dem Einstecken des Adapters verschwunden: Der Dienst für Braillezeilen (brltty) hat ihn belegt.</translation>
    </message>
    <message>
        <source>brltty, a service for braille displays that Ubuntu 22.04 and other systems install by default, claims common USB-serial adapters (CH340, CP210x).</source>
        <translation>brltty, ein Dienst für Braillezeilen, den Ubuntu 22.04 und andere Systeme von Haus aus installieren, belegt gängige USB-Seriell-Adapter (CH340, CP210x).</translation>
    </message>
    <message>
        <source>If you do not use a braille display, remove the service: sudo apt remove brltty. Then unplug the adapter and plug it in again.</source>
        <translation>Wenn Sie keine Braillezeile verwenden, entfernen Sie den Dienst: sudo apt remove brltty. Ziehen Sie danach den Adapter ab und stecken Sie ihn wieder ein.</translation>
    </message>
    <message>
        <source>The USB-serial adapter (CH340) or its driver does not work properly.</source>
        <translation>Der USB-Seriell-Adapter (CH340) oder sein Treiber funktioniert nicht richtig.</translation>
    </message>
    <message>
        <source>Some Linux kernels (around version 5.13) and some Windows CH340 driver versions (3.8) break flashing with these adapters.</source>
        <translation>Einige Linux-Kernel (etwa Version 5.13) und einige Versionen des Windows-Treibers für CH340 (3.8) verhindern das Flashen mit diesen Adaptern.</translation>
    </message>
    <message>
        <source>The adapter cannot keep up with high speeds such as 921600 baud.</source>
        <translation>Der Adapter kommt bei hohen Geschwindigkeiten wie 921600 Baud nicht mit.</translation>
    </message>
    <message>
        <source>Update the operating system or the adapter driver, use a lower speed (460800 or 115200 baud), or use an adapter with a CP2102 or FT232 chip.</source>
        <translation>Aktualisieren Sie das Betriebssystem oder den Treiber des Adapters, verwenden Sie eine niedrigere Geschwindigkeit (460800 oder 115200 Baud) oder einen Adapter mit einem CP2102- oder FT232-Chip.</translation>
    </message>
    <message>
        <source>You do not have permission to use the serial port.</source>
        <translation>Sie haben keine Berechtigung, den seriellen Anschluss zu verwenden.</translation>
    </message>
    <message>
        <source>On Linux, serial ports belong to the group dialout (uucp on Arch Linux), and your user is not in it.</source>
        <translation>Unter Linux gehören serielle Anschlüsse der Gruppe dialout (unter Arch Linux uucp), und Ihr Benutzer ist nicht Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>Another user&apos;s program has the port open.</source>
        <translation>Ein Programm eines anderen Benutzers hat den Anschluss geöffnet.</translation>
    </message>
    <message>
        <source>Add yourself to the group: sudo usermod -aG dialout $USER (uucp instead of dialout on Arch Linux), then log out and back in.</source>
        <translation>Fügen Sie sich der Gruppe hinzu: sudo usermod -aG dialout $USER (unter Arch Linux uucp statt dialout). Melden Sie sich danach ab und wieder an.</translation>
    </message>
    <message>
        <source>The device stays dead or prints only garbage (such as ~ld) after writing: the flash mode is probably wrong.</source>
        <translation>Das Gerät bleibt nach dem Schreiben tot oder gibt nur Zeichensalat aus (etwa ~ld): Wahrscheinlich ist der Flash-Modus falsch.</translation>
    </message>
    <message>
        <source>The file asks for a fast flash mode (QIO or DIO) that this module&apos;s flash is not wired for; ESP8285 chips and most Tuya modules need DOUT.</source>
        <translation>Die Datei verlangt einen schnellen Flash-Modus (QIO oder DIO), für den der Flash-Speicher dieses Moduls nicht verdrahtet ist; ESP8285-Chips und die meisten Tuya-Module brauchen DOUT.</translation>
    </message>
    <message>
        <source>The flash size written in the file is wrong for this chip.</source>
        <translation>Die in der Datei eingetragene Flash-Größe passt nicht zu diesem Chip.</translation>
    </message>
    <message>
        <source>The write was incomplete or the file is damaged.</source>
        <translation>Das Schreiben wurde nicht vollständig abgeschlossen, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>Write the firmware again with the flash mode set to DOUT (Flashwright offers this as &quot;Re-flash as DOUT&quot;).</source>
        <translation>Schreiben Sie die Firmware erneut mit dem Flash-Modus DOUT (Flashwright bietet dafür „Als DOUT neu flashen“ an).</translation>
    </message>
    <message>
        <source>The connection to the chip broke down in the middle of the job.</source>
        <translation>Die Verbindung zum Chip ist mitten im Vorgang abgebrochen.</translation>
    </message>
    <message>
        <source>The chip does not get enough power: it needs peaks of 150 to 300 mA, more than the 3.3 V pin of many USB adapters gives, so it restarts.</source>
        <translation>Der Chip bekommt nicht genug Strom: Er braucht kurzzeitig 150 bis 300 mA, mehr als der 3,3-V-Pin vieler USB-Adapter liefert, und startet deshalb neu.</translation>
    </message>
    <message>
        <source>Long, thin or loose wires damage the data.</source>
        <translation>Lange, dünne oder lose Leitungen verfälschen die Daten.</translation>
    </message>
    <message>
        <source>The transfer speed (baud rate) is too high for this adapter.</source>
        <translation>Die Übertragungsgeschwindigkeit (Baudrate) ist zu hoch für diesen Adapter.</translation>
    </message>
    <message>
        <source>Power the module from a separate 3.3 V supply that gives at least 300 mA, with its GND joined to the adapter&apos;s GND; use short wires and a lower speed (115200 baud), then try again.</source>
        <translation>Versorgen Sie das Modul aus einer eigenen 3,3-V-Stromversorgung, die mindestens 300 mA liefert, und verbinden Sie deren GND mit dem GND des Adapters. Verwenden Sie kurze Leitungen und eine niedrigere Geschwindigkeit (115200 Baud) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The tool stopped waiting while the chip was still writing a very compressible part of the file.</source>
        <translation>Das Werkzeug hat aufgehört zu warten, während der Chip noch einen sehr stark komprimierbaren Teil der Datei geschrieben hat.</translation>
    </message>
    <message>
        <source>Long runs of identical bytes (empty space in a backup or a file system image) shrink to almost nothing on the wire, but the chip still has to erase and write all of it, and older tools do not wait long enough (a timeout).</source>
        <translation>Lange Folgen gleicher Bytes (leerer Platz in einer Sicherung oder einem Dateisystem-Abbild) schrumpfen bei der Übertragung fast auf nichts, aber der Chip muss trotzdem alles löschen und schreiben, und ältere Werkzeuge warten nicht lange genug (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>Write the file again without compression (esptool option --no-compress, or -u in older versions). Flashwright waits according to the real size and retries without compression by itself.</source>
        <translation>Schreiben Sie die Datei erneut ohne Komprimierung (esptool-Option --no-compress, in älteren Versionen -u). Flashwright wartet passend zur tatsächlichen Größe und versucht es von selbst ohne Komprimierung erneut.</translation>
    </message>
    <message>
        <source>Tasmotizer stopped on a problem it cannot handle.</source>
        <translation>Tasmotizer hat bei einem Problem abgebrochen, mit dem es nicht umgehen kann.</translation>
    </message>
    <message>
        <source>Tasmotizer supports only the ESP8266: ESP32 chips are refused or fail.</source>
        <translation>Tasmotizer unterstützt nur den ESP8266: ESP32-Chips werden abgelehnt, oder das Flashen schlägt fehl.</translation>
    </message>
    <message>
        <source>It can hang on macOS and crash when the connection to the device breaks.</source>
        <translation>Unter macOS kann es hängen bleiben, und es stürzt ab, wenn die Verbindung zum Gerät abbricht.</translation>
    </message>
    <message>
        <source>Use Flashwright&apos;s ESP wizard instead: it handles the ESP8266 and the ESP32, keeps one connection for backup and writing, and explains each error.</source>
        <translation>Verwenden Sie stattdessen den ESP-Assistenten von Flashwright: Er kann mit dem ESP8266 und dem ESP32 umgehen, nutzt eine einzige Verbindung für Sicherung und Schreiben und erklärt jeden Fehler.</translation>
    </message>
    <message>
        <source>tuya-convert waited for the device to join its Wi-Fi, and it never did.</source>
        <translation>tuya-convert hat darauf gewartet, dass sich das Gerät mit seinem WLAN verbindet, aber das ist nie passiert.</translation>
    </message>
    <message>
        <source>The device&apos;s firmware is too new: Tuya closed the gap tuya-convert uses (firmware from 2019 on).</source>
        <translation>Die Firmware des Geräts ist zu neu: Tuya hat die Lücke geschlossen, die tuya-convert nutzt (Firmware ab 2019).</translation>
    </message>
    <message>
        <source>The device was not in pairing mode (LED blinking fast), or no phone was connected to the vtrust-flash Wi-Fi.</source>
        <translation>Das Gerät war nicht im Kopplungsmodus (LED blinkt schnell), oder es war kein Smartphone mit dem WLAN vtrust-flash verbunden.</translation>
    </message>
    <message>
        <source>The device does not use an ESP chip: many newer Tuya devices use Beken (BK7231) or Realtek chips.</source>
        <translation>Das Gerät hat keinen ESP-Chip: Viele neuere Tuya-Geräte verwenden Chips von Beken (BK7231) oder Realtek.</translation>
    </message>
    <message>
        <source>Conversion over Wi-Fi is obsolete for this firmware: open the device and flash it over serial. For BK7231 devices use tuya-cloudcutter or ltchiptool.</source>
        <translation>Das Umflashen über WLAN funktioniert mit dieser Firmware nicht mehr: Öffnen Sie das Gerät und flashen Sie es über die serielle Schnittstelle. Für BK7231-Geräte verwenden Sie tuya-cloudcutter oder ltchiptool.</translation>
    </message>
    <message>
        <source>The new firmware is running; it now needs to be set up.</source>
        <translation>Die neue Firmware läuft; sie muss jetzt noch eingerichtet werden.</translation>
    </message>
    <message>
        <source>Tasmota opens its own Wi-Fi (tasmota_XXXXXX-####) for only 3 minutes after power-up; connect to it and open 192.168.4.1.</source>
        <translation>Tasmota öffnet nach dem Einschalten nur 3 Minuten lang ein eigenes WLAN (tasmota_XXXXXX-####). Verbinden Sie sich damit und öffnen Sie 192.168.4.1.</translation>
    </message>
    <message>
        <source>A relay that clicks about once a second, or buttons that do nothing, usually mean that no device template is applied yet, not that flashing failed.</source>
        <translation>Ein Relais, das etwa einmal pro Sekunde klickt, oder Tasten, die nichts tun, bedeuten meist, dass noch keine Gerätevorlage angewendet wurde, und nicht, dass das Flashen fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>On devices with a second microcontroller (TuyaMCU), the buttons work only after the TuyaMCU module is configured.</source>
        <translation>Bei Geräten mit einem zweiten Mikrocontroller (TuyaMCU) funktionieren die Tasten erst, wenn das Modul TuyaMCU eingerichtet ist.</translation>
    </message>
    <message>
        <source>Power-cycle the device, join the tasmota_... Wi-Fi within 3 minutes, enter your Wi-Fi details at 192.168.4.1, then apply the template for your device.</source>
        <translation>Schalten Sie das Gerät aus und wieder ein, verbinden Sie sich innerhalb von 3 Minuten mit dem WLAN tasmota_..., geben Sie unter 192.168.4.1 Ihre WLAN-Daten ein und wenden Sie dann die Gerätevorlage für Ihr Gerät an.</translation>
    </message>
    <message>
        <source>After one step finished, the chip left download mode, so the next step could not connect.</source>
        <translation>Nachdem ein Schritt fertig war, hat der Chip den Download-Modus verlassen, deshalb konnte sich der nächste Schritt nicht verbinden.</translation>
    </message>
    <message>
        <source>The tool restarts the chip after every step; a device without automatic reset wiring then runs its normal firmware.</source>
        <translation>Das Werkzeug startet den Chip nach jedem Schritt neu; ein Gerät ohne automatische Reset-Schaltung startet dann seine normale Firmware.</translation>
    </message>
    <message>
        <source>GPIO0 was released from GND before the power was switched off and on again.</source>
        <translation>GPIO0 wurde von GND getrennt, bevor der Strom aus- und wieder eingeschaltet wurde.</translation>
    </message>
    <message>
        <source>Before each step, switch the power off and on again with GPIO0 held to GND, or let Flashwright do backup, erase, write and check in one session with a single restart at the end.</source>
        <translation>Schalten Sie vor jedem Schritt den Strom aus und wieder ein, während GPIO0 mit GND verbunden ist. Oder lassen Sie Flashwright Sicherung, Löschen, Schreiben und Prüfen in einer einzigen Sitzung erledigen, mit nur einem Neustart am Ende.</translation>
    </message>
    <message>
        <source>The chip is not the type the tool or the file was made for.</source>
        <translation>Der Chip ist nicht von dem Typ, für den das Werkzeug oder die Datei gedacht ist.</translation>
    </message>
    <message>
        <source>An ESP32 was connected to a tool made only for the ESP8266 (such as Tasmotizer), or the other way round.</source>
        <translation>Ein ESP32 wurde an ein Werkzeug angeschlossen, das nur für den ESP8266 gedacht ist (zum Beispiel Tasmotizer), oder umgekehrt.</translation>
    </message>
    <message>
        <source>The wrong chip type was chosen (esptool option --chip).</source>
        <translation>Es wurde der falsche Chiptyp gewählt (esptool-Option --chip).</translation>
    </message>
    <message>
        <source>The firmware file was built for another chip.</source>
        <translation>Die Firmware-Datei wurde für einen anderen Chip erstellt.</translation>
    </message>
    <message>
        <source>Use the chip type that was detected (or automatic detection) and a firmware file made for it, for example tasmota32.factory.bin for an ESP32.</source>
        <translation>Verwenden Sie den erkannten Chiptyp (oder die automatische Erkennung) und eine Firmware-Datei, die dafür gemacht ist, zum Beispiel tasmota32.factory.bin für einen ESP32.</translation>
    </message>
    <message>
        <source>What is in the flash after writing differs from the file (checksum mismatch).</source>
        <translation>Der Inhalt des Flash-Speichers weicht nach dem Schreiben von der Datei ab (Prüfsumme stimmt nicht überein).</translation>
    </message>
    <message>
        <source>The power dipped while the flash was being written.</source>
        <translation>Die Stromversorgung ist eingebrochen, während der Flash-Speicher beschrieben wurde.</translation>
    </message>
    <message>
        <source>The flash is write-protected, faulty, or smaller than the file expects.</source>
        <translation>Der Flash-Speicher ist schreibgeschützt, defekt oder kleiner, als die Datei erwartet.</translation>
    </message>
    <message>
        <source>Data was damaged on long or loose wires.</source>
        <translation>Daten wurden auf langen oder losen Leitungen verfälscht.</translation>
    </message>
    <message>
        <source>Use a 3.3 V supply that gives at least 300 mA and short wires, erase the flash and write again. If the same error returns, the flash may be write-protected or faulty.</source>
        <translation>Verwenden Sie eine 3,3-V-Stromversorgung, die mindestens 300 mA liefert, und kurze Leitungen, löschen Sie den Flash-Speicher und schreiben Sie erneut. Tritt derselbe Fehler wieder auf, ist der Flash-Speicher womöglich schreibgeschützt oder defekt.</translation>
    </message>
    <message>
        <source>After writing, the flash is still empty: nothing was stored.</source>
        <translation>Nach dem Schreiben ist der Flash-Speicher immer noch leer: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The flash chip is write-protected (protection bits set by the original firmware).</source>
        <translation>Der Flash-Chip ist schreibgeschützt (Schutzbits, die die ursprüngliche Firmware gesetzt hat).</translation>
    </message>
    <message>
        <source>The flash chip is faulty or badly soldered.</source>
        <translation>Der Flash-Chip ist defekt oder schlecht gelötet.</translation>
    </message>
    <message>
        <source>The power dips whenever the flash is written.</source>
        <translation>Die Stromversorgung bricht jedes Mal ein, wenn der Flash-Speicher beschrieben wird.</translation>
    </message>
    <message>
        <source>Clear the flash write protection (esptool write_flash_status --non-volatile 0), check the 3.3 V supply, and write again.</source>
        <translation>Heben Sie den Schreibschutz des Flash-Speichers auf (esptool write_flash_status --non-volatile 0), prüfen Sie die 3,3-V-Stromversorgung und schreiben Sie erneut.</translation>
    </message>
    <message>
        <source>The data from the chip stopped in the middle of a message.</source>
        <translation>Die Daten vom Chip sind mitten in einer Nachricht abgebrochen.</translation>
    </message>
    <message>
        <source>The chip restarted, most often because its power dipped.</source>
        <translation>Der Chip ist neu gestartet, meistens weil seine Stromversorgung eingebrochen ist.</translation>
    </message>
    <message>
        <source>The adapter was unplugged or its cable is loose.</source>
        <translation>Der Adapter wurde abgezogen, oder sein Kabel ist locker.</translation>
    </message>
    <message>
        <source>Power the module from a separate 3.3 V supply of at least 300 mA, check the cable, lower the speed to 115200 baud and try again.</source>
        <translation>Versorgen Sie das Modul aus einer eigenen 3,3-V-Stromversorgung mit mindestens 300 mA, prüfen Sie das Kabel, senken Sie die Geschwindigkeit auf 115200 Baud und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The serial port is already in use by another program.</source>
        <translation>Der serielle Anschluss wird bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>A serial monitor, the Arduino IDE, a browser tab with a web flasher, ModemManager or another flashing tool has the port open.</source>
        <translation>Ein serieller Monitor, die Arduino IDE, ein Browser-Tab mit einem Web-Flasher, ModemManager oder ein anderes Flash-Werkzeug hat den Anschluss geöffnet.</translation>
    </message>
    <message>
        <source>On Windows, &quot;Access is denied&quot; also means that another program holds the port.</source>
        <translation>Unter Windows bedeutet „Zugriff verweigert“ ebenfalls, dass ein anderes Programm den Anschluss belegt.</translation>
    </message>
    <message>
        <source>Close the other program (serial monitor, web installer tab, other flasher) and try again. On Linux, sudo fuser -v /dev/ttyUSB0 shows which program holds the port.</source>
        <translation>Schließen Sie das andere Programm (seriellen Monitor, Browser-Tab mit Web-Installer, anderes Flash-Werkzeug) und versuchen Sie es erneut. Unter Linux zeigt sudo fuser -v /dev/ttyUSB0, welches Programm den Anschluss belegt.</translation>
    </message>
    <message>
        <source>The serial port named in the log does not exist.</source>
        <translation>Den im Protokoll genannten seriellen Anschluss gibt es nicht.</translation>
    </message>
    <message>
        <source>The adapter is unplugged, or it got a new name when it was plugged in again (ttyUSB1 instead of ttyUSB0).</source>
        <translation>Der Adapter ist nicht eingesteckt, oder er hat beim erneuten Einstecken einen neuen Namen bekommen (ttyUSB1 statt ttyUSB0).</translation>
    </message>
    <message>
        <source>The driver for the adapter is not installed.</source>
        <translation>Der Treiber für den Adapter ist nicht installiert.</translation>
    </message>
    <message>
        <source>Plug the adapter in and pick the port again from the list (flashwright-cli ports shows what is connected).</source>
        <translation>Stecken Sie den Adapter ein und wählen Sie den Anschluss erneut aus der Liste (flashwright-cli ports zeigt, was angeschlossen ist).</translation>
    </message>
    <message>
        <source>The adapter vanished or stopped answering while the port was open.</source>
        <translation>Der Adapter ist verschwunden oder hat nicht mehr geantwortet, während der Anschluss geöffnet war.</translation>
    </message>
    <message>
        <source>The USB cable or the adapter came loose, or the device was unplugged.</source>
        <translation>Das USB-Kabel oder der Adapter hat sich gelöst, oder das Gerät wurde abgezogen.</translation>
    </message>
    <message>
        <source>A power dip of the device also restarted the USB adapter.</source>
        <translation>Ein Einbruch der Stromversorgung am Gerät hat auch den USB-Adapter neu gestartet.</translation>
    </message>
    <message>
        <source>Another program read from the same port at the same time.</source>
        <translation>Ein anderes Programm hat gleichzeitig vom selben Anschluss gelesen.</translation>
    </message>
    <message>
        <source>Check the USB cable, plug the adapter straight into the computer (no hub), close other programs that use the port, and start again.</source>
        <translation>Prüfen Sie das USB-Kabel, stecken Sie den Adapter direkt am Computer ein (ohne Hub), schließen Sie andere Programme, die den Anschluss verwenden, und beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>The chip started its normal program instead of download mode.</source>
        <translation>Der Chip hat sein normales Programm gestartet statt des Download-Modus.</translation>
    </message>
    <message>
        <source>GPIO0 was not connected to GND when the power came on or the reset button was released.</source>
        <translation>GPIO0 war nicht mit GND verbunden, als der Strom eingeschaltet oder die Reset-Taste losgelassen wurde.</translation>
    </message>
    <message>
        <source>The board&apos;s automatic reset wiring (DTR/RTS) does not work with this adapter.</source>
        <translation>Die automatische Reset-Schaltung der Platine (DTR/RTS) funktioniert mit diesem Adapter nicht.</translation>
    </message>
    <message>
        <source>Hold GPIO0 (the BOOT or FLASH button) to GND, switch the power off and on or press reset, and try again.</source>
        <translation>Verbinden Sie GPIO0 mit GND (halten Sie dazu die Taste BOOT oder FLASH gedrückt), schalten Sie den Strom aus und wieder ein oder drücken Sie Reset, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The chip is in download mode but does not hear the computer.</source>
        <translation>Der Chip ist im Download-Modus, empfängt aber nichts vom Computer.</translation>
    </message>
    <message>
        <source>The wire from the adapter&apos;s TX to the chip&apos;s RX is missing, loose or on the wrong pin.</source>
        <translation>Die Leitung von TX am Adapter zu RX am Chip fehlt, ist lose oder steckt am falschen Pin.</translation>
    </message>
    <message>
        <source>Something else on the board drives the chip&apos;s RX line, for example a second microcontroller (TuyaMCU).</source>
        <translation>Etwas anderes auf der Platine steuert die RX-Leitung des Chips, zum Beispiel ein zweiter Mikrocontroller (TuyaMCU).</translation>
    </message>
    <message>
        <source>Check the wire from the adapter&apos;s TX to the chip&apos;s RX. On TuyaMCU devices, hold the second microcontroller in reset or disconnect it while flashing.</source>
        <translation>Prüfen Sie die Leitung von TX am Adapter zu RX am Chip. Bei TuyaMCU-Geräten halten Sie den zweiten Mikrocontroller während des Flashens im Reset oder trennen ihn ab.</translation>
    </message>
    <message>
        <source>The chip could not talk to its flash memory.</source>
        <translation>Der Chip konnte nicht mit seinem Flash-Speicher kommunizieren.</translation>
    </message>
    <message>
        <source>A loose solder joint at the flash chip, or a faulty flash chip.</source>
        <translation>Eine lose Lötstelle am Flash-Chip oder ein defekter Flash-Chip.</translation>
    </message>
    <message>
        <source>The power is too weak or unstable.</source>
        <translation>Die Stromversorgung ist zu schwach oder nicht stabil.</translation>
    </message>
    <message>
        <source>The connection failed right after the transfer speed was raised.</source>
        <translation>Die Verbindung ist direkt nach dem Erhöhen der Übertragungsgeschwindigkeit fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the 3.3 V supply and the soldering around the flash chip, then try again at 115200 baud.</source>
        <translation>Prüfen Sie die 3,3-V-Stromversorgung und die Lötstellen rund um den Flash-Chip und versuchen Sie es dann erneut mit 115200 Baud.</translation>
    </message>
    <message>
        <source>The connection failed right after switching to a higher speed.</source>
        <translation>Die Verbindung ist direkt nach dem Wechsel auf eine höhere Geschwindigkeit fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The adapter (a CH340 in particular) or long wires cannot keep up with this baud rate.</source>
        <translation>Der Adapter (vor allem ein CH340) oder lange Leitungen kommen bei dieser Baudrate nicht mit.</translation>
    </message>
    <message>
        <source>Try again at 460800 or 115200 baud; Flashwright falls back to a lower speed by itself.</source>
        <translation>Versuchen Sie es erneut mit 460800 oder 115200 Baud; Flashwright wechselt von selbst auf eine niedrigere Geschwindigkeit.</translation>
    </message>
    <message>
        <source>The file does not fit in the chip&apos;s flash memory.</source>
        <translation>Die Datei passt nicht in den Flash-Speicher des Chips.</translation>
    </message>
    <message>
        <source>The firmware is made for a module with more flash, for example a 4 MB build on a 1 MB Tuya module.</source>
        <translation>Die Firmware ist für ein Modul mit mehr Flash-Speicher gedacht, zum Beispiel eine 4-MB-Version auf einem Tuya-Modul mit 1 MB.</translation>
    </message>
    <message>
        <source>The write address is wrong.</source>
        <translation>Die Schreibadresse ist falsch.</translation>
    </message>
    <message>
        <source>Pick a firmware build for this flash size (for 1 MB Tuya modules, for example tasmota-lite), or check the write address.</source>
        <translation>Wählen Sie eine Firmware-Version für diese Flash-Größe (für Tuya-Module mit 1 MB zum Beispiel tasmota-lite) oder prüfen Sie die Schreibadresse.</translation>
    </message>
    <message>
        <source>This device&apos;s firmware is too new for tuya-convert.</source>
        <translation>Die Firmware dieses Geräts ist zu neu für tuya-convert.</translation>
    </message>
    <message>
        <source>Since 2019, Tuya firmware uses a key of its own for every device (PSK identity 02), so the conversion over Wi-Fi no longer works.</source>
        <translation>Seit 2019 verwendet die Tuya-Firmware für jedes Gerät einen eigenen Schlüssel (PSK identity 02), deshalb funktioniert das Umflashen über WLAN nicht mehr.</translation>
    </message>
    <message>
        <source>Open the device and flash it over serial with a USB-serial adapter. For BK7231 devices use tuya-cloudcutter or ltchiptool.</source>
        <translation>Öffnen Sie das Gerät und flashen Sie es mit einem USB-Seriell-Adapter über die serielle Schnittstelle. Für BK7231-Geräte verwenden Sie tuya-cloudcutter oder ltchiptool.</translation>
    </message>
    <message>
        <source>This device does not use an ESP chip, so ESP firmware such as Tasmota cannot be installed on it.</source>
        <translation>Dieses Gerät hat keinen ESP-Chip, deshalb kann ESP-Firmware wie Tasmota nicht darauf installiert werden.</translation>
    </message>
    <message>
        <source>Newer Tuya devices use Beken (BK7231) or Realtek chips, in modules such as WB2S, CB2S or WR3.</source>
        <translation>Neuere Tuya-Geräte verwenden Chips von Beken (BK7231) oder Realtek, in Modulen wie WB2S, CB2S oder WR3.</translation>
    </message>
    <message>
        <source>Look at the module printed on the board. For BK7231 modules use tuya-cloudcutter or ltchiptool with a firmware made for them (OpenBeken, or ESPHome through LibreTiny).</source>
        <translation>Sehen Sie nach, welches Modul auf der Platine aufgedruckt ist. Für BK7231-Module verwenden Sie tuya-cloudcutter oder ltchiptool mit einer passenden Firmware (OpenBeken oder ESPHome über LibreTiny).</translation>
    </message>
    <message>
        <source>The log shows a finished, verified write.</source>
        <translation>Das Protokoll zeigt einen abgeschlossenen und geprüften Schreibvorgang.</translation>
    </message>
    <message>
        <source>The tool compared what was written with the file (a checksum), and they matched.</source>
        <translation>Das Werkzeug hat das Geschriebene mit der Datei verglichen (über eine Prüfsumme), und beides stimmt überein.</translation>
    </message>
    <message>
        <source>Remove the GPIO0 bridge, then switch the device off and on to start the new firmware.</source>
        <translation>Entfernen Sie die Brücke zwischen GPIO0 und GND und schalten Sie das Gerät dann aus und wieder ein, damit die neue Firmware startet.</translation>
    </message>
    <message>
        <source>Nothing in this log matches a known ESP flashing problem.</source>
        <translation>Nichts in diesem Protokoll passt zu einem bekannten Problem beim Flashen von ESP-Chips.</translation>
    </message>
    <message>
        <source>The log is cut short, or comes from a tool Flashwright does not read (it reads esptool, Tasmotizer and tuya-convert output).</source>
        <translation>Das Protokoll ist unvollständig oder stammt von einem Werkzeug, das Flashwright nicht auswerten kann (es liest die Ausgaben von esptool, Tasmotizer und tuya-convert).</translation>
    </message>
    <message>
        <source>The problem happened later, in the device&apos;s own firmware.</source>
        <translation>Das Problem ist später aufgetreten, in der eigenen Firmware des Geräts.</translation>
    </message>
    <message>
        <source>Paste the complete output, from the command you ran to the last line. If nothing is recognised then either, export a support bundle and ask for help.</source>
        <translation>Fügen Sie die vollständige Ausgabe ein, vom ausgeführten Befehl bis zur letzten Zeile. Wird auch dann nichts erkannt, exportieren Sie ein Support-Paket und bitten Sie um Hilfe.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspEraseJob</name>
    <message>
        <source>Erase the flash</source>
        <translation>Flash-Speicher löschen</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspFinishJob</name>
    <message>
        <source>Start the new firmware</source>
        <translation>Neue Firmware starten</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspFlashOps</name>
    <message>
        <source>The range %1 to %2 is not inside this chip&apos;s flash (%3).</source>
        <translation>Der Bereich %1 bis %2 liegt nicht im Flash-Speicher dieses Chips (%3).</translation>
    </message>
    <message>
        <source>The file is bigger than the flash, or the offset points past its end.</source>
        <translation>Die Datei ist größer als der Flash-Speicher, oder der Offset zeigt hinter sein Ende.</translation>
    </message>
    <message>
        <source>The file was made for a module with more flash (e.g. 4 MB where this one has %1).</source>
        <translation>Die Datei wurde für ein Modul mit mehr Flash-Speicher gemacht (z. B. 4 MB, wo dieses nur %1 hat).</translation>
    </message>
    <message>
        <source>Check the offset, and use a build made for %1 of flash.</source>
        <translation>Prüfen Sie den Offset und verwenden Sie eine Version, die für %1 Flash-Speicher gebaut ist.</translation>
    </message>
    <message>
        <source>This loader cannot compute checksums of the flash: the %1 has no MD5 command, only the flasher stub has one.</source>
        <translation>Dieser Loader kann keine Prüfsummen des Flash-Speichers berechnen: Beim %1 gibt es keinen MD5-Befehl, nur der Flasher-Stub hat einen.</translation>
    </message>
    <message>
        <source>The connection runs through the chip&apos;s built-in boot ROM, which on the ESP8266 can only write.</source>
        <translation>Die Verbindung läuft über das eingebaute Boot-ROM des Chips. Beim ESP8266 kann es nur schreiben.</translation>
    </message>
    <message>
        <source>Writing still works; it just cannot be checked afterwards with this loader. Test the device after writing.</source>
        <translation>Schreiben funktioniert trotzdem. Es lässt sich mit diesem Loader nur nicht nachträglich prüfen. Testen Sie das Gerät nach dem Schreiben.</translation>
    </message>
    <message>
        <source>The chip answered the checksum request with %1 bytes that are not an MD5.</source>
        <translation>Der Chip hat die Prüfsummenabfrage mit %1 Bytes beantwortet, die keine MD5-Prüfsumme sind.</translation>
    </message>
    <message>
        <source>Bytes were damaged on the serial line.</source>
        <translation>Auf der seriellen Leitung wurden Bytes beschädigt.</translation>
    </message>
    <message>
        <source>Check the wiring, choose a lower baud rate and try again.</source>
        <translation>Prüfen Sie die Verkabelung, wählen Sie eine niedrigere Baudrate und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This loader cannot read flash: the %1 has no read command, so the flasher stub is needed for a backup.</source>
        <translation>Dieser Loader kann den Flash-Speicher nicht lesen: Beim %1 gibt es keinen Lesebefehl, daher ist für eine Sicherung der Flasher-Stub nötig.</translation>
    </message>
    <message>
        <source>Reading flash</source>
        <translation>Flash-Speicher wird gelesen</translation>
    </message>
    <message>
        <source>Reading flash a second time to check it</source>
        <translation>Flash-Speicher wird zur Kontrolle ein zweites Mal gelesen</translation>
    </message>
    <message>
        <source>Two reads of the flash gave different data.</source>
        <translation>Zwei Lesevorgänge des Flash-Speichers haben unterschiedliche Daten ergeben.</translation>
    </message>
    <message>
        <source>Bytes are damaged on the serial line.</source>
        <translation>Auf der seriellen Leitung werden Bytes beschädigt.</translation>
    </message>
    <message>
        <source>Use shorter wires or a lower baud rate and read again.</source>
        <translation>Verwenden Sie kürzere Leitungen oder eine niedrigere Baudrate und lesen Sie erneut.</translation>
    </message>
    <message>
        <source>Read %1 bytes at %2 in %3 s; the checksum matches.</source>
        <translation>%1 Bytes ab %2 in %3 s gelesen. Die Prüfsumme stimmt.</translation>
    </message>
    <message>
        <source>Checking what was read</source>
        <translation>Gelesene Daten werden geprüft</translation>
    </message>
    <message>
        <source>The data read differs from the chip&apos;s checksum; reading the damaged parts again.</source>
        <translation>Die gelesenen Daten passen nicht zur Prüfsumme des Chips. Die beschädigten Teile werden erneut gelesen.</translation>
    </message>
    <message>
        <source>Reading %1 bytes at %2 again.</source>
        <translation>%1 Bytes ab %2 werden erneut gelesen.</translation>
    </message>
    <message>
        <source>The data read does not match the chip&apos;s own checksum, even after reading the damaged parts again.</source>
        <translation>Die gelesenen Daten passen nicht zur Prüfsumme des Chips, auch nicht nach erneutem Lesen der beschädigten Teile.</translation>
    </message>
    <message>
        <source>Bytes are damaged on the serial line (noise, long wires, a baud rate too high for this adapter).</source>
        <translation>Auf der seriellen Leitung werden Bytes beschädigt (Störungen, lange Leitungen, eine für diesen Adapter zu hohe Baudrate).</translation>
    </message>
    <message>
        <source>The supply is unstable, so the flash reads back differently.</source>
        <translation>Die Stromversorgung ist instabil, daher liefert der Flash-Speicher beim Lesen unterschiedliche Daten.</translation>
    </message>
    <message>
        <source>Use short wires and a separate 3.3 V supply, choose a lower baud rate and read again.</source>
        <translation>Verwenden Sie kurze Leitungen und eine eigene 3,3-V-Stromversorgung, wählen Sie eine niedrigere Baudrate und lesen Sie erneut.</translation>
    </message>
    <message>
        <source>There is nothing to write: the data is empty.</source>
        <translation>Es gibt nichts zu schreiben: Die Daten sind leer.</translation>
    </message>
    <message>
        <source>The file chosen is empty.</source>
        <translation>Die gewählte Datei ist leer.</translation>
    </message>
    <message>
        <source>Choose the firmware file again.</source>
        <translation>Wählen Sie die Firmware-Datei erneut aus.</translation>
    </message>
    <message>
        <source>The offset %1 is not at the start of a 4 KiB flash sector.</source>
        <translation>Der Offset %1 liegt nicht am Anfang eines 4-KiB-Sektors im Flash-Speicher.</translation>
    </message>
    <message>
        <source>Flash is erased in 4 KiB sectors, so writing there would also wipe the bytes just before it.</source>
        <translation>Der Flash-Speicher wird in Sektoren von 4 KiB gelöscht. Ein Schreiben an dieser Stelle würde also auch die Bytes direkt davor löschen.</translation>
    </message>
    <message>
        <source>Use a multiple of 0x1000 (e.g. 0x0, 0x1000, 0x10000), as the firmware&apos;s instructions give it.</source>
        <translation>Verwenden Sie ein Vielfaches von 0x1000 (z. B. 0x0, 0x1000, 0x10000), so wie es in der Anleitung der Firmware steht.</translation>
    </message>
    <message>
        <source>Comparing with the flash</source>
        <translation>Vergleich mit dem Flash-Speicher</translation>
    </message>
    <message>
        <source>The flash at %1 already holds these %2 bytes; nothing to write.</source>
        <translation>Der Flash-Speicher enthält ab %1 bereits diese %2 Bytes. Es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 bytes (%2 sent) at %3 in %4 s (%5 kbit/s); %6 bytes were already in flash.</source>
        <translation>%1 Bytes (%2 gesendet) ab %3 in %4 s geschrieben (%5 kbit/s). %6 Bytes waren bereits im Flash-Speicher.</translation>
    </message>
    <message>
        <source>The write could not be verified with this loader (%1 has no checksum command). Check that the device starts.</source>
        <translation>Das Schreiben konnte mit diesem Loader nicht überprüft werden (beim %1 gibt es keinen Prüfsummenbefehl). Prüfen Sie, ob das Gerät startet.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Verification failed: the written flash region at %1 is empty (all 0xFF), the data never reached the flash.</source>
        <translation>Überprüfung fehlgeschlagen: Der beschriebene Flash-Bereich ab %1 ist leer (alles 0xFF). Die Daten sind nie im Flash-Speicher angekommen.</translation>
    </message>
    <message>
        <source>Verification failed: the flash at %1 does not hold what was written (the MD5 checksums differ).</source>
        <translation>Überprüfung fehlgeschlagen: Der Flash-Speicher ab %1 enthält nicht das, was geschrieben wurde (die MD5-Prüfsummen unterscheiden sich).</translation>
    </message>
    <message>
        <source>The supply sags while the flash is written: the ESP needs 150–300 mA peaks, more than many USB-serial adapters give.</source>
        <translation>Die Stromversorgung bricht beim Schreiben des Flash-Speichers ein: Der ESP braucht kurzzeitig 150–300 mA, mehr als viele USB-Seriell-Adapter liefern.</translation>
    </message>
    <message>
        <source>The flash is write-protected, or the chip cannot reach it (flash mode or wiring of the flash chip).</source>
        <translation>Der Flash-Speicher ist schreibgeschützt, oder der Chip erreicht ihn nicht (Flash-Modus oder Verdrahtung des Flash-Chips).</translation>
    </message>
    <message>
        <source>Bytes were damaged on the way, or the flash chip is worn.</source>
        <translation>Bytes wurden unterwegs beschädigt, oder der Flash-Chip ist abgenutzt.</translation>
    </message>
    <message>
        <source>Power the device from a separate 3.3 V supply of at least 300 mA with a common GND, choose a lower baud rate and write again. Do not unplug the device before a write succeeded.</source>
        <translation>Versorgen Sie das Gerät aus einer eigenen 3,3-V-Stromversorgung mit mindestens 300 mA und gemeinsamem GND, wählen Sie eine niedrigere Baudrate und schreiben Sie erneut. Trennen Sie das Gerät nicht, bevor ein Schreibvorgang erfolgreich war.</translation>
    </message>
    <message>
        <source>Verified: the flash at %1 matches (MD5 %2).</source>
        <translation>Überprüft: Der Flash-Speicher ab %1 stimmt überein (MD5 %2).</translation>
    </message>
    <message>
        <source>This loader cannot erase flash: the %1 has no erase command, only the flasher stub has one.</source>
        <translation>Dieser Loader kann den Flash-Speicher nicht löschen: Beim %1 gibt es keinen Löschbefehl, nur der Flasher-Stub hat einen.</translation>
    </message>
    <message>
        <source>You do not need a separate erase to flash firmware: writing erases the sectors it replaces. To wipe old settings, write a file of 0xFF bytes over that area. Nothing on the chip was changed.</source>
        <translation>Zum Flashen von Firmware müssen Sie nicht extra löschen: Beim Schreiben werden die ersetzten Sektoren gelöscht. Um alte Einstellungen zu entfernen, schreiben Sie eine Datei aus 0xFF-Bytes über diesen Bereich. Am Chip wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Erasing the whole flash</source>
        <translation>Gesamter Flash-Speicher wird gelöscht</translation>
    </message>
    <message>
        <source>Erased the whole flash in %1 s.</source>
        <translation>Gesamten Flash-Speicher in %1 s gelöscht.</translation>
    </message>
    <message>
        <source>The region %1 (%2 bytes) does not start and end on 4 KiB sector boundaries.</source>
        <translation>Der Bereich %1 (%2 Bytes) beginnt und endet nicht an den Grenzen von 4-KiB-Sektoren.</translation>
    </message>
    <message>
        <source>Flash can only be erased in whole 4 KiB sectors.</source>
        <translation>Der Flash-Speicher lässt sich nur in ganzen Sektoren von 4 KiB löschen.</translation>
    </message>
    <message>
        <source>Give an offset and a length that are multiples of 0x1000.</source>
        <translation>Geben Sie einen Offset und eine Länge an, die Vielfache von 0x1000 sind.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Erased %1 bytes at %2.</source>
        <translation>%1 Bytes ab %2 gelöscht.</translation>
    </message>
    <message>
        <source>The ESP8266&apos;s built-in boot ROM can only write flash. Reading needs the flasher stub, and this connection was made without it (--no-stub, or &quot;Use the chip&apos;s ROM loader only&quot; in the wizard).</source>
        <translation>Das eingebaute Boot-ROM des ESP8266 kann den Flash-Speicher nur beschreiben. Zum Lesen ist der Flasher-Stub nötig, und diese Verbindung wurde ohne ihn hergestellt (--no-stub oder „Nur den ROM-Lader des Chips verwenden“ im Assistenten).</translation>
    </message>
    <message>
        <source>Connect again without --no-stub (in the wizard, untick &quot;Use the chip&apos;s ROM loader only&quot;): Flashwright then loads its flasher stub and can back up the flash. Nothing on the chip was changed.</source>
        <translation>Verbinden Sie sich erneut ohne --no-stub (im Assistenten: Häkchen bei „Nur den ROM-Lader des Chips verwenden“ entfernen): Flashwright lädt dann seinen Flasher-Stub und kann den Flash-Speicher sichern. Am Chip wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The connection runs through the chip&apos;s built-in boot ROM, without the flasher stub (--no-stub, or &quot;Use the chip&apos;s ROM loader only&quot; in the wizard).</source>
        <translation>Die Verbindung läuft über das eingebaute Boot-ROM des Chips, ohne den Flasher-Stub (--no-stub oder „Nur den ROM-Lader des Chips verwenden“ im Assistenten).</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspFlashReader</name>
    <message>
        <source>the chip sent %1 bytes where %2 were asked for</source>
        <translation>der Chip hat %1 Bytes gesendet, angefordert waren %2</translation>
    </message>
    <message>
        <source>Reading %1 bytes at %2 again: %3</source>
        <translation>%1 Bytes ab %2 werden erneut gelesen: %3</translation>
    </message>
    <message>
        <source>no data arrived for %1 ms</source>
        <translation>%1 ms lang kamen keine Daten an</translation>
    </message>
    <message>
        <source>a data packet of %1 bytes arrived where %2 were expected</source>
        <translation>ein Datenpaket mit %1 Bytes kam an, erwartet waren %2</translation>
    </message>
    <message>
        <source>the stub sent more data than was asked for</source>
        <translation>der Stub hat mehr Daten gesendet als angefordert</translation>
    </message>
    <message>
        <source>the closing checksum frame is missing</source>
        <translation>das abschließende Datenpaket mit der Prüfsumme fehlt</translation>
    </message>
    <message>
        <source>the data does not match the stub&apos;s checksum (MD5 %1, stub says %2)</source>
        <translation>die Daten passen nicht zur Prüfsumme des Stubs (MD5 %1, laut Stub %2)</translation>
    </message>
    <message>
        <source>Reading the flash stopped at %1: %2.</source>
        <translation>Das Lesen des Flash-Speichers wurde bei %1 abgebrochen: %2.</translation>
    </message>
    <message>
        <source>Bytes were lost on the serial line: long or loose wires, or a baud rate too high for this adapter.</source>
        <translation>Auf der seriellen Leitung gingen Bytes verloren: lange oder lockere Leitungen oder eine für diesen Adapter zu hohe Baudrate.</translation>
    </message>
    <message>
        <source>The chip reset or lost power during the read (%1).</source>
        <translation>Der Chip wurde während des Lesens zurückgesetzt oder hat die Stromversorgung verloren (%1).</translation>
    </message>
    <message>
        <source>Check the wiring and the supply, choose a lower baud rate and read again. Nothing on the chip was changed.</source>
        <translation>Prüfen Sie Verkabelung und Stromversorgung, wählen Sie eine niedrigere Baudrate und lesen Sie erneut. Am Chip wurde nichts verändert.</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>bei %1, %2</translation>
    </message>
    <message>
        <source>Read abandoned; %1 bytes drained from the line</source>
        <translation>Lesen abgebrochen; %1 Bytes von der Leitung verworfen</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspFlashWriter</name>
    <message>
        <source>The block at %1 did not get through (%2). Writing %3 bytes from %4 again from the start%5.</source>
        <translation>Der Block bei %1 kam nicht durch (%2). %3 Bytes ab %4 werden noch einmal von vorn geschrieben%5.</translation>
    </message>
    <message>
        <source>, uncompressed this time</source>
        <translation>, diesmal unkomprimiert</translation>
    </message>
    <message>
        <source>The ESP8266 boot ROM cannot erase a single 4 KiB sector alone: the sector at %1, after the data, is erased too.</source>
        <translation>Das Boot-ROM des ESP8266 kann einen einzelnen 4-KiB-Sektor nicht allein löschen: Der Sektor bei %1 hinter den Daten wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>The chip did not start the write at %1, even after three tries.</source>
        <translation>Der Chip hat das Schreiben bei %1 auch nach drei Versuchen nicht begonnen.</translation>
    </message>
    <message>
        <source>Writing stopped at %1: the chip did not take a block, even after sending it again and starting the write over.</source>
        <translation>Das Schreiben wurde bei %1 abgebrochen: Der Chip hat einen Block nicht angenommen, auch nicht nach erneutem Senden und einem Neubeginn des Schreibens.</translation>
    </message>
    <message>
        <source>The last answer was: %1</source>
        <translation>Die letzte Antwort war: %1</translation>
    </message>
    <message>
        <source>The supply sags while the flash is written: the ESP needs 150–300 mA peaks, more than the 3.3 V pin of many USB-serial adapters gives.</source>
        <translation>Die Stromversorgung bricht beim Schreiben des Flash-Speichers ein: Der ESP braucht kurzzeitig 150–300 mA, mehr als der 3,3-V-Pin vieler USB-Seriell-Adapter liefert.</translation>
    </message>
    <message>
        <source>Long or loose wires, or a baud rate too high for this adapter, damage the data on the way.</source>
        <translation>Lange oder lockere Leitungen oder eine für diesen Adapter zu hohe Baudrate beschädigen die Daten unterwegs.</translation>
    </message>
    <message>
        <source>Power the device from a separate 3.3 V supply of at least 300 mA with a common GND, use short wires, choose a lower baud rate (115200) and write again. The old firmware may be damaged now, so do not unplug the device before a write succeeded.</source>
        <translation>Versorgen Sie das Gerät aus einer eigenen 3,3-V-Stromversorgung mit mindestens 300 mA und gemeinsamem GND, verwenden Sie kurze Leitungen, wählen Sie eine niedrigere Baudrate (115200) und schreiben Sie erneut. Die alte Firmware ist jetzt womöglich beschädigt. Trennen Sie das Gerät daher nicht, bevor ein Schreibvorgang erfolgreich war.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspIdentity</name>
    <message>
        <source>Espressif chip</source>
        <translation>Espressif-Chip</translation>
    </message>
    <message>
        <source>unknown chip</source>
        <translation>unbekannter Chip</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>ESP8266 boot ROM</source>
        <translation>ESP8266-Boot-ROM</translation>
    </message>
    <message>
        <source>%1 boot ROM</source>
        <translation>%1-Boot-ROM</translation>
    </message>
    <message>
        <source>flasher stub</source>
        <translation>Flasher-Stub</translation>
    </message>
    <message>
        <source>flasher stub (Flashwright %1)</source>
        <translation>Flasher-Stub (Flashwright %1)</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspImageCheck</name>
    <message>
        <source>This file is made for an %1, but the connected chip is an %2: written anyway, the device would not start.</source>
        <translation>Diese Datei ist für einen %1 gedacht, aber der angeschlossene Chip ist ein %2: Wenn Sie sie trotzdem schreiben, startet das Gerät nicht.</translation>
    </message>
    <message>
        <source>This is an application image without its boot loader: written at 0x0, the %1 would not start. Write it at 0x10000 with a boot loader at 0x1000, or use the complete image (for Tasmota, the .factory.bin file).</source>
        <translation>Dies ist ein Anwendungsabbild ohne seinen Bootloader: An 0x0 geschrieben, würde der %1 nicht starten. Schreiben Sie es an 0x10000 und einen Bootloader an 0x1000, oder verwenden Sie das vollständige Abbild (bei Tasmota die Datei .factory.bin).</translation>
    </message>
    <message>
        <source>The file has no start-up image (first byte 0xE9) at flash address %1, where the %2 looks for one: the device would not start. A file written there must begin with the boot loader.</source>
        <translation>Die Datei enthält an der Flash-Adresse %1, an der der %2 danach sucht, kein Startabbild (erstes Byte 0xE9): Das Gerät würde nicht starten. Eine Datei, die dort geschrieben wird, muss mit dem Bootloader beginnen.</translation>
    </message>
    <message>
        <source>The file&apos;s header asks for chip revision %1 or newer but at most %2, which no chip can meet: the header is damaged.</source>
        <translation>Der Header der Datei verlangt Chip-Revision %1 oder neuer, aber höchstens %2. Das kann kein Chip erfüllen: Der Header ist beschädigt.</translation>
    </message>
    <message>
        <source>The file needs chip revision %1 or newer, and the chip&apos;s revision is not known.</source>
        <translation>Die Datei braucht Chip-Revision %1 oder neuer, und die Revision des Chips ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The file needs chip revision %1 or newer, but the chip is revision %2.</source>
        <translation>Die Datei braucht Chip-Revision %1 oder neuer, aber der Chip hat Revision %2.</translation>
    </message>
    <message>
        <source>The file supports chip revisions up to %1, but the chip is revision %2.</source>
        <translation>Die Datei unterstützt Chip-Revisionen bis %1, aber der Chip hat Revision %2.</translation>
    </message>
    <message>
        <source>The file&apos;s header says the flash holds %1, but this chip has %2: the firmware may fail to start or lose its settings.</source>
        <translation>Laut Header der Datei hat der Flash-Speicher %1, aber dieser Chip hat %2: Die Firmware startet womöglich nicht oder verliert ihre Einstellungen.</translation>
    </message>
    <message>
        <source>The file&apos;s header says the flash holds %1, but this chip has %2: the firmware will use only part of the flash.</source>
        <translation>Laut Header der Datei hat der Flash-Speicher %1, aber dieser Chip hat %2: Die Firmware nutzt nur einen Teil des Flash-Speichers.</translation>
    </message>
    <message>
        <source>The file asks for the flash mode %1, but the flash of %2 is wired for DOUT only: with %1 the device would not start.</source>
        <translation>Die Datei verlangt den Flash-Modus %1, aber der Flash-Speicher des %2 ist nur für DOUT verdrahtet: Mit %1 würde das Gerät nicht starten.</translation>
    </message>
    <message>
        <source>Set the flash mode to DOUT: ESP8285 chips and Tuya modules wire their flash for it, and Tasmota recommends it for them.</source>
        <translation>Stellen Sie den Flash-Modus auf DOUT: Bei ESP8285-Chips und Tuya-Modulen ist der Flash-Speicher dafür verdrahtet, und Tasmota empfiehlt DOUT für sie.</translation>
    </message>
    <message>
        <source>Set the flash size to %1 to match the chip.</source>
        <translation>Stellen Sie die Flash-Größe passend zum Chip auf %1.</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to write.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <source>The write address %1 is negative.</source>
        <translation>Die Schreibadresse %1 ist negativ.</translation>
    </message>
    <message>
        <source>The write address %1 is not at the start of a 4 KB flash sector: the data before it in the same sector is erased too.</source>
        <translation>Die Schreibadresse %1 liegt nicht am Anfang eines 4-KB-Sektors im Flash-Speicher: Die Daten davor im selben Sektor werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>The file needs %1 of flash from address %2, but the chip has only %3 in all.</source>
        <translation>Die Datei braucht %1 Flash-Speicher ab Adresse %2, aber der Chip hat insgesamt nur %3.</translation>
    </message>
    <message>
        <source>The chip&apos;s flash size is not known, so Flashwright cannot check that the file fits.</source>
        <translation>Die Flash-Größe des Chips ist nicht bekannt, deshalb kann Flashwright nicht prüfen, ob die Datei hineinpasst.</translation>
    </message>
    <message>
        <source>The chip type is not known, so Flashwright cannot check that the file is made for it.</source>
        <translation>Der Chiptyp ist nicht bekannt, deshalb kann Flashwright nicht prüfen, ob die Datei für ihn gedacht ist.</translation>
    </message>
    <message>
        <source>This file should not be written to the connected device.</source>
        <translation>Diese Datei sollte nicht auf das angeschlossene Gerät geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a firmware file made for this chip and flash size. If you are sure, write it anyway with --force: the device may not start afterwards, so keep your backup.</source>
        <translation>Wählen Sie eine Firmware-Datei, die zu diesem Chip und dieser Flash-Größe passt. Wenn Sie sicher sind, schreiben Sie sie trotzdem mit --force: Das Gerät startet danach womöglich nicht mehr, bewahren Sie also Ihre Sicherung auf.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspLoader</name>
    <message>
        <source>%1 %2 = %3 (mask %4)</source>
        <translation>%1 %2 = %3 (Maske %4)</translation>
    </message>
    <message>
        <source>%1 seq %2, %3 bytes</source>
        <translation>%1 Nr. %2, %3 Bytes</translation>
    </message>
    <message>
        <source>%1 %2 bytes, %3 blocks of %4 at %5</source>
        <translation>%1 %2 Bytes, %3 Blöcke zu %4 ab %5</translation>
    </message>
    <message>
        <source>%1 (reboot)</source>
        <translation>%1 (Neustart)</translation>
    </message>
    <message>
        <source>%1 (stay)</source>
        <translation>%1 (im Bootloader bleiben)</translation>
    </message>
    <message>
        <source>%1, jump to %2</source>
        <translation>%1, Sprung nach %2</translation>
    </message>
    <message>
        <source>%1 to %2 (from %3)</source>
        <translation>%1 auf %2 (vorher %3)</translation>
    </message>
    <message>
        <source>%1, flash size %2 bytes</source>
        <translation>%1, Flash-Größe %2 Bytes</translation>
    </message>
    <message>
        <source>%1 at %2, %3 bytes</source>
        <translation>%1 ab %2, %3 Bytes</translation>
    </message>
    <message>
        <source>%1, %2 bytes of data</source>
        <translation>%1, %2 Bytes Daten</translation>
    </message>
    <message>
        <source>Ignored a damaged frame: %1</source>
        <translation>Beschädigtes Datenpaket ignoriert: %1</translation>
    </message>
    <message>
        <source>The chip did not answer %1 within %2 ms.</source>
        <translation>Der Chip hat nicht innerhalb von %2 ms auf %1 geantwortet.</translation>
    </message>
    <message>
        <source>The chip printed text instead of answering, so it has probably left its boot loader and runs its firmware (it printed: &quot;%1&quot;).</source>
        <translation>Der Chip hat Text ausgegeben, statt zu antworten. Er hat also wahrscheinlich seinen Bootloader verlassen und führt seine Firmware aus (Ausgabe: „%1“).</translation>
    </message>
    <message>
        <source>Its answers arrived damaged (%1 bytes, %2 unreadable frames): the baud rate %3 is too high for the adapter or the wires are too long.</source>
        <translation>Seine Antworten kamen beschädigt an (%1 Bytes, %2 unlesbare Datenpakete): Die Baudrate %3 ist zu hoch für den Adapter, oder die Leitungen sind zu lang.</translation>
    </message>
    <message>
        <source>It sent %1 replies to other commands instead.</source>
        <translation>Stattdessen hat er %1 Antworten auf andere Befehle gesendet.</translation>
    </message>
    <message>
        <source>The chip reset or lost power: it needs up to 300 mA, more than many USB adapters supply on their 3.3 V pin.</source>
        <translation>Der Chip wurde zurückgesetzt oder hat die Stromversorgung verloren: Er braucht bis zu 300 mA, mehr als viele USB-Adapter an ihrem 3,3-V-Pin liefern.</translation>
    </message>
    <message>
        <source>A loose TX, RX or GND wire.</source>
        <translation>Eine lockere TX-, RX- oder GND-Leitung.</translation>
    </message>
    <message>
        <source>Power the module from a separate 3.3 V supply with a common GND, check the wires, put the chip back into download mode (GPIO0 to GND while powering up) and retry.</source>
        <translation>Versorgen Sie das Modul aus einer eigenen 3,3-V-Stromversorgung mit gemeinsamem GND, prüfen Sie die Leitungen, bringen Sie den Chip wieder in den Download-Modus (GPIO0 beim Einschalten auf GND) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No answer to %1 within %2 ms</source>
        <translation>Keine Antwort auf %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 failed with status %2</source>
        <translation>%1 fehlgeschlagen mit Status %2</translation>
    </message>
    <message>
        <source>Dropped a damaged frame of %1 bytes</source>
        <translation>Beschädigtes Datenpaket mit %1 Bytes verworfen</translation>
    </message>
    <message>
        <source>Dropped %1 stale frames</source>
        <translation>%1 veraltete Datenpakete verworfen</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspLogDiagnoser</name>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>esptool version</source>
        <translation>esptool-Version</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Crystal</source>
        <translation>Quarz</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Flash-Größe</translation>
    </message>
    <message>
        <source>Flash mode</source>
        <translation>Flash-Modus</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>Loader</source>
        <translation>Ladeprogramm</translation>
    </message>
    <message>
        <source>flasher stub</source>
        <translation>Flasher-Stub</translation>
    </message>
    <message>
        <source>boot ROM (no flasher stub)</source>
        <translation>Boot-ROM (ohne Flasher-Stub)</translation>
    </message>
    <message>
        <source>Reading the log failed part-way.</source>
        <translation>Das Lesen des Protokolls ist mittendrin fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Save the log to a file on this computer and try again.</source>
        <translation>Speichern Sie das Protokoll in einer Datei auf diesem Computer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The log file %1 does not exist.</source>
        <translation>Die Protokolldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The path is misspelt, or the file was moved or deleted.</source>
        <translation>Der Pfad ist falsch geschrieben, oder die Datei wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Check the path, or paste the log text instead.</source>
        <translation>Prüfen Sie den Pfad, oder fügen Sie stattdessen den Text des Protokolls ein.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a log file.</source>
        <translation>%1 ist ein Ordner, keine Protokolldatei.</translation>
    </message>
    <message>
        <source>A folder was chosen where a saved log was expected.</source>
        <translation>Es wurde ein Ordner gewählt, wo ein gespeichertes Protokoll erwartet wurde.</translation>
    </message>
    <message>
        <source>Choose the text file that holds the tool&apos;s output (for tuya-convert, the smarthack-*.log files).</source>
        <translation>Wählen Sie die Textdatei, die die Ausgabe des Werkzeugs enthält (bei tuya-convert die Dateien smarthack-*.log).</translation>
    </message>
    <message>
        <source>The log file %1 cannot be opened.</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Give yourself read access (chmod u+r &quot;%1&quot;) or copy the log to a folder you own.</source>
        <translation>Geben Sie sich Leserechte (chmod u+r &quot;%1&quot;) oder kopieren Sie das Protokoll in einen Ordner, der Ihnen gehört.</translation>
    </message>
    <message>
        <source>Check that it is a readable text file, or paste the log text instead.</source>
        <translation>Prüfen Sie, ob es eine lesbare Textdatei ist, oder fügen Sie stattdessen den Text des Protokolls ein.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspReset</name>
    <message>
        <source>classic reset (%1 ms)</source>
        <translation>klassischer Reset (%1 ms)</translation>
    </message>
    <message>
        <source>unix tight reset (%1 ms)</source>
        <translation>Unix-Tight-Reset (%1 ms)</translation>
    </message>
    <message>
        <source>USB-JTAG-serial reset</source>
        <translation>USB-JTAG-Seriell-Reset</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspRestoreJob</name>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup %1 holds %2 bytes, more than this chip&apos;s %3 of flash.</source>
        <translation>Die Sicherung %1 enthält %2 Bytes, mehr als die %3 Flash-Speicher dieses Chips.</translation>
    </message>
    <message>
        <source>It was taken from another device with a bigger flash chip.</source>
        <translation>Sie stammt von einem anderen Gerät mit einem größeren Flash-Chip.</translation>
    </message>
    <message>
        <source>Restore the backup made from this device (its file name carries the MAC %1).</source>
        <translation>Stellen Sie die Sicherung wieder her, die von diesem Gerät stammt (ihr Dateiname enthält die MAC %1).</translation>
    </message>
    <message>
        <source>The backup was taken from the device with MAC %1, but this one is %2.</source>
        <translation>Die Sicherung stammt vom Gerät mit der MAC %1, dieses Gerät hat aber %2.</translation>
    </message>
    <message>
        <source>The file changed since the backup was made: its MD5 is not the one recorded next to it.</source>
        <translation>Die Datei hat sich seit dem Erstellen der Sicherung verändert: Ihre MD5-Prüfsumme ist nicht die, die daneben gespeichert ist.</translation>
    </message>
    <message>
        <source>The backup %1 does not look like this device&apos;s own.</source>
        <translation>Die Sicherung %1 scheint nicht von diesem Gerät zu stammen.</translation>
    </message>
    <message>
        <source>Pick the backup of this device. If you are sure this file is right, restore it with --force (&quot;Restore anyway&quot;).</source>
        <translation>Wählen Sie die Sicherung dieses Geräts. Wenn Sie sicher sind, dass diese Datei richtig ist, stellen Sie sie mit --force wieder her („Trotzdem wiederherstellen“).</translation>
    </message>
    <message>
        <source>Restoring anyway: %1</source>
        <translation>Wird trotzdem wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup was taken from %1 bytes of flash; this chip has %2.</source>
        <translation>Die Sicherung stammt von %1 Bytes Flash-Speicher. Dieser Chip hat %2.</translation>
    </message>
    <message>
        <source>Restoring %1 (%2 bytes) at 0x0.</source>
        <translation>%1 (%2 Bytes) wird ab 0x0 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspSession</name>
    <message>
        <source>%1 is the chip&apos;s own USB port (USB-JTAG-serial); using its reset sequence.</source>
        <translation>%1 ist der eigene USB-Anschluss des Chips (USB-JTAG-Seriell). Seine Reset-Abfolge wird verwendet.</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Chip: %1, MAC %2, crystal %3, flash %4 (JEDEC id %5), answered by the %6.</source>
        <translation>Chip: %1, MAC %2, Quarz %3, Flash %4 (JEDEC-ID %5), Antwort vom %6.</translation>
    </message>
    <message>
        <source>This is probably a Tuya %1 module.</source>
        <translation>Dies ist wahrscheinlich ein Tuya-Modul %1.</translation>
    </message>
    <message>
        <source>There is no connection to the chip.</source>
        <translation>Es besteht keine Verbindung zum Chip.</translation>
    </message>
    <message>
        <source>The connection was closed, or connecting failed earlier.</source>
        <translation>Die Verbindung wurde geschlossen, oder das Verbinden ist zuvor fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connect to the device again, then retry.</source>
        <translation>Verbinden Sie sich erneut mit dem Gerät und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Connecting to the chip&apos;s boot loader</source>
        <translation>Verbindung zum Bootloader des Chips wird hergestellt</translation>
    </message>
    <message>
        <source>The chip printed nothing after the reset: its reset lines may not be wired, or it was already waiting in its boot loader.</source>
        <translation>Der Chip hat nach dem Reset nichts ausgegeben: Seine Reset-Leitungen sind vielleicht nicht angeschlossen, oder er wartete bereits in seinem Bootloader.</translation>
    </message>
    <message>
        <source>A flasher stub is already running and answers.</source>
        <translation>Ein Flasher-Stub läuft bereits und antwortet.</translation>
    </message>
    <message>
        <source>The boot loader answers (attempt %1).</source>
        <translation>Der Bootloader antwortet (Versuch %1).</translation>
    </message>
    <message>
        <source>Identifying the chip</source>
        <translation>Chip wird erkannt</translation>
    </message>
    <message>
        <source>Setting the transfer speed</source>
        <translation>Übertragungsgeschwindigkeit wird eingestellt</translation>
    </message>
    <message>
        <source>Restarting the device</source>
        <translation>Gerät wird neu gestartet</translation>
    </message>
    <message>
        <source>After the reset the chip printed: %1</source>
        <translation>Nach dem Reset hat der Chip ausgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes at another baud</source>
        <translation>
            <numerusform>%n Byte mit einer anderen Baudrate</numerusform>
            <numerusform>%n Bytes mit einer anderen Baudrate</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarted the device through its reset line; it now starts its firmware.</source>
        <translation>Das Gerät wurde über seine Reset-Leitung neu gestartet. Es startet jetzt seine Firmware.</translation>
    </message>
    <message>
        <source>Remove the connection between GPIO0 and GND, then switch the device off and on again to start its firmware.</source>
        <translation>Entfernen Sie die Verbindung zwischen GPIO0 und GND und schalten Sie das Gerät dann aus und wieder ein, um seine Firmware zu starten.</translation>
    </message>
    <message>
        <source>This device cannot be restarted from here: switch it off and on again to start its firmware (first remove any connection between GPIO0 and GND).</source>
        <translation>Dieses Gerät lässt sich von hier aus nicht neu starten: Schalten Sie es aus und wieder ein, um seine Firmware zu starten (entfernen Sie vorher jede Verbindung zwischen GPIO0 und GND).</translation>
    </message>
    <message>
        <source>Keeping to the chip&apos;s boot ROM, as asked: it can write, but not read, erase or verify, and it stays at the connect baud.</source>
        <translation>Wie gewünscht wird nur das Boot-ROM des Chips verwendet: Es kann schreiben, aber nicht lesen, löschen oder prüfen, und es bleibt bei der Baudrate des Verbindungsaufbaus.</translation>
    </message>
    <message>
        <source>Starting the flasher stub</source>
        <translation>Flasher-Stub wird gestartet</translation>
    </message>
    <message>
        <source>Using the stub image in %1.</source>
        <translation>Das Stub-Abbild in %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Connect options: port %1, connect at %2 baud, transfer at %3 baud, reset %4, %5.</source>
        <translation>Verbindungsoptionen: Anschluss %1, Verbindungsaufbau mit %2 Baud, Übertragung mit %3 Baud, Reset %4, %5.</translation>
    </message>
    <message>
        <source>boot ROM only (no stub)</source>
        <translation>nur Boot-ROM (ohne Stub)</translation>
    </message>
    <message>
        <source>flasher stub on the ESP8266 (built in)</source>
        <translation>Flasher-Stub auf dem ESP8266 (in Flashwright enthalten)</translation>
    </message>
    <message>
        <source>flasher stub on the ESP8266 from %1</source>
        <translation>Flasher-Stub auf dem ESP8266 aus %1</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspSessionJob</name>
    <message>
        <source>The device is not connected.</source>
        <translation>Das Gerät ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The connection was closed, or connecting failed earlier.</source>
        <translation>Die Verbindung wurde geschlossen, oder das Verbinden ist zuvor fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connect to the device again, then repeat this step.</source>
        <translation>Verbinden Sie sich erneut mit dem Gerät und wiederholen Sie dann diesen Schritt.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspStubImage</name>
    <message>
        <source>Point --stub-image at the output folder of a complete stub build, or leave the option out to use the stub built into Flashwright.</source>
        <translation>Geben Sie bei --stub-image den Ausgabeordner eines vollständig gebauten Stubs an, oder lassen Sie die Option weg, um den in Flashwright enthaltenen Stub zu verwenden.</translation>
    </message>
    <message>
        <source>Reinstall Flashwright, or rebuild it with the ESP8266 (lx106) toolchain installed. To go on without the stub, use --no-stub (in the wizard: &quot;Use the chip&apos;s ROM loader only&quot;): writing still works, but slower and without backup or verification.</source>
        <translation>Installieren Sie Flashwright neu, oder bauen Sie es mit installierter ESP8266-Toolchain (lx106) neu. Um ohne den Stub weiterzumachen, verwenden Sie --no-stub (im Assistenten: „Nur den ROM-Lader des Chips verwenden“): Schreiben funktioniert dann weiterhin, aber langsamer und ohne Sicherung oder Prüfung.</translation>
    </message>
    <message>
        <source>This program&apos;s ESP8266 flasher stub is missing.</source>
        <translation>Der ESP8266-Flasher-Stub dieses Programms fehlt.</translation>
    </message>
    <message>
        <source>There is no ESP8266 flasher stub in %1.</source>
        <translation>In %1 gibt es keinen ESP8266-Flasher-Stub.</translation>
    </message>
    <message>
        <source>This copy of Flashwright was built without its ESP8266 stub (%1 is not in it).</source>
        <translation>Diese Kopie von Flashwright wurde ohne ihren ESP8266-Stub gebaut (%1 ist nicht enthalten).</translation>
    </message>
    <message>
        <source>The folder %1 has no readable %2; a stub build puts text.bin, data.bin and layout.json there.</source>
        <translation>Im Ordner %1 gibt es keine lesbare Datei %2; beim Bauen des Stubs werden dort text.bin, data.bin und layout.json abgelegt.</translation>
    </message>
    <message>
        <source>This program&apos;s ESP8266 flasher stub is damaged: %1.</source>
        <translation>Der ESP8266-Flasher-Stub dieses Programms ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>The ESP8266 flasher stub in %1 is damaged: %2.</source>
        <translation>Der ESP8266-Flasher-Stub in %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>The files were changed or damaged after the build.</source>
        <translation>Die Dateien wurden nach dem Bauen verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>The stub build wrote a layout that does not match its code.</source>
        <translation>Beim Bauen des Stubs wurde ein Layout geschrieben, das nicht zu seinem Code passt.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the chip&apos;s RAM</source>
        <translation>%1 hat %2 Bytes, mehr als der RAM des Chips fasst</translation>
    </message>
    <message>
        <source>layout.json is not a JSON object (%1)</source>
        <translation>layout.json ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>layout.json lacks the number &quot;%1&quot;</source>
        <translation>in layout.json fehlt die Zahl „%1“</translation>
    </message>
    <message>
        <source>text.bin has %1 bytes, layout.json says %2</source>
        <translation>text.bin hat %1 Bytes, laut layout.json %2</translation>
    </message>
    <message>
        <source>data.bin has %1 bytes, layout.json says %2</source>
        <translation>data.bin hat %1 Bytes, laut layout.json %2</translation>
    </message>
    <message>
        <source>layout.json has no build id</source>
        <translation>layout.json enthält keine Build-ID</translation>
    </message>
    <message>
        <source>its code does not match its build id (SHA-256 %1, layout.json says %2)</source>
        <translation>sein Code passt nicht zu seiner Build-ID (SHA-256 %1, laut layout.json %2)</translation>
    </message>
    <message>
        <source>it has no code</source>
        <translation>er enthält keinen Code</translation>
    </message>
    <message>
        <source>its memory limits (IRAM up to %1, DRAM up to %2) are not the ESP8266&apos;s</source>
        <translation>seine Speichergrenzen (IRAM bis %1, DRAM bis %2) passen nicht zum ESP8266</translation>
    </message>
    <message>
        <source>its segments do not start on a word boundary</source>
        <translation>seine Segmente beginnen nicht an einer Wortgrenze</translation>
    </message>
    <message>
        <source>its code (%1 bytes at %2) does not fit in IRAM below %3</source>
        <translation>sein Code (%1 Bytes ab %2) passt nicht in den IRAM unterhalb von %3</translation>
    </message>
    <message>
        <source>its data (%1 bytes at %2) does not fit in DRAM below %3</source>
        <translation>seine Daten (%1 Bytes ab %2) passen nicht in den DRAM unterhalb von %3</translation>
    </message>
    <message>
        <source>its zeroed data (%1 to %2) lies outside DRAM below %3</source>
        <translation>seine mit Nullen gefüllten Daten (%1 bis %2) liegen außerhalb des DRAM unterhalb von %3</translation>
    </message>
    <message>
        <source>its data and its zeroed data overlap</source>
        <translation>seine Daten und seine mit Nullen gefüllten Daten überschneiden sich</translation>
    </message>
    <message>
        <source>its entry point %1 is not inside its code (%2 to %3)</source>
        <translation>sein Einsprungpunkt %1 liegt nicht in seinem Code (%2 bis %3)</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspStubLoader</name>
    <message>
        <source>Uploading the flasher stub (%1): %2 bytes of code to %3.</source>
        <translation>Flasher-Stub wird hochgeladen (%1): %2 Bytes Code nach %3.</translation>
    </message>
    <message>
        <source>Uploading the flasher stub (%1): %2 bytes of code to %3, %4 bytes of data to %5.</source>
        <translation>Flasher-Stub wird hochgeladen (%1): %2 Bytes Code nach %3, %4 Bytes Daten nach %5.</translation>
    </message>
    <message>
        <source>Uploaded in %1 s; starting the stub at %2.</source>
        <translation>In %1 s hochgeladen; der Stub wird bei %2 gestartet.</translation>
    </message>
    <message>
        <source>Flasher stub running (%1), %2 s after the upload began.</source>
        <translation>Flasher-Stub läuft (%1), %2 s nach Beginn des Hochladens.</translation>
    </message>
    <message>
        <source>%1 failed with status %2</source>
        <translation>%1 fehlgeschlagen mit Status %2</translation>
    </message>
    <message>
        <source>Waiting for the stub&apos;s greeting, ignored a frame of %1 bytes</source>
        <translation>Beim Warten auf die Begrüßung des Stubs ein Datenpaket mit %1 Bytes ignoriert</translation>
    </message>
    <message>
        <source>No greeting from the stub within %1 ms after the ROM answered MEM_END (%2 bytes received since).</source>
        <translation>Keine Begrüßung vom Stub innerhalb von %1 ms, nachdem das ROM auf MEM_END geantwortet hat (seitdem %2 Bytes empfangen).</translation>
    </message>
    <message>
        <source>No answer to MEM_END and no greeting from the stub within %1 ms (%2 bytes received since).</source>
        <translation>Innerhalb von %1 ms keine Antwort auf MEM_END und keine Begrüßung vom Stub (seitdem %2 Bytes empfangen).</translation>
    </message>
    <message>
        <source>The flasher stub was uploaded but did not start: its greeting never came.</source>
        <translation>Der Flasher-Stub wurde hochgeladen, ist aber nicht gestartet: Seine Begrüßung kam nie an.</translation>
    </message>
    <message>
        <source>The chip restarted instead (it printed: &quot;%1&quot;).</source>
        <translation>Der Chip ist stattdessen neu gestartet (er hat ausgegeben: „%1“).</translation>
    </message>
    <message>
        <source>Bytes of the upload were lost or damaged at %1 baud: some USB-serial adapters drop bytes in long transfers, and then the stub in RAM is broken.</source>
        <translation>Beim Hochladen mit %1 Baud gingen Bytes verloren oder wurden beschädigt: Manche USB-Seriell-Adapter verlieren bei langen Übertragungen Bytes, und dann ist der Stub im RAM fehlerhaft.</translation>
    </message>
    <message>
        <source>The chip stopped answering: it may have reset on an unsteady 3.3 V supply.</source>
        <translation>Der Chip antwortet nicht mehr: Vielleicht wurde er wegen einer instabilen 3,3-V-Stromversorgung zurückgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>The chip sent %n other frame(s) instead of the greeting.</source>
        <translation>
            <numerusform>Der Chip hat statt der Begrüßung %n anderes Datenpaket gesendet.</numerusform>
            <numerusform>Der Chip hat statt der Begrüßung %n andere Datenpakete gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry. If it fails again, connect at a lower baud (for example --connect-baud 57600), or use --no-stub (in the wizard: &quot;Use the chip&apos;s ROM loader only&quot;) to write through the chip&apos;s ROM: slower, and without backup or verification.</source>
        <translation>Versuchen Sie es erneut. Schlägt es wieder fehl, verbinden Sie sich mit einer niedrigeren Baudrate (zum Beispiel --connect-baud 57600) oder verwenden Sie --no-stub (im Assistenten: „Nur den ROM-Lader des Chips verwenden“), um über das ROM des Chips zu schreiben: langsamer und ohne Sicherung oder Prüfung.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspVerifyJob</name>
    <message>
        <source>Compare the flash with the files</source>
        <translation>Flash-Speicher mit den Dateien vergleichen</translation>
    </message>
    <message>
        <source>This loader can neither read the flash nor compute its checksum, so there is nothing to compare with (%1).</source>
        <translation>Dieser Loader kann den Flash-Speicher weder lesen noch seine Prüfsumme berechnen. Daher gibt es nichts zu vergleichen (%1).</translation>
    </message>
    <message>
        <source>Comparing with the files</source>
        <translation>Vergleich mit den Dateien</translation>
    </message>
    <message>
        <source>The flash at %1 matches %2.</source>
        <translation>Der Flash-Speicher ab %1 stimmt mit %2 überein.</translation>
    </message>
    <message>
        <source>The flash at %1 differs from %2.</source>
        <translation>Der Flash-Speicher ab %1 weicht von %2 ab.</translation>
    </message>
    <message>
        <source>The ESP8266&apos;s built-in boot ROM can only write; comparing needs the flasher stub, and this connection was made without it (--no-stub).</source>
        <translation>Das eingebaute Boot-ROM des ESP8266 kann nur schreiben. Zum Vergleichen ist der Flasher-Stub nötig, und diese Verbindung wurde ohne ihn hergestellt (--no-stub).</translation>
    </message>
    <message>
        <source>Connect again without --no-stub so that Flashwright loads its flasher stub and compares the flash by MD5, or check the device by starting it: power-cycle it without GPIO0 bridged and watch its serial output.</source>
        <translation>Verbinden Sie sich erneut ohne --no-stub, damit Flashwright seinen Flasher-Stub lädt und den Flash-Speicher per MD5 vergleicht. Oder prüfen Sie das Gerät, indem Sie es starten: Schalten Sie es ohne Brücke an GPIO0 aus und wieder ein und beobachten Sie seine serielle Ausgabe.</translation>
    </message>
</context>
<context>
    <name>fw::esp::EspWriteJob</name>
    <message>
        <source>Write the firmware</source>
        <translation>Firmware schreiben</translation>
    </message>
    <message>
        <source>Writing %1 (%2 bytes) at %3.</source>
        <translation>%1 (%2 Bytes) wird ab %3 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fw::esp::ImageInfo</name>
    <message>
        <source>The file is too short to hold an ESP image header (%1 bytes).</source>
        <translation>Die Datei ist zu kurz für einen ESP-Abbild-Header (%1 Bytes).</translation>
    </message>
    <message>
        <source>The image ends inside its first segment header.</source>
        <translation>Das Abbild endet innerhalb seines ersten Segment-Headers.</translation>
    </message>
    <message>
        <source>The image ends inside its IROM segment.</source>
        <translation>Das Abbild endet innerhalb seines IROM-Segments.</translation>
    </message>
    <message>
        <source>This is an ESP8266 version 2 image (an IROM block followed by the main image).</source>
        <translation>Dies ist ein ESP8266-Abbild der Version 2 (ein IROM-Block, gefolgt vom Hauptabbild).</translation>
    </message>
    <message>
        <source>This is not an ESP application image: the first byte is 0x%1, not 0xE9.</source>
        <translation>Dies ist kein ESP-Anwendungsabbild: Das erste Byte ist 0x%1, nicht 0xE9.</translation>
    </message>
    <message>
        <source>The image does not say clearly whether it is for an ESP8266 or an ESP32; it was read as ESP8266.</source>
        <translation>Das Abbild gibt nicht eindeutig an, ob es für einen ESP8266 oder einen ESP32 ist; es wurde als ESP8266 gelesen.</translation>
    </message>
    <message>
        <source>The image ends inside its extended header.</source>
        <translation>Das Abbild endet innerhalb seines erweiterten Headers.</translation>
    </message>
    <message>
        <source>The header announces %1 segments; a valid image has 1 to 16.</source>
        <translation>Der Header kündigt %1 Segmente an; ein gültiges Abbild hat 1 bis 16.</translation>
    </message>
    <message>
        <source>The image is truncated: it ends before segment %1 of %2.</source>
        <translation>Das Abbild ist abgeschnitten: Es endet vor Segment %1 von %2.</translation>
    </message>
    <message>
        <source>The image is truncated: segment %1 at %2 needs %3 bytes, but the file ends %4 bytes later.</source>
        <translation>Das Abbild ist abgeschnitten: Segment %1 bei %2 braucht %3 Bytes, aber die Datei endet %4 Bytes später.</translation>
    </message>
    <message>
        <source>The image is truncated: its checksum byte is missing.</source>
        <translation>Das Abbild ist abgeschnitten: Sein Prüfsummenbyte fehlt.</translation>
    </message>
    <message>
        <source>The image checksum does not match (stored 0x%1, computed 0x%2): the file is damaged.</source>
        <translation>Die Prüfsumme des Abbilds stimmt nicht (gespeichert 0x%1, berechnet 0x%2): Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The image is truncated: its SHA-256 digest is missing.</source>
        <translation>Das Abbild ist abgeschnitten: Sein SHA-256-Hash fehlt.</translation>
    </message>
    <message>
        <source>The image&apos;s SHA-256 digest does not match its contents: the file is damaged.</source>
        <translation>Der SHA-256-Hash des Abbilds passt nicht zu seinem Inhalt: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The entry point %1 is outside the ESP8266&apos;s instruction RAM; the image may be for another chip.</source>
        <translation>Der Einsprungpunkt %1 liegt außerhalb des Befehls-RAM des ESP8266; das Abbild ist womöglich für einen anderen Chip.</translation>
    </message>
    <message>
        <source>The flash mode and size were left as they are: there is no 0xE9 image header at the boot loader offset.</source>
        <translation>Flash-Modus und -Größe wurden unverändert gelassen: Am Bootloader-Offset steht kein 0xE9-Abbild-Header.</translation>
    </message>
    <message>
        <source>The flash mode and size were left as they are: the image does not verify.</source>
        <translation>Flash-Modus und -Größe wurden unverändert gelassen: Das Abbild lässt sich nicht verifizieren.</translation>
    </message>
</context>
<context>
    <name>fw::esp::sim::EspDemos</name>
    <message>
        <source>ESP8266 Tuya plug (TYWE3S) in download mode</source>
        <translation>ESP8266-Tuya-Steckdose (TYWE3S) im Download-Modus</translation>
    </message>
    <message>
        <source>A Tuya smart plug with a TYWE3S module (ESP8266, 1 MB flash), wired by hand with GPIO0 bridged to GND: the boot ROM prints at 74880 baud, then its serial loader answers at any baud. It has no compression, no MD5 and no flash read, and FLASH_BEGIN erases too much unless the flasher corrects the size.</source>
        <translation>Eine Tuya-Smart-Steckdose mit TYWE3S-Modul (ESP8266, 1 MB Flash), von Hand verdrahtet mit GPIO0 auf GND gebrückt: Das Boot-ROM sendet mit 74880 Baud, danach antwortet sein serieller Loader mit jeder Baudrate. Er beherrscht keine Komprimierung, kein MD5 und kein Flash-Lesen, und FLASH_BEGIN löscht zu viel, wenn der Flasher die Größe nicht korrigiert.</translation>
    </message>
    <message>
        <source>ESP32 development board (4 MB flash)</source>
        <translation>ESP32-Entwicklungsplatine (4 MB Flash)</translation>
    </message>
    <message>
        <source>An ESP32 board held in its boot ROM&apos;s loader (BOOT pressed at power-up): it needs SPI_ATTACH before flash access, takes compressed writes, reports MD5 checksums, reads flash 64 bytes at a time and can change its baud rate.</source>
        <translation>Eine ESP32-Platine, die im Loader ihres Boot-ROMs gehalten wird (BOOT beim Einschalten gedrückt): Sie braucht SPI_ATTACH vor dem Flash-Zugriff, nimmt komprimierte Schreibvorgänge an, meldet MD5-Prüfsummen, liest den Flash in 64-Byte-Stücken und kann ihre Baudrate ändern.</translation>
    </message>
</context>
<context>
    <name>fw::telink::MiActivateJob</name>
    <message>
        <source>Mi activation</source>
        <translation>Mi-Aktivierung</translation>
    </message>
    <message>
        <source>Reading the device</source>
        <translation>Gerät wird gelesen</translation>
    </message>
    <message>
        <source>the services were cached from older firmware; reading them again</source>
        <translation>die Dienste stammen aus dem Speicher einer älteren Firmware; sie werden neu gelesen</translation>
    </message>
    <message>
        <source>The thermometer does not run the stock Xiaomi firmware (it runs %1): there is nothing to activate.</source>
        <translation>Auf dem Thermometer läuft nicht die originale Xiaomi-Firmware (sondern %1): Es gibt nichts zu aktivieren.</translation>
    </message>
    <message>
        <source>Custom firmware needs no Mi activation or login.</source>
        <translation>Eigene Firmware braucht keine Mi-Aktivierung und keine Anmeldung.</translation>
    </message>
    <message>
        <source>Flash it directly with &apos;flashwright-cli telink ota&apos;.</source>
        <translation>Flashen Sie sie direkt mit &apos;flashwright-cli telink ota&apos;.</translation>
    </message>
    <message>
        <source>The thermometer has a new registration now and must be re-added in Mi Home to be used there again (remove it in Mi Home, then add it anew).</source>
        <translation>Das Thermometer hat jetzt eine neue Registrierung und muss in Mi Home neu hinzugefügt werden, um dort wieder nutzbar zu sein (entfernen Sie es in Mi Home und fügen Sie es dann neu hinzu).</translation>
    </message>
</context>
<context>
    <name>fw::telink::MiAuth</name>
    <message>
        <source>registration ok</source>
        <translation>Registrierung ok</translation>
    </message>
    <message>
        <source>registration failed</source>
        <translation>Registrierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>registration verified</source>
        <translation>Registrierung bestätigt</translation>
    </message>
    <message>
        <source>registration not verified</source>
        <translation>Registrierung nicht bestätigt</translation>
    </message>
    <message>
        <source>login ok</source>
        <translation>Anmeldung ok</translation>
    </message>
    <message>
        <source>invalid long-term key</source>
        <translation>ungültiger Langzeitschlüssel</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>bereits registriert</translation>
    </message>
    <message>
        <source>already logged in</source>
        <translation>bereits angemeldet</translation>
    </message>
    <message>
        <source>invalid out-of-band data</source>
        <translation>ungültige Out-of-Band-Daten</translation>
    </message>
    <message>
        <source>unknown status 0x%1</source>
        <translation>unbekannter Status 0x%1</translation>
    </message>
</context>
<context>
    <name>fw::telink::MiCrypto</name>
    <message>
        <source>The Mi key exchange failed: %1.</source>
        <translation>Der Mi-Schlüsselaustausch ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>OpenSSL reports: %1</source>
        <translation>OpenSSL meldet: %1</translation>
    </message>
    <message>
        <source>The device sent a public key that is not a point on the P-256 curve (a garbled transfer or a firmware this tool does not know).</source>
        <translation>Das Gerät hat einen öffentlichen Schlüssel gesendet, der kein Punkt auf der P-256-Kurve ist (eine gestörte Übertragung oder eine Firmware, die dieses Programm nicht kennt).</translation>
    </message>
    <message>
        <source>Reconnect and try again; if it keeps failing, take the keys from Mi Home with the Xiaomi cloud tokens extractor and use Login.</source>
        <translation>Verbinden Sie sich neu und versuchen Sie es erneut. Wenn es weiter fehlschlägt, holen Sie die Schlüssel mit dem Xiaomi cloud tokens extractor aus Mi Home und nutzen Sie die Anmeldung.</translation>
    </message>
    <message>
        <source>cannot build key parameters</source>
        <translation>Schlüsselparameter können nicht erstellt werden</translation>
    </message>
    <message>
        <source>invalid P-256 key</source>
        <translation>ungültiger P-256-Schlüssel</translation>
    </message>
    <message>
        <source>cannot read the public key</source>
        <translation>der öffentliche Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a public key must have 64 bytes, not %1</source>
        <translation>ein öffentlicher Schlüssel muss 64 Bytes haben, nicht %1</translation>
    </message>
    <message>
        <source>cannot generate a P-256 key</source>
        <translation>es kann kein P-256-Schlüssel erzeugt werden</translation>
    </message>
    <message>
        <source>cannot read the private key</source>
        <translation>der private Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a private key must have 32 bytes</source>
        <translation>ein privater Schlüssel muss 32 Bytes haben</translation>
    </message>
    <message>
        <source>cannot set up P-256</source>
        <translation>P-256 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot compute the public key</source>
        <translation>der öffentliche Schlüssel kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>the device&apos;s public key was refused</source>
        <translation>der öffentliche Schlüssel des Geräts wurde abgelehnt</translation>
    </message>
    <message>
        <source>ECDH failed</source>
        <translation>ECDH fehlgeschlagen</translation>
    </message>
    <message>
        <source>HKDF is not available</source>
        <translation>HKDF ist nicht verfügbar</translation>
    </message>
    <message>
        <source>HKDF failed</source>
        <translation>HKDF fehlgeschlagen</translation>
    </message>
    <message>
        <source>HMAC failed</source>
        <translation>HMAC fehlgeschlagen</translation>
    </message>
    <message>
        <source>AES-128 needs a 16-byte key</source>
        <translation>AES-128 braucht einen 16-Byte-Schlüssel</translation>
    </message>
    <message>
        <source>AES-CCM set-up failed</source>
        <translation>Einrichtung von AES-CCM fehlgeschlagen</translation>
    </message>
    <message>
        <source>AES-CCM failed</source>
        <translation>AES-CCM fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fw::telink::MiSession</name>
    <message>
        <source>The device has no Mi authentication service (0xFE95 with 0x0010 and 0x0019).</source>
        <translation>Das Gerät hat keinen Mi-Authentifizierungsdienst (0xFE95 mit 0x0010 und 0x0019).</translation>
    </message>
    <message>
        <source>It does not run the stock Xiaomi firmware: custom firmware (pvvx, atc1441) needs no Mi login.</source>
        <translation>Auf ihm läuft nicht die originale Xiaomi-Firmware: Eigene Firmware (pvvx, atc1441) braucht keine Mi-Anmeldung.</translation>
    </message>
    <message>
        <source>The computer shows services cached from another firmware.</source>
        <translation>Der Computer zeigt Dienste, die von einer anderen Firmware gespeichert sind.</translation>
    </message>
    <message>
        <source>Flash without a Mi token; if the device does run stock firmware, remove it in the system&apos;s Bluetooth settings and connect again.</source>
        <translation>Flashen Sie ohne Mi-Token. Falls auf dem Gerät doch die originale Firmware läuft, entfernen Sie es in den Bluetooth-Einstellungen des Systems und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The device is not registered, so it has no token to log in with.</source>
        <translation>Das Gerät ist nicht registriert, daher hat es keinen Token für die Anmeldung.</translation>
    </message>
    <message>
        <source>It was never added to Mi Home, or it was reset.</source>
        <translation>Es wurde nie zu Mi Home hinzugefügt oder wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Run &apos;flashwright-cli telink activate --ble ADDRESS&apos; first, then log in with the token it prints.</source>
        <translation>Führen Sie zuerst &apos;flashwright-cli telink activate --ble ADDRESS&apos; aus und melden Sie sich dann mit dem Token an, den es ausgibt.</translation>
    </message>
    <message>
        <source>The device refused the Mi login (%1): the token does not match.</source>
        <translation>Das Gerät hat die Mi-Anmeldung abgelehnt (%1): Der Token passt nicht.</translation>
    </message>
    <message>
        <source>The token is wrong or belongs to another device.</source>
        <translation>Der Token ist falsch oder gehört zu einem anderen Gerät.</translation>
    </message>
    <message>
        <source>The device was added to Mi Home again (or activated here) since the token was taken: every pairing makes a new token.</source>
        <translation>Das Gerät wurde seit dem Auslesen des Tokens erneut zu Mi Home hinzugefügt (oder hier aktiviert): Jede Kopplung erzeugt einen neuen Token.</translation>
    </message>
    <message>
        <source>Take the current token from Mi Home with the Xiaomi cloud tokens extractor, or activate the device again here (it then has to be re-added in Mi Home).</source>
        <translation>Holen Sie den aktuellen Token mit dem Xiaomi cloud tokens extractor aus Mi Home, oder aktivieren Sie das Gerät hier erneut (danach muss es in Mi Home neu hinzugefügt werden).</translation>
    </message>
    <message>
        <source>The device answered the Mi %1 with: %2.</source>
        <translation>Das Gerät antwortete auf die Mi-%1 mit: %2.</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>A frame was lost or garbled on the way (weak signal, busy adapter).</source>
        <translation>Ein Datenpaket ging unterwegs verloren oder wurde gestört (schwaches Signal, ausgelasteter Adapter).</translation>
    </message>
    <message>
        <source>This firmware version speaks a variant of the exchange.</source>
        <translation>Diese Firmware-Version nutzt eine Variante des Austauschs.</translation>
    </message>
    <message>
        <source>Move closer, reconnect and try again; if it keeps failing, take the keys from Mi Home with the Xiaomi cloud tokens extractor.</source>
        <translation>Gehen Sie näher heran, verbinden Sie sich neu und versuchen Sie es erneut. Wenn es weiter fehlschlägt, holen Sie die Schlüssel mit dem Xiaomi cloud tokens extractor aus Mi Home.</translation>
    </message>
    <message>
        <source>Mi activation</source>
        <translation>Mi-Aktivierung</translation>
    </message>
    <message>
        <source>register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>the device is registered already (device id %1); a new activation replaces that registration</source>
        <translation>das Gerät ist bereits registriert (Geräte-ID %1); eine neue Aktivierung ersetzt diese Registrierung</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>keys exchanged</source>
        <translation>Schlüssel ausgetauscht</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>register done</source>
        <translation>Registrierung abgeschlossen</translation>
    </message>
    <message>
        <source>activated; the device must be re-added in Mi Home</source>
        <translation>aktiviert; das Gerät muss in Mi Home neu hinzugefügt werden</translation>
    </message>
    <message>
        <source>The device stopped answering during the Mi activation (at the %1 step).</source>
        <translation>Das Gerät hat während der Mi-Aktivierung aufgehört zu antworten (beim Schritt „%1“).</translation>
    </message>
    <message>
        <source>Stock firmware 2.1.1_0159 (sold since 2023) cannot be activated locally: it hangs after the key exchange.</source>
        <translation>Die originale Firmware 2.1.1_0159 (seit 2023 im Handel) kann nicht lokal aktiviert werden: Sie hängt nach dem Schlüsselaustausch.</translation>
    </message>
    <message>
        <source>The connection is weak or the battery is low.</source>
        <translation>Die Verbindung ist schwach oder die Batterie ist fast leer.</translation>
    </message>
    <message>
        <source>Add the thermometer to Mi Home on a phone, take its token and bind key with the Xiaomi cloud tokens extractor (github.com/PiotrMachowski/Xiaomi-cloud-tokens-extractor), then flash with --mi-token TOKEN: the login works where the activation hangs.</source>
        <translation>Fügen Sie das Thermometer auf einem Handy zu Mi Home hinzu, holen Sie seinen Token und Bind-Key mit dem Xiaomi cloud tokens extractor (github.com/PiotrMachowski/Xiaomi-cloud-tokens-extractor) und flashen Sie dann mit --mi-token TOKEN: Die Anmeldung funktioniert, wo die Aktivierung hängt.</translation>
    </message>
    <message>
        <source>Mi login</source>
        <translation>Mi-Anmeldung</translation>
    </message>
    <message>
        <source>A Mi token has 12 bytes (24 hex digits); this one has %1.</source>
        <translation>Ein Mi-Token hat 12 Bytes (24 Hex-Ziffern); dieser hat %1.</translation>
    </message>
    <message>
        <source>The bind key (32 hex digits) was given instead of the token, or the token was cut short when copied.</source>
        <translation>Statt des Tokens wurde der Bind-Key (32 Hex-Ziffern) angegeben, oder der Token wurde beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>Copy the token (24 hex digits) from the activation output or the tokens extractor again.</source>
        <translation>Kopieren Sie den Token (24 Hex-Ziffern) erneut aus der Ausgabe der Aktivierung oder aus dem tokens extractor.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>Zufallswert</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>the device&apos;s confirmation does not match this token</source>
        <translation>die Bestätigung des Geräts passt nicht zu diesem Token</translation>
    </message>
    <message>
        <source>Mi login ok</source>
        <translation>Mi-Anmeldung erfolgreich</translation>
    </message>
    <message>
        <source>The device stopped answering during the Mi login (at the %1 step).</source>
        <translation>Das Gerät hat während der Mi-Anmeldung nicht mehr geantwortet (beim Schritt %1).</translation>
    </message>
    <message>
        <source>This firmware speaks a variant of the login this tool does not know.</source>
        <translation>Diese Firmware verwendet eine Variante der Anmeldung, die dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>Move the thermometer closer, reinsert the battery and try again.</source>
        <translation>Bringen Sie das Thermometer näher heran, setzen Sie die Batterie neu ein und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkAdvert</name>
    <message>
        <source>Zigbee/BLE hybrid</source>
        <translation>Zigbee/BLE-Hybrid</translation>
    </message>
    <message>
        <source>custom (pvvx or atc1441)</source>
        <translation>angepasst (pvvx oder atc1441)</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>BTHome (custom)</source>
        <translation>BTHome (angepasst)</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 % humidity</source>
        <translation>%1 % Luftfeuchtigkeit</translation>
    </message>
    <message>
        <source>battery %1 % (%2 V)</source>
        <translation>Batterie %1 % (%2 V)</translation>
    </message>
    <message>
        <source>battery %1 %</source>
        <translation>Batterie %1 %</translation>
    </message>
    <message>
        <source>readings encrypted (stock firmware)</source>
        <translation>Messwerte verschlüsselt (Original-Firmware)</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkExtOta</name>
    <message>
        <source>Clearing the update area</source>
        <translation>Aktualisierungsbereich wird gelöscht</translation>
    </message>
    <message>
        <source>extended update: asking to clear %1 KiB at 0x%2</source>
        <translation>erweiterte Aktualisierung: Anfrage zum Löschen von %1 KiB bei 0x%2</translation>
    </message>
    <message>
        <source>The thermometer did not answer the request for an extended update.</source>
        <translation>Das Thermometer hat auf die Anfrage für eine erweiterte Aktualisierung nicht geantwortet.</translation>
    </message>
    <message>
        <source>Its firmware is older than pvvx 4.6 and has no extended update.</source>
        <translation>Seine Firmware ist älter als pvvx 4.6 und hat keine erweiterte Aktualisierung.</translation>
    </message>
    <message>
        <source>The connection stalled (macOS and some adapters never start it).</source>
        <translation>Die Verbindung ist hängen geblieben (macOS und manche Adapter starten sie nie).</translation>
    </message>
    <message>
        <source>Update to pvvx BLE firmware 4.6 or newer first, then reconnect and try again; if it still stalls, use another adapter or a phone.</source>
        <translation>Aktualisieren Sie zuerst auf die pvvx-BLE-Firmware 4.6 oder neuer, verbinden Sie sich dann neu und versuchen Sie es erneut. Wenn es immer noch hängt, verwenden Sie einen anderen Adapter oder ein Handy.</translation>
    </message>
    <message>
        <source>sector at 0x%1 cleared</source>
        <translation>Sektor bei 0x%1 gelöscht</translation>
    </message>
    <message>
        <source>extended update area ready (%1 sectors cleared)</source>
        <translation>Bereich für erweiterte Aktualisierung bereit (%1 Sektoren gelöscht)</translation>
    </message>
    <message>
        <source>The thermometer is busy with another update.</source>
        <translation>Das Thermometer ist mit einer anderen Aktualisierung beschäftigt.</translation>
    </message>
    <message>
        <source>An earlier update is still running or was interrupted.</source>
        <translation>Eine frühere Aktualisierung läuft noch oder wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Take the battery out for a few seconds, put it back and try again.</source>
        <translation>Nehmen Sie die Batterie für ein paar Sekunden heraus, setzen Sie sie wieder ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The thermometer refused the size of this firmware for an extended update.</source>
        <translation>Das Thermometer hat die Größe dieser Firmware für eine erweiterte Aktualisierung abgelehnt.</translation>
    </message>
    <message>
        <source>The file is larger than its update area (under 208 KiB) or too small.</source>
        <translation>Die Datei ist größer als sein Aktualisierungsbereich (unter 208 KiB) oder zu klein.</translation>
    </message>
    <message>
        <source>Check that the file is meant for this thermometer.</source>
        <translation>Prüfen Sie, ob die Datei für dieses Thermometer gedacht ist.</translation>
    </message>
    <message>
        <source>extended update status %1</source>
        <translation>Status der erweiterten Aktualisierung %1</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkFileCheck</name>
    <message>
        <source>Download the firmware again from its official page, check that the download finished, and choose the new file.</source>
        <translation>Laden Sie die Firmware erneut von ihrer offiziellen Seite herunter, prüfen Sie, ob der Download fertig ist, und wählen Sie die neue Datei.</translation>
    </message>
    <message>
        <source>The firmware file is incomplete.</source>
        <translation>Die Firmware-Datei ist unvollständig.</translation>
    </message>
    <message>
        <source>The download stopped early or the file was cut while copying.</source>
        <translation>Der Download hat zu früh aufgehört oder die Datei wurde beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>The firmware file has a damaged header, so the device would reject it.</source>
        <translation>Der Header der Firmware-Datei ist beschädigt, deshalb würde das Gerät sie ablehnen.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was built.</source>
        <translation>Die Datei wurde nach dem Erstellen verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>It is a raw flash dump or a file for another device, not an OTA firmware.</source>
        <translation>Es ist ein roher Auszug des Flash-Speichers oder eine Datei für ein anderes Gerät, keine OTA-Firmware.</translation>
    </message>
    <message>
        <source>This firmware copy is marked as replaced and would never start.</source>
        <translation>Diese Kopie der Firmware ist als ersetzt markiert und würde nie starten.</translation>
    </message>
    <message>
        <source>The file was read back from the device&apos;s spare firmware area after an update.</source>
        <translation>Die Datei wurde nach einer Aktualisierung aus dem Reservebereich für Firmware des Geräts zurückgelesen.</translation>
    </message>
    <message>
        <source>Use the original firmware file (for example ATC_v58.bin from the pvvx releases) instead of a read-back copy.</source>
        <translation>Verwenden Sie die Original-Firmware-Datei (zum Beispiel ATC_v58.bin aus den Releases von pvvx) statt einer zurückgelesenen Kopie.</translation>
    </message>
    <message>
        <source>The size written inside the firmware file does not match the file.</source>
        <translation>Die Größe, die in der Firmware-Datei steht, passt nicht zur Datei.</translation>
    </message>
    <message>
        <source>Data was added to or cut from the file after it was built.</source>
        <translation>Nach dem Erstellen wurden Daten an die Datei angehängt oder von ihr abgeschnitten.</translation>
    </message>
    <message>
        <source>The file was built without the Telink post-build step that seals the size and checksum.</source>
        <translation>Die Datei wurde ohne den Telink-Nachbearbeitungsschritt erstellt, der Größe und Prüfsumme festschreibt.</translation>
    </message>
    <message>
        <source>The firmware file is damaged: its checksum does not match its content.</source>
        <translation>Die Firmware-Datei ist beschädigt: Ihre Prüfsumme passt nicht zu ihrem Inhalt.</translation>
    </message>
    <message>
        <source>The download was corrupted or the file was edited.</source>
        <translation>Der Download war fehlerhaft oder die Datei wurde bearbeitet.</translation>
    </message>
    <message>
        <source>This Zigbee update file is for a different device, not a Telink thermometer.</source>
        <translation>Diese Zigbee-Aktualisierungsdatei ist für ein anderes Gerät, nicht für ein Telink-Thermometer.</translation>
    </message>
    <message>
        <source>Zigbee update collections hold files for many brands; this one was picked by mistake.</source>
        <translation>Sammlungen von Zigbee-Aktualisierungen enthalten Dateien für viele Marken; diese hier wurde versehentlich gewählt.</translation>
    </message>
    <message>
        <source>Choose a .zigbee file made for the LYWSD03MMC, for example one from pvvx/ZigbeeTLc (image type 020a).</source>
        <translation>Wählen Sie eine .zigbee-Datei für das LYWSD03MMC, zum Beispiel eine aus pvvx/ZigbeeTLc (Abbildtyp 020a).</translation>
    </message>
    <message>
        <source>The Zigbee update file has a damaged header.</source>
        <translation>Der Header der Zigbee-Aktualisierungsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file was corrupted during download or is not a Zigbee OTA file.</source>
        <translation>Die Datei wurde beim Herunterladen beschädigt oder ist keine Zigbee-OTA-Datei.</translation>
    </message>
    <message>
        <source>The firmware file is empty.</source>
        <translation>Die Firmware-Datei ist leer.</translation>
    </message>
    <message>
        <source>The download failed or saved nothing.</source>
        <translation>Der Download ist fehlgeschlagen oder hat nichts gespeichert.</translation>
    </message>
    <message>
        <source>Download the firmware again and choose the new file.</source>
        <translation>Laden Sie die Firmware erneut herunter und wählen Sie die neue Datei.</translation>
    </message>
    <message>
        <source>This is firmware for an ESP8266/ESP32 chip, not for a Telink thermometer.</source>
        <translation>Das ist Firmware für einen ESP8266/ESP32-Chip, nicht für ein Telink-Thermometer.</translation>
    </message>
    <message>
        <source>The file starts with 0xE9, the mark of ESP images (Tasmota, ESPHome, ...).</source>
        <translation>Die Datei beginnt mit 0xE9, dem Kennzeichen von ESP-Abbildern (Tasmota, ESPHome, ...).</translation>
    </message>
    <message>
        <source>Choose a Telink firmware such as ATC_v58.bin, or flash this file to an ESP device instead.</source>
        <translation>Wählen Sie eine Telink-Firmware wie ATC_v58.bin oder flashen Sie diese Datei stattdessen auf ein ESP-Gerät.</translation>
    </message>
    <message>
        <source>This is a compressed archive, not a firmware image.</source>
        <translation>Das ist ein komprimiertes Archiv, kein Firmware-Abbild.</translation>
    </message>
    <message>
        <source>Firmware releases are often shipped as .zip or .gz files.</source>
        <translation>Firmware-Versionen werden oft als .zip- oder .gz-Dateien veröffentlicht.</translation>
    </message>
    <message>
        <source>Unpack the archive and choose the .bin or .zigbee file inside it.</source>
        <translation>Entpacken Sie das Archiv und wählen Sie die .bin- oder .zigbee-Datei darin.</translation>
    </message>
    <message>
        <source>This file is not a Telink firmware image.</source>
        <translation>Diese Datei ist kein Telink-Firmware-Abbild.</translation>
    </message>
    <message>
        <source>It has neither the Telink signature &quot;KNLT&quot; nor a Zigbee OTA header.</source>
        <translation>Sie hat weder die Telink-Signatur &quot;KNLT&quot; noch einen Zigbee-OTA-Header.</translation>
    </message>
    <message>
        <source>A web page or error message may have been saved instead of the firmware.</source>
        <translation>Vielleicht wurde statt der Firmware eine Webseite oder eine Fehlermeldung gespeichert.</translation>
    </message>
    <message>
        <source>Download the firmware again (for example ATC_v58.bin) and choose the .bin or .zigbee file.</source>
        <translation>Laden Sie die Firmware erneut herunter (zum Beispiel ATC_v58.bin) und wählen Sie die .bin- oder .zigbee-Datei.</translation>
    </message>
    <message>
        <source>The Zigbee update file holds too small an image to be a real firmware.</source>
        <translation>Die Zigbee-Aktualisierungsdatei enthält ein zu kleines Abbild für eine echte Firmware.</translation>
    </message>
    <message>
        <source>The image inside has %1 bytes; real firmware has at least 2048.</source>
        <translation>Das Abbild darin hat %1 Bytes; echte Firmware hat mindestens 2048.</translation>
    </message>
    <message>
        <source>Download the .zigbee file again from its official page.</source>
        <translation>Laden Sie die .zigbee-Datei erneut von ihrer offiziellen Seite herunter.</translation>
    </message>
    <message>
        <source>A .zigbee file can only be installed through the pvvx extended update.</source>
        <translation>Eine .zigbee-Datei kann nur über die erweiterte Aktualisierung von pvvx installiert werden.</translation>
    </message>
    <message>
        <source>The standard update can only replace the firmware with another Bluetooth firmware of at most 128 KiB; Zigbee firmware is written to a different area.</source>
        <translation>Die Standard-Aktualisierung kann die Firmware nur durch eine andere Bluetooth-Firmware mit höchstens 128 KiB ersetzen; Zigbee-Firmware wird in einen anderen Bereich geschrieben.</translation>
    </message>
    <message>
        <source>First install the custom pvvx firmware (ATC_v58.bin, version 4.6 or newer), reconnect, then choose this .zigbee file again.</source>
        <translation>Installieren Sie zuerst die angepasste pvvx-Firmware (ATC_v58.bin, Version 4.6 oder neuer), verbinden Sie sich erneut und wählen Sie dann wieder diese .zigbee-Datei.</translation>
    </message>
    <message>
        <source>This firmware is too big for the standard update (%1 KiB, at most 128 KiB).</source>
        <translation>Diese Firmware ist zu groß für die Standard-Aktualisierung (%1 KiB, höchstens 128 KiB).</translation>
    </message>
    <message>
        <source>A larger file would overwrite the running firmware and could leave the thermometer dead.</source>
        <translation>Eine größere Datei würde die laufende Firmware überschreiben und das Thermometer unbrauchbar machen können.</translation>
    </message>
    <message>
        <source>Install the custom pvvx firmware (4.6 or newer) first; it offers the extended update that takes files up to 208 KiB.</source>
        <translation>Installieren Sie zuerst die angepasste pvvx-Firmware (4.6 oder neuer); sie bietet die erweiterte Aktualisierung für Dateien bis 208 KiB.</translation>
    </message>
    <message>
        <source>The thermometer&apos;s Xiaomi firmware (2.1.1_0159 or newer) only accepts firmware signed by Xiaomi.</source>
        <translation>Die Xiaomi-Firmware des Thermometers (2.1.1_0159 oder neuer) nimmt nur Firmware an, die von Xiaomi signiert ist.</translation>
    </message>
    <message>
        <source>This file carries no Xiaomi signature, so the thermometer would refuse it at the end of the transfer.</source>
        <translation>Diese Datei hat keine Xiaomi-Signatur, deshalb würde das Thermometer sie am Ende der Übertragung ablehnen.</translation>
    </message>
    <message>
        <source>Flash the signed Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin first, reconnect, then flash this file.</source>
        <translation>Flashen Sie zuerst die signierte Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin, verbinden Sie sich erneut und flashen Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>The firmware on the thermometer has no extended update.</source>
        <translation>Die Firmware auf dem Thermometer hat keine erweiterte Aktualisierung.</translation>
    </message>
    <message>
        <source>Only the custom pvvx firmware 4.6 or newer offers it; Xiaomi and atc1441 firmware do not.</source>
        <translation>Nur die angepasste pvvx-Firmware ab 4.6 bietet sie; die Firmware von Xiaomi und atc1441 nicht.</translation>
    </message>
    <message>
        <source>Install the custom pvvx firmware (ATC_v58.bin) with the standard update first, reconnect, then try again.</source>
        <translation>Installieren Sie zuerst die angepasste pvvx-Firmware (ATC_v58.bin) mit der Standard-Aktualisierung, verbinden Sie sich erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Signed Xiaomi firmware cannot be installed through the extended update.</source>
        <translation>Signierte Xiaomi-Firmware kann nicht über die erweiterte Aktualisierung installiert werden.</translation>
    </message>
    <message>
        <source>The extended update is meant for custom and Zigbee firmware that can move itself into place; the Xiaomi firmware cannot.</source>
        <translation>Die erweiterte Aktualisierung ist für angepasste und Zigbee-Firmware gedacht, die sich selbst an die richtige Stelle verschieben kann; die Xiaomi-Firmware kann das nicht.</translation>
    </message>
    <message>
        <source>Choose the standard update to return to the Xiaomi firmware.</source>
        <translation>Wählen Sie die Standard-Aktualisierung, um zur Xiaomi-Firmware zurückzukehren.</translation>
    </message>
    <message>
        <source>This firmware is too big even for the extended update (%1 KiB, less than 208 KiB allowed).</source>
        <translation>Diese Firmware ist sogar für die erweiterte Aktualisierung zu groß (%1 KiB, erlaubt sind weniger als 208 KiB).</translation>
    </message>
    <message>
        <source>The thermometer has no room for a larger image next to its settings and keys.</source>
        <translation>Das Thermometer hat neben seinen Einstellungen und Schlüsseln keinen Platz für ein größeres Abbild.</translation>
    </message>
    <message>
        <source>Check that the file is meant for this thermometer model; if it is, it can only be written over wires (SWire).</source>
        <translation>Prüfen Sie, ob die Datei für dieses Thermometer-Modell gedacht ist; wenn ja, kann sie nur über Kabel (SWire) geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkIdentify</name>
    <message>
        <source>The battery is low (%1). Put in a fresh CR2032 before flashing: a weak battery is the most common reason an update stops after a few packets.</source>
        <translation>Die Batterie ist schwach (%1). Setzen Sie vor dem Flashen eine neue CR2032 ein: Eine schwache Batterie ist der häufigste Grund, warum eine Aktualisierung nach wenigen Paketen abbricht.</translation>
    </message>
    <message>
        <source>This computer remembered the services of the firmware the thermometer ran before. They will be read again before flashing.</source>
        <translation>Dieser Computer hat sich die Dienste der Firmware gemerkt, die vorher auf dem Thermometer lief. Sie werden vor dem Flashen neu gelesen.</translation>
    </message>
    <message>
        <source>Xiaomi firmware 2.1.1_0159 accepts only Xiaomi-signed files, and its activation hangs. Log in with the token and bind key from Mi Home, flash the signed original 2.1.1_0159c first, then the custom firmware - or flash by wire.</source>
        <translation>Die Xiaomi-Firmware 2.1.1_0159 nimmt nur von Xiaomi signierte Dateien an, und ihre Aktivierung hängt. Melden Sie sich mit dem Token und dem Bind-Key aus Mi Home an, flashen Sie zuerst die signierte Original-Firmware 2.1.1_0159c und dann die angepasste Firmware – oder flashen Sie per Kabel.</translation>
    </message>
    <message>
        <source>Xiaomi stock firmware: a Mi login is needed before it accepts an update.</source>
        <translation>Xiaomi-Original-Firmware: Sie braucht eine Mi-Anmeldung, bevor sie eine Aktualisierung annimmt.</translation>
    </message>
    <message>
        <source>The device reports B1.1: a 2025 board (B1.5/B1.6 with a slow SPI display). Older firmware leaves its display blank; use pvvx 5.6 or newer, and if the display stays blank flash the original 2.1.1_0159c / 0159_B1.6 first. These boards are known to be unreliable.</source>
        <translation>Das Gerät meldet B1.1: eine Platine von 2025 (B1.5/B1.6 mit langsamem SPI-Display). Ältere Firmware lässt das Display leer; verwenden Sie pvvx 5.6 oder neuer. Wenn das Display leer bleibt, flashen Sie zuerst das Original 2.1.1_0159c / 0159_B1.6. Diese Platinen gelten als unzuverlässig.</translation>
    </message>
    <message>
        <source>B1.5 boards draw more current than the others: use a fresh battery.</source>
        <translation>B1.5-Platinen brauchen mehr Strom als die anderen: Verwenden Sie eine neue Batterie.</translation>
    </message>
    <message>
        <source>Zigbee firmware is installed through pvvx&apos;s extended update (pvvx 4.6 or newer). Flash pvvx BLE firmware first, then the .zigbee file. Do not flash a Zigbee .bin directly: that bricks the device.</source>
        <translation>Zigbee-Firmware wird über die erweiterte Aktualisierung von pvvx installiert (pvvx 4.6 oder neuer). Flashen Sie zuerst die pvvx-BLE-Firmware, dann die .zigbee-Datei. Flashen Sie keine Zigbee-.bin direkt: Das macht das Gerät unbrauchbar.</translation>
    </message>
    <message>
        <source>%1 boards need pvvx 4.8 or newer before switching to Zigbee.</source>
        <translation>%1-Platinen brauchen pvvx 4.8 oder neuer, bevor sie auf Zigbee umgestellt werden können.</translation>
    </message>
    <message>
        <source>On %1 boards some Zigbee builds show unreliable display readings; a Zigbee update can bring back BLE firmware.</source>
        <translation>Auf %1-Platinen zeigen manche Zigbee-Versionen unzuverlässige Werte auf dem Display; eine Zigbee-Aktualisierung kann wieder BLE-Firmware aufspielen.</translation>
    </message>
    <message>
        <source>The connection latency is set to %1 ms. It will be lowered to %2 ms for the update without saving it.</source>
        <translation>Die Verbindungslatenz ist auf %1 ms eingestellt. Sie wird für die Aktualisierung auf %2 ms gesenkt, ohne gespeichert zu werden.</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkIdentity</name>
    <message>
        <source>Xiaomi stock %1</source>
        <translation>Xiaomi Original %1</translation>
    </message>
    <message>
        <source>atc1441 custom %1</source>
        <translation>atc1441 angepasst %1</translation>
    </message>
    <message>
        <source>pvvx custom %1</source>
        <translation>pvvx angepasst %1</translation>
    </message>
    <message>
        <source>pvvx Zigbee/BLE hybrid %1</source>
        <translation>pvvx Zigbee/BLE-Hybrid %1</translation>
    </message>
    <message>
        <source>Qingping stock %1</source>
        <translation>Qingping Original %1</translation>
    </message>
    <message>
        <source>unknown firmware %1</source>
        <translation>unbekannte Firmware %1</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkImage</name>
    <message>
        <source>The file has only %1 bytes; a Telink image header alone needs 28.</source>
        <translation>Die Datei hat nur %1 Bytes; allein der Header eines Telink-Abbilds braucht 28.</translation>
    </message>
    <message>
        <source>The file has only %1 bytes; a Telink firmware has at least 1024.</source>
        <translation>Die Datei hat nur %1 Bytes; eine Telink-Firmware hat mindestens 1024.</translation>
    </message>
    <message>
        <source>The boot mark at offset 0x08 is cleared (00 instead of &apos;K&apos;): this copy was marked as replaced.</source>
        <translation>Die Startmarke bei Offset 0x08 ist gelöscht (00 statt &apos;K&apos;): Diese Kopie wurde als ersetzt markiert.</translation>
    </message>
    <message>
        <source>Offset 0x08 holds %1 instead of the Telink signature &quot;KNLT&quot;.</source>
        <translation>Bei Offset 0x08 steht %1 statt der Telink-Signatur &quot;KNLT&quot;.</translation>
    </message>
    <message>
        <source>Bytes 0x06-0x07 are not 5D 02: the device will not verify the whole-image CRC after the update.</source>
        <translation>Die Bytes 0x06-0x07 sind nicht 5D 02: Das Gerät prüft nach der Aktualisierung nicht die CRC des ganzen Abbilds.</translation>
    </message>
    <message>
        <source>The header says the image has %1 bytes but the file has only %2.</source>
        <translation>Laut Header hat das Abbild %1 Bytes, aber die Datei hat nur %2.</translation>
    </message>
    <message>
        <source>The size field at 0x18 says %1 bytes, which is not a plausible image size.</source>
        <translation>Das Größenfeld bei 0x18 gibt %1 Bytes an; das ist keine plausible Abbildgröße.</translation>
    </message>
    <message>
        <source>The CRC-32 stored at the end of the image is %1 but the content gives %2.</source>
        <translation>Die am Ende des Abbilds gespeicherte CRC-32 ist %1, aber der Inhalt ergibt %2.</translation>
    </message>
    <message>
        <source>A Xiaomi signature block of %1 bytes follows the image: this is a signed stock firmware.</source>
        <translation>Auf das Abbild folgt ein Xiaomi-Signaturblock mit %1 Bytes: Das ist eine signierte Original-Firmware.</translation>
    </message>
    <message>
        <source>%1 unexplained bytes follow the %2-byte image the header describes.</source>
        <translation>Auf das %2-Byte-Abbild, das der Header beschreibt, folgen %1 unerklärte Bytes.</translation>
    </message>
    <message>
        <source>The size field (%1 bytes) is not 16·n + 4, so the image is not a whole number of OTA blocks plus its CRC.</source>
        <translation>Das Größenfeld (%1 Bytes) ist nicht 16·n + 4, daher besteht das Abbild nicht aus ganzen OTA-Blöcken plus seiner CRC.</translation>
    </message>
    <message>
        <source>The Zigbee OTA magic 0x0BEEF11E is missing.</source>
        <translation>Die Zigbee-OTA-Kennung 0x0BEEF11E fehlt.</translation>
    </message>
    <message>
        <source>The file ends inside the 56-byte Zigbee OTA header.</source>
        <translation>Die Datei endet innerhalb des 56 Byte langen Zigbee-OTA-Headers.</translation>
    </message>
    <message>
        <source>Zigbee OTA header version %1 is not the usual 0x0100.</source>
        <translation>Die Zigbee-OTA-Header-Version %1 ist nicht die übliche 0x0100.</translation>
    </message>
    <message>
        <source>The Zigbee OTA header gives impossible lengths (header %1 bytes, total %2 bytes).</source>
        <translation>Der Zigbee-OTA-Header gibt unmögliche Längen an (Header %1 Bytes, gesamt %2 Bytes).</translation>
    </message>
    <message>
        <source>The Zigbee OTA header says the file has %1 bytes but only %2 are there.</source>
        <translation>Laut Zigbee-OTA-Header hat die Datei %1 Bytes, aber es sind nur %2 vorhanden.</translation>
    </message>
    <message>
        <source>A Zigbee OTA sub-element claims %1 bytes, more than the file holds.</source>
        <translation>Ein Teilelement der Zigbee-OTA-Datei gibt %1 Bytes an, mehr als die Datei enthält.</translation>
    </message>
    <message>
        <source>The Zigbee OTA file contains no upgrade image.</source>
        <translation>Die Zigbee-OTA-Datei enthält kein Aktualisierungsabbild.</translation>
    </message>
    <message>
        <source>The Zigbee OTA file (manufacturer %1, image type %2) wraps firmware for another chip, not a Telink image.</source>
        <translation>Die Zigbee-OTA-Datei (Hersteller %1, Abbildtyp %2) enthält Firmware für einen anderen Chip, kein Telink-Abbild.</translation>
    </message>
    <message>
        <source>The Zigbee header names manufacturer %1 / image type %2 but the image inside says %3 / %4.</source>
        <translation>Der Zigbee-Header nennt Hersteller %1 / Abbildtyp %2, aber das Abbild darin nennt %3 / %4.</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkJobs</name>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connect %1 of %2: %3</source>
        <translation>Verbindung %1 von %2: %3</translation>
    </message>
    <message>
        <source>Identify thermometer</source>
        <translation>Thermometer erkennen</translation>
    </message>
    <message>
        <source>Reading the device</source>
        <translation>Gerät wird gelesen</translation>
    </message>
    <message>
        <source>the services were cached from older firmware; reading them again</source>
        <translation>die Dienste stammen aus dem Zwischenspeicher einer älteren Firmware; sie werden neu gelesen</translation>
    </message>
    <message>
        <source>Flash thermometer</source>
        <translation>Thermometer flashen</translation>
    </message>
    <message>
        <source>The battery is low (%1 %). Updates on a weak battery stop after a few packets; a fresh CR2032 is recommended.</source>
        <translation>Die Batterie ist schwach (%1 %). Aktualisierungen mit schwacher Batterie brechen nach wenigen Paketen ab; eine neue CR2032 wird empfohlen.</translation>
    </message>
    <message>
        <source>Flash writes draw more current than a weak coin cell delivers; the device browns out and drops the connection.</source>
        <translation>Das Schreiben in den Flash-Speicher braucht mehr Strom, als eine schwache Knopfzelle liefert; die Spannung bricht ein und das Gerät verliert die Verbindung.</translation>
    </message>
    <message>
        <source>Put in a fresh battery, or start again with --force (the update is safe to repeat if it stops).</source>
        <translation>Setzen Sie eine neue Batterie ein oder starten Sie erneut mit --force (die Aktualisierung kann gefahrlos wiederholt werden, wenn sie abbricht).</translation>
    </message>
    <message>
        <source>sending %1 (%2 bytes) by %3</source>
        <translation>%1 wird gesendet (%2 Bytes) per %3</translation>
    </message>
    <message>
        <source>extended update at 0x40000</source>
        <translation>erweiterte Aktualisierung bei 0x40000</translation>
    </message>
    <message>
        <source>standard update</source>
        <translation>Standard-Aktualisierung</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkOta</name>
    <message>
        <source>At packet %1 the device reported: %2 (%3).</source>
        <translation>Bei Paket %1 meldete das Gerät: %2 (%3).</translation>
    </message>
    <message>
        <source>connection latency lowered from %1 ms to %2 ms for this session (not saved)</source>
        <translation>Verbindungslatenz für diese Sitzung von %1 ms auf %2 ms gesenkt (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Starting the update</source>
        <translation>Aktualisierung wird gestartet</translation>
    </message>
    <message>
        <source>Sending the firmware</source>
        <translation>Firmware wird gesendet</translation>
    </message>
    <message>
        <source>Finishing the update</source>
        <translation>Aktualisierung wird abgeschlossen</translation>
    </message>
    <message>
        <source>cached services of %1 dropped</source>
        <translation>zwischengespeicherte Dienste von %1 verworfen</translation>
    </message>
    <message>
        <source>Waiting for the thermometer to restart</source>
        <translation>Warten auf den Neustart des Thermometers</translation>
    </message>
    <message>
        <source>the thermometer no longer answers over Bluetooth: it now runs Zigbee firmware</source>
        <translation>das Thermometer antwortet nicht mehr über Bluetooth: Es läuft jetzt mit Zigbee-Firmware</translation>
    </message>
    <message>
        <source>Checking the new firmware</source>
        <translation>Neue Firmware wird geprüft</translation>
    </message>
    <message>
        <source>now running: %1, hardware %2</source>
        <translation>läuft jetzt: %1, Hardware %2</translation>
    </message>
    <message>
        <source>attempt %1 of %2, from packet 0</source>
        <translation>Versuch %1 von %2, ab Paket 0</translation>
    </message>
    <message>
        <source>%1 bytes sent in %2 s (%3 B/s)</source>
        <translation>%1 Bytes in %2 s gesendet (%3 B/s)</translation>
    </message>
    <message>
        <source>The thermometer restarted with its old firmware: it did not take the new one.</source>
        <translation>Das Thermometer ist mit seiner alten Firmware neu gestartet: Es hat die neue nicht übernommen.</translation>
    </message>
    <message>
        <source>attempt %1 failed: %2</source>
        <translation>Versuch %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Waiting to try again</source>
        <translation>Warten auf den nächsten Versuch</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkOtaDiagnosis</name>
    <message>
        <source>This thermometer runs Xiaomi firmware %1, which accepts an update only after a Mi login.</source>
        <translation>Auf diesem Thermometer läuft die Xiaomi-Firmware %1, die eine Aktualisierung erst nach einer Mi-Anmeldung annimmt.</translation>
    </message>
    <message>
        <source>Stock firmware ignores update packets until it is logged in.</source>
        <translation>Die Original-Firmware ignoriert Aktualisierungspakete, bis eine Anmeldung erfolgt ist.</translation>
    </message>
    <message>
        <source>Firmware 2.1.1_0159 also takes only Xiaomi-signed files.</source>
        <translation>Die Firmware 2.1.1_0159 nimmt außerdem nur von Xiaomi signierte Dateien an.</translation>
    </message>
    <message>
        <source>Log in first: &apos;flashwright-cli telink activate&apos; gives a token (or take it from Mi Home), then flash with --mi-token. Without one, flash it by wire.</source>
        <translation>Melden Sie sich zuerst an: &apos;flashwright-cli telink activate&apos; liefert einen Token (oder nehmen Sie ihn aus Mi Home). Flashen Sie dann mit --mi-token. Ohne Token flashen Sie es per Kabel.</translation>
    </message>
    <message>
        <source>%1 offers no Telink update service.</source>
        <translation>%1 bietet keinen Telink-Aktualisierungsdienst an.</translation>
    </message>
    <message>
        <source>The computer still shows the services of older firmware (stale cache).</source>
        <translation>Der Computer zeigt noch die Dienste einer älteren Firmware (veralteter Zwischenspeicher).</translation>
    </message>
    <message>
        <source>This is not a Telink thermometer, or its firmware has no BLE update.</source>
        <translation>Das ist kein Telink-Thermometer, oder seine Firmware hat keine BLE-Aktualisierung.</translation>
    </message>
    <message>
        <source>Remove the device in the system&apos;s Bluetooth settings (or restart the adapter), take the battery out and back in, then connect again.</source>
        <translation>Entfernen Sie das Gerät in den Bluetooth-Einstellungen des Systems (oder starten Sie den Adapter neu), nehmen Sie die Batterie heraus und setzen Sie sie wieder ein. Verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>The battery is too weak for the flash writes (it needs more than 40 %).</source>
        <translation>Die Batterie ist zu schwach für das Schreiben in den Flash-Speicher (sie braucht mehr als 40 %).</translation>
    </message>
    <message>
        <source>Put in a fresh CR2032 battery and try again.</source>
        <translation>Setzen Sie eine neue CR2032-Batterie ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection latency is too long, so the link times out while the device prepares its flash.</source>
        <translation>Die Verbindungslatenz ist zu lang, deshalb bricht die Verbindung ab, während das Gerät seinen Flash-Speicher vorbereitet.</translation>
    </message>
    <message>
        <source>Set the connection latency to 1000 ms or less in the thermometer&apos;s settings, then try again.</source>
        <translation>Stellen Sie die Verbindungslatenz in den Einstellungen des Thermometers auf 1000 ms oder weniger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The computer uses the services of the firmware the device ran before (a stale Bluetooth cache).</source>
        <translation>Der Computer verwendet die Dienste der Firmware, die vorher auf dem Gerät lief (veralteter Bluetooth-Zwischenspeicher).</translation>
    </message>
    <message>
        <source>Remove the device in the system&apos;s Bluetooth settings or restart the adapter, reinsert the battery, then connect again.</source>
        <translation>Entfernen Sie das Gerät in den Bluetooth-Einstellungen des Systems oder starten Sie den Adapter neu, setzen Sie die Batterie neu ein und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>The stock firmware was not logged in, so it ignored the update.</source>
        <translation>Die Original-Firmware war nicht angemeldet und hat die Aktualisierung deshalb ignoriert.</translation>
    </message>
    <message>
        <source>Do the Mi login first, then try again.</source>
        <translation>Führen Sie zuerst die Mi-Anmeldung durch und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The device rejected the file: it does not fit this device or its firmware (for example an unsigned file on Xiaomi 2.1.1_0159).</source>
        <translation>Das Gerät hat die Datei abgelehnt: Sie passt nicht zu diesem Gerät oder seiner Firmware (zum Beispiel eine nicht signierte Datei auf Xiaomi 2.1.1_0159).</translation>
    </message>
    <message>
        <source>Choose the file made for this model and firmware path; check it with &apos;flashwright-cli inspect&apos;.</source>
        <translation>Wählen Sie die Datei für dieses Modell und diesen Firmware-Weg; prüfen Sie sie mit &apos;flashwright-cli inspect&apos;.</translation>
    </message>
    <message>
        <source>On %1 boards, the installed firmware drives the display over the UART, which breaks BLE updates (older pvvx and the transitional Zigbee build).</source>
        <translation>Auf %1-Platinen steuert die installierte Firmware das Display über den UART an, was BLE-Aktualisierungen stört (ältere pvvx und die Zigbee-Übergangsversion).</translation>
    </message>
    <message>
        <source>Retry a few times; if it keeps stopping, flash it by wire (the rescue path).</source>
        <translation>Versuchen Sie es ein paar Mal erneut; wenn es immer wieder abbricht, flashen Sie es per Kabel (der Rettungsweg).</translation>
    </message>
    <message>
        <source>The radio link is weak or this computer&apos;s adapter loses packets.</source>
        <translation>Die Funkverbindung ist schwach oder der Adapter dieses Computers verliert Pakete.</translation>
    </message>
    <message>
        <source>Move the thermometer next to the computer, or use another adapter or a phone.</source>
        <translation>Legen Sie das Thermometer direkt neben den Computer oder verwenden Sie einen anderen Adapter oder ein Handy.</translation>
    </message>
    <message>
        <source>the device reported: %1</source>
        <translation>das Gerät meldete: %1</translation>
    </message>
    <message>
        <source>the connection was lost after %1 of %2 packets</source>
        <translation>die Verbindung brach nach %1 von %2 Paketen ab</translation>
    </message>
    <message>
        <source>The update failed: %1. The thermometer keeps its old firmware, so it is safe to try again.</source>
        <translation>Die Aktualisierung ist fehlgeschlagen: %1. Das Thermometer behält seine alte Firmware, Sie können es also gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>The update failed %1 times; the last time %2. The thermometer keeps its old firmware, so it is safe to try again.</source>
        <translation>Die Aktualisierung ist %1-mal fehlgeschlagen; beim letzten Mal %2. Das Thermometer behält seine alte Firmware, Sie können es also gefahrlos erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkOtaFrames</name>
    <message>
        <source>the update was accepted</source>
        <translation>die Aktualisierung wurde angenommen</translation>
    </message>
    <message>
        <source>the device missed one or more packets</source>
        <translation>dem Gerät fehlen ein oder mehrere Pakete</translation>
    </message>
    <message>
        <source>a packet arrived damaged (CRC error)</source>
        <translation>ein Paket kam beschädigt an (CRC-Fehler)</translation>
    </message>
    <message>
        <source>the device could not write its flash memory</source>
        <translation>das Gerät konnte nicht in seinen Flash-Speicher schreiben</translation>
    </message>
    <message>
        <source>the last packets did not arrive</source>
        <translation>die letzten Pakete sind nicht angekommen</translation>
    </message>
    <message>
        <source>the device waited too long for the next packet</source>
        <translation>das Gerät hat zu lange auf das nächste Paket gewartet</translation>
    </message>
    <message>
        <source>the device rejected the firmware after checking it (CRC or signature)</source>
        <translation>das Gerät hat die Firmware nach der Prüfung abgelehnt (CRC oder Signatur)</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>unbekannter Status %1</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkProbe</name>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no device report from pvvx command 0x00</source>
        <translation>kein Gerätebericht auf pvvx-Befehl 0x00</translation>
    </message>
    <message>
        <source>no configuration from pvvx command 0x55</source>
        <translation>keine Konfiguration auf pvvx-Befehl 0x55</translation>
    </message>
    <message>
        <source>pvvx control channel: %1</source>
        <translation>pvvx-Steuerkanal: %1</translation>
    </message>
    <message>
        <source>%1, hardware %2, %3</source>
        <translation>%1, Hardware %2, %3</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkRescue</name>
    <message>
        <source>Checking the wiring at %1 baud</source>
        <translation>Verkabelung wird bei %1 baud geprüft</translation>
    </message>
    <message>
        <source>At %1 baud nothing comes back on RX.</source>
        <translation>Bei %1 baud kommt auf RX nichts zurück.</translation>
    </message>
    <message>
        <source>At %1 baud the signal comes back changed.</source>
        <translation>Bei %1 baud kommt das Signal verändert zurück.</translation>
    </message>
    <message>
        <source>The chip did not answer at %1 baud.</source>
        <translation>Der Chip hat bei %1 baud nicht geantwortet.</translation>
    </message>
    <message>
        <source>The chip&apos;s answers stay garbled at %1 baud.</source>
        <translation>Die Antworten des Chips bleiben bei %1 baud unlesbar.</translation>
    </message>
    <message>
        <source>Power-cycle the thermometer now</source>
        <translation>Unterbrechen Sie jetzt kurz die Stromversorgung des Thermometers</translation>
    </message>
    <message>
        <source>Power-cycle the thermometer now: take its battery out and put it back (or pull the 3.3 V wire off and on). Flashwright keeps stopping its chip for %1 s.</source>
        <translation>Unterbrechen Sie jetzt kurz die Stromversorgung des Thermometers: Nehmen Sie die Batterie heraus und setzen Sie sie wieder ein (oder ziehen Sie das 3,3-V-Kabel ab und stecken Sie es wieder an). Flashwright hält seinen Chip %1 s lang an.</translation>
    </message>
    <message>
        <source>Stopping the chip</source>
        <translation>Chip wird angehalten</translation>
    </message>
    <message>
        <source>Matching the SWire speed</source>
        <translation>SWire-Geschwindigkeit wird angepasst</translation>
    </message>
    <message>
        <source>SWS speed register 0xB2 = %1 at %2 baud (about %3 MHz system clock).</source>
        <translation>SWS-Geschwindigkeitsregister 0xB2 = %1 bei %2 baud (etwa %3 MHz Systemtakt).</translation>
    </message>
    <message>
        <source>Identifying the chip and its flash</source>
        <translation>Chip und Flash-Speicher werden erkannt</translation>
    </message>
    <message>
        <source>The flash&apos;s id %1 does not tell its size; assuming 512 KiB.</source>
        <translation>Die Kennung %1 des Flash-Speichers verrät seine Größe nicht; es werden 512 KiB angenommen.</translation>
    </message>
    <message>
        <source>nothing (erased)</source>
        <translation>nichts (gelöscht)</translation>
    </message>
    <message>
        <source>a Telink image of %1 bytes (version 0x%2)</source>
        <translation>ein Telink-Abbild mit %1 Bytes (Version 0x%2)</translation>
    </message>
    <message>
        <source>no bootable image (no &quot;KNLT&quot; at 0x08)</source>
        <translation>kein startfähiges Abbild (kein &quot;KNLT&quot; bei 0x08)</translation>
    </message>
    <message>
        <source>Chip stopped at PC %1; flash JEDEC id %2, %3 KiB; MAC %4; at 0x0: %5.</source>
        <translation>Chip angehalten bei PC %1; Flash-Speicher JEDEC-Kennung %2, %3 KiB; MAC %4; bei 0x0: %5.</translation>
    </message>
    <message>
        <source>Backing up the device data (0x74000-0x80000)</source>
        <translation>Gerätedaten werden gesichert (0x74000-0x80000)</translation>
    </message>
    <message>
        <source>The device data area is empty (all 0xFF): this thermometer has no MAC, calibration or keys stored.</source>
        <translation>Der Bereich für Gerätedaten ist leer (alles 0xFF): Auf diesem Thermometer sind keine MAC, Kalibrierung oder Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Device data saved to %1 (MAC %2, SHA-256 %3).</source>
        <translation>Gerätedaten gespeichert in %1 (MAC %2, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Writing %1-%2</source>
        <translation>Schreiben %1-%2</translation>
    </message>
    <message>
        <source>Verifying %1-%2</source>
        <translation>Prüfen %1-%2</translation>
    </message>
    <message>
        <source>Starting the firmware</source>
        <translation>Firmware wird gestartet</translation>
    </message>
    <message>
        <source>it is a .zigbee OTA file, which a wired write cannot use; take the .bin of the same firmware.</source>
        <translation>es ist eine .zigbee-OTA-Datei, die beim Schreiben per Kabel nicht verwendet werden kann; nehmen Sie die .bin derselben Firmware.</translation>
    </message>
    <message>
        <source>it has no &quot;KNLT&quot; signature at 0x08.</source>
        <translation>es hat keine &quot;KNLT&quot;-Signatur bei 0x08.</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkRescueDiagnoses</name>
    <message>
        <source>Nothing that %1 sends comes back on its RX pin.</source>
        <translation>Nichts, was %1 sendet, kommt auf seinem RX-Pin zurück.</translation>
    </message>
    <message>
        <source>RX is not connected to the SWS pad (P14). TX and RX must both reach P14: TX through a 1 to 1.8 kOhm resistor, RX directly.</source>
        <translation>RX ist nicht mit dem SWS-Pad (P14) verbunden. TX und RX müssen beide an P14 gehen: TX über einen Widerstand von 1 bis 1,8 kOhm, RX direkt.</translation>
    </message>
    <message>
        <source>The adapter has an LED on its RX line, which swallows the signal.</source>
        <translation>Der Adapter hat eine LED an seiner RX-Leitung, die das Signal schluckt.</translation>
    </message>
    <message>
        <source>This is not the port of the adapter wired to the thermometer.</source>
        <translation>Das ist nicht der Anschluss des Adapters, der mit dem Thermometer verbunden ist.</translation>
    </message>
    <message>
        <source>Wire RX straight to P14 and TX to P14 through the resistor, check the port name, then start again.</source>
        <translation>Verbinden Sie RX direkt mit P14 und TX über den Widerstand mit P14, prüfen Sie den Namen des Anschlusses und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>The signal on %1 stopped coming back in the middle of the work.</source>
        <translation>Das Signal auf %1 kam mitten in der Arbeit nicht mehr zurück.</translation>
    </message>
    <message>
        <source>A wire came off P14, or the thermometer lost power (battery moved, 3.3 V wire loose).</source>
        <translation>Ein Kabel hat sich von P14 gelöst, oder das Thermometer hat die Stromversorgung verloren (Batterie verrutscht, 3,3-V-Kabel locker).</translation>
    </message>
    <message>
        <source>The USB adapter stopped working.</source>
        <translation>Der USB-Adapter funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Check that every wire still sits on its pad and the power is steady, then start again.</source>
        <translation>Prüfen Sie, ob jedes Kabel noch auf seinem Pad sitzt und die Stromversorgung stabil ist, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>What %1 sends comes back changed at %2 baud (sent %3, got %4).</source>
        <translation>Was %1 sendet, kommt bei %2 baud verändert zurück (gesendet %3, empfangen %4).</translation>
    </message>
    <message>
        <source>The adapter cannot send cleanly at this speed (many CH340 and PL2303 adapters fail above 460800 baud).</source>
        <translation>Der Adapter kann bei dieser Geschwindigkeit nicht sauber senden (viele CH340- und PL2303-Adapter versagen über 460800 baud).</translation>
    </message>
    <message>
        <source>A loose contact on P14, long wires, or an LED on the adapter&apos;s RX line.</source>
        <translation>Ein Wackelkontakt an P14, lange Kabel oder eine LED an der RX-Leitung des Adapters.</translation>
    </message>
    <message>
        <source>It is an FTDI adapter: their timing does not suit this method.</source>
        <translation>Es ist ein FTDI-Adapter: Sein Timing passt nicht zu diesem Verfahren.</translation>
    </message>
    <message>
        <source>Start again with --baud 460800 (or lower), keep the wires short and firmly on the pads, or try a CH340 or CP2102 adapter.</source>
        <translation>Starten Sie erneut mit --baud 460800 (oder niedriger), halten Sie die Kabel kurz und fest auf den Pads, oder versuchen Sie einen CH340- oder CP2102-Adapter.</translation>
    </message>
    <message>
        <source>The chip stopped answering on %1 (reading %2).</source>
        <translation>Der Chip hat auf %1 nicht mehr geantwortet (beim Lesen von %2).</translation>
    </message>
    <message>
        <source>The thermometer lost power for a moment and its firmware took the SWS pad back.</source>
        <translation>Das Thermometer hatte kurz keinen Strom, und seine Firmware hat das SWS-Pad wieder übernommen.</translation>
    </message>
    <message>
        <source>The resistor between TX and P14 came loose, so the chip cannot drive the line.</source>
        <translation>Der Widerstand zwischen TX und P14 hat sich gelöst, deshalb kann der Chip die Leitung nicht steuern.</translation>
    </message>
    <message>
        <source>Check the wires and the power, then start again and power-cycle the thermometer when asked.</source>
        <translation>Prüfen Sie die Kabel und die Stromversorgung, starten Sie dann erneut und unterbrechen Sie die Stromversorgung des Thermometers, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>The chip&apos;s answer on %1 at %2 baud was garbled (reading %3: %4).</source>
        <translation>Die Antwort des Chips auf %1 bei %2 baud war unlesbar (beim Lesen von %3: %4).</translation>
    </message>
    <message>
        <source>The wiring distorts the signal: a resistor other than 1 to 1.8 kOhm, long or loose wires on P14.</source>
        <translation>Die Verkabelung verzerrt das Signal: ein anderer Widerstand als 1 bis 1,8 kOhm, lange oder lockere Kabel an P14.</translation>
    </message>
    <message>
        <source>The adapter&apos;s timing drifts at this speed.</source>
        <translation>Das Timing des Adapters weicht bei dieser Geschwindigkeit ab.</translation>
    </message>
    <message>
        <source>Check the resistor and shorten the wires, then start again, if need be with --baud 460800.</source>
        <translation>Prüfen Sie den Widerstand und kürzen Sie die Kabel. Starten Sie dann erneut, wenn nötig mit --baud 460800.</translation>
    </message>
    <message>
        <source>The thermometer&apos;s chip did not answer on %1 during the %2 s activation window (tried %3 baud).</source>
        <translation>Der Chip des Thermometers hat auf %1 während des Aktivierungsfensters von %2 s nicht geantwortet (versucht mit %3 baud).</translation>
    </message>
    <message>
        <source>It was not power-cycled inside the window. Its firmware takes the SWS pad over (or sleeps) a moment after power-up, so the chip only listens right after power comes back.</source>
        <translation>Die Stromversorgung wurde nicht innerhalb des Zeitfensters unterbrochen. Die Firmware übernimmt das SWS-Pad (oder schläft) kurz nach dem Einschalten, daher hört der Chip nur direkt nach der Rückkehr der Stromversorgung zu.</translation>
    </message>
    <message>
        <source>TX is not connected through a 1 to 1.8 kOhm resistor to P14, or RX does not go straight to P14: without the resistor the chip cannot answer.</source>
        <translation>TX ist nicht über einen Widerstand von 1 bis 1,8 kOhm mit P14 verbunden, oder RX geht nicht direkt an P14: Ohne den Widerstand kann der Chip nicht antworten.</translation>
    </message>
    <message>
        <source>The adapter is an FTDI or has an LED on RX; these do not work for this method.</source>
        <translation>Der Adapter ist ein FTDI oder hat eine LED an RX; diese funktionieren mit diesem Verfahren nicht.</translation>
    </message>
    <message>
        <source>The battery is nearly empty, or GND is not connected to the battery minus contact.</source>
        <translation>Die Batterie ist fast leer, oder GND ist nicht mit dem Minuskontakt der Batterie verbunden.</translation>
    </message>
    <message>
        <source>The chip on %1 answers, but its answers stay garbled at every SWire speed setting (tried %2 baud).</source>
        <translation>Der Chip an %1 antwortet, aber seine Antworten bleiben bei jeder SWire-Geschwindigkeitseinstellung unlesbar (versucht mit %2 baud).</translation>
    </message>
    <message>
        <source>The wiring distorts the chip&apos;s answers: a resistor far from 1 kOhm, or long wires.</source>
        <translation>Die Verkabelung verzerrt die Antworten des Chips: ein Widerstand weit weg von 1 kOhm oder lange Kabel.</translation>
    </message>
    <message>
        <source>The adapter&apos;s baud rate is not accurate enough (common on cheap PL2303 clones).</source>
        <translation>Die Baudrate des Adapters ist nicht genau genug (häufig bei billigen PL2303-Nachbauten).</translation>
    </message>
    <message>
        <source>Use a 1 kOhm resistor and short wires, or another adapter (CH340, CP2102), then start again.</source>
        <translation>Verwenden Sie einen Widerstand von 1 kOhm und kurze Kabel oder einen anderen Adapter (CH340, CP2102) und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing that %1 sends comes back on its RX pin (tried %2 baud).</source>
        <translation>Nichts, was %1 sendet, kommt auf seinem RX-Pin zurück (versucht mit %2 baud).</translation>
    </message>
    <message>
        <source>What %1 sends comes back changed at every speed tried (%2 baud).</source>
        <translation>Was %1 sendet, kommt bei jeder versuchten Geschwindigkeit verändert zurück (%2 baud).</translation>
    </message>
    <message>
        <source>The chip answers, but its flash memory does not (JEDEC id %1).</source>
        <translation>Der Chip antwortet, aber sein Flash-Speicher nicht (JEDEC-Kennung %1).</translation>
    </message>
    <message>
        <source>The supply is too weak for the flash: an almost empty battery, or the adapter&apos;s 3.3 V pin sagging.</source>
        <translation>Die Stromversorgung ist zu schwach für den Flash-Speicher: eine fast leere Batterie oder eine einbrechende Spannung am 3,3-V-Pin des Adapters.</translation>
    </message>
    <message>
        <source>The flash is stuck in a low-power state after a crash.</source>
        <translation>Der Flash-Speicher hängt nach einem Absturz in einem Stromsparzustand fest.</translation>
    </message>
    <message>
        <source>Put in a fresh battery (or power it from the adapter&apos;s 3.3 V), start again and power-cycle it when asked.</source>
        <translation>Setzen Sie eine neue Batterie ein (oder versorgen Sie es über den 3,3-V-Pin des Adapters), starten Sie erneut und unterbrechen Sie kurz die Stromversorgung, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>The flash stayed busy for more than %1 ms (status 0x%2).</source>
        <translation>Der Flash-Speicher war länger als %1 ms beschäftigt (Status 0x%2).</translation>
    </message>
    <message>
        <source>The supply voltage dropped during the erase or write (weak battery).</source>
        <translation>Die Versorgungsspannung ist beim Löschen oder Schreiben eingebrochen (schwache Batterie).</translation>
    </message>
    <message>
        <source>The flash is worn out or damaged.</source>
        <translation>Der Flash-Speicher ist abgenutzt oder beschädigt.</translation>
    </message>
    <message>
        <source>Use a fresh battery or the adapter&apos;s 3.3 V and run the same command again; the backup area was not touched.</source>
        <translation>Verwenden Sie eine neue Batterie oder die 3,3 V des Adapters und führen Sie denselben Befehl erneut aus; der gesicherte Bereich wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>The flash stays write-protected (status 0x%1), nothing was erased.</source>
        <translation>Der Flash-Speicher bleibt schreibgeschützt (Status 0x%1), es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The flash&apos;s status register is locked, so its protection bits cannot be cleared over SWire.</source>
        <translation>Das Statusregister des Flash-Speichers ist gesperrt, deshalb lassen sich seine Schutzbits nicht über SWire löschen.</translation>
    </message>
    <message>
        <source>Power-cycle the thermometer and start again; if this repeats, the flash chip cannot be rewritten by this method.</source>
        <translation>Unterbrechen Sie kurz die Stromversorgung des Thermometers und starten Sie erneut. Wenn das wieder passiert, kann dieser Flash-Chip mit diesem Verfahren nicht neu beschrieben werden.</translation>
    </message>
    <message>
        <source>Reading back found %1 bytes that differ from the file, the first at %2.</source>
        <translation>Beim Zurücklesen wurden %1 Bytes gefunden, die von der Datei abweichen, das erste bei %2.</translation>
    </message>
    <message>
        <source>The supply dipped while writing (weak battery), so some bytes did not stick.</source>
        <translation>Die Stromversorgung ist beim Schreiben eingebrochen (schwache Batterie), deshalb sind manche Bytes nicht hängen geblieben.</translation>
    </message>
    <message>
        <source>Noise on the SWS wire changed bytes on their way to the chip.</source>
        <translation>Störungen auf dem SWS-Kabel haben Bytes auf dem Weg zum Chip verändert.</translation>
    </message>
    <message>
        <source>Do not unplug the thermometer: run the same command again.</source>
        <translation>Trennen Sie das Thermometer nicht ab: Führen Sie denselben Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Do not unplug the thermometer: run the same command again. Your backup %1 is safe.</source>
        <translation>Trennen Sie das Thermometer nicht ab: Führen Sie denselben Befehl erneut aus. Ihre Sicherung %1 ist sicher.</translation>
    </message>
    <message>
        <source>The adapter vanished while writing at %1: the thermometer now holds a partly written firmware and will not start.</source>
        <translation>Der Adapter ist beim Schreiben bei %1 verschwunden: Das Thermometer enthält jetzt eine teilweise geschriebene Firmware und startet nicht.</translation>
    </message>
    <message>
        <source>The USB adapter was pulled out or its cable is loose.</source>
        <translation>Der USB-Adapter wurde abgezogen oder sein Kabel ist locker.</translation>
    </message>
    <message>
        <source>Plug the adapter in again and run the same write again. The area from 0x74000 (MAC, calibration, keys) was not touched.</source>
        <translation>Stecken Sie den Adapter wieder ein und starten Sie denselben Schreibvorgang noch einmal. Der Bereich ab 0x74000 (MAC, Kalibrierung, Schlüssel) wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Plug the adapter in again and run the same write again. The area from 0x74000 (MAC, calibration, keys) was not touched and your backup %1 is complete.</source>
        <translation>Stecken Sie den Adapter wieder ein und starten Sie denselben Schreibvorgang noch einmal. Der Bereich ab 0x74000 (MAC, Kalibrierung, Schlüssel) wurde nicht verändert, und Ihre Sicherung %1 ist vollständig.</translation>
    </message>
    <message>
        <source>Writing needs a backup of the device&apos;s own data first; none was asked for.</source>
        <translation>Vor dem Schreiben ist eine Sicherung der eigenen Daten des Geräts nötig; es wurde keine angefordert.</translation>
    </message>
    <message>
        <source>The area from 0x74000 holds this thermometer&apos;s MAC address (0x76000), radio calibration (0x77000) and Mi keys (0x78000); no other copy exists.</source>
        <translation>Der Bereich ab 0x74000 enthält die MAC-Adresse dieses Thermometers (0x76000), die Funkkalibrierung (0x77000) und die Mi-Schlüssel (0x78000); eine andere Kopie gibt es nicht.</translation>
    </message>
    <message>
        <source>Add --backup FILE so it is saved before anything is erased (or --force to write without one).</source>
        <translation>Geben Sie --backup DATEI an, damit er gesichert wird, bevor etwas gelöscht wird (oder --force, um ohne Sicherung zu schreiben).</translation>
    </message>
    <message>
        <source>%1 is not a firmware image this thermometer can start: %2</source>
        <translation>%1 ist kein Firmware-Abbild, das dieses Thermometer starten kann: %2</translation>
    </message>
    <message>
        <source>The wrong file was picked (a .zigbee OTA file, a zip, another device&apos;s image), or the download is damaged.</source>
        <translation>Es wurde die falsche Datei gewählt (eine .zigbee-OTA-Datei, ein ZIP-Archiv, das Abbild eines anderen Geräts), oder der Download ist beschädigt.</translation>
    </message>
    <message>
        <source>Pick the plain .bin (for example ATC_v58.bin) and download it again if needed. --force writes it anyway.</source>
        <translation>Wählen Sie die einfache .bin-Datei (zum Beispiel ATC_v58.bin) und laden Sie sie bei Bedarf erneut herunter. Mit --force wird sie trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes and would reach into the device&apos;s own data at %3.</source>
        <translation>%1 hat %2 Byte und würde bis in die eigenen Daten des Geräts bei %3 reichen.</translation>
    </message>
    <message>
        <source>It is a full flash dump or not a firmware image.</source>
        <translation>Es ist ein vollständiger Auszug des Flash-Speichers oder kein Firmware-Abbild.</translation>
    </message>
    <message>
        <source>Write a firmware image (.bin) instead; a full dump goes back with --restore.</source>
        <translation>Schreiben Sie stattdessen ein Firmware-Abbild (.bin); ein vollständiger Auszug wird mit --restore zurückgespielt.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but the range %3-%4 holds %5.</source>
        <translation>%1 hat %2 Byte, aber der Bereich %3-%4 umfasst %5.</translation>
    </message>
    <message>
        <source>The file is not the backup of that range, or it was cut short.</source>
        <translation>Die Datei ist nicht die Sicherung dieses Bereichs, oder sie ist unvollständig.</translation>
    </message>
    <message>
        <source>Give the range the file was read from with --range, or pick the right file.</source>
        <translation>Geben Sie mit --range den Bereich an, aus dem die Datei gelesen wurde, oder wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <source>%1 was saved from the device %2, but this one is %3.</source>
        <translation>%1 wurde vom Gerät %2 gesichert, dieses Gerät ist aber %3.</translation>
    </message>
    <message>
        <source>Restoring it would give this thermometer another one&apos;s MAC address and keys: two devices with one identity.</source>
        <translation>Beim Zurückspielen bekäme dieses Thermometer die MAC-Adresse und die Schlüssel eines anderen: zwei Geräte mit derselben Identität.</translation>
    </message>
    <message>
        <source>Pick this device&apos;s own backup, or add --force if this really is what you want.</source>
        <translation>Wählen Sie die eigene Sicherung dieses Geräts, oder geben Sie --force an, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>Where %1 (%2 bytes) belongs cannot be told from its size.</source>
        <translation>Wohin %1 (%2 Byte) gehört, lässt sich an der Größe nicht erkennen.</translation>
    </message>
    <message>
        <source>Only a backup of 0x74000-0x80000 (49152 bytes) or a whole flash dump (524288 bytes) goes back to its place by itself.</source>
        <translation>Nur eine Sicherung von 0x74000-0x80000 (49152 Byte) oder ein vollständiger Auszug des Flash-Speichers (524288 Byte) kommt von selbst an die richtige Stelle.</translation>
    </message>
    <message>
        <source>Give the range it was read from, e.g. --range 0x70000:0x74000.</source>
        <translation>Geben Sie den Bereich an, aus dem sie gelesen wurde, z. B. --range 0x70000:0x74000.</translation>
    </message>
    <message>
        <source>The range %1-%2 does not fit the %3 KiB flash.</source>
        <translation>Der Bereich %1-%2 passt nicht in den Flash-Speicher mit %3 KiB.</translation>
    </message>
    <message>
        <source>The end lies before the start or past the end of the flash.</source>
        <translation>Das Ende liegt vor dem Anfang oder hinter dem Ende des Flash-Speichers.</translation>
    </message>
    <message>
        <source>Give START:END in hex within the flash, e.g. 0x0:0x20000.</source>
        <translation>Geben Sie START:END hexadezimal innerhalb des Flash-Speichers an, z. B. 0x0:0x20000.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The folder does not exist, is not writable, or the disk is full.</source>
        <translation>Der Ordner existiert nicht, ist nicht beschreibbar, oder der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to and start again; nothing on the device was changed.</source>
        <translation>Wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen, und starten Sie erneut; am Gerät wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Start again and, as soon as you are asked, take the battery out and put it back (or pull the 3.3 V wire off and back on) within the window. If it still fails, check the resistor and the GND wire, or try a CH340 or CP2102 adapter.</source>
        <translation>Starten Sie erneut und nehmen Sie, sobald Sie dazu aufgefordert werden, innerhalb des Zeitfensters die Batterie heraus und setzen Sie sie wieder ein (oder ziehen Sie den 3,3-V-Draht ab und stecken Sie ihn wieder an). Wenn es weiterhin fehlschlägt, prüfen Sie den Widerstand und den GND-Draht oder versuchen Sie einen CH340- oder CP2102-Adapter.</translation>
    </message>
</context>
<context>
    <name>fw::telink::TelinkRescueJob</name>
    <message>
        <source>Wired rescue of a Telink thermometer</source>
        <translation>Rettung eines Telink-Thermometers per Kabel</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>Writing it anyway (--force): %1</source>
        <translation>Wird trotzdem geschrieben (--force): %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Serial byte logging paused for the transfer.</source>
        <translation>Protokoll der seriellen Bytes für die Übertragung angehalten.</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Flash-Speicher wird gelesen</translation>
    </message>
    <message>
        <source>Writing without a backup of the device data (--force).</source>
        <translation>Schreiben ohne Sicherung der Gerätedaten (--force).</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 onto %2 (--force).</source>
        <translation>Sicherung von %1 wird auf %2 zurückgespielt (--force).</translation>
    </message>
</context>
<context>
    <name>fw::telink::sim::Lywsd03mmcOtaSession</name>
    <message>
        <source>the update failed with status %1; the device restarts</source>
        <translation>die Aktualisierung ist mit Status %1 fehlgeschlagen; das Gerät startet neu</translation>
    </message>
    <message>
        <source>the battery (%1 mV) collapsed while the device erased its flash</source>
        <translation>die Batterie (%1 mV) ist eingebrochen, während das Gerät seinen Flash-Speicher gelöscht hat</translation>
    </message>
    <message>
        <source>the connection latency of %1 ms let the link time out</source>
        <translation>bei einer Verbindungslatenz von %1 ms ist die Verbindung abgelaufen</translation>
    </message>
    <message>
        <source>the Bluetooth adapter lost the link</source>
        <translation>der Bluetooth-Adapter hat die Verbindung verloren</translation>
    </message>
    <message>
        <source>the update overwrote the code the device was running</source>
        <translation>die Aktualisierung hat den Code überschrieben, den das Gerät gerade ausgeführt hat</translation>
    </message>
    <message>
        <source>the update is done; the device restarts into the new firmware</source>
        <translation>die Aktualisierung ist fertig; das Gerät startet mit der neuen Firmware neu</translation>
    </message>
</context>
<context>
    <name>fw::telink::sim::TelinkDemos</name>
    <message>
        <source>LYWSD03MMC with Xiaomi firmware 1.0.0_0130</source>
        <translation>LYWSD03MMC mit Xiaomi-Firmware 1.0.0_0130</translation>
    </message>
    <message>
        <source>A Xiaomi thermometer (hardware B1.4) as sold, advertising as LYWSD03MMC. It accepts an update only after the Mi login; then custom firmware can be sent to it.</source>
        <translation>Ein Xiaomi-Thermometer (Hardware B1.4) im Auslieferungszustand, das sich als LYWSD03MMC meldet. Es nimmt eine Aktualisierung erst nach der Mi-Anmeldung an; danach kann angepasste Firmware aufgespielt werden.</translation>
    </message>
    <message>
        <source>LYWSD03MMC with Xiaomi firmware 2.1.1_0159</source>
        <translation>LYWSD03MMC mit Xiaomi-Firmware 2.1.1_0159</translation>
    </message>
    <message>
        <source>A thermometer sold since 2023 (hardware B1.6). Its firmware accepts only Xiaomi-signed images: flash the signed original first, then custom firmware. Any other image fails at the end with a firmware check error.</source>
        <translation>Ein Thermometer, das seit 2023 verkauft wird (Hardware B1.6). Seine Firmware nimmt nur von Xiaomi signierte Abbilder an: Flashen Sie zuerst das signierte Original, dann die angepasste Firmware. Jedes andere Abbild scheitert am Ende mit einem Fehler bei der Firmware-Prüfung.</translation>
    </message>
    <message>
        <source>LYWSD03MMC with atc1441 firmware</source>
        <translation>LYWSD03MMC mit atc1441-Firmware</translation>
    </message>
    <message>
        <source>A thermometer running the original ATC custom firmware: ATC_ name, atc1441 advertising format, the Telink OTA, but no extended OTA for Zigbee files.</source>
        <translation>Ein Thermometer mit der ursprünglichen angepassten ATC-Firmware: Name ATC_, Sendeformat von atc1441, die Telink-OTA, aber keine erweiterte OTA für Zigbee-Dateien.</translation>
    </message>
    <message>
        <source>LYWSD03MMC with pvvx firmware 5.8</source>
        <translation>LYWSD03MMC mit pvvx-Firmware 5.8</translation>
    </message>
    <message>
        <source>A thermometer (hardware B1.4) running pvvx custom firmware 5.8: configurable, updates over the Telink OTA and takes Zigbee files through the extended OTA.</source>
        <translation>Ein Thermometer (Hardware B1.4) mit der angepassten pvvx-Firmware 5.8: einstellbar, wird über die Telink-OTA aktualisiert und nimmt Zigbee-Dateien über die erweiterte OTA an.</translation>
    </message>
    <message>
        <source>LYWSD03MMC B1.6 with old pvvx firmware 4.4</source>
        <translation>LYWSD03MMC B1.6 mit alter pvvx-Firmware 4.4</translation>
    </message>
    <message>
        <source>A B1.6 thermometer left on pvvx 4.4: it has no extended OTA, so a Zigbee file or any image over 128 KiB must not be sent to it. Update it to a current pvvx release first.</source>
        <translation>Ein B1.6-Thermometer, das noch pvvx 4.4 hat: Es hat keine erweiterte OTA, daher darf ihm keine Zigbee-Datei und kein Abbild über 128 KiB gesendet werden. Aktualisieren Sie es zuerst auf eine aktuelle pvvx-Version.</translation>
    </message>
    <message>
        <source>LYWSD03MMC with a weak battery</source>
        <translation>LYWSD03MMC mit schwacher Batterie</translation>
    </message>
    <message>
        <source>A pvvx thermometer whose coin cell is down to 2.35 V (18 %). It works, but every update breaks off within the first blocks when the flash erase pulls the battery down. A fresh CR2032 fixes it.</source>
        <translation>Ein pvvx-Thermometer, dessen Knopfzelle nur noch 2,35 V (18 %) hat. Es funktioniert, aber jede Aktualisierung bricht in den ersten Blöcken ab, wenn das Löschen des Flash-Speichers die Batterie herunterzieht. Eine neue CR2032 behebt das.</translation>
    </message>
    <message>
        <source>LYWSD03MMC with pvvx Zigbee/BLE hybrid firmware</source>
        <translation>LYWSD03MMC mit pvvx-Hybrid-Firmware für Zigbee/BLE</translation>
    </message>
    <message>
        <source>A thermometer running the pvvx hybrid firmware: it advertises BTHome data as ATCz2BEE01 and still offers the Telink OTA.</source>
        <translation>Ein Thermometer mit der pvvx-Hybrid-Firmware: Es sendet BTHome-Daten als ATCz2BEE01 und bietet weiterhin die Telink-OTA.</translation>
    </message>
</context>
<context>
    <name>fw::telink::sim::TelinkSwireDemos</name>
    <message>
        <source>Bricked LYWSD03MMC on the SWS pad (USB-UART)</source>
        <translation>Defektes LYWSD03MMC am SWS-Pad (USB-UART)</translation>
    </message>
    <message>
        <source>A LYWSD03MMC thermometer whose firmware no longer works, wired to a USB-UART adapter: TX through 1 kOhm and RX straight to pad P14 (SWS), GND and 3.3 V to the battery contacts. Its firmware keeps the SWS pad, so it answers only when it is stopped right after power-up: the simulated owner takes the battery out and puts it back shortly after the activation starts. 512 KiB flash with the device&apos;s MAC, calibration and Mi keys from 0x74000.</source>
        <translation>Ein LYWSD03MMC-Thermometer, dessen Firmware nicht mehr funktioniert, verbunden mit einem USB-UART-Adapter: TX über 1 kOhm und RX direkt an Pad P14 (SWS), GND und 3,3 V an die Batteriekontakte. Seine Firmware belegt das SWS-Pad, daher antwortet es nur, wenn es direkt nach dem Einschalten angehalten wird: Der simulierte Besitzer nimmt die Batterie heraus und setzt sie kurz nach Beginn der Aktivierung wieder ein. 512 KiB Flash-Speicher mit MAC, Kalibrierung und Mi-Schlüsseln des Geräts ab 0x74000.</translation>
    </message>
    <message>
        <source>LYWSD03MMC on the SWS pad, wired without the resistor</source>
        <translation>LYWSD03MMC am SWS-Pad, ohne Widerstand angeschlossen</translation>
    </message>
    <message>
        <source>The same bricked thermometer, but the adapter&apos;s TX goes straight to P14: the chip hears every command but cannot pull the line against TX, so only the echo comes back and the rescue explains the wiring.</source>
        <translation>Dasselbe defekte Thermometer, aber TX des Adapters geht direkt an P14: Der Chip hört jeden Befehl, kann die Leitung aber nicht gegen TX ziehen. Daher kommt nur das Echo zurück, und die Rettung erklärt die Verkabelung.</translation>
    </message>
</context>
<context>
    <name>fw::ui::AboutDialog</name>
    <message>
        <source>About Flashwright</source>
        <translation>Über Flashwright</translation>
    </message>
    <message>
        <source>Flashwright %1</source>
        <translation>Flashwright %1</translation>
    </message>
    <message>
        <source>A workbench for flashing IoT devices: ESP/Tuya plugs, Telink and Xiaomi sensors, nRF52 mesh nodes, Pycom modems and Zigbee devices. Every step is explained, every failure comes with what to do next, and demo devices let you try it all without hardware.</source>
        <translation>Eine Werkbank zum Flashen von IoT-Geräten: ESP-/Tuya-Steckdosen, Telink- und Xiaomi-Sensoren, nRF52-Mesh-Knoten, Pycom-Modems und Zigbee-Geräte. Jeder Schritt wird erklärt, zu jedem Fehler gibt es den nächsten Schritt, und mit den Demo-Geräten lässt sich alles ohne Hardware ausprobieren.</translation>
    </message>
    <message>
        <source>&amp;Versions (include them when you ask for help):</source>
        <translation>&amp;Versionen (bitte bei Hilfeanfragen mitschicken):</translation>
    </message>
    <message>
        <source>Session logs: %1</source>
        <translation>Sitzungsprotokolle: %1</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty: keep a backup of what you flash.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer. Ohne jede Gewährleistung: Sichern Sie, was Sie überschreiben.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>fw::ui::DeviceDetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Pick a device in the list on the left to see what it is and what you can do with it. Or open a firmware file (File &gt; Open firmware file…) to check it.</source>
        <translation>Wählen Sie links in der Liste ein Gerät, um zu sehen, was es ist und was Sie damit tun können. Oder öffnen Sie eine Firmware-Datei (Datei &gt; Firmware-Datei öffnen…), um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>Serielle Schnittstelle %1</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Anschluss:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>USB ID:</source>
        <translation>USB-ID:</translation>
    </message>
    <message>
        <source>Adapter:</source>
        <translation>Adapter:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Chip:</translation>
    </message>
    <message>
        <source>Suggested speed:</source>
        <translation>Empfohlene Geschwindigkeit:</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 Baud</translation>
    </message>
    <message>
        <source>This adapter is not in Flashwright&apos;s list. It will most likely work anyway; the log shows what happens.</source>
        <translation>Dieser Adapter steht nicht in der Liste von Flashwright. Er funktioniert höchstwahrscheinlich trotzdem; das Protokoll zeigt, was passiert.</translation>
    </message>
    <message>
        <source>Open serial monitor</source>
        <translation>Seriellen Monitor öffnen</translation>
    </message>
    <message>
        <source>Unnamed Bluetooth device</source>
        <translation>Bluetooth-Gerät ohne Namen</translation>
    </message>
    <message>
        <source>Bluetooth LE device</source>
        <translation>Bluetooth-LE-Gerät</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Signal:</source>
        <translation>Signal:</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation>keine angekündigt</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>The signal is weak. Move the device closer to this computer before updating it.</source>
        <translation>Das Signal ist schwach. Bringen Sie das Gerät näher an diesen Computer, bevor Sie es aktualisieren.</translation>
    </message>
    <message>
        <source>This demo device is not part of this build.</source>
        <translation>Dieses Demo-Gerät ist in dieser Version nicht enthalten.</translation>
    </message>
    <message>
        <source>Demo device: simulated, no hardware needed.</source>
        <translation>Demo-Gerät: simuliert, keine Hardware nötig.</translation>
    </message>
    <message>
        <source>Bluetooth demo device: simulated, no hardware needed.</source>
        <translation>Bluetooth-Demo-Gerät: simuliert, keine Hardware nötig.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Serial (simulated)</source>
        <translation>Seriell (simuliert)</translation>
    </message>
    <message>
        <source>Bluetooth LE (simulated)</source>
        <translation>Bluetooth LE (simuliert)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start demo device</source>
        <translation>Demo-Gerät starten</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Firmware-Datei</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme kopieren</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Flashwright does not recognise this file. Check that you downloaded the firmware for your device, not a web page or an archive of sources.</source>
        <translation>Flashwright erkennt diese Datei nicht. Prüfen Sie, ob Sie die Firmware für Ihr Gerät heruntergeladen haben und nicht eine Webseite oder ein Quelltext-Archiv.</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Technische Details:</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Diese Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Flash a Tuya / ESP device…</source>
        <translation>Tuya-/ESP-Gerät flashen…</translation>
    </message>
    <message>
        <source>Wire, connect, back up and flash an ESP8266 or ESP32 on this port</source>
        <translation>Einen ESP8266 oder ESP32 an diesem Anschluss verkabeln, verbinden, sichern und flashen</translation>
    </message>
    <message>
        <source>Open the ESP flashing wizard on this demo device</source>
        <translation>Den ESP-Flash-Assistenten mit diesem Demo-Gerät öffnen</translation>
    </message>
    <message>
        <source>Rescue a Xiaomi thermometer by wire…</source>
        <translation>Xiaomi-Thermometer per Kabel retten…</translation>
    </message>
    <message>
        <source>Flash a thermometer that no longer works over Bluetooth, through this adapter on its test pads</source>
        <translation>Ein Thermometer, das über Bluetooth nicht mehr funktioniert, mit diesem Adapter über seine Testpads flashen</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Meldet:</translation>
    </message>
    <message>
        <source>Flash this thermometer…</source>
        <translation>Dieses Thermometer flashen…</translation>
    </message>
    <message>
        <source>Open the thermometer flashing wizard on this device</source>
        <translation>Den Assistenten zum Flashen von Thermometern für dieses Gerät öffnen</translation>
    </message>
    <message>
        <source>Rescue this thermometer by wire…</source>
        <translation>Dieses Thermometer per Kabel retten…</translation>
    </message>
    <message>
        <source>Open the thermometer flashing wizard on this demo device</source>
        <translation>Den Assistenten zum Flashen von Thermometern für dieses Demo-Gerät öffnen</translation>
    </message>
</context>
<context>
    <name>fw::ui::DiagnosisBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Protokoll zeigen</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Unterstützungspaket exportieren…</translation>
    </message>
    <message>
        <source>Save a zip with the log and versions to send to support</source>
        <translation>Eine ZIP-Datei mit Protokoll und Versionen für den Support speichern</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>fw::ui::DiscoveryPanel</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Serial ports, Bluetooth devices and demo devices. Press Enter to open one.</source>
        <translation>Serielle Anschlüsse, Bluetooth-Geräte und Demo-Geräte. Mit der Eingabetaste öffnen.</translation>
    </message>
    <message>
        <source>Look for serial ports again (F5)</source>
        <translation>Erneut nach seriellen Anschlüssen suchen (F5)</translation>
    </message>
    <message>
        <source>Scanning for Bluetooth devices</source>
        <translation>Suche nach Bluetooth-Geräten</translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation>Serielle Anschlüsse</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Demo-Geräte</translation>
    </message>
    <message>
        <source>Simulated devices: try every tool without hardware.</source>
        <translation>Simulierte Geräte: alle Werkzeuge ohne Hardware ausprobieren.</translation>
    </message>
    <message>
        <source>USB ID (VID:PID): %1</source>
        <translation>USB-ID (VID:PID): %1</translation>
    </message>
    <message>
        <source>Chip: %1</source>
        <translation>Chip: %1</translation>
    </message>
    <message>
        <source>No serial ports. Plug in your USB-serial adapter.</source>
        <translation>Keine seriellen Anschlüsse. Stecken Sie Ihren USB-Seriell-Adapter ein.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2 dBm)</source>
        <translation>%1 (%2 dBm)</translation>
    </message>
    <message>
        <source>No Bluetooth devices found. Wake the device (press its button or take out and put back the battery), keep it close, then scan again.</source>
        <translation>Keine Bluetooth-Geräte gefunden. Wecken Sie das Gerät auf (Taste drücken oder Batterie kurz herausnehmen), halten Sie es in der Nähe und suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Press Scan to look for Bluetooth devices nearby.</source>
        <translation>Klicken Sie auf „Suchen“, um Bluetooth-Geräte in der Nähe zu finden.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No demo devices in this build.</source>
        <translation>Diese Version enthält keine Demo-Geräte.</translation>
    </message>
    <message>
        <source>Stop looking for Bluetooth devices</source>
        <translation>Suche nach Bluetooth-Geräten beenden</translation>
    </message>
    <message>
        <source>Look for Bluetooth LE devices nearby</source>
        <translation>Nach Bluetooth-LE-Geräten in der Nähe suchen</translation>
    </message>
    <message>
        <source>Bluetooth LE — scanning…</source>
        <translation>Bluetooth LE – Suche läuft…</translation>
    </message>
    <message>
        <source>Bluetooth LE</source>
        <translation>Bluetooth LE</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>noch nicht gesucht</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>no adapter</source>
        <translation>kein Adapter</translation>
    </message>
    <message>
        <source>service not running</source>
        <translation>Dienst läuft nicht</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No serial ports</source>
        <translation>Keine seriellen Anschlüsse</translation>
    </message>
    <message>
        <source>1 serial port</source>
        <translation>1 serieller Anschluss</translation>
    </message>
    <message>
        <source>%1 serial ports</source>
        <translation>%1 serielle Anschlüsse</translation>
    </message>
    <message>
        <source>1 demo device</source>
        <translation>1 Demo-Gerät</translation>
    </message>
    <message>
        <source>%1 demo devices</source>
        <translation>%1 Demo-Geräte</translation>
    </message>
    <message>
        <source>Bluetooth: %1</source>
        <translation>Bluetooth: %1</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>Such&amp;en</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspAfterPage</name>
    <message>
        <source>After the flash</source>
        <translation>Nach dem Flashen</translation>
    </message>
    <message>
        <source>The backup is back on the device</source>
        <translation>Die Sicherung ist wieder auf dem Gerät</translation>
    </message>
    <message>
        <source>The firmware is on the device</source>
        <translation>Die Firmware ist auf dem Gerät</translation>
    </message>
    <message>
        <source>One last step: start the new firmware.</source>
        <translation>Ein letzter Schritt: Starten Sie die neue Firmware.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Finish&lt;/b&gt;: Flashwright restarts the board into its new firmware and closes the port.</source>
        <translation>Klicken Sie auf &lt;b&gt;Fertig&lt;/b&gt;: Flashwright startet die Platine mit der neuen Firmware neu und schließt den Anschluss.</translation>
    </message>
    <message>
        <source>First remove the wire from &lt;b&gt;GPIO0&lt;/b&gt; to GND, or the device starts its loader again. Then click &lt;b&gt;Finish&lt;/b&gt;.</source>
        <translation>Entfernen Sie zuerst das Kabel von &lt;b&gt;GPIO0&lt;/b&gt; nach GND, sonst startet das Gerät wieder seinen Bootloader. Klicken Sie dann auf &lt;b&gt;Fertig&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Restart the device once and close the port</source>
        <translation>Das Gerät einmal neu starten und den Anschluss schließen</translation>
    </message>
    <message>
        <source>Flash &amp;another device</source>
        <translation>&amp;Weiteres Gerät flashen</translation>
    </message>
    <message>
        <source>Start over at step 1 with the same adapter</source>
        <translation>Mit demselben Adapter wieder bei Schritt 1 beginnen</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>What to expect with Tasmota</source>
        <translation>Was Sie bei Tasmota erwartet</translation>
    </message>
    <message>
        <source>The device starts the firmware it had when you made the backup and behaves as it did then, with the same settings.</source>
        <translation>Das Gerät startet die Firmware, die es beim Erstellen der Sicherung hatte, und verhält sich wie damals, mit denselben Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new Wi-Fi network appears&lt;/b&gt;, named like tasmota_XXXXXX-#### (older versions: tasmota-XXXX). Connect to it and open &lt;b&gt;http://192.168.4.1&lt;/b&gt; to enter your own Wi-Fi. It stays open for &lt;b&gt;3 minutes&lt;/b&gt; after each start: if you miss it, switch the device off and on again.</source>
        <translation>&lt;b&gt;Ein neues WLAN erscheint&lt;/b&gt;, mit einem Namen wie tasmota_XXXXXX-#### (ältere Versionen: tasmota-XXXX). Verbinden Sie sich damit und öffnen Sie &lt;b&gt;http://192.168.4.1&lt;/b&gt;, um Ihr eigenes WLAN einzutragen. Es bleibt nach jedem Start &lt;b&gt;3 Minuten&lt;/b&gt; lang offen: Wenn Sie es verpassen, schalten Sie das Gerät aus und wieder ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A relay that clicks about once a second&lt;/b&gt;, or an LED that blinks, does not mean the flash failed. The firmware does not know this device yet: apply its template (Configuration, then Template) and it stops.</source>
        <translation>&lt;b&gt;Ein Relais, das etwa einmal pro Sekunde klickt&lt;/b&gt;, oder eine blinkende LED bedeutet nicht, dass das Flashen fehlgeschlagen ist. Die Firmware kennt dieses Gerät nur noch nicht: Wenden Sie seine Vorlage an („Configuration“, dann „Template“), dann hört es auf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buttons that do nothing&lt;/b&gt; on dimmers, fans and some plugs: these have a second chip (TuyaMCU), which works once TuyaMCU is set up.</source>
        <translation>&lt;b&gt;Tasten ohne Funktion&lt;/b&gt; bei Dimmern, Ventilatoren und manchen Steckdosen: Diese Geräte haben einen zweiten Chip (TuyaMCU), der erst funktioniert, wenn TuyaMCU eingerichtet ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back to factory settings&lt;/b&gt; without wires: switch the power off for 30 seconds, then switch it on and off 6 times, each time within 10 seconds, and leave it on at the 7th.</source>
        <translation>&lt;b&gt;Zurück auf Werkseinstellungen&lt;/b&gt; ohne Kabel: Schalten Sie den Strom 30 Sekunden lang aus. Schalten Sie ihn dann 6-mal ein und aus, jeweils innerhalb von 10 Sekunden, und lassen Sie ihn beim 7. Mal eingeschaltet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The device was restarted and runs its new firmware. The port is closed; you can unplug the adapter.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; Das Gerät wurde neu gestartet und läuft mit seiner neuen Firmware. Der Anschluss ist geschlossen; Sie können den Adapter abziehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One more thing:&lt;/b&gt; press the board&apos;s EN button (or unplug it and plug it in again) to start the new firmware.</source>
        <translation>&lt;b&gt;Noch eine Sache:&lt;/b&gt; Drücken Sie die EN-Taste der Platine (oder ziehen Sie die Platine ab und stecken Sie sie wieder ein), um die neue Firmware zu starten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One more thing:&lt;/b&gt; this adapter cannot restart the device. Unplug its power, make sure GPIO0 is no longer on GND, and plug it in again.</source>
        <translation>&lt;b&gt;Noch eine Sache:&lt;/b&gt; Dieser Adapter kann das Gerät nicht neu starten. Trennen Sie das Gerät von der Stromversorgung, achten Sie darauf, dass GPIO0 nicht mehr an GND liegt, und schließen Sie den Strom wieder an.</translation>
    </message>
    <message>
        <source>Click Finish to start the new firmware.</source>
        <translation>Klicken Sie auf „Fertig“, um die neue Firmware zu starten.</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspBackupPage</name>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Back up the whole flash before writing (recommended)</source>
        <translation>Vor dem Schreiben den ganzen Flash-Speicher sichern (empfohlen)</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ände&amp;rn…</translation>
    </message>
    <message>
        <source>Choose another folder for the backup</source>
        <translation>Einen anderen Ordner für die Sicherung wählen</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>I understand that I cannot undo this without a backup</source>
        <translation>Mir ist klar, dass ich das ohne Sicherung nicht rückgängig machen kann</translation>
    </message>
    <message>
        <source>Stop the backup. This is safe: nothing is written.</source>
        <translation>Sicherung abbrechen. Das ist ungefährlich: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No backup is possible with this device&apos;s loader.&lt;/b&gt; Its built-in loader (%1) can write the flash but cannot read it, so Flashwright cannot save a copy of the firmware that is on it now.&lt;br&gt;&lt;b&gt;What this means:&lt;/b&gt; once you write, the current firmware is gone for good, and you cannot go back to it later. The device itself stays safe: you can always write it again over these wires.</source>
        <translation>&lt;b&gt;Mit dem Bootloader dieses Geräts ist keine Sicherung möglich.&lt;/b&gt; Sein eingebauter Bootloader (%1) kann den Flash-Speicher beschreiben, aber nicht lesen. Deshalb kann Flashwright keine Kopie der Firmware speichern, die jetzt darauf ist.&lt;br&gt;&lt;b&gt;Was das bedeutet:&lt;/b&gt; Sobald Sie schreiben, ist die jetzige Firmware endgültig weg, und Sie können später nicht zu ihr zurück. Das Gerät selbst bleibt sicher: Sie können es über diese Kabel jederzeit erneut beschreiben.</translation>
    </message>
    <message>
        <source>Back up the current firmware</source>
        <translation>Die jetzige Firmware sichern</translation>
    </message>
    <message>
        <source>A copy of the whole flash memory lets you put the original firmware back later. The firmware a Tuya device ships with cannot be downloaded anywhere.</source>
        <translation>Mit einer Kopie des ganzen Flash-Speichers können Sie die ursprüngliche Firmware später zurückspielen. Die Firmware, mit der ein Tuya-Gerät ausgeliefert wird, gibt es nirgends zum Herunterladen.</translation>
    </message>
    <message>
        <source>Normally Flashwright saves a copy of the whole flash first, so that the original firmware can be put back later. With this device it cannot:</source>
        <translation>Normalerweise speichert Flashwright zuerst eine Kopie des ganzen Flash-Speichers, damit die ursprüngliche Firmware später zurückgespielt werden kann. Bei diesem Gerät geht das nicht:</translation>
    </message>
    <message>
        <source>Back &amp;up again</source>
        <translation>Erneut &amp;sichern</translation>
    </message>
    <message>
        <source>%1 of flash at %2 baud: about %3.</source>
        <translation>%1 Flash-Speicher bei %2 Baud: etwa %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without a backup you cannot undo this.&lt;/b&gt; The firmware now on the device is gone once you write, and Tuya&apos;s firmware cannot be downloaded anywhere.</source>
        <translation>&lt;b&gt;Ohne Sicherung können Sie das nicht rückgängig machen.&lt;/b&gt; Die Firmware, die jetzt auf dem Gerät ist, ist weg, sobald Sie schreiben, und die Firmware von Tuya gibt es nirgends zum Herunterladen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup saved:&lt;/b&gt; %1 (%2)&lt;br&gt;Folder: %3&lt;br&gt;MD5 checksum: %4</source>
        <translation>&lt;b&gt;Sicherung gespeichert:&lt;/b&gt; %1 (%2)&lt;br&gt;Ordner: %3&lt;br&gt;MD5-Prüfsumme: %4</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Ordner für die Sicherung</translation>
    </message>
    <message>
        <source>Connect to the device first (step 3).</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät (Schritt 3).</translation>
    </message>
    <message>
        <source>Back up first, or untick the backup and confirm that you understand.</source>
        <translation>Sichern Sie zuerst, oder entfernen Sie das Häkchen bei der Sicherung und bestätigen Sie, dass Ihnen die Folgen klar sind.</translation>
    </message>
    <message>
        <source>Confirm that you understand there will be no backup.</source>
        <translation>Bestätigen Sie, dass Ihnen klar ist, dass es keine Sicherung gibt.</translation>
    </message>
    <message>
        <source>To make a backup, go back to step 3, untick &lt;b&gt;Use the chip&apos;s ROM loader only&lt;/b&gt; under Advanced, and connect again.</source>
        <translation>Um eine Sicherung zu erstellen, gehen Sie zurück zu Schritt 3, entfernen Sie unter „Erweitert“ das Häkchen bei &lt;b&gt;Nur den ROM-Lader des Chips verwenden&lt;/b&gt; und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to the device</source>
        <translation>Mit dem Gerät verbinden</translation>
    </message>
    <message>
        <source>The chip must start in its loader to be flashed. Tell Flashwright how that happens, then click Connect.</source>
        <translation>Zum Flashen muss der Chip in seinem Bootloader starten. Sagen Sie Flashwright, wie das geschieht, und klicken Sie dann auf „Verbinden“.</translation>
    </message>
    <message>
        <source>How does the device start its loader?</source>
        <translation>Wie startet das Gerät seinen Bootloader?</translation>
    </message>
    <message>
        <source>By &amp;hand: GPIO0 to GND, then power on</source>
        <translation>Von &amp;Hand: GPIO0 an GND, dann Strom an</translation>
    </message>
    <message>
        <source>Tuya plugs, bare modules and adapters without reset wires.</source>
        <translation>Tuya-Steckdosen, einzelne Module und Adapter ohne Reset-Leitungen.</translation>
    </message>
    <message>
        <source>&amp;Automatically: the adapter restarts the board</source>
        <translation>&amp;Automatisch: Der Adapter startet die Platine neu</translation>
    </message>
    <message>
        <source>Boards with their own USB socket, such as ESP32 DevKits and NodeMCU.</source>
        <translation>Platinen mit eigener USB-Buchse, etwa ESP32-DevKits und NodeMCU.</translation>
    </message>
    <message>
        <source>&amp;Connect again</source>
        <translation>Erneut &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Open the port and wait for the chip&apos;s loader to answer</source>
        <translation>Den Anschluss öffnen und warten, bis der Bootloader des Chips antwortet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting; nothing has been written</source>
        <translation>Nicht länger warten; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Waiting for the device</source>
        <translation>Warten auf das Gerät</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Was gerade passiert</translation>
    </message>
    <message>
        <source>Time waited</source>
        <translation>Bisherige Wartezeit</translation>
    </message>
    <message>
        <source>Switch the device off: unplug its power.</source>
        <translation>Schalten Sie das Gerät aus: Trennen Sie es von der Stromversorgung.</translation>
    </message>
    <message>
        <source>Connect GPIO0 to GND and leave it connected.</source>
        <translation>Verbinden Sie GPIO0 mit GND und lassen Sie die Verbindung bestehen.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Connect&lt;/b&gt;.</source>
        <translation>Klicken Sie auf &lt;b&gt;Verbinden&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Within two minutes, switch the power on (or plug the adapter in). Flashwright waits and connects by itself.</source>
        <translation>Schalten Sie innerhalb von zwei Minuten den Strom ein (oder stecken Sie den Adapter ein). Flashwright wartet und verbindet sich von selbst.</translation>
    </message>
    <message>
        <source>Plug the board into this computer.</source>
        <translation>Schließen Sie die Platine an diesen Computer an.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Connect&lt;/b&gt;: Flashwright restarts the board into its loader.</source>
        <translation>Klicken Sie auf &lt;b&gt;Verbinden&lt;/b&gt;: Flashwright startet die Platine in ihren Bootloader neu.</translation>
    </message>
    <message>
        <source>If it does not answer: hold BOOT, press and release EN, then let go of BOOT while Flashwright is waiting.</source>
        <translation>Wenn keine Antwort kommt: Halten Sie BOOT gedrückt, drücken Sie kurz EN und lassen Sie dann BOOT los, während Flashwright wartet.</translation>
    </message>
    <message>
        <source>This is a demo device: it is simulated, needs no wiring and answers at once.</source>
        <translation>Dies ist ein Demo-Gerät: Es ist simuliert, braucht keine Kabel und antwortet sofort.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Another task is running. Wait until it has finished, then click Connect again.</source>
        <translation>Eine andere Aufgabe läuft. Warten Sie, bis sie fertig ist, und klicken Sie dann erneut auf „Verbinden“.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written to the device. Click Connect to try again.</source>
        <translation>Abgebrochen. Es wurde nichts auf das Gerät geschrieben. Klicken Sie auf „Verbinden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1 on %2. Nothing has been changed on the device yet.</source>
        <translation>&lt;b&gt;Verbunden&lt;/b&gt; mit %1 an %2. Am Gerät wurde noch nichts verändert.</translation>
    </message>
    <message>
        <source>Connect to the device first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Show or hide the loader choice</source>
        <translation>Die Auswahl des Laders ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Use the chip&apos;s ROM loader only (slower; no backup, no verification)</source>
        <translation>Nur den ROM-Lader des Chips verwenden (langsamer; keine Sicherung, keine Prüfung)</translation>
    </message>
    <message>
        <source>ESP8266 and ESP8285: Flashwright then does not load its flasher stub. Only for a device where the stub fails. The ESP32 always uses its ROM.</source>
        <translation>ESP8266 und ESP8285: Flashwright lädt dann seinen Flasher-Stub nicht. Nur für Geräte, bei denen der Stub versagt. Der ESP32 verwendet immer sein ROM.</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspFirmwarePage</name>
    <message>
        <source>Choose firmware</source>
        <translation>Firmware wählen</translation>
    </message>
    <message>
        <source>Choose the firmware</source>
        <translation>Firmware auswählen</translation>
    </message>
    <message>
        <source>Pick the file to write, for example tasmota.bin for an ESP8266 or tasmota32.factory.bin for an ESP32. Flashwright checks it against the device before anything is written.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll, zum Beispiel tasmota.bin für einen ESP8266 oder tasmota32.factory.bin für einen ESP32. Flashwright gleicht sie mit dem Gerät ab, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Firmware-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Write anyway: I accept that the device may not start afterwards</source>
        <translation>Trotzdem schreiben: Ich nehme in Kauf, dass das Gerät danach vielleicht nicht startet</translation>
    </message>
    <message>
        <source>Firmware images (*.bin);;All files (*)</source>
        <translation>Firmware-Abbilder (*.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is %1, larger than the flash of any ESP chip (16 MB). It is not a firmware image for this device.</source>
        <translation>Die Datei ist %1 groß, also größer als der Flash-Speicher jedes ESP-Chips (16 MB). Sie ist kein Firmware-Abbild für dieses Gerät.</translation>
    </message>
    <message>
        <source>%1 modules start reliably only in %2 mode.</source>
        <translation>%1: Diese Module starten nur im Modus %2 zuverlässig.</translation>
    </message>
    <message>
        <source>Made for this chip (%1).</source>
        <translation>Für diesen Chip gemacht (%1).</translation>
    </message>
    <message>
        <source>Fits into the %1 flash.</source>
        <translation>Passt in den Flash-Speicher (%1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Size:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Größe:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Made for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gemacht für:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flash settings in the file:&lt;/b&gt; %1 mode, %2, %3</source>
        <translation>&lt;b&gt;Flash-Einstellungen in der Datei:&lt;/b&gt; Modus %1, %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity:&lt;/b&gt; the file&apos;s checksum is correct.</source>
        <translation>&lt;b&gt;Unversehrtheit:&lt;/b&gt; Die Prüfsumme der Datei stimmt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity:&lt;/b&gt; the file&apos;s checksum is wrong.</source>
        <translation>&lt;b&gt;Unversehrtheit:&lt;/b&gt; Die Prüfsumme der Datei stimmt nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checked against your device:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mit Ihrem Gerät abgeglichen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Use %1 and set the flash size to %2 (recommended for this module)</source>
        <translation>%1 verwenden und die Flash-Größe auf %2 setzen (für dieses Modul empfohlen)</translation>
    </message>
    <message>
        <source>Use %1 (recommended for this module)</source>
        <translation>%1 verwenden (für dieses Modul empfohlen)</translation>
    </message>
    <message>
        <source>Set the flash size to %1 (recommended for this device)</source>
        <translation>Flash-Größe auf %1 setzen (für dieses Gerät empfohlen)</translation>
    </message>
    <message>
        <source>The file asks for %1: a wrong mode is the usual reason for a device that is dead after a flash that seemed to work.</source>
        <translation>Die Datei verlangt %1: Ein falscher Modus ist der häufigste Grund, wenn ein Gerät nach scheinbar erfolgreichem Flashen nicht mehr startet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worth knowing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gut zu wissen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flashwright will not write this file as it is:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Flashwright schreibt diese Datei so nicht:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connect to the device first (step 3).</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät (Schritt 3).</translation>
    </message>
    <message>
        <source>Choose a firmware file.</source>
        <translation>Wählen Sie eine Firmware-Datei.</translation>
    </message>
    <message>
        <source>This file does not fit the device: choose another, or tick “Write anyway”.</source>
        <translation>Diese Datei passt nicht zum Gerät: Wählen Sie eine andere oder setzen Sie das Häkchen bei „Trotzdem schreiben“.</translation>
    </message>
    <message>
        <source>%1 (changed from %2, as recommended)</source>
        <translation>%1 (wie empfohlen geändert, vorher %2)</translation>
    </message>
    <message>
        <source>%1, as in the file</source>
        <translation>%1, wie in der Datei</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspIdentifyPage</name>
    <message>
        <source>Identify</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>This is your device</source>
        <translation>Das ist Ihr Gerät</translation>
    </message>
    <message>
        <source>Flashwright asked the chip about itself. Nothing has been changed on the device yet.</source>
        <translation>Flashwright hat den Chip nach seinen Daten gefragt. Am Gerät wurde noch nichts verändert.</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Chip:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC-Adresse:</translation>
    </message>
    <message>
        <source>Flash memory:</source>
        <translation>Flash-Speicher:</translation>
    </message>
    <message>
        <source>Crystal:</source>
        <translation>Quarz:</translation>
    </message>
    <message>
        <source>Probably on:</source>
        <translation>Vermutetes Modul:</translation>
    </message>
    <message>
        <source>Loader:</source>
        <translation>Bootloader:</translation>
    </message>
    <message>
        <source>The loader can:</source>
        <translation>Der Bootloader kann:</translation>
    </message>
    <message>
        <source>Speed now:</source>
        <translation>Aktuelle Geschwindigkeit:</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Install new firmware (for example Tasmota)</source>
        <translation>Neue Firmware &amp;installieren (zum Beispiel Tasmota)</translation>
    </message>
    <message>
        <source>&amp;Put a saved backup back on the device</source>
        <translation>Eine gespeicherte &amp;Sicherung zurückspielen</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>unknown: the flash chip did not say</source>
        <translation>unbekannt: Der Flash-Chip gibt es nicht an</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (as chosen in step 2)</source>
        <translation>%1 (wie in Schritt 2 gewählt)</translation>
    </message>
    <message>
        <source>read the flash, so a backup is possible</source>
        <translation>den Flash-Speicher lesen, also ist eine Sicherung möglich</translation>
    </message>
    <message>
        <source>read the flash: no backup possible</source>
        <translation>den Flash-Speicher lesen: keine Sicherung möglich</translation>
    </message>
    <message>
        <source>check the written data by checksum</source>
        <translation>die geschriebenen Daten per Prüfsumme prüfen</translation>
    </message>
    <message>
        <source>receive compressed data (faster)</source>
        <translation>komprimierte Daten empfangen (schneller)</translation>
    </message>
    <message>
        <source>switch to a faster speed</source>
        <translation>auf eine höhere Geschwindigkeit umschalten</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 Baud</translation>
    </message>
    <message>
        <source>You picked &lt;b&gt;%1&lt;/b&gt; in step 2, but the chip is an %2. Flashwright now assumes a &lt;b&gt;%3&lt;/b&gt; for its advice.</source>
        <translation>Sie haben in Schritt 2 &lt;b&gt;%1&lt;/b&gt; gewählt, aber der Chip ist ein %2. Für seine Hinweise geht Flashwright jetzt von &lt;b&gt;%3&lt;/b&gt; aus.</translation>
    </message>
    <message>
        <source>Connect to the device first (step 3).</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät (Schritt 3).</translation>
    </message>
    <message>
        <source>ROM (%1)</source>
        <translation>ROM (%1)</translation>
    </message>
    <message>
        <source>Flashwright stub (build %1)</source>
        <translation>Flashwright-Stub (Build %1)</translation>
    </message>
    <message>
        <source>Flasher stub (it was already running)</source>
        <translation>Flasher-Stub (lief bereits)</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspModule</name>
    <message>
        <source>ESP-01 or other ESP8266 module</source>
        <translation>ESP-01 oder anderes ESP8266-Modul</translation>
    </message>
    <message>
        <source>ESP32 development board</source>
        <translation>ESP32-Entwicklungsplatine</translation>
    </message>
    <message>
        <source>Tuya module in many plugs and switches (ESP8266, 1 or 2 MB)</source>
        <translation>Tuya-Modul in vielen Steckdosen und Schaltern (ESP8266, 1 oder 2 MB)</translation>
    </message>
    <message>
        <source>Small Tuya module in plugs and bulbs (ESP8285, 1 MB inside the chip)</source>
        <translation>Kleines Tuya-Modul in Steckdosen und Lampen (ESP8285, 1 MB im Chip)</translation>
    </message>
    <message>
        <source>ESP-01, ESP-12 and similar bare modules with an ESP8266</source>
        <translation>ESP-01, ESP-12 und ähnliche einzelne Module mit einem ESP8266</translation>
    </message>
    <message>
        <source>A board with its own USB socket (DevKit, NodeMCU-32S, ...)</source>
        <translation>Eine Platine mit eigener USB-Buchse (DevKit, NodeMCU-32S, ...)</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspPortPage</name>
    <message>
        <source>Adapter and port</source>
        <translation>Adapter und Anschluss</translation>
    </message>
    <message>
        <source>Choose the adapter</source>
        <translation>Adapter auswählen</translation>
    </message>
    <message>
        <source>Plug the USB-serial adapter (or the board&apos;s USB cable) into this computer: it appears here by itself. No hardware at hand? Pick a demo device.</source>
        <translation>Stecken Sie den USB-Seriell-Adapter (oder das USB-Kabel der Platine) an diesem Computer ein: Er erscheint dann hier von selbst. Keine Hardware zur Hand? Wählen Sie ein Demo-Gerät.</translation>
    </message>
    <message>
        <source>&amp;Connected adapters and demo devices:</source>
        <translation>&amp;Angeschlossene Adapter und Demo-Geräte:</translation>
    </message>
    <message>
        <source>Transfer &amp;speed:</source>
        <translation>Übertragungs&amp;geschwindigkeit:</translation>
    </message>
    <message>
        <source>921600 baud: fastest, some adapters cannot keep up</source>
        <translation>921600 Baud: am schnellsten, manche Adapter kommen nicht mit</translation>
    </message>
    <message>
        <source>460800 baud: fast (recommended)</source>
        <translation>460800 Baud: schnell (empfohlen)</translation>
    </message>
    <message>
        <source>230400 baud</source>
        <translation>230400 Baud</translation>
    </message>
    <message>
        <source>115200 baud: slow but safe</source>
        <translation>115200 Baud: langsam, aber sicher</translation>
    </message>
    <message>
        <source>Flashwright always connects at 115200 baud, then switches to this speed where the chip can. If the device stops answering, it falls back to a slower speed by itself.</source>
        <translation>Flashwright verbindet sich immer mit 115200 Baud und schaltet dann auf diese Geschwindigkeit um, wenn der Chip das kann. Antwortet das Gerät nicht mehr, wechselt Flashwright von selbst auf eine langsamere Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Pick an adapter or a demo device.</source>
        <translation>Wählen Sie einen Adapter oder ein Demo-Gerät.</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspRestorePage</name>
    <message>
        <source>Choose backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Choose the backup to put back</source>
        <translation>Sicherung zum Zurückspielen auswählen</translation>
    </message>
    <message>
        <source>Pick a backup Flashwright made of this device, or another copy of its whole flash. Flashwright checks that it fits before anything is written.</source>
        <translation>Wählen Sie eine Sicherung, die Flashwright von diesem Gerät erstellt hat, oder eine andere Kopie seines ganzen Flash-Speichers. Flashwright prüft, ob sie passt, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>No backup chosen yet</source>
        <translation>Noch keine Sicherung gewählt</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>&amp;Choose backup…</source>
        <translation>Sicherung &amp;auswählen…</translation>
    </message>
    <message>
        <source>Write it anyway: I accept that the device may not start afterwards</source>
        <translation>Trotzdem schreiben: Ich nehme in Kauf, dass das Gerät danach vielleicht nicht startet</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Flash backups (*.bin);;All files (*)</source>
        <translation>Flash-Sicherungen (*.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file %1 does not exist (any more). Choose it again.</source>
        <translation>Die Datei %1 gibt es nicht (mehr). Wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Flashwright cannot read %1. Check that it is a file you may read.</source>
        <translation>Flashwright kann %1 nicht lesen. Prüfen Sie, ob es eine Datei ist, die Sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a backup.</source>
        <translation>Die Datei ist leer: Sie ist keine Sicherung.</translation>
    </message>
    <message>
        <source>The file (%1) is larger than this device&apos;s flash (%2): it comes from another device.</source>
        <translation>Die Datei (%1) ist größer als der Flash-Speicher dieses Geräts (%2): Sie stammt von einem anderen Gerät.</translation>
    </message>
    <message>
        <source>It was made from the device with MAC %1, but this device&apos;s MAC is %2. Another device&apos;s backup carries that device&apos;s settings and identity.</source>
        <translation>Sie wurde von dem Gerät mit der MAC %1 erstellt, aber die MAC dieses Geräts ist %2. Die Sicherung eines anderen Geräts bringt dessen Einstellungen und Identität mit.</translation>
    </message>
    <message>
        <source>The file changed since the backup was made: its checksum is not the one saved next to it.</source>
        <translation>Die Datei wurde seit dem Erstellen der Sicherung verändert: Ihre Prüfsumme ist nicht die, die daneben gespeichert ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Size:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Größe:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It covers the first %1 of the %2 flash; the rest stays as it is.</source>
        <translation>Sie umfasst die ersten %1 des Flash-Speichers (%2); der Rest bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Made from this device (MAC %1).</source>
        <translation>Von diesem Gerät erstellt (MAC %1).</translation>
    </message>
    <message>
        <source>The name does not say which device it came from: make sure it is this one&apos;s.</source>
        <translation>Der Name verrät nicht, von welchem Gerät sie stammt: Vergewissern Sie sich, dass es die Sicherung dieses Geräts ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flashwright will not write this file as it is:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Flashwright schreibt diese Datei so nicht:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connect to the device first (step 3).</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät (Schritt 3).</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>This file does not fit: choose another, or tick “Write it anyway”.</source>
        <translation>Diese Datei passt nicht: Wählen Sie eine andere oder setzen Sie das Häkchen bei „Trotzdem schreiben“.</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspWiringPage</name>
    <message>
        <source>Wiring</source>
        <translation>Verkabeln</translation>
    </message>
    <message>
        <source>Board or &amp;module:</source>
        <translation>Platine oder &amp;Modul:</translation>
    </message>
    <message>
        <source>Board or module</source>
        <translation>Platine oder Modul</translation>
    </message>
    <message>
        <source>&lt;b&gt;TX and RX cross over:&lt;/b&gt; the adapter&apos;s TX goes to the module&apos;s RX, and the adapter&apos;s RX to the module&apos;s TX.</source>
        <translation>&lt;b&gt;TX und RX über Kreuz:&lt;/b&gt; TX des Adapters kommt an RX des Moduls und RX des Adapters an TX des Moduls.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two chips on the board?&lt;/b&gt; Dimmers, fans and some plugs have a second chip (TuyaMCU) on the same RX and TX pins. If connecting fails, hold that chip in reset or disconnect it while you flash. After flashing, its buttons do nothing until TuyaMCU is set up in the new firmware.</source>
        <translation>&lt;b&gt;Zwei Chips auf der Platine?&lt;/b&gt; Dimmer, Ventilatoren und manche Steckdosen haben einen zweiten Chip (TuyaMCU) an denselben RX- und TX-Pins. Wenn das Verbinden fehlschlägt, halten Sie diesen Chip im Reset oder trennen Sie ihn, solange Sie flashen. Nach dem Flashen tun seine Tasten nichts, bis TuyaMCU in der neuen Firmware eingerichtet ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Power with 3.3 V, never 5 V.&lt;/b&gt; The module draws 150 to 300 mA in short peaks when its radio starts. The 3.3 V pin of most USB-serial adapters cannot give that, and flashing then stops half-way. Use a separate 3.3 V supply (300 mA or more) and connect its GND to the adapter&apos;s GND.</source>
        <translation>&lt;b&gt;Mit 3,3 V versorgen, niemals mit 5 V.&lt;/b&gt; Das Modul braucht kurzzeitig 150 bis 300 mA, wenn sein Funk startet. Der 3,3-V-Pin der meisten USB-Seriell-Adapter schafft das nicht, und das Flashen bricht dann mittendrin ab. Verwenden Sie ein eigenes 3,3-V-Netzteil (300 mA oder mehr) und verbinden Sie dessen GND mit dem GND des Adapters.</translation>
    </message>
    <message>
        <source>Connect the board</source>
        <translation>Platine anschließen</translation>
    </message>
    <message>
        <source>Wire the module to the adapter</source>
        <translation>Modul mit dem Adapter verkabeln</translation>
    </message>
    <message>
        <source>This board has its own USB-serial chip: no wires needed. Plug it in with a USB data cable.</source>
        <translation>Diese Platine hat einen eigenen USB-Seriell-Chip: Es sind keine Kabel nötig. Schließen Sie sie mit einem USB-Datenkabel an.</translation>
    </message>
    <message>
        <source>Unplug everything first. Connect the wires as the picture shows, then go on. The pad names are printed next to the pads.</source>
        <translation>Ziehen Sie zuerst alles ab. Verbinden Sie die Kabel wie im Bild gezeigt und machen Sie dann weiter. Die Namen der Lötpunkte stehen aufgedruckt daneben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;ESP-01:&lt;/b&gt; also connect EN (marked CH_PD on some boards) to 3.3 V, or the module stays switched off. On ESP-12 boards, GPIO15 must be at GND as well.</source>
        <translation>&lt;b&gt;ESP-01:&lt;/b&gt; Verbinden Sie außerdem EN (auf manchen Platinen mit CH_PD beschriftet) mit 3,3 V, sonst bleibt das Modul ausgeschaltet. Bei ESP-12-Platinen muss zusätzlich GPIO15 an GND liegen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;TYWE2S:&lt;/b&gt; the pads are small and their order differs between board makers: go by the names printed next to them. The flash is inside the chip, so it must be written in DOUT mode; Flashwright offers that when you choose the file.</source>
        <translation>&lt;b&gt;TYWE2S:&lt;/b&gt; Die Lötpunkte sind klein, und ihre Reihenfolge ist je nach Hersteller verschieden: Richten Sie sich nach den aufgedruckten Namen daneben. Der Flash-Speicher sitzt im Chip, deshalb muss im DOUT-Modus geschrieben werden; Flashwright bietet das an, wenn Sie die Datei wählen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Charge-only cables&lt;/b&gt; carry no data: if no port shows up in step 1, try another cable.</source>
        <translation>&lt;b&gt;Reine Ladekabel&lt;/b&gt; übertragen keine Daten: Wenn in Schritt 1 kein Anschluss erscheint, versuchen Sie ein anderes Kabel.</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspWizard</name>
    <message>
        <source>Flash a Tuya / ESP device</source>
        <translation>Tuya-/ESP-Gerät flashen</translation>
    </message>
</context>
<context>
    <name>fw::ui::EspWritePage</name>
    <message>
        <source>Write and verify</source>
        <translation>Schreiben und prüfen</translation>
    </message>
    <message>
        <source>Put the backup back</source>
        <translation>Sicherung zurückspielen</translation>
    </message>
    <message>
        <source>Write the firmware</source>
        <translation>Firmware schreiben</translation>
    </message>
    <message>
        <source>Written. The last step starts it on the device.</source>
        <translation>Geschrieben. Im letzten Schritt wird sie auf dem Gerät gestartet.</translation>
    </message>
    <message>
        <source>Check what will be written, then start. Keep the device connected and powered until Flashwright says it is done.</source>
        <translation>Prüfen Sie, was geschrieben wird, und starten Sie dann. Lassen Sie das Gerät angeschlossen und eingeschaltet, bis Flashwright meldet, dass es fertig ist.</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>Erneut &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Write and verify</source>
        <translation>&amp;Schreiben und prüfen</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <source>Stop writing (Flashwright asks first)</source>
        <translation>Schreiben abbrechen (Flashwright fragt vorher nach)</translation>
    </message>
    <message>
        <source>Stopping while it writes leaves the device without working firmware until you write it again. It stays recoverable over the same wires.</source>
        <translation>Wenn Sie während des Schreibens abbrechen, hat das Gerät keine funktionierende Firmware, bis Sie erneut schreiben. Es lässt sich aber über dieselben Kabel wiederherstellen.</translation>
    </message>
    <message>
        <source>Stop &amp;anyway</source>
        <translation>&amp;Trotzdem abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>Schreiben &amp;fortsetzen</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Was geschrieben wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stop writing now?&lt;/b&gt; The device is half-written: it will not start until you write it again. It stays recoverable: connect again over the same wires and write the firmware or your backup.</source>
        <translation>&lt;b&gt;Schreiben jetzt abbrechen?&lt;/b&gt; Das Gerät ist dann nur halb beschrieben: Es startet erst wieder, wenn Sie erneut schreiben. Es lässt sich aber wiederherstellen: Verbinden Sie sich erneut über dieselben Kabel und schreiben Sie die Firmware oder Ihre Sicherung.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>%1 with %2 flash, MAC %3</source>
        <translation>%1 mit %2 Flash-Speicher, MAC %3</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wohin:</translation>
    </message>
    <message>
        <source>from the start of the flash memory</source>
        <translation>ab dem Anfang des Flash-Speichers</translation>
    </message>
    <message>
        <source>from %1 into the flash memory (address 0x%2)</source>
        <translation>ab %1 im Flash-Speicher (Adresse 0x%2)</translation>
    </message>
    <message>
        <source>Flash mode:</source>
        <translation>Flash-Modus:</translation>
    </message>
    <message>
        <source>Backup first:</source>
        <translation>Sicherung vorab:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>%1 baud</source>
        <translation>%1 Baud</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written and verified.&lt;/b&gt; The checksum the device computed matches the file (MD5 &lt;tt&gt;%1&lt;/tt&gt;).</source>
        <translation>&lt;b&gt;Geschrieben und geprüft.&lt;/b&gt; Die vom Gerät berechnete Prüfsumme stimmt mit der Datei überein (MD5 &lt;tt&gt;%1&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written, but not verified.&lt;/b&gt; This device&apos;s built-in loader cannot compute a checksum, so Flashwright could not check what it wrote.</source>
        <translation>&lt;b&gt;Geschrieben, aber nicht geprüft.&lt;/b&gt; Der eingebaute Bootloader dieses Geräts kann keine Prüfsumme berechnen, daher konnte Flashwright das Geschriebene nicht prüfen.</translation>
    </message>
    <message>
        <source>If the device does not start afterwards, write again at 115200 baud.</source>
        <translation>Falls das Gerät danach nicht startet, schreiben Sie erneut mit 115200 Baud.</translation>
    </message>
    <message>
        <source>If the device does not start afterwards, write it again; an unsteady 3.3 V supply is the usual cause.</source>
        <translation>Falls das Gerät danach nicht startet, schreiben Sie erneut; meist ist eine instabile 3,3-V-Stromversorgung die Ursache.</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message>
        <source>%1 were already on the device and were skipped.</source>
        <translation>%1 waren schon auf dem Gerät und wurden übersprungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; The device may be half-written and will not start until you write it again. Click Write to start again.</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; Das Gerät ist vielleicht nur halb beschrieben und startet erst wieder, wenn Sie erneut schreiben. Klicken Sie auf „Schreiben und prüfen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Connect to the device first (step 3).</source>
        <translation>Verbinden Sie sich zuerst mit dem Gerät (Schritt 3).</translation>
    </message>
    <message>
        <source>Write the firmware first.</source>
        <translation>Schreiben Sie zuerst die Firmware.</translation>
    </message>
</context>
<context>
    <name>fw::ui::FirmwareInfoJob</name>
    <message>
        <source>Check firmware file</source>
        <translation>Firmware-Datei prüfen</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Checking firmware file %1</source>
        <translation>Firmware-Datei %1 wird geprüft</translation>
    </message>
    <message>
        <source>%1: %2, %3 bytes, SHA-256 %4</source>
        <translation>%1: %2, %3 Bytes, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>fw::ui::Format</name>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>fw::ui::HexModel</name>
    <message>
        <source>→ TX</source>
        <translation>→ TX</translation>
    </message>
    <message>
        <source>← RX</source>
        <translation>← RX</translation>
    </message>
    <message>
        <source>· data</source>
        <translation>· Daten</translation>
    </message>
    <message>
        <source>%1, %2 at offset %3</source>
        <translation>%1, %2 bei Offset %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
</context>
<context>
    <name>fw::ui::HexView</name>
    <message>
        <source>Hex view</source>
        <translation>Hex-Ansicht</translation>
    </message>
    <message>
        <source>→ TX</source>
        <translation>→ TX</translation>
    </message>
    <message>
        <source>Show the bytes sent to the device</source>
        <translation>Die an das Gerät gesendeten Bytes zeigen</translation>
    </message>
    <message>
        <source>Show sent bytes</source>
        <translation>Gesendete Bytes zeigen</translation>
    </message>
    <message>
        <source>← RX</source>
        <translation>← RX</translation>
    </message>
    <message>
        <source>Show the bytes received from the device</source>
        <translation>Die vom Gerät empfangenen Bytes zeigen</translation>
    </message>
    <message>
        <source>Show received bytes</source>
        <translation>Empfangene Bytes zeigen</translation>
    </message>
    <message>
        <source>Jump to the newest bytes and follow again</source>
        <translation>Zu den neuesten Bytes springen und wieder folgen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest bytes in view; switch off to pause</source>
        <translation>Die neuesten Bytes im Blick behalten; zum Anhalten ausschalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every row and restart the offsets</source>
        <translation>Alle Zeilen entfernen und die Offsets neu beginnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as a hex dump (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen als Hex-Dump kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the visible rows as a hex dump</source>
        <translation>Die sichtbaren Zeilen als Hex-Dump speichern</translation>
    </message>
    <message>
        <source>Hex rows</source>
        <translation>Hex-Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n new rows</source>
        <translation>
            <numerusform>%n neue Zeile</numerusform>
            <numerusform>%n neue Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the hex dump to %1: %2. Choose a folder you can write to, or free some disk space, and export again.</source>
        <translation>Der Hex-Dump konnte nicht in %1 gespeichert werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder schaffen Sie Platz auf dem Datenträger, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Export hex dump</source>
        <translation>Hex-Dump exportieren</translation>
    </message>
    <message>
        <source>Hex dump (*.txt)</source>
        <translation>Hex-Dump (*.txt)</translation>
    </message>
</context>
<context>
    <name>fw::ui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source> ... (%n bytes in all)</source>
        <translation>
            <numerusform> … (insgesamt %n Byte)</numerusform>
            <numerusform> … (insgesamt %n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>fw::ui::LogView</name>
    <message>
        <source>Session log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Show records of this level and above</source>
        <translation>Einträge dieser und höherer Stufen zeigen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Jump to the newest record and follow again</source>
        <translation>Zum neuesten Eintrag springen und wieder folgen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest record in view; switch off to pause</source>
        <translation>Den neuesten Eintrag im Blick behalten; zum Anhalten ausschalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every record from this view</source>
        <translation>Alle Einträge aus dieser Ansicht entfernen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as text (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen als Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Das Protokoll in eine Datei speichern</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2. Choose a folder you can write to, or free some disk space, and export again.</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder schaffen Sie Platz auf dem Datenträger, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Visible records as text (*.txt)</source>
        <translation>Sichtbare Einträge als Text (*.txt)</translation>
    </message>
    <message>
        <source>All records as JSON lines (*.jsonl)</source>
        <translation>Alle Einträge als JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Protokoll exportieren</translation>
    </message>
</context>
<context>
    <name>fw::ui::MainWindow</name>
    <message>
        <source>Flashwright</source>
        <translation>Flashwright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open firmware file…</source>
        <translation>Firmware-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Check a firmware file: format, size and checksum</source>
        <translation>Eine Firmware-Datei prüfen: Format, Größe und Prüfsumme</translation>
    </message>
    <message>
        <source>&amp;Export support bundle…</source>
        <translation>Unterstützungspaket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the logs and system facts as a zip to send to support (passwords are removed)</source>
        <translation>Protokolle und Systemangaben als ZIP-Datei für den Support speichern (Passwörter werden entfernt)</translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation>Protokoll &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the log shown at the bottom to a file</source>
        <translation>Das unten angezeigte Protokoll in eine Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;tart page</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Protokoll zeigen</translation>
    </message>
    <message>
        <source>&amp;Serial monitor</source>
        <translation>&amp;Serieller Monitor</translation>
    </message>
    <message>
        <source>Watch and talk to a device on a serial port</source>
        <translation>Ein Gerät an einem seriellen Anschluss beobachten und ihm Befehle senden</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Flashwright</source>
        <translation>Ü&amp;ber Flashwright</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the session logs</source>
        <translation>Den Ordner mit den Sitzungsprotokollen zeigen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Log and bytes</source>
        <translation>Protokoll und Bytes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>What Flashwright and the device did, in words</source>
        <translation>Was Flashwright und das Gerät getan haben, in Worten</translation>
    </message>
    <message>
        <source>The bytes sent and received, in hex</source>
        <translation>Die gesendeten und empfangenen Bytes, hexadezimal</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Back to the start page (Alt+Home)</source>
        <translation>Zurück zur Startseite (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Serial monitor</source>
        <translation>Serieller Monitor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>A task is still running</source>
        <translation>Eine Aufgabe läuft noch</translation>
    </message>
    <message>
        <source>A task is still running. Stopping it now can leave a device half-written. Stop it and quit anyway?</source>
        <translation>Eine Aufgabe läuft noch. Wenn Sie sie jetzt abbrechen, kann ein Gerät halb beschrieben zurückbleiben. Trotzdem abbrechen und beenden?</translation>
    </message>
    <message>
        <source>%1 is a Bluetooth demo: start it from the device&apos;s update tool.</source>
        <translation>%1 ist eine Bluetooth-Demo: Starten Sie sie aus dem Aktualisierungswerkzeug des Geräts.</translation>
    </message>
    <message>
        <source>This build has no demo devices.</source>
        <translation>Diese Version enthält keine Demo-Geräte.</translation>
    </message>
    <message>
        <source>Open firmware file</source>
        <translation>Firmware-Datei öffnen</translation>
    </message>
    <message>
        <source>Firmware files (*.bin *.zigbee *.ota *.zip *.hex *.elf *.dup *.img);;All files (*)</source>
        <translation>Firmware-Dateien (*.bin *.zigbee *.ota *.zip *.hex *.elf *.dup *.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Wait until the running task has finished, then open the file again.</source>
        <translation>Warten Sie, bis die laufende Aufgabe fertig ist, und öffnen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Support bundle saved: %1</source>
        <translation>Unterstützungspaket gespeichert: %1</translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation>Unterstützungspaket exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation>Unterstützungspaket nicht gespeichert</translation>
    </message>
    <message>
        <source>Support bundle saved</source>
        <translation>Unterstützungspaket gespeichert</translation>
    </message>
    <message>
        <source>The support bundle was saved as:
%1

Send this file to support. Passwords and keys were removed from it.</source>
        <translation>Das Unterstützungspaket wurde gespeichert als:
%1

Schicken Sie diese Datei an den Support. Passwörter und Schlüssel wurden daraus entfernt.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Could not open a file manager. The logs are in %1</source>
        <translation>Es konnte kein Dateimanager geöffnet werden. Die Protokolle liegen in %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::MonitorPortBar</name>
    <message>
        <source>&amp;Port:</source>
        <translation>Ansch&amp;luss:</translation>
    </message>
    <message>
        <source>Choose a port or a demo device, or type a path such as /dev/ttyUSB0</source>
        <translation>Wählen Sie einen Anschluss oder ein Demo-Gerät, oder geben Sie einen Pfad wie /dev/ttyUSB0 ein</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serieller Anschluss</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Baud rate: pick one or type any number. Most devices print at 115200; ESP8266 boot messages use 74880.</source>
        <translation>Baudrate: Wählen Sie eine aus oder geben Sie eine beliebige Zahl ein. Die meisten Geräte senden mit 115200; die Startmeldungen des ESP8266 kommen mit 74880.</translation>
    </message>
    <message>
        <source>Speed in baud</source>
        <translation>Geschwindigkeit in Baud</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close the port</source>
        <translation>Den Anschluss schließen</translation>
    </message>
    <message>
        <source>Open the port and show what the device prints</source>
        <translation>Den Anschluss öffnen und zeigen, was das Gerät ausgibt</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::MonitorSendBar</name>
    <message>
        <source>Se&amp;nd:</source>
        <translation>Se&amp;nden:</translation>
    </message>
    <message>
        <source>Text to send; Enter sends, Up and Down recall earlier lines</source>
        <translation>Zu sendender Text; Eingabetaste sendet, Pfeil hoch/runter holt frühere Zeilen zurück</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Zu sendender Text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Hex-Bytes</translation>
    </message>
    <message>
        <source>Send the line as text, or as hex bytes such as &quot;01 02 ff&quot;</source>
        <translation>Die Zeile als Text senden oder als Hex-Bytes wie „01 02 ff“</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CR (\r)</source>
        <translation>CR (\r)</translation>
    </message>
    <message>
        <source>CR+LF (\r\n)</source>
        <translation>CR+LF (\r\n)</translation>
    </message>
    <message>
        <source>What is added after each line you send</source>
        <translation>Was nach jeder gesendeten Zeile angehängt wird</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>Zeilenende</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Not valid hex: use pairs of digits 0-9 and a-f, for example &quot;01 a0 ff&quot;.</source>
        <translation>Kein gültiges Hex: Verwenden Sie Paare aus den Ziffern 0–9 und a–f, zum Beispiel „01 a0 ff“.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Fortschritt der Aufgabe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Status der Aufgabe</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Die laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Stop the job at the next safe point</source>
        <translation>Die Aufgabe am nächsten sicheren Punkt anhalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>No job running.</source>
        <translation>Keine Aufgabe aktiv.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation>Fertig nach %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::SerialMonitorWidget</name>
    <message>
        <source>DTR</source>
        <translation>DTR</translation>
    </message>
    <message>
        <source>Data Terminal Ready line. On ESP boards it selects the boot mode.</source>
        <translation>Leitung Data Terminal Ready. Auf ESP-Platinen wählt sie den Startmodus.</translation>
    </message>
    <message>
        <source>RTS</source>
        <translation>RTS</translation>
    </message>
    <message>
        <source>Request To Send line. On ESP boards it holds the chip in reset.</source>
        <translation>Leitung Request To Send. Auf ESP-Platinen hält sie den Chip im Reset.</translation>
    </message>
    <message>
        <source>Reset device</source>
        <translation>Gerät neu starten</translation>
    </message>
    <message>
        <source>Restart the device with a short RTS pulse (works on most ESP boards and USB-serial adapters with auto-reset).</source>
        <translation>Das Gerät mit einem kurzen RTS-Impuls neu starten (funktioniert bei den meisten ESP-Platinen und USB-Seriell-Adaptern mit Auto-Reset).</translation>
    </message>
    <message>
        <source>Show the received bytes as hex and ASCII rows</source>
        <translation>Die empfangenen Bytes als Hex- und ASCII-Zeilen zeigen</translation>
    </message>
    <message>
        <source>Put the time of arrival in front of every line</source>
        <translation>Die Ankunftszeit vor jede Zeile setzen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Clear the window and the capture</source>
        <translation>Fenster und Mitschnitt leeren</translation>
    </message>
    <message>
        <source>Sa&amp;ve capture…</source>
        <translation>Mitschnitt s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the received bytes (.bin) or the text (.txt, .log)</source>
        <translation>Die empfangenen Bytes (.bin) oder den Text (.txt, .log) speichern</translation>
    </message>
    <message>
        <source>Demo device: simulated, no hardware needed</source>
        <translation>Demo-Gerät: simuliert, keine Hardware nötig</translation>
    </message>
    <message>
        <source>Received data</source>
        <translation>Empfangene Daten</translation>
    </message>
    <message>
        <source>Open a port to see what the device prints.</source>
        <translation>Öffnen Sie einen Anschluss, um zu sehen, was das Gerät ausgibt.</translation>
    </message>
    <message>
        <source>No port chosen.</source>
        <translation>Kein Anschluss gewählt.</translation>
    </message>
    <message>
        <source>No USB-serial adapter is plugged in, or none is selected.</source>
        <translation>Es ist kein USB-Seriell-Adapter eingesteckt oder keiner ausgewählt.</translation>
    </message>
    <message>
        <source>Plug in the adapter and pick it in the Port list, or choose a demo device to try the monitor without hardware.</source>
        <translation>Stecken Sie den Adapter ein und wählen Sie ihn in der Anschlussliste, oder wählen Sie ein Demo-Gerät, um den Monitor ohne Hardware auszuprobieren.</translation>
    </message>
    <message>
        <source>%1 opened at %2 baud</source>
        <translation>%1 mit %2 Baud geöffnet</translation>
    </message>
    <message>
        <source>Serial monitor: %1</source>
        <translation>Serieller Monitor: %1</translation>
    </message>
    <message>
        <source>Open a port first, then send.</source>
        <translation>Öffnen Sie zuerst einen Anschluss, dann senden Sie.</translation>
    </message>
    <message>
        <source>Reset pulse on RTS (100 ms)</source>
        <translation>Reset-Impuls auf RTS (100 ms)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Raw bytes (*.bin)</source>
        <translation>Rohe Bytes (*.bin)</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Text (*.txt *.log)</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>The capture was not saved.</source>
        <translation>Der Mitschnitt wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Pick another folder, for example your home folder, and save again.</source>
        <translation>Wählen Sie einen anderen Ordner, zum Beispiel Ihren Persönlichen Ordner, und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Capture saved to %1</source>
        <translation>Mitschnitt gespeichert in %1</translation>
    </message>
    <message>
        <source>Open: %1 at %2 baud</source>
        <translation>Geöffnet: %1 mit %2 Baud</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Empfangen %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;x</translation>
    </message>
    <message>
        <source>Ti&amp;mestamps</source>
        <translation>&amp;Zeitstempel</translation>
    </message>
    <message>
        <source>Many characters are unreadable: the device probably sends at another speed. Try another speed; ESP8266 boot messages, for example, use 74880 baud.</source>
        <translation>Viele Zeichen sind unlesbar: Das Gerät sendet wahrscheinlich mit einer anderen Geschwindigkeit. Probieren Sie eine andere Geschwindigkeit; die Startmeldungen des ESP8266 zum Beispiel kommen mit 74880 Baud.</translation>
    </message>
</context>
<context>
    <name>fw::ui::SerialPortList</name>
    <message>
        <source>Adapters and demo devices</source>
        <translation>Adapter und Demo-Geräte</translation>
    </message>
    <message>
        <source>No USB-serial adapter found. Plug it in and wait a moment. If it still does not show up, try another cable: some USB cables only charge.</source>
        <translation>Kein USB-Seriell-Adapter gefunden. Stecken Sie ihn ein und warten Sie einen Moment. Wenn er immer noch nicht erscheint, versuchen Sie ein anderes Kabel: Manche USB-Kabel laden nur.</translation>
    </message>
    <message>
        <source>USB adapter that is not in Flashwright&apos;s list (it will most likely work)</source>
        <translation>USB-Adapter, der nicht in der Liste von Flashwright steht (er funktioniert sehr wahrscheinlich)</translation>
    </message>
    <message>
        <source>built-in serial port</source>
        <translation>eingebauter serieller Anschluss</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>simulated, no hardware needed</source>
        <translation>simuliert, keine Hardware nötig</translation>
    </message>
    <message>
        <source>A simulated device: it answers like the real one, needs no hardware and cannot be damaged. A good way to try every step first.</source>
        <translation>Ein simuliertes Gerät: Es antwortet wie das echte, braucht keine Hardware und kann nicht beschädigt werden. Gut geeignet, um jeden Schritt zuerst auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>fw::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK; no restart needed.</source>
        <translation>Die Sprache wechselt, sobald Sie OK drücken; kein Neustart nötig.</translation>
    </message>
    <message>
        <source>Serial monitor &amp;speed:</source>
        <translation>&amp;Geschwindigkeit des seriellen Monitors:</translation>
    </message>
    <message>
        <source>The speed the serial monitor starts with, in baud</source>
        <translation>Die Geschwindigkeit, mit der der serielle Monitor startet, in Baud</translation>
    </message>
    <message>
        <source>Log &amp;entries kept on screen:</source>
        <translation>Angezeigte Protokoll&amp;einträge:</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> Einträge</translation>
    </message>
    <message>
        <source>Older entries leave the log view; the session log file keeps everything.</source>
        <translation>Ältere Einträge verschwinden aus der Protokollansicht; die Sitzungsprotokolldatei behält alles.</translation>
    </message>
    <message>
        <source>Session log &amp;folder:</source>
        <translation>Ordner für Sitzungs&amp;protokolle:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show this folder in the file manager</source>
        <translation>Diesen Ordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Die letzten &amp;behalten:</translation>
    </message>
    <message>
        <source> session logs</source>
        <translation> Sitzungsprotokolle</translation>
    </message>
    <message>
        <source>Older session logs are deleted when Flashwright starts.</source>
        <translation>Ältere Sitzungsprotokolle werden beim Start von Flashwright gelöscht.</translation>
    </message>
    <message>
        <source>Every start of Flashwright writes a session log. Support bundles include the newest ones, with passwords and keys removed.</source>
        <translation>Jeder Start von Flashwright schreibt ein Sitzungsprotokoll. Unterstützungspakete enthalten die neuesten davon, ohne Passwörter und Schlüssel.</translation>
    </message>
</context>
<context>
    <name>fw::ui::SourceFilterButton</name>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Show only the records of the checked sources</source>
        <translation>Nur Einträge der angehakten Quellen zeigen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation>%1 von %2 Quellen</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkBatteryPage</name>
    <message>
        <source>Battery check</source>
        <translation>Batterieprüfung</translation>
    </message>
    <message>
        <source>Check the battery</source>
        <translation>Batterie prüfen</translation>
    </message>
    <message>
        <source>An update writes the thermometer&apos;s whole memory, and that draws more current than measuring does. A weak coin cell is the most common reason an update stops after a few blocks.</source>
        <translation>Eine Aktualisierung beschreibt den gesamten Speicher des Thermometers, und das braucht mehr Strom als das Messen. Eine schwache Knopfzelle ist der häufigste Grund, warum eine Aktualisierung nach wenigen Blöcken abbricht.</translation>
    </message>
    <message>
        <source>Battery now:</source>
        <translation>Batterie jetzt:</translation>
    </message>
    <message>
        <source>Battery level</source>
        <translation>Batteriestand</translation>
    </message>
    <message>
        <source>&amp;Read the battery again</source>
        <translation>Batterie e&amp;rneut lesen</translation>
    </message>
    <message>
        <source>Connect again and read the battery, after you put in a new one</source>
        <translation>Erneut verbinden und die Batterie lesen, nachdem Sie eine neue eingesetzt haben</translation>
    </message>
    <message>
        <source>The battery is fresh, or at least at 40 %. (A new CR2032 is best.)</source>
        <translation>Die Batterie ist neu oder hat mindestens 40 %. (Eine neue CR2032 ist am besten.)</translation>
    </message>
    <message>
        <source>Flash on this battery anyway. I know the update may stop part-way and then has to be started again; that does no harm.</source>
        <translation>Trotzdem mit dieser Batterie flashen. Mir ist klar, dass die Aktualisierung mittendrin abbrechen kann und dann neu gestartet werden muss; das schadet nicht.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>&lt;b&gt;The battery is low: %1.&lt;/b&gt; Below %2 % an update usually stops after a few blocks, often at block 7, when writing the memory pulls the battery down. Nothing breaks then, but the update has to start over. Put in a fresh CR2032, wait until the display shows a reading, then click &lt;b&gt;Read the battery again&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Die Batterie ist schwach: %1.&lt;/b&gt; Unter %2 % bricht eine Aktualisierung meist nach wenigen Blöcken ab, oft bei Block 7, wenn das Beschreiben des Speichers die Batterie herunterzieht. Dabei geht nichts kaputt, aber die Aktualisierung muss neu beginnen. Setzen Sie eine neue CR2032 ein, warten Sie, bis die Anzeige einen Messwert zeigt, und klicken Sie dann auf &lt;b&gt;Batterie erneut lesen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This firmware does not report its battery. If the battery is not new, or the display looks faint, put in a fresh CR2032 before you go on.</source>
        <translation>Diese Firmware meldet ihre Batterie nicht. Wenn die Batterie nicht neu ist oder die Anzeige blass aussieht, setzen Sie eine neue CR2032 ein, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>The thermometer reports enough charge. If the battery is old anyway, a fresh CR2032 now saves a failed update later.</source>
        <translation>Das Thermometer meldet genug Ladung. Wenn die Batterie trotzdem alt ist, erspart Ihnen eine neue CR2032 jetzt eine fehlgeschlagene Aktualisierung später.</translation>
    </message>
    <message>
        <source>Read the thermometer first (click Read the battery again).</source>
        <translation>Lesen Sie zuerst das Thermometer aus (klicken Sie auf Batterie erneut lesen).</translation>
    </message>
    <message>
        <source>The battery is low: put in a fresh one and read it again, or tick that you flash on it anyway.</source>
        <translation>Die Batterie ist schwach: Setzen Sie eine neue ein und lesen Sie sie erneut, oder bestätigen Sie, dass Sie trotzdem damit flashen.</translation>
    </message>
    <message>
        <source>Confirm that the battery is fresh.</source>
        <translation>Bestätigen Sie, dass die Batterie neu ist.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkChoosePage</name>
    <message>
        <source>Choose firmware</source>
        <translation>Firmware wählen</translation>
    </message>
    <message>
        <source>Choose the new firmware</source>
        <translation>Neue Firmware wählen</translation>
    </message>
    <message>
        <source>Say what the thermometer should run afterwards and pick the file. Flashwright checks the file against this thermometer before anything is sent.</source>
        <translation>Geben Sie an, was das Thermometer danach ausführen soll, und wählen Sie die Datei. Flashwright prüft die Datei passend zu diesem Thermometer, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>What should it run afterwards?</source>
        <translation>Was soll es danach ausführen?</translation>
    </message>
    <message>
        <source>&amp;pvvx custom firmware (Bluetooth)</source>
        <translation>Angepasste &amp;pvvx-Firmware (Bluetooth)</translation>
    </message>
    <message>
        <source>Open firmware by pvvx: longer battery life, adjustable display and readings that Home Assistant picks up without pairing. File: ATC_v58.bin (or newer) from github.com/pvvx/ATC_MiThermometer.</source>
        <translation>Offene Firmware von pvvx: längere Batterielaufzeit, einstellbare Anzeige und Messwerte, die Home Assistant ohne Kopplung übernimmt. Datei: ATC_v58.bin (oder neuer) von github.com/pvvx/ATC_MiThermometer.</translation>
    </message>
    <message>
        <source>&amp;Zigbee firmware</source>
        <translation>&amp;Zigbee-Firmware</translation>
    </message>
    <message>
        <source>For a Zigbee network (Zigbee2MQTT, ZHA, deCONZ). File: a .zigbee file, for example 1141-020a-…-ATC_v58.zigbee from github.com/pvvx/ZigbeeTLc. It is sent through pvvx&apos;s extended update, so the thermometer must run pvvx 4.6 or newer first. Afterwards it no longer speaks Bluetooth.</source>
        <translation>Für ein Zigbee-Netzwerk (Zigbee2MQTT, ZHA, deCONZ). Datei: eine .zigbee-Datei, zum Beispiel 1141-020a-…-ATC_v58.zigbee von github.com/pvvx/ZigbeeTLc. Sie wird über die erweiterte Aktualisierung von pvvx gesendet, daher muss auf dem Thermometer zuerst pvvx 4.6 oder neuer laufen. Danach spricht es kein Bluetooth mehr.</translation>
    </message>
    <message>
        <source>Back to the &amp;Xiaomi firmware</source>
        <translation>Zurück zur &amp;Xiaomi-Firmware</translation>
    </message>
    <message>
        <source>For the Mi Home app. File: Xiaomi&apos;s original update, for example Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin.</source>
        <translation>Für die App Mi Home. Datei: die originale Aktualisierung von Xiaomi, zum Beispiel Original_OTA_Xiaomi_LYWSD03MMC_v2.1.1_0159c.bin.</translation>
    </message>
    <message>
        <source>Firmware file:</source>
        <translation>Firmware-Datei:</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Firmware-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the thermometer firmware</source>
        <translation>Thermometer-Firmware wählen</translation>
    </message>
    <message>
        <source>Thermometer firmware (*.bin *.zigbee);;All files (*)</source>
        <translation>Thermometer-Firmware (*.bin *.zigbee);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The update keeps failing, the thermometer runs firmware that cannot be updated over Bluetooth, or you cannot do the Mi login? Flash it by wire instead: a USB-serial adapter on its test pads works whatever it runs.</source>
        <translation>Die Aktualisierung schlägt immer wieder fehl, das Thermometer hat eine Firmware, die sich nicht über Bluetooth aktualisieren lässt, oder Sie können die Mi-Anmeldung nicht durchführen? Flashen Sie es stattdessen per Kabel: Ein USB-Seriell-Adapter an seinen Testpads funktioniert unabhängig von der Firmware.</translation>
    </message>
    <message>
        <source>Flash it by &amp;wire instead…</source>
        <translation>Stattdessen per &amp;Kabel flashen…</translation>
    </message>
    <message>
        <source>Flashwright does not know this firmware, so it cannot say whether it takes an update over Bluetooth. Flashing by wire always works.</source>
        <translation>Flashwright kennt diese Firmware nicht und kann daher nicht sagen, ob sie eine Aktualisierung über Bluetooth annimmt. Flashen per Kabel funktioniert immer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet ready for Zigbee.&lt;/b&gt; A Zigbee file goes through pvvx&apos;s extended update, which this thermometer (%1) does not have. Flash pvvx firmware 4.6 or newer first (choose pvvx above), then come back for the Zigbee file. Never send a Zigbee .bin directly: that bricks it.</source>
        <translation>&lt;b&gt;Noch nicht bereit für Zigbee.&lt;/b&gt; Eine Zigbee-Datei wird über die erweiterte Aktualisierung von pvvx gesendet, die dieses Thermometer (%1) nicht hat. Flashen Sie zuerst pvvx-Firmware 4.6 oder neuer (wählen Sie oben pvvx) und kommen Sie dann für die Zigbee-Datei zurück. Senden Sie nie eine Zigbee-.bin direkt: Das macht das Thermometer unbrauchbar.</translation>
    </message>
    <message>
        <source>The file is %1, larger than a thermometer&apos;s whole flash (512 KB). It is not firmware for a thermometer.</source>
        <translation>Die Datei hat %1 und ist größer als der gesamte Flash-Speicher eines Thermometers (512 KB). Sie ist keine Firmware für ein Thermometer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flashwright will not send this file to this thermometer.&lt;/b&gt; It is: %1.</source>
        <translation>&lt;b&gt;Flashwright sendet diese Datei nicht an dieses Thermometer.&lt;/b&gt; Sie ist: %1.</translation>
    </message>
    <message>
        <source>It is: %1.</source>
        <translation>Sie ist: %1.</translation>
    </message>
    <message>
        <source>It goes through pvvx&apos;s extended update. That also erases the measurement history stored on the thermometer.</source>
        <translation>Sie wird über die erweiterte Aktualisierung von pvvx gesendet. Dabei wird auch der auf dem Thermometer gespeicherte Messverlauf gelöscht.</translation>
    </message>
    <message>
        <source>It goes through the standard Bluetooth update.</source>
        <translation>Sie wird über die normale Bluetooth-Aktualisierung gesendet.</translation>
    </message>
    <message>
        <source>Sending %1 takes about %2.</source>
        <translation>Das Senden von %1 dauert etwa %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file fits this thermometer.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Datei passt zu diesem Thermometer.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You chose Zigbee, but this is Bluetooth firmware. That is right as the first step (pvvx 4.6 or newer); for the Zigbee firmware itself choose its .zigbee file.</source>
        <translation>Sie haben Zigbee gewählt, aber dies ist Bluetooth-Firmware. Als erster Schritt ist das richtig (pvvx 4.6 oder neuer); für die Zigbee-Firmware selbst wählen Sie deren .zigbee-Datei.</translation>
    </message>
    <message>
        <source>This is a Zigbee file: afterwards the thermometer no longer speaks Bluetooth.</source>
        <translation>Dies ist eine Zigbee-Datei: Danach spricht das Thermometer kein Bluetooth mehr.</translation>
    </message>
    <message>
        <source>This does not look like Xiaomi&apos;s original firmware: it carries no Xiaomi signature.</source>
        <translation>Dies sieht nicht nach der originalen Firmware von Xiaomi aus: Sie trägt keine Xiaomi-Signatur.</translation>
    </message>
    <message>
        <source>This is Xiaomi&apos;s original firmware, not pvvx&apos;s.</source>
        <translation>Dies ist die originale Firmware von Xiaomi, nicht die von pvvx.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worth knowing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gut zu wissen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose the firmware file.</source>
        <translation>Wählen Sie die Firmware-Datei.</translation>
    </message>
    <message>
        <source>This file cannot be sent to this thermometer: see why above, and choose another.</source>
        <translation>Diese Datei kann nicht an dieses Thermometer gesendet werden: Den Grund sehen Sie oben. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It runs Xiaomi firmware %1, which takes only files Xiaomi signed, and only after the Mi login below.&lt;/b&gt; Flash the signed original 2.1.1_0159c first, reconnect, then flash pvvx firmware. Or flash it by wire.</source>
        <translation>&lt;b&gt;Es läuft die Xiaomi-Firmware %1, die nur von Xiaomi signierte Dateien annimmt, und das erst nach der Mi-Anmeldung unten.&lt;/b&gt; Flashen Sie zuerst das signierte Original 2.1.1_0159c, verbinden Sie sich neu und flashen Sie dann die pvvx-Firmware. Oder flashen Sie es per Kabel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It still runs Xiaomi&apos;s firmware, which takes an update only after a Mi login.&lt;/b&gt; Give its Mi token below, or register it here to get one. Once it runs custom firmware, updates need no login any more. Or flash it by wire.</source>
        <translation>&lt;b&gt;Es läuft noch die Firmware von Xiaomi, die eine Aktualisierung erst nach einer Mi-Anmeldung annimmt.&lt;/b&gt; Geben Sie unten sein Mi-Token ein oder registrieren Sie es hier, um eines zu erhalten. Sobald angepasste Firmware läuft, brauchen Aktualisierungen keine Anmeldung mehr. Oder flashen Sie es per Kabel.</translation>
    </message>
    <message>
        <source>Xiaomi&apos;s firmware takes an update only after the Mi login: enter the thermometer&apos;s Mi token above, or register it here to get one.</source>
        <translation>Die Firmware von Xiaomi nimmt eine Aktualisierung erst nach der Mi-Anmeldung an: Geben Sie oben das Mi-Token des Thermometers ein oder registrieren Sie es hier, um eines zu erhalten.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkDonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Flash &amp;another thermometer</source>
        <translation>&amp;Anderes Thermometer flashen</translation>
    </message>
    <message>
        <source>Start over at step 1</source>
        <translation>Neu beginnen bei Schritt 1</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwartet</translation>
    </message>
    <message>
        <source>What the thermometer runs now</source>
        <translation>Was jetzt auf dem Thermometer läuft</translation>
    </message>
    <message>
        <source>The thermometer now speaks Zigbee</source>
        <translation>Das Thermometer spricht jetzt Zigbee</translation>
    </message>
    <message>
        <source>The update went through and the thermometer restarted into its Zigbee firmware.</source>
        <translation>Die Aktualisierung war erfolgreich, und das Thermometer hat mit seiner Zigbee-Firmware neu gestartet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It left Bluetooth: pair it with your coordinator.&lt;/b&gt; Open pairing in Zigbee2MQTT, ZHA or deCONZ (&quot;permit join&quot;); the thermometer joins by itself within a minute or two. If it does not show up, take its battery out for a few seconds and put it back while pairing is open.</source>
        <translation>&lt;b&gt;Es ist nicht mehr über Bluetooth erreichbar: Koppeln Sie es mit Ihrem Koordinator.&lt;/b&gt; Öffnen Sie die Kopplung in Zigbee2MQTT, ZHA oder deCONZ („permit join“); das Thermometer tritt innerhalb von ein bis zwei Minuten von selbst bei. Wenn es nicht erscheint, nehmen Sie die Batterie für einige Sekunden heraus und setzen Sie sie wieder ein, während die Kopplung offen ist.</translation>
    </message>
    <message>
        <source>The thermometer runs its new firmware</source>
        <translation>Das Thermometer läuft mit seiner neuen Firmware</translation>
    </message>
    <message>
        <source>It restarted and told Flashwright what it runs now.</source>
        <translation>Es hat neu gestartet und Flashwright mitgeteilt, was jetzt darauf läuft.</translation>
    </message>
    <message>
        <source>The file was sent; the thermometer did not confirm it over Bluetooth.</source>
        <translation>Die Datei wurde gesendet; das Thermometer hat sie über Bluetooth nicht bestätigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified.&lt;/b&gt; Flashwright connected again after the restart and read the new firmware.</source>
        <translation>&lt;b&gt;Geprüft.&lt;/b&gt; Flashwright hat sich nach dem Neustart erneut verbunden und die neue Firmware ausgelesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not confirmed.&lt;/b&gt; If the display shows readings, it works. If it stays blank, take the battery out for a few seconds; if it still stays blank, flash it by wire.</source>
        <translation>&lt;b&gt;Nicht bestätigt.&lt;/b&gt; Wenn die Anzeige Messwerte zeigt, funktioniert es. Wenn sie leer bleibt, nehmen Sie die Batterie für einige Sekunden heraus; bleibt sie dann immer noch leer, flashen Sie es per Kabel.</translation>
    </message>
    <message>
        <source>Firmware now:</source>
        <translation>Firmware jetzt:</translation>
    </message>
    <message>
        <source>Hardware revision:</source>
        <translation>Hardware-Revision:</translation>
    </message>
    <message>
        <source>It appears as:</source>
        <translation>Es erscheint als:</translation>
    </message>
    <message>
        <source>&lt;b&gt;No more Bluetooth:&lt;/b&gt; it no longer appears in Bluetooth lists, Flashwright&apos;s included. Updates now come from your coordinator (Zigbee OTA).</source>
        <translation>&lt;b&gt;Kein Bluetooth mehr:&lt;/b&gt; Es erscheint in keiner Bluetooth-Liste mehr, auch nicht in der von Flashwright. Aktualisierungen kommen jetzt von Ihrem Koordinator (Zigbee OTA).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readings&lt;/b&gt; arrive in your Zigbee software after pairing: temperature, humidity and battery.</source>
        <translation>&lt;b&gt;Messwerte&lt;/b&gt; kommen nach dem Koppeln in Ihrer Zigbee-Software an: Temperatur, Luftfeuchtigkeit und Batterie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back to Bluetooth&lt;/b&gt; later: through your coordinator with a Bluetooth build packed as a .zigbee file whose manufacturer and image type match the installed firmware, or by wire.</source>
        <translation>&lt;b&gt;Zurück zu Bluetooth&lt;/b&gt; später: über Ihren Koordinator mit einer Bluetooth-Version, verpackt als .zigbee-Datei, deren Hersteller und Abbildtyp zur installierten Firmware passen, oder per Kabel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mi Home&lt;/b&gt; finds it again: add it in the app as a new device.</source>
        <translation>&lt;b&gt;Mi Home&lt;/b&gt; findet es wieder: Fügen Sie es in der App als neues Gerät hinzu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom firmware later&lt;/b&gt; needs the Mi login again, as before the first flash.</source>
        <translation>&lt;b&gt;Angepasste Firmware später&lt;/b&gt; braucht wieder die Mi-Anmeldung, wie vor dem ersten Flashen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new name:&lt;/b&gt; it advertises as ATC_ followed by the last six digits of its address, and sends temperature, humidity and battery every few seconds. Home Assistant picks them up without pairing.</source>
        <translation>&lt;b&gt;Ein neuer Name:&lt;/b&gt; Es meldet sich als ATC_, gefolgt von den letzten sechs Stellen seiner Adresse, und sendet alle paar Sekunden Temperatur, Luftfeuchtigkeit und Batterie. Home Assistant übernimmt diese Werte ohne Kopplung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings&lt;/b&gt; (display, units, how often it reports, comfort smiley) can be changed in TelinkMiFlasher at pvvx.github.io.</source>
        <translation>&lt;b&gt;Einstellungen&lt;/b&gt; (Anzeige, Einheiten, wie oft es meldet, Komfort-Smiley) lassen sich in TelinkMiFlasher auf pvvx.github.io ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mi Home&lt;/b&gt; no longer shows it. To go back, flash Xiaomi&apos;s original firmware.</source>
        <translation>&lt;b&gt;Mi Home&lt;/b&gt; zeigt es nicht mehr an. Um zurückzuwechseln, flashen Sie die originale Firmware von Xiaomi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Later updates&lt;/b&gt; work the same way, without any login.</source>
        <translation>&lt;b&gt;Spätere Aktualisierungen&lt;/b&gt; funktionieren genauso, ohne Anmeldung.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkFindPage</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find your thermometer</source>
        <translation>Thermometer suchen</translation>
    </message>
    <message>
        <source>Put the thermometer within a metre or two of this computer. Thermometers nearby appear here by themselves, with what they report. No thermometer at hand? Pick a demo device.</source>
        <translation>Legen Sie das Thermometer höchstens ein bis zwei Meter von diesem Computer entfernt hin. Thermometer in der Nähe erscheinen hier von selbst, mit dem, was sie melden. Kein Thermometer zur Hand? Wählen Sie ein Demo-Gerät.</translation>
    </message>
    <message>
        <source>Thermometers and demo devices</source>
        <translation>Thermometer und Demo-Geräte</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>In der Nähe</translation>
    </message>
    <message>
        <source>Demo devices (simulated, no hardware needed)</source>
        <translation>Demo-Geräte (simuliert, keine Hardware nötig)</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Look for Bluetooth thermometers for another 10 seconds</source>
        <translation>Weitere 10 Sekunden nach Bluetooth-Thermometern suchen</translation>
    </message>
    <message>
        <source>Not in the list at all, or it stopped working after an update? It can still be flashed by wire, with a USB-serial adapter on its test pads.</source>
        <translation>Gar nicht in der Liste, oder funktioniert es nach einer Aktualisierung nicht mehr? Es kann trotzdem per Kabel geflasht werden, mit einem USB-Seriell-Adapter an seinen Testpads.</translation>
    </message>
    <message>
        <source>Flash it by &amp;wire instead…</source>
        <translation>Stattdessen per &amp;Kabel flashen…</translation>
    </message>
    <message>
        <source>unknown firmware</source>
        <translation>unbekannte Firmware</translation>
    </message>
    <message>
        <source>%1 firmware</source>
        <translation>%1-Firmware</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>readings encrypted</source>
        <translation>Messwerte verschlüsselt</translation>
    </message>
    <message>
        <source>battery %1 % (low)</source>
        <translation>Batterie %1 % (schwach)</translation>
    </message>
    <message>
        <source>battery %1 %</source>
        <translation>Batterie %1 %</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>signal %1 dBm</source>
        <translation>Signal %1 dBm</translation>
    </message>
    <message numerus="yes">
        <source>%n other Bluetooth device(s) nearby are not thermometers and are not listed.</source>
        <translation>
            <numerusform>%n weiteres Bluetooth-Gerät in der Nähe ist kein Thermometer und wird nicht angezeigt.</numerusform>
            <numerusform>%n weitere Bluetooth-Geräte in der Nähe sind keine Thermometer und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for thermometers nearby…</source>
        <translation>Suche nach Thermometern in der Nähe…</translation>
    </message>
    <message numerus="yes">
        <source>%n thermometer(s) found nearby.</source>
        <translation>
            <numerusform>%n Thermometer in der Nähe gefunden.</numerusform>
            <numerusform>%n Thermometer in der Nähe gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bluetooth is not used in this window, so only the demo devices are listed.</source>
        <translation>Bluetooth wird in diesem Fenster nicht verwendet, daher werden nur die Demo-Geräte angezeigt.</translation>
    </message>
    <message>
        <source>The demo devices below work without Bluetooth.</source>
        <translation>Die Demo-Geräte unten funktionieren ohne Bluetooth.</translation>
    </message>
    <message>
        <source>No thermometer found nearby. Bring it closer and click Search again. If its display is blank or faint, put in a fresh CR2032 battery first; if it still does not appear, take the battery out for a few seconds.</source>
        <translation>Kein Thermometer in der Nähe gefunden. Bringen Sie es näher heran und klicken Sie auf Erneut suchen. Wenn die Anzeige leer oder blass ist, setzen Sie zuerst eine neue CR2032-Batterie ein; wenn es dann immer noch nicht erscheint, nehmen Sie die Batterie für einige Sekunden heraus.</translation>
    </message>
    <message>
        <source>A simulated thermometer: it answers like the real one, needs no hardware and cannot be damaged.</source>
        <translation>Ein simuliertes Thermometer: Es antwortet wie das echte, braucht keine Hardware und kann nicht beschädigt werden.</translation>
    </message>
    <message>
        <source>Bluetooth address %1.</source>
        <translation>Bluetooth-Adresse %1.</translation>
    </message>
    <message>
        <source>It reports: %1.</source>
        <translation>Es meldet: %1.</translation>
    </message>
    <message>
        <source>The signal is weak: move the thermometer closer before flashing.</source>
        <translation>Das Signal ist schwach: Bringen Sie das Thermometer vor dem Flashen näher heran.</translation>
    </message>
    <message>
        <source>Its battery reads %1 %: put in a fresh CR2032 before flashing.</source>
        <translation>Die Batterie zeigt %1 %: Setzen Sie vor dem Flashen eine neue CR2032 ein.</translation>
    </message>
    <message>
        <source>Pick a thermometer or a demo device.</source>
        <translation>Wählen Sie ein Thermometer oder ein Demo-Gerät.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkFlashPage</name>
    <message>
        <source>Flash and verify</source>
        <translation>Flashen und prüfen</translation>
    </message>
    <message>
        <source>Flash the thermometer</source>
        <translation>Thermometer flashen</translation>
    </message>
    <message>
        <source>Done. The last step says what to expect now.</source>
        <translation>Fertig. Der letzte Schritt sagt Ihnen, was Sie jetzt erwartet.</translation>
    </message>
    <message>
        <source>Check what will be sent, then start. Flashwright sends the file, waits for the thermometer to restart and reads it again to confirm.</source>
        <translation>Prüfen Sie, was gesendet wird, und starten Sie dann. Flashwright sendet die Datei, wartet, bis das Thermometer neu gestartet ist, und liest es zur Bestätigung erneut aus.</translation>
    </message>
    <message>
        <source>Flash &amp;again</source>
        <translation>&amp;Erneut flashen</translation>
    </message>
    <message>
        <source>&amp;Flash and verify</source>
        <translation>&amp;Flashen und prüfen</translation>
    </message>
    <message>
        <source>Keep the thermometer within a metre or two, and leave its battery in until Flashwright says it is done. Stopping is safe: the thermometer throws away what it received and restarts with its old firmware.</source>
        <translation>Halten Sie das Thermometer höchstens ein bis zwei Meter entfernt und lassen Sie die Batterie drin, bis Flashwright meldet, dass es fertig ist. Abbrechen ist sicher: Das Thermometer verwirft, was es empfangen hat, und startet mit seiner alten Firmware neu.</translation>
    </message>
    <message>
        <source>Flash it by &amp;wire instead…</source>
        <translation>Stattdessen per &amp;Kabel flashen…</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Thermometer:</source>
        <translation>Thermometer:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>It is:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>pvvx&apos;s extended update (erases the stored measurement history)</source>
        <translation>die erweiterte Aktualisierung von pvvx (löscht den gespeicherten Messverlauf)</translation>
    </message>
    <message>
        <source>the standard Bluetooth update</source>
        <translation>die normale Bluetooth-Aktualisierung</translation>
    </message>
    <message>
        <source>%1, low: flashing anyway, as you chose</source>
        <translation>%1, schwach: Es wird trotzdem geflasht, wie von Ihnen gewählt</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>Batterie:</translation>
    </message>
    <message>
        <source>The thermometer has not been read, or no file was chosen.</source>
        <translation>Das Thermometer wurde nicht ausgelesen, oder es wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Go back to the earlier steps: read the thermometer, then choose the file.</source>
        <translation>Gehen Sie zu den vorigen Schritten zurück: Lesen Sie das Thermometer aus und wählen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent.&lt;/b&gt; The thermometer restarted into its Zigbee firmware and no longer answers over Bluetooth, as expected.</source>
        <translation>&lt;b&gt;Gesendet.&lt;/b&gt; Das Thermometer ist wie erwartet mit seiner Zigbee-Firmware neu gestartet und antwortet nicht mehr über Bluetooth.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flashed and verified.&lt;/b&gt; The thermometer restarted and now runs %1.</source>
        <translation>&lt;b&gt;Geflasht und geprüft.&lt;/b&gt; Das Thermometer ist neu gestartet und läuft jetzt mit %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent, but not confirmed.&lt;/b&gt; The thermometer did not come back over Bluetooth to say what it runs now. If its display shows readings, it works; if it stays blank, take the battery out for a few seconds, or flash it by wire.</source>
        <translation>&lt;b&gt;Gesendet, aber nicht bestätigt.&lt;/b&gt; Das Thermometer hat sich nicht über Bluetooth zurückgemeldet, um zu sagen, welche Firmware es jetzt hat. Wenn die Anzeige Messwerte zeigt, funktioniert es. Bleibt sie leer, nehmen Sie die Batterie für ein paar Sekunden heraus oder flashen Sie es per Kabel.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3).</source>
        <translation>%1 in %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>It took %n attempt(s): the first broke off and was started again.</source>
        <translation>
            <numerusform>Es war %n Versuch nötig: Der erste brach ab und wurde neu gestartet.</numerusform>
            <numerusform>Es waren %n Versuche nötig: Der erste brach ab und wurde neu gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; The thermometer throws away what it received and restarts with its old firmware. Click Flash to start again.</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; Das Thermometer verwirft, was es empfangen hat, und startet mit seiner alten Firmware neu. Klicken Sie auf „Flashen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Flash the thermometer first.</source>
        <translation>Flashen Sie zuerst das Thermometer.</translation>
    </message>
    <message>
        <source>Mi login:</source>
        <translation>Mi-Anmeldung:</translation>
    </message>
    <message>
        <source>no token: Xiaomi&apos;s firmware will refuse the update</source>
        <translation>kein Token: Die Firmware von Xiaomi wird die Aktualisierung ablehnen</translation>
    </message>
    <message>
        <source>with the Mi token from the previous step</source>
        <translation>mit dem Mi-Token aus dem vorigen Schritt</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkIdentifyPage</name>
    <message>
        <source>Identify</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>This is your thermometer</source>
        <translation>Das ist Ihr Thermometer</translation>
    </message>
    <message>
        <source>Flashwright asked the thermometer about itself. Nothing has been changed on it.</source>
        <translation>Flashwright hat das Thermometer nach seinen Daten gefragt. Am Thermometer wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Flashwright connects to the thermometer and asks what it is and what it runs. Nothing is changed on it.</source>
        <translation>Flashwright verbindet sich mit dem Thermometer und fragt, was es ist und welche Firmware es hat. Am Thermometer wird nichts verändert.</translation>
    </message>
    <message>
        <source>&amp;Read it again</source>
        <translation>Erneut &amp;auslesen</translation>
    </message>
    <message>
        <source>Connect again and read the thermometer, for example after changing its battery</source>
        <translation>Erneut verbinden und das Thermometer auslesen, zum Beispiel nach einem Batteriewechsel</translation>
    </message>
    <message>
        <source>What the thermometer reported</source>
        <translation>Was das Thermometer gemeldet hat</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>%1 (a 2025 board with a slow display)</source>
        <translation>%1 (eine Platine von 2025 mit langsamer Anzeige)</translation>
    </message>
    <message>
        <source>Hardware revision:</source>
        <translation>Hardware-Version:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Battery:</source>
        <translation>Batterie:</translation>
    </message>
    <message>
        <source>Can be updated:</source>
        <translation>Aktualisierbar:</translation>
    </message>
    <message>
        <source>Bluetooth address:</source>
        <translation>Bluetooth-Adresse:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The battery is low (%1).&lt;/b&gt; Below %2 % an update usually stops after a few blocks, because writing the flash draws more than a weak coin cell gives. Put in a fresh CR2032, then click Read it again.</source>
        <translation>&lt;b&gt;Die Batterie ist schwach (%1).&lt;/b&gt; Unter %2 % bricht eine Aktualisierung meist nach wenigen Blöcken ab, weil das Schreiben in den Flash-Speicher mehr Strom braucht, als eine schwache Knopfzelle liefert. Setzen Sie eine neue CR2032 ein und klicken Sie dann auf „Erneut auslesen“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Good to know about this one:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gut zu wissen über dieses Gerät:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stopped before the thermometer was read.</source>
        <translation>Abgebrochen, bevor das Thermometer ausgelesen wurde.</translation>
    </message>
    <message>
        <source>Click Retry to read it.</source>
        <translation>Klicken Sie auf „Erneut versuchen“, um es auszulesen.</translation>
    </message>
    <message>
        <source>Flashwright has to read the thermometer first. If that failed, see the message above and click Retry.</source>
        <translation>Flashwright muss zuerst das Thermometer auslesen. Wenn das nicht geklappt hat, lesen Sie die Meldung oben und klicken Sie auf „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkMiLoginBox</name>
    <message>
        <source>Mi login</source>
        <translation>Mi-Anmeldung</translation>
    </message>
    <message>
        <source>Xiaomi&apos;s firmware accepts an update only after a login with the thermometer&apos;s Mi token. On firmware 2.1.1_0159 the registration here hangs, so the token must come from the Mi Home app: add the thermometer in Mi Home, then read its token with the Xiaomi cloud tokens extractor (it signs in to your Xiaomi account and lists the tokens of your devices). Enter it below.</source>
        <translation>Die Firmware von Xiaomi nimmt eine Aktualisierung erst nach einer Anmeldung mit dem Mi-Token des Thermometers an. Bei Firmware 2.1.1_0159 bleibt die Registrierung hier hängen, daher muss das Token aus der App Mi Home kommen: Fügen Sie das Thermometer in Mi Home hinzu und lesen Sie dann sein Token mit dem Xiaomi cloud tokens extractor aus (er meldet sich bei Ihrem Xiaomi-Konto an und listet die Token Ihrer Geräte). Geben Sie es unten ein.</translation>
    </message>
    <message>
        <source>Xiaomi&apos;s firmware accepts an update only after a login with the thermometer&apos;s Mi token. Enter the token if you have it (from Mi Home through the Xiaomi cloud tokens extractor, or from an earlier registration), or register the thermometer here to get a new one.</source>
        <translation>Die Firmware von Xiaomi nimmt eine Aktualisierung erst nach einer Anmeldung mit dem Mi-Token des Thermometers an. Geben Sie das Token ein, wenn Sie es haben (aus Mi Home über den Xiaomi cloud tokens extractor oder von einer früheren Registrierung), oder registrieren Sie das Thermometer hier, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>Mi &amp;token:</source>
        <translation>Mi-&amp;Token:</translation>
    </message>
    <message>
        <source>Mi token, 24 hexadecimal digits</source>
        <translation>Mi-Token, 24 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&amp;Register here (activation)</source>
        <translation>Hier &amp;registrieren (Aktivierung)</translation>
    </message>
    <message>
        <source>Registering here gives the thermometer a new token and bind key. Mi Home then no longer knows it: remove it there and add it again afterwards if you want to keep using it with Mi Home.</source>
        <translation>Eine Registrierung hier gibt dem Thermometer ein neues Token und einen neuen Bind-Key. Mi Home kennt es danach nicht mehr: Entfernen Sie es dort und fügen Sie es anschließend wieder hinzu, wenn Sie es weiter mit Mi Home nutzen möchten.</translation>
    </message>
    <message>
        <source>&amp;Save keys…</source>
        <translation>Schlüssel &amp;speichern…</translation>
    </message>
    <message numerus="yes">
        <source>This is not a Mi token. A Mi token is 24 hexadecimal digits (0 to 9 and a to f), for example 0123456789abcdef01234567; this has %n character(s). Copy it again from where you found it.</source>
        <translation>
            <numerusform>Das ist kein Mi-Token. Ein Mi-Token besteht aus 24 Hexadezimalziffern (0 bis 9 und a bis f), zum Beispiel 0123456789abcdef01234567; dies hat %n Zeichen. Kopieren Sie es noch einmal von der Stelle, an der Sie es gefunden haben.</numerusform>
            <numerusform>Das ist kein Mi-Token. Ein Mi-Token besteht aus 24 Hexadezimalziffern (0 bis 9 und a bis f), zum Beispiel 0123456789abcdef01234567; dies hat %n Zeichen. Kopieren Sie es noch einmal von der Stelle, an der Sie es gefunden haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The thermometer has not been read yet.</source>
        <translation>Das Thermometer wurde noch nicht ausgelesen.</translation>
    </message>
    <message>
        <source>Go back to step 2 and read the thermometer, then register it here.</source>
        <translation>Gehen Sie zurück zu Schritt 2, lesen Sie das Thermometer aus und registrieren Sie es dann hier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; If the registration had not finished, the thermometer keeps its old one. Click Register to start again.</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; Wenn die Registrierung nicht abgeschlossen war, behält das Thermometer die alte. Klicken Sie auf Registrieren, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Mi Home no longer knows the thermometer: remove it there and add it again.</source>
        <translation>Mi Home kennt das Thermometer nicht mehr: Entfernen Sie es dort und fügen Sie es wieder hinzu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registered.&lt;/b&gt; Keep these keys: the token logs in for updates, the bind key decrypts its readings in Mi Home&apos;s format.</source>
        <translation>&lt;b&gt;Registriert.&lt;/b&gt; Bewahren Sie diese Schlüssel auf: Das Token meldet sich für Aktualisierungen an, der Bind-Key entschlüsselt seine Messwerte im Format von Mi Home.</translation>
    </message>
    <message>
        <source>Mi token: %1</source>
        <translation>Mi-Token: %1</translation>
    </message>
    <message>
        <source>Bind key: %1</source>
        <translation>Bind-Key: %1</translation>
    </message>
    <message>
        <source>There are no keys to save yet: register the thermometer first.</source>
        <translation>Es gibt noch keine Schlüssel zum Speichern: Registrieren Sie zuerst das Thermometer.</translation>
    </message>
    <message>
        <source>Save the Mi keys</source>
        <translation>Mi-Schlüssel speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>Gespeichert in %1 (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or note the keys shown above.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder notieren Sie die oben angezeigten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkPadsDiagram</name>
    <message>
        <source>Adapter TX through a 1 kOhm resistor (1 to 1.8 kOhm) to pad P14 (SWS)</source>
        <translation>TX des Adapters über einen Widerstand von 1 kOhm (1 bis 1,8 kOhm) an Pad P14 (SWS)</translation>
    </message>
    <message>
        <source>Adapter RX straight to pad P14 (SWS)</source>
        <translation>RX des Adapters direkt an Pad P14 (SWS)</translation>
    </message>
    <message>
        <source>Adapter GND to the battery&apos;s minus contact</source>
        <translation>GND des Adapters an den Minuskontakt der Batterie</translation>
    </message>
    <message>
        <source>Adapter 3.3 V to the battery&apos;s plus contact, or leave the battery in instead</source>
        <translation>3,3 V des Adapters an den Pluskontakt der Batterie, oder stattdessen die Batterie drin lassen</translation>
    </message>
    <message>
        <source>When asked, power-cycle the thermometer: battery out and back in, or the 3.3 V wire off and on</source>
        <translation>Wenn Sie dazu aufgefordert werden, die Stromversorgung des Thermometers kurz trennen: Batterie heraus und wieder hinein, oder das 3,3-V-Kabel ab und wieder an</translation>
    </message>
    <message>
        <source>Wiring picture for the wired rescue of a LYWSD03MMC</source>
        <translation>Verkabelungsbild für die Rettung eines LYWSD03MMC per Kabel</translation>
    </message>
    <message>
        <source>LYWSD03MMC, back of the board</source>
        <translation>LYWSD03MMC, Rückseite der Platine</translation>
    </message>
    <message>
        <source>battery (CR2032)</source>
        <translation>Batterie (CR2032)</translation>
    </message>
    <message>
        <source>- (GND)</source>
        <translation>- (GND)</translation>
    </message>
    <message>
        <source>+ (3.3 V)</source>
        <translation>+ (3,3 V)</translation>
    </message>
    <message>
        <source>SWS</source>
        <translation>SWS</translation>
    </message>
    <message>
        <source>&quot;reset&quot; is a button input, not the chip&apos;s RESET</source>
        <translation>„reset“ ist ein Tastereingang, nicht der RESET des Chips</translation>
    </message>
    <message>
        <source>USB-UART adapter</source>
        <translation>USB-UART-Adapter</translation>
    </message>
    <message>
        <source>CH340 or CP2102; not FTDI, no LED on RX</source>
        <translation>CH340 oder CP2102; kein FTDI, keine LED an RX</translation>
    </message>
    <message>
        <source>1 kOhm</source>
        <translation>1 kOhm</translation>
    </message>
    <message>
        <source>(1 to 1.8 kOhm)</source>
        <translation>(1 bis 1,8 kOhm)</translation>
    </message>
    <message>
        <source>or keep the battery in</source>
        <translation>oder die Batterie drin lassen</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>When Flashwright asks, power-cycle the thermometer: take the battery out and put it back (or pull the 3.3 V wire off and on). Its chip only listens for a moment after power-up.</source>
        <translation>Wenn Flashwright Sie auffordert, trennen Sie kurz die Stromversorgung des Thermometers: Nehmen Sie die Batterie heraus und setzen Sie sie wieder ein (oder ziehen Sie das 3,3-V-Kabel ab und stecken Sie es wieder an). Der Chip hört nur kurz nach dem Einschalten zu.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkPadsPage</name>
    <message>
        <source>Wiring</source>
        <translation>Verkabeln</translation>
    </message>
    <message>
        <source>Wire the thermometer to the adapter</source>
        <translation>Das Thermometer mit dem Adapter verbinden</translation>
    </message>
    <message>
        <source>Unplug the adapter first. Connect the wires as the picture shows, then go on. The pad names are printed on the board.</source>
        <translation>Ziehen Sie zuerst den Adapter ab. Verbinden Sie die Kabel wie im Bild und machen Sie dann weiter. Die Namen der Pads stehen auf der Platine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open it:&lt;/b&gt; take the battery out, unclip the back cover and lift the board out of the case. The pads are on the back of the board; P14 is the one marked SWS in the picture.</source>
        <translation>&lt;b&gt;Öffnen:&lt;/b&gt; Nehmen Sie die Batterie heraus, lösen Sie den hinteren Deckel und heben Sie die Platine aus dem Gehäuse. Die Pads sind auf der Rückseite der Platine; P14 ist das Pad, das im Bild mit SWS markiert ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.3 V, never 5 V.&lt;/b&gt; Power the board from the adapter&apos;s 3.3 V on the battery contacts, or from its own battery, never from both at once.</source>
        <translation>&lt;b&gt;3,3 V, niemals 5 V.&lt;/b&gt; Versorgen Sie die Platine über die Batteriekontakte mit den 3,3 V des Adapters oder mit ihrer eigenen Batterie, aber niemals mit beidem gleichzeitig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the resistor:&lt;/b&gt; TX goes through 1 kOhm (1 to 1.8 kOhm) and RX straight to P14, so Flashwright can hear the chip answer on the same pad. Without the resistor the chip cannot answer: no backup and no check of what was written.</source>
        <translation>&lt;b&gt;Warum der Widerstand:&lt;/b&gt; TX geht über 1 kOhm (1 bis 1,8 kOhm) und RX direkt an P14, damit Flashwright die Antwort des Chips auf demselben Pad hört. Ohne den Widerstand kann der Chip nicht antworten: keine Sicherung und keine Prüfung des Geschriebenen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Power-cycle when asked.&lt;/b&gt; The chip can only be stopped right after it powers up. When Flashwright says &quot;Power-cycle the thermometer now&quot;, take the battery out and put it back, or pull the 3.3 V wire off and on again, within %1 seconds.</source>
        <translation>&lt;b&gt;Stromversorgung kurz trennen, wenn Sie dazu aufgefordert werden.&lt;/b&gt; Der Chip lässt sich nur direkt nach dem Einschalten anhalten. Wenn Flashwright „Trennen Sie jetzt kurz die Stromversorgung des Thermometers“ anzeigt, nehmen Sie die Batterie heraus und setzen Sie sie wieder ein, oder ziehen Sie das 3,3-V-Kabel ab und stecken Sie es wieder an, innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkPowerCyclePrompt</name>
    <message numerus="yes">
        <source>&lt;b&gt;Power-cycle the thermometer now:&lt;/b&gt; take the battery out and put it back in, or pull the 3.3 V wire off and on again. %n second(s) left.</source>
        <translation>
            <numerusform>&lt;b&gt;Trennen Sie jetzt kurz die Stromversorgung des Thermometers:&lt;/b&gt; Nehmen Sie die Batterie heraus und setzen Sie sie wieder ein, oder ziehen Sie das 3,3-V-Kabel ab und stecken Sie es wieder an. Noch %n Sekunde.</numerusform>
            <numerusform>&lt;b&gt;Trennen Sie jetzt kurz die Stromversorgung des Thermometers:&lt;/b&gt; Nehmen Sie die Batterie heraus und setzen Sie sie wieder ein, oder ziehen Sie das 3,3-V-Kabel ab und stecken Sie es wieder an. Noch %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkRescueBackupPage</name>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Save the thermometer&apos;s own data first</source>
        <translation>Zuerst die eigenen Daten des Thermometers sichern</translation>
    </message>
    <message>
        <source>Flashwright connects through the wires and saves what cannot be downloaded anywhere, before anything is erased.</source>
        <translation>Flashwright verbindet sich über die Kabel und sichert, was sich nirgends herunterladen lässt, bevor etwas gelöscht wird.</translation>
    </message>
    <message>
        <source>The end of the thermometer&apos;s memory holds its own &lt;b&gt;Bluetooth address&lt;/b&gt;, its &lt;b&gt;sensor calibration&lt;/b&gt; and the &lt;b&gt;keys&lt;/b&gt; Mi Home knows it by. A wrong write there cannot be undone without this backup. It is 48 KB (the area from 0x74000 to the end) and usually takes under a minute.</source>
        <translation>Am Ende des Speichers stehen die eigene &lt;b&gt;Bluetooth-Adresse&lt;/b&gt; des Thermometers, seine &lt;b&gt;Sensor-Kalibrierung&lt;/b&gt; und die &lt;b&gt;Schlüssel&lt;/b&gt;, unter denen Mi Home es kennt. Ein falscher Schreibvorgang dort lässt sich ohne diese Sicherung nicht rückgängig machen. Sie ist 48 KB groß (der Bereich von 0x74000 bis zum Ende) und dauert meist weniger als eine Minute.</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ände&amp;rn…</translation>
    </message>
    <message>
        <source>Choose another folder for the backup</source>
        <translation>Einen anderen Ordner für die Sicherung wählen</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Ordner für die Sicherung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get ready to power-cycle it.&lt;/b&gt; After you click the button, Flashwright asks you to take the battery out and put it back (or pull the 3.3 V wire off and on). Do it within %1 seconds: the chip can only be stopped right after it powers up.</source>
        <translation>&lt;b&gt;Bereiten Sie sich darauf vor, die Stromversorgung kurz zu trennen.&lt;/b&gt; Nach dem Klick auf die Schaltfläche bittet Flashwright Sie, die Batterie herauszunehmen und wieder einzusetzen (oder das 3,3-V-Kabel abzuziehen und wieder anzustecken). Tun Sie das innerhalb von %1 Sekunden: Der Chip lässt sich nur direkt nach dem Einschalten anhalten.</translation>
    </message>
    <message>
        <source>Back &amp;up again</source>
        <translation>Erneut &amp;sichern</translation>
    </message>
    <message>
        <source>Connect and back &amp;up</source>
        <translation>&amp;Verbinden und sichern</translation>
    </message>
    <message>
        <source>Stop. This is safe: nothing is written.</source>
        <translation>Abbrechen. Das ist sicher: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Flashwright cannot create the folder %1.</source>
        <translation>Flashwright kann den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Choose another folder with Change, then try again.</source>
        <translation>Wählen Sie mit „Ändern“ einen anderen Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved:&lt;/b&gt; %1 (%2). Keep it: it belongs to this thermometer only.</source>
        <translation>&lt;b&gt;Gespeichert:&lt;/b&gt; %1 (%2). Bewahren Sie die Datei auf: Sie gehört nur zu diesem Thermometer.</translation>
    </message>
    <message>
        <source>Its Bluetooth address:</source>
        <translation>Seine Bluetooth-Adresse:</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Its memory:</source>
        <translation>Sein Speicher:</translation>
    </message>
    <message>
        <source>Firmware on it now:</source>
        <translation>Aktuelle Firmware:</translation>
    </message>
    <message>
        <source>SHA-256 of the backup:</source>
        <translation>SHA-256 der Sicherung:</translation>
    </message>
    <message>
        <source>Save the thermometer&apos;s own data first: click Connect and back up.</source>
        <translation>Sichern Sie zuerst die eigenen Daten des Thermometers: Klicken Sie auf „Verbinden und sichern“.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkRescueDonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The thermometer has new firmware</source>
        <translation>Das Thermometer hat eine neue Firmware</translation>
    </message>
    <message>
        <source>It was written through the wires, read back and restarted.</source>
        <translation>Sie wurde über die Kabel geschrieben und zurückgelesen, und das Thermometer wurde neu gestartet.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was Sie jetzt tun können</translation>
    </message>
    <message>
        <source>Update it over &amp;Bluetooth…</source>
        <translation>Über &amp;Bluetooth aktualisieren…</translation>
    </message>
    <message>
        <source>Go to the Bluetooth wizard, for later updates or to go on to Zigbee</source>
        <translation>Zum Bluetooth-Assistenten wechseln, für spätere Aktualisierungen oder um zu Zigbee zu wechseln</translation>
    </message>
    <message>
        <source>Rescue &amp;another thermometer</source>
        <translation>&amp;Weiteres Thermometer retten</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Was geschrieben wurde</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <source>Its Bluetooth address:</source>
        <translation>Seine Bluetooth-Adresse:</translation>
    </message>
    <message>
        <source>Backup of its own data:</source>
        <translation>Sicherung seiner eigenen Daten:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take the wires off&lt;/b&gt;, put the battery back in (a fresh one is best) and close the case.</source>
        <translation>&lt;b&gt;Nehmen Sie die Kabel ab&lt;/b&gt;, setzen Sie die Batterie wieder ein (am besten eine neue) und schließen Sie das Gehäuse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The display&lt;/b&gt; shows readings within a few seconds. If it stays blank, the firmware may not suit this board&apos;s display: 2025 boards that report B1.1 need pvvx 5.6 or newer.</source>
        <translation>&lt;b&gt;Die Anzeige&lt;/b&gt; zeigt innerhalb weniger Sekunden Messwerte. Bleibt sie leer, passt die Firmware vielleicht nicht zur Anzeige dieser Platine: Platinen von 2025, die B1.1 melden, brauchen pvvx 5.6 oder neuer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Over Bluetooth&lt;/b&gt; pvvx firmware appears as ATC_ followed by the last six digits of its address. From now on update it over Bluetooth, no wires needed; Zigbee comes the same way, as a .zigbee file.</source>
        <translation>&lt;b&gt;Über Bluetooth&lt;/b&gt; erscheint die pvvx-Firmware als ATC_ gefolgt von den letzten sechs Stellen seiner Adresse. Aktualisieren Sie es ab jetzt über Bluetooth, ohne Kabel; auch Zigbee kommt auf diesem Weg, als .zigbee-Datei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep the backup&lt;/b&gt;: it holds this thermometer&apos;s own address, calibration and keys. Should they ever be overwritten, a wired restore puts them back.</source>
        <translation>&lt;b&gt;Bewahren Sie die Sicherung auf&lt;/b&gt;: Sie enthält die eigene Adresse, Kalibrierung und Schlüssel dieses Thermometers. Falls diese jemals überschrieben werden, bringt eine Wiederherstellung per Kabel sie zurück.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkRescuePortPage</name>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Rescue the thermometer by wire</source>
        <translation>Das Thermometer per Kabel retten</translation>
    </message>
    <message>
        <source>When a thermometer no longer answers over Bluetooth, it can still be flashed through the test pads on its board with a USB-serial adapter. Plug the adapter into this computer: it appears here by itself. No hardware at hand? Pick the demo device.</source>
        <translation>Wenn ein Thermometer nicht mehr über Bluetooth antwortet, lässt es sich mit einem USB-Seriell-Adapter trotzdem über die Testpads auf seiner Platine flashen. Stecken Sie den Adapter an diesem Computer ein: Er erscheint dann hier von selbst. Keine Hardware zur Hand? Wählen Sie das Demo-Gerät.</translation>
    </message>
    <message>
        <source>&amp;Connected adapters and demo devices:</source>
        <translation>&amp;Angeschlossene Adapter und Demo-Geräte:</translation>
    </message>
    <message>
        <source>&amp;Speed to try first:</source>
        <translation>&amp;Zuerst versuchte Geschwindigkeit:</translation>
    </message>
    <message>
        <source>921600 baud (recommended)</source>
        <translation>921600 baud (empfohlen)</translation>
    </message>
    <message>
        <source>460800 baud</source>
        <translation>460800 baud</translation>
    </message>
    <message>
        <source>340000 baud</source>
        <translation>340000 baud</translation>
    </message>
    <message>
        <source>230400 baud: for adapters that cannot keep up</source>
        <translation>230400 baud: für Adapter, die nicht mithalten</translation>
    </message>
    <message>
        <source>If the adapter cannot keep up, Flashwright tries the slower speeds by itself.</source>
        <translation>Wenn der Adapter nicht mithält, versucht Flashwright von selbst die langsameren Geschwindigkeiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not every adapter works for this.&lt;/b&gt; Adapters with an LED on the RX line, and adapters with an FTDI chip, do not; CH340 and CP2102 adapters do. The adapter must be able to give 3.3 V.</source>
        <translation>&lt;b&gt;Nicht jeder Adapter eignet sich dafür.&lt;/b&gt; Adapter mit einer LED an der RX-Leitung und Adapter mit FTDI-Chip funktionieren nicht; Adapter mit CH340 und CP2102 funktionieren. Der Adapter muss 3,3 V liefern können.</translation>
    </message>
    <message>
        <source>Pick an adapter or the demo device.</source>
        <translation>Wählen Sie einen Adapter oder das Demo-Gerät.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkRescueWritePage</name>
    <message>
        <source>Write and verify</source>
        <translation>Schreiben und prüfen</translation>
    </message>
    <message>
        <source>Write the new firmware</source>
        <translation>Die neue Firmware schreiben</translation>
    </message>
    <message>
        <source>Written and checked. The last step says what to do now.</source>
        <translation>Geschrieben und geprüft. Der letzte Schritt sagt Ihnen, was jetzt zu tun ist.</translation>
    </message>
    <message>
        <source>Pick the firmware, for example ATC_v58.bin from pvvx. Flashwright saves the thermometer&apos;s own data once more, erases only what the file needs, writes it and reads it back.</source>
        <translation>Wählen Sie die Firmware, zum Beispiel ATC_v58.bin von pvvx. Flashwright sichert die eigenen Daten des Thermometers noch einmal, löscht nur, was die Datei braucht, schreibt sie und liest sie zurück.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Firmware-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Choose the thermometer firmware</source>
        <translation>Die Firmware für das Thermometer wählen</translation>
    </message>
    <message>
        <source>Thermometer firmware (*.bin);;All files (*)</source>
        <translation>Thermometer-Firmware (*.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Write &amp;again</source>
        <translation>Erneut &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Write and verify</source>
        <translation>&amp;Schreiben und prüfen</translation>
    </message>
    <message>
        <source>Leave the wires and the power connected until Flashwright says it is done. If it stops half-way, the thermometer does not start, but it stays reachable over the same wires: write again.</source>
        <translation>Lassen Sie die Kabel und die Stromversorgung angeschlossen, bis Flashwright meldet, dass es fertig ist. Bricht es mittendrin ab, startet das Thermometer nicht, bleibt aber über dieselben Kabel erreichbar: Schreiben Sie erneut.</translation>
    </message>
    <message>
        <source>Stop writing. The thermometer will not start until it is written again over the same wires.</source>
        <translation>Schreiben abbrechen. Das Thermometer startet erst wieder, wenn es über dieselben Kabel neu geschrieben wurde.</translation>
    </message>
    <message>
        <source>The file is %1, larger than a thermometer&apos;s whole memory (512 KB). It is not firmware for a thermometer.</source>
        <translation>Die Datei ist %1 groß, größer als der gesamte Speicher eines Thermometers (512 KB). Sie ist keine Firmware für ein Thermometer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flashwright will not write this file.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Flashwright schreibt diese Datei nicht.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file can be written.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Datei kann geschrieben werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It is: %1.</source>
        <translation>Art: %1.</translation>
    </message>
    <message>
        <source>It goes to the start of the memory; the thermometer&apos;s own data at the end stays as it is.</source>
        <translation>Sie kommt an den Anfang des Speichers; die eigenen Daten des Thermometers am Ende bleiben unverändert.</translation>
    </message>
    <message>
        <source>Saving the device data again, writing and checking take about %1.</source>
        <translation>Gerätedaten erneut sichern, schreiben und prüfen dauert etwa %1.</translation>
    </message>
    <message>
        <source>There is no backup of this thermometer&apos;s own data yet.</source>
        <translation>Es gibt noch keine Sicherung der eigenen Daten dieses Thermometers.</translation>
    </message>
    <message>
        <source>Go back one step and save it first.</source>
        <translation>Gehen Sie einen Schritt zurück und sichern Sie sie zuerst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written and verified.&lt;/b&gt; What was read back matches the file.</source>
        <translation>&lt;b&gt;Geschrieben und geprüft.&lt;/b&gt; Die zurückgelesenen Daten stimmen mit der Datei überein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written, but not read back.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geschrieben, aber nicht zurückgelesen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The thermometer was restarted into its new firmware.</source>
        <translation>Das Thermometer wurde mit seiner neuen Firmware neu gestartet.</translation>
    </message>
    <message>
        <source>Power-cycle the thermometer to start its new firmware.</source>
        <translation>Trennen Sie kurz die Stromversorgung des Thermometers, um seine neue Firmware zu starten.</translation>
    </message>
    <message>
        <source>%1 written in %2.</source>
        <translation>%1 in %2 geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; The thermometer may be half-written and will not start until it is written again. It stays reachable over the same wires: click Write to start again.</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; Das Thermometer ist vielleicht nur halb beschrieben und startet erst wieder, wenn es neu geschrieben wurde. Es bleibt über dieselben Kabel erreichbar: Klicken Sie auf „Erneut schreiben“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Choose the firmware file, then click Write and verify.</source>
        <translation>Wählen Sie die Firmware-Datei und klicken Sie dann auf „Schreiben und prüfen“.</translation>
    </message>
    <message>
        <source>Write the firmware first.</source>
        <translation>Schreiben Sie zuerst die Firmware.</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkTexts</name>
    <message>
        <source>%1 % (%2 V)</source>
        <translation>%1 % (%2 V)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <source>not reported by this firmware</source>
        <translation>von dieser Firmware nicht gemeldet</translation>
    </message>
    <message>
        <source>none over Bluetooth: this firmware has no update service. It can be flashed by wire.</source>
        <translation>nicht über Bluetooth: Diese Firmware hat keinen Aktualisierungsdienst. Sie kann per Kabel geflasht werden.</translation>
    </message>
    <message>
        <source>Bluetooth update, also of Zigbee files and files up to 208 KB (pvvx&apos;s extended update)</source>
        <translation>Bluetooth-Aktualisierung, auch von Zigbee-Dateien und Dateien bis 208 KB (erweiterte Aktualisierung von pvvx)</translation>
    </message>
    <message>
        <source>Bluetooth update of files up to 128 KB</source>
        <translation>Bluetooth-Aktualisierung von Dateien bis 128 KB</translation>
    </message>
    <message>
        <source>%1 on hardware %2</source>
        <translation>%1 auf Hardware %2</translation>
    </message>
    <message>
        <source>Zigbee update file for manufacturer %1, image type %2, version %3, %4</source>
        <translation>Zigbee-Aktualisierungsdatei für Hersteller %1, Abbildtyp %2, Version %3, %4</translation>
    </message>
    <message>
        <source>Xiaomi firmware signed by Xiaomi, %1</source>
        <translation>Von Xiaomi signierte Xiaomi-Firmware, %1</translation>
    </message>
    <message>
        <source>pvvx Bluetooth firmware, %1</source>
        <translation>pvvx-Bluetooth-Firmware, %1</translation>
    </message>
    <message>
        <source>Telink firmware, version 0x%1, %2</source>
        <translation>Telink-Firmware, Version 0x%1, %2</translation>
    </message>
    <message>
        <source>firmware for an ESP chip, not a thermometer, %1</source>
        <translation>Firmware für einen ESP-Chip, nicht für ein Thermometer, %1</translation>
    </message>
    <message>
        <source>an archive that still has to be unpacked, %1</source>
        <translation>ein Archiv, das erst noch entpackt werden muss, %1</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>not a firmware file Flashwright knows, %1</source>
        <translation>keine Firmware-Datei, die Flashwright kennt, %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::TelinkWizard</name>
    <message>
        <source>Flash a Xiaomi thermometer</source>
        <translation>Ein Xiaomi-Thermometer flashen</translation>
    </message>
    <message>
        <source>No thermometer is chosen.</source>
        <translation>Es ist kein Thermometer gewählt.</translation>
    </message>
    <message>
        <source>Go back to step 1 and pick one.</source>
        <translation>Gehen Sie zurück zu Schritt 1 und wählen Sie eines.</translation>
    </message>
    <message>
        <source>Go back to step 1 and pick the thermometer again, or a demo device.</source>
        <translation>Gehen Sie zurück zu Schritt 1 und wählen Sie das Thermometer erneut, oder ein Demo-Gerät.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ThroughputPlot</name>
    <message>
        <source>Throughput plot</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>Transfer speed of the running job over time</source>
        <translation>Übertragungsgeschwindigkeit der laufenden Aufgabe über die Zeit</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Time (min:s)</source>
        <translation>Zeit (min:s)</translation>
    </message>
    <message>
        <source>wire limit</source>
        <translation>Leitungsgrenze</translation>
    </message>
    <message>
        <source>wire limit %1</source>
        <translation>Leitungsgrenze %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::WelcomePage</name>
    <message>
        <source>Welcome to Flashwright</source>
        <translation>Willkommen bei Flashwright</translation>
    </message>
    <message>
        <source>Flash, back up and check the firmware of your IoT devices, step by step.</source>
        <translation>Firmware Ihrer IoT-Geräte flashen, sichern und prüfen – Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Connect your device (USB-serial adapter or Bluetooth) and pick it in the &lt;b&gt;Devices&lt;/b&gt; list on the left.</source>
        <translation>Schließen Sie Ihr Gerät an (USB-Seriell-Adapter oder Bluetooth) und wählen Sie es links in der Liste &lt;b&gt;Geräte&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Read what Flashwright found out about it on the right, then choose what to do.</source>
        <translation>Lesen Sie rechts, was Flashwright darüber herausgefunden hat, und wählen Sie dann, was Sie tun möchten.</translation>
    </message>
    <message>
        <source>No device at hand? The &lt;b&gt;Demo devices&lt;/b&gt; are simulated and work without any hardware.</source>
        <translation>Kein Gerät zur Hand? Die &lt;b&gt;Demo-Geräte&lt;/b&gt; sind simuliert und funktionieren ganz ohne Hardware.</translation>
    </message>
    <message>
        <source>Try a &amp;demo device</source>
        <translation>&amp;Demo-Gerät ausprobieren</translation>
    </message>
    <message>
        <source>Open the serial monitor on a simulated ESP8266 plug that boots Tasmota</source>
        <translation>Den seriellen Monitor an einer simulierten ESP8266-Steckdose öffnen, die Tasmota startet</translation>
    </message>
    <message>
        <source>Open serial &amp;monitor</source>
        <translation>Serielle&amp;n Monitor öffnen</translation>
    </message>
    <message>
        <source>Watch and talk to a device on a serial port</source>
        <translation>Ein Gerät an einem seriellen Anschluss beobachten und ihm Befehle senden</translation>
    </message>
    <message>
        <source>Check a &amp;firmware file…</source>
        <translation>&amp;Firmware-Datei prüfen…</translation>
    </message>
    <message>
        <source>See the format, size and checksum of a firmware file</source>
        <translation>Format, Größe und Prüfsumme einer Firmware-Datei ansehen</translation>
    </message>
    <message>
        <source>Everything that happens is written to the log at the bottom. If something goes wrong, File &gt; Export support bundle saves it for support.</source>
        <translation>Alles, was passiert, steht unten im Protokoll. Geht etwas schief, speichert Datei &gt; Unterstützungspaket exportieren alles für den Support.</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Flash a device:</source>
        <translation>Ein Gerät flashen:</translation>
    </message>
    <message>
        <source>Tuya / &amp;ESP (serial)…</source>
        <translation>Tuya / &amp;ESP (seriell)…</translation>
    </message>
    <message>
        <source>Step by step: wire, connect, back up, write and verify an ESP8266, ESP8285 or ESP32, such as a Tuya plug with a TYWE3S module</source>
        <translation>Schritt für Schritt: einen ESP8266, ESP8285 oder ESP32 verkabeln, verbinden, sichern, beschreiben und prüfen, etwa eine Tuya-Steckdose mit TYWE3S-Modul</translation>
    </message>
    <message>
        <source>Flash a Tuya or ESP device</source>
        <translation>Ein Tuya- oder ESP-Gerät flashen</translation>
    </message>
    <message>
        <source>Xiaomi thermometer (&amp;Bluetooth)…</source>
        <translation>Xiaomi-Thermometer (&amp;Bluetooth)…</translation>
    </message>
    <message>
        <source>Step by step: find, identify and flash a Xiaomi LYWSD03MMC thermometer over Bluetooth with pvvx, Zigbee or Xiaomi firmware, or rescue one by wire</source>
        <translation>Schritt für Schritt: ein Xiaomi-Thermometer LYWSD03MMC finden, erkennen und über Bluetooth mit pvvx-, Zigbee- oder Xiaomi-Firmware flashen, oder eines per Kabel retten</translation>
    </message>
    <message>
        <source>Flash a Xiaomi thermometer</source>
        <translation>Ein Xiaomi-Thermometer flashen</translation>
    </message>
</context>
<context>
    <name>fw::ui::WiringDiagram</name>
    <message>
        <source>Board USB socket to this computer, with a data cable</source>
        <translation>USB-Buchse der Platine mit einem Datenkabel an diesen Computer</translation>
    </message>
    <message>
        <source>If connecting fails: hold BOOT, press and release EN, then release BOOT</source>
        <translation>Falls das Verbinden scheitert: BOOT gedrückt halten, EN kurz drücken, dann BOOT loslassen</translation>
    </message>
    <message>
        <source>Adapter TX to module RX</source>
        <translation>Adapter-TX an Modul-RX</translation>
    </message>
    <message>
        <source>Adapter RX to module TX</source>
        <translation>Adapter-RX an Modul-TX</translation>
    </message>
    <message>
        <source>Adapter GND to module GND</source>
        <translation>Adapter-GND an Modul-GND</translation>
    </message>
    <message>
        <source>3.3 V supply + to module VCC (3.3 V, never 5 V)</source>
        <translation>Plus des 3,3-V-Netzteils an Modul-VCC (3,3 V, niemals 5 V)</translation>
    </message>
    <message>
        <source>3.3 V supply GND to module GND (common ground)</source>
        <translation>GND des 3,3-V-Netzteils an Modul-GND (gemeinsame Masse)</translation>
    </message>
    <message>
        <source>Module GPIO0 to GND while it powers up, for flashing</source>
        <translation>Modul-GPIO0 beim Einschalten an GND, zum Flashen</translation>
    </message>
    <message>
        <source>Module EN (CH_PD) to 3.3 V</source>
        <translation>Modul-EN (CH_PD) an 3,3 V</translation>
    </message>
    <message>
        <source>Wiring picture for %1</source>
        <translation>Verkabelungsbild für %1</translation>
    </message>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>USB-serial adapter</source>
        <translation>USB-Seriell-Adapter</translation>
    </message>
    <message>
        <source>switch set to 3.3 V</source>
        <translation>Schalter auf 3,3 V</translation>
    </message>
    <message>
        <source>TX and RX cross over</source>
        <translation>TX und RX über Kreuz</translation>
    </message>
    <message>
        <source>GPIO0 to GND while it powers up</source>
        <translation>GPIO0 beim Einschalten an GND</translation>
    </message>
    <message>
        <source>one common GND</source>
        <translation>ein gemeinsames GND</translation>
    </message>
    <message>
        <source>3.3 V supply</source>
        <translation>3,3-V-Netzteil</translation>
    </message>
    <message>
        <source>300 mA or more</source>
        <translation>300 mA oder mehr</translation>
    </message>
    <message>
        <source>Never 5 V: it destroys the module</source>
        <translation>Niemals 5 V: Das zerstört das Modul</translation>
    </message>
    <message>
        <source>EN restarts the board</source>
        <translation>EN startet die Platine neu</translation>
    </message>
    <message>
        <source>If connecting fails: hold BOOT, press and release EN, then let go of BOOT</source>
        <translation>Falls das Verbinden scheitert: BOOT gedrückt halten, EN kurz drücken, dann BOOT loslassen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>USB data cable (not a charge-only one)</source>
        <translation>USB-Datenkabel (kein reines Ladekabel)</translation>
    </message>
</context>
<context>
    <name>fw::ui::WizardFilePicker</name>
    <message>
        <source>The file %1 does not exist (any more). Choose it again.</source>
        <translation>Die Datei %1 gibt es nicht (mehr). Wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a firmware file.</source>
        <translation>%1 ist ein Ordner, keine Firmware-Datei.</translation>
    </message>
    <message>
        <source>Flashwright cannot read %1: %2. Check that you may read the file.</source>
        <translation>Flashwright kann %1 nicht lesen: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>The file is empty. Download the firmware again.</source>
        <translation>Die Datei ist leer. Laden Sie die Firmware erneut herunter.</translation>
    </message>
</context>
<context>
    <name>fw::ui::WizardPage</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>fw::ui::WizardShell</name>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Close the connection and begin again at the first step</source>
        <translation>Die Verbindung schließen und wieder beim ersten Schritt beginnen</translation>
    </message>
    <message>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation>Warum „Weiter“ nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Wizard step</source>
        <translation>Schritt des Assistenten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Assistenten schließen</translation>
    </message>
    <message>
        <source>&amp;Next: %1 ›</source>
        <translation>&amp;Weiter: %1 ›</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Wait until this task has finished.</source>
        <translation>Warten Sie, bis diese Aufgabe fertig ist.</translation>
    </message>
    <message>
        <source>Another task is still running.</source>
        <translation>Eine andere Aufgabe läuft noch.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then click Retry.</source>
        <translation>Warten Sie, bis sie fertig ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>fw::ui::WizardStepList</name>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
</context>
</TS>
