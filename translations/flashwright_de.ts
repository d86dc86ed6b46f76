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
        <source>List the archive's contents and check you have the right package.</source>
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
        <source>The name is absolute or climbs up with "..".</source>
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
        <source>Make sure this is the right package; a firmware package is normally a few megabytes. A file that expands enormously may be a deliberate "zip bomb".</source>
        <translation>Prüfen Sie, ob es das richtige Paket ist; ein Firmware-Paket hat normalerweise wenige Megabyte. Eine Datei, die sich enorm ausdehnt, kann eine absichtliche „ZIP-Bombe“ sein.</translation>
    </message>
    <message>
        <source>The archive %1 contains an entry that would be written outside the target folder: %2</source>
        <translation>Das Archiv %1 enthält einen Eintrag, der außerhalb des Zielordners geschrieben würde: %2</translation>
    </message>
    <message>
        <source>Nothing was extracted. Do not use this package; get it again from the vendor's official download page.</source>
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
    <name>fw::core::BleScanner</name>
    <message>
        <source>The system D-Bus is not running, so Bluetooth cannot be used. Start it (sudo systemctl start dbus), then start the Bluetooth service with: sudo systemctl start bluetooth</source>
        <translation>Der System-D-Bus läuft nicht, daher ist Bluetooth nicht nutzbar. Starten Sie ihn (sudo systemctl start dbus) und danach den Bluetooth-Dienst mit: sudo systemctl start bluetooth</translation>
    </message>
    <message>
        <source>Bluetooth service (BlueZ) is not running. Start it with: sudo systemctl start bluetooth (install the package "bluez" if it is missing).</source>
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
        <source>This program is not allowed to use Bluetooth. Allow Bluetooth access for Flashwright in the system's privacy settings (or the sandbox permissions), then scan again.</source>
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
        <source>Give yourself read access (e.g. chmod u+r "%1") or copy the file to a folder you own.</source>
        <translation>Geben Sie sich Leserechte (z. B. chmod u+r "%1") oder kopieren Sie die Datei in einen eigenen Ordner.</translation>
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
        <source>The computer's Bluetooth adapter dropped the connection.</source>
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
        <source>The computer uses an outdated copy of the device's GATT table (after a firmware change).</source>
        <translation>Der Computer verwendet eine veraltete Kopie der GATT-Tabelle des Geräts (nach einem Firmware-Wechsel).</translation>
    </message>
    <message>
        <source>Remove the device from the system's Bluetooth settings so its services are read again, then reconnect.</source>
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
        <source>Check that the right device is selected; if it is, remove it from the system's Bluetooth settings and reconnect so its services are read again.</source>
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
        <source>Your user is not in the "%1" group, which owns the serial ports.</source>
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
        <source>Passwords, Wi-Fi and MQTT credentials, keys and tokens were replaced by "[redacted]" before writing (%n value(s) replaced). Please look through the files before sharing them if your logs may contain other private data.</source>
        <translation>
            <numerusform>Passwörter, WLAN- und MQTT-Zugangsdaten, Schlüssel und Tokens wurden vor dem Schreiben durch "[redacted]" ersetzt (%n Wert ersetzt). Sehen Sie die Dateien bitte durch, bevor Sie sie weitergeben, falls Ihre Protokolle andere private Daten enthalten können.</numerusform>
            <numerusform>Passwörter, WLAN- und MQTT-Zugangsdaten, Schlüssel und Tokens wurden vor dem Schreiben durch "[redacted]" ersetzt (%n Werte ersetzt). Sehen Sie die Dateien bitte durch, bevor Sie sie weitergeben, falls Ihre Protokolle andere private Daten enthalten können.</numerusform>
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
        <source>The on-board J-Link's virtual COM port (nRF DK boards). If no data arrives, disable MSD with J-Link Commander: MSDDisable.</source>
        <translation>Der virtuelle COM-Port des eingebauten J-Link (nRF-DK-Platinen). Kommen keine Daten an, schalten Sie MSD mit dem J-Link Commander ab: MSDDisable.</translation>
    </message>
    <message>
        <source>The on-board J-Link's virtual COM port (nRF52/nRF53 DK). Use hardware flow control only if the firmware enables it.</source>
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
        <source>Pycom board in normal mode. The module's REPL and the modem upgrade use this port; flash reads are limited to 230400 baud.</source>
        <translation>Pycom-Platine im Normalbetrieb. Die REPL des Moduls und das Modem-Update nutzen diesen Anschluss; Lesen aus dem Flash ist auf 230400 Baud begrenzt.</translation>
    </message>
    <message>
        <source>The board's PIC is in DFU mode (button held at plug-in): update the PIC firmware now, or replug without the button for the serial port.</source>
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
        <source>There is no demo device called "%1".</source>
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
        <source>The demo device "%1" is a Bluetooth device, not a serial port.</source>
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
        <source>The chip's boot loader rejected a parameter of the command.</source>
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
        <source>The chip's boot loader ran out of memory.</source>
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
        <source>The chip's boot loader does not understand this command.</source>
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
        <source>The flasher stub does not fit this chip's RAM.</source>
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
        <source>The chip's boot loader reported error %1, one of the codes of newer ROMs.</source>
        <translation>Der Bootloader des Chips hat Fehler %1 gemeldet, einen der Codes neuerer ROMs.</translation>
    </message>
    <message>
        <source>The command is restricted on this chip (for example by Secure Download Mode).</source>
        <translation>Der Befehl ist auf diesem Chip eingeschränkt (zum Beispiel durch den Secure Download Mode).</translation>
    </message>
    <message>
        <source>The command's parameters do not suit this chip revision.</source>
        <translation>Die Parameter des Befehls passen nicht zu dieser Chip-Revision.</translation>
    </message>
    <message>
        <source>Check the chip's security settings and the operation, then retry; report it with the session log if it persists.</source>
        <translation>Prüfen Sie die Sicherheitseinstellungen des Chips und den Vorgang und versuchen Sie es dann erneut; bleibt der Fehler, melden Sie ihn mit dem Sitzungsprotokoll.</translation>
    </message>
    <message>
        <source>The chip's boot loader reported an unknown error %1.</source>
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
        <source>Check the flash chip's supply and connect again.</source>
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
        <source>The chip's boot loader refuses to read its registers: it is in Secure Download Mode.</source>
        <translation>Der Bootloader des Chips verweigert das Lesen seiner Register: Der Chip ist im Secure Download Mode.</translation>
    </message>
    <message>
        <source>The device maker locked the chip so that it only takes signed and encrypted firmware.</source>
        <translation>Der Hersteller des Geräts hat den Chip so gesperrt, dass er nur signierte und verschlüsselte Firmware annimmt.</translation>
    </message>
    <message>
        <source>This chip cannot be backed up or flashed over serial with Flashwright. Use the maker's own update path.</source>
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
        <source>TX and RX are not crossed or not connected: the adapter's TX goes to the chip's RX and its RX to the chip's TX, with GND connected too.</source>
        <translation>TX und RX sind nicht gekreuzt oder nicht angeschlossen: TX des Adapters gehört an RX des Chips und RX des Adapters an TX des Chips. GND muss ebenfalls verbunden sein.</translation>
    </message>
    <message>
        <source>This is not the device's port, or the USB cable only charges and carries no data.</source>
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
        <source>GPIO0 was not held to GND when the chip powered up or reset. It printed: "%1"</source>
        <translation>GPIO0 lag nicht auf GND, als der Chip eingeschaltet oder zurückgesetzt wurde. Er hat ausgegeben: „%1“</translation>
    </message>
    <message>
        <source>The board has no automatic reset wiring (DTR to GPIO0, RTS to EN), or it does not work with this adapter.</source>
        <translation>Die Platine hat keine automatische Reset-Schaltung (DTR an GPIO0, RTS an EN), oder diese funktioniert mit diesem Adapter nicht.</translation>
    </message>
    <message>
        <source>Connect GPIO0 to GND, switch the device's power off and on again while GPIO0 stays connected, and connect with the manual reset mode.</source>
        <translation>Verbinden Sie GPIO0 mit GND, schalten Sie das Gerät aus und wieder ein, während GPIO0 verbunden bleibt, und verbinden Sie sich im manuellen Reset-Modus.</translation>
    </message>
    <message>
        <source>The chip waits in its download mode but does not answer what %1 sends.</source>
        <translation>Der Chip wartet im Download-Modus, antwortet aber nicht auf das, was über %1 gesendet wird.</translation>
    </message>
    <message>
        <source>The wire from the adapter's TX to the chip's RX is missing, loose or on the wrong pin (the chip printed: "%1").</source>
        <translation>Die Leitung von TX des Adapters zu RX des Chips fehlt, sitzt locker oder steckt am falschen Pin (der Chip hat ausgegeben: „%1“).</translation>
    </message>
    <message>
        <source>A second microcontroller on the board (TuyaMCU) drives the chip's RX line.</source>
        <translation>Ein zweiter Mikrocontroller auf der Platine (TuyaMCU) belegt die RX-Leitung des Chips.</translation>
    </message>
    <message>
        <source>Check the wire from the adapter's TX to the chip's RX. On TuyaMCU devices, hold the second microcontroller in reset while flashing. Then try again.</source>
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
        <source>Connect GPIO0 to GND, then switch the device's power off and on again (unplug it and plug it back in). Keep GPIO0 connected until the connection is made.</source>
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
        <source>The data wires are swapped or loose: the adapter's TX must go to the chip's RX and RX to TX, with GND connected too.</source>
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
        <source>The chip started its normal firmware instead of download mode, and that firmware's output was read as an answer.</source>
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
        <source>Another user's program has the port open.</source>
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
        <source>The file asks for a fast flash mode (QIO or DIO) that this module's flash is not wired for; ESP8285 chips and most Tuya modules need DOUT.</source>
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
        <source>Write the firmware again with the flash mode set to DOUT (Flashwright offers this as "Re-flash as DOUT").</source>
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
        <source>Power the module from a separate 3.3 V supply that gives at least 300 mA, with its GND joined to the adapter's GND; use short wires and a lower speed (115200 baud), then try again.</source>
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
        <source>Use Flashwright's ESP wizard instead: it handles the ESP8266 and the ESP32, keeps one connection for backup and writing, and explains each error.</source>
        <translation>Verwenden Sie stattdessen den ESP-Assistenten von Flashwright: Er kann mit dem ESP8266 und dem ESP32 umgehen, nutzt eine einzige Verbindung für Sicherung und Schreiben und erklärt jeden Fehler.</translation>
    </message>
    <message>
        <source>tuya-convert waited for the device to join its Wi-Fi, and it never did.</source>
        <translation>tuya-convert hat darauf gewartet, dass sich das Gerät mit seinem WLAN verbindet, aber das ist nie passiert.</translation>
    </message>
    <message>
        <source>The device's firmware is too new: Tuya closed the gap tuya-convert uses (firmware from 2019 on).</source>
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
        <source>On Windows, "Access is denied" also means that another program holds the port.</source>
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
        <source>The board's automatic reset wiring (DTR/RTS) does not work with this adapter.</source>
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
        <source>The wire from the adapter's TX to the chip's RX is missing, loose or on the wrong pin.</source>
        <translation>Die Leitung von TX am Adapter zu RX am Chip fehlt, ist lose oder steckt am falschen Pin.</translation>
    </message>
    <message>
        <source>Something else on the board drives the chip's RX line, for example a second microcontroller (TuyaMCU).</source>
        <translation>Etwas anderes auf der Platine steuert die RX-Leitung des Chips, zum Beispiel ein zweiter Mikrocontroller (TuyaMCU).</translation>
    </message>
    <message>
        <source>Check the wire from the adapter's TX to the chip's RX. On TuyaMCU devices, hold the second microcontroller in reset or disconnect it while flashing.</source>
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
        <source>The file does not fit in the chip's flash memory.</source>
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
        <source>This device's firmware is too new for tuya-convert.</source>
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
        <source>The problem happened later, in the device's own firmware.</source>
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
        <source>The range %1 to %2 is not inside this chip's flash (%3).</source>
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
        <source>The connection runs through the chip's built-in boot ROM, which on the ESP8266 can only write.</source>
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
        <source>The data read differs from the chip's checksum; reading the damaged parts again.</source>
        <translation>Die gelesenen Daten passen nicht zur Prüfsumme des Chips. Die beschädigten Teile werden erneut gelesen.</translation>
    </message>
    <message>
        <source>Reading %1 bytes at %2 again.</source>
        <translation>%1 Bytes ab %2 werden erneut gelesen.</translation>
    </message>
    <message>
        <source>The data read does not match the chip's own checksum, even after reading the damaged parts again.</source>
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
        <source>Use a multiple of 0x1000 (e.g. 0x0, 0x1000, 0x10000), as the firmware's instructions give it.</source>
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
        <source>The ESP8266's built-in boot ROM can only write flash. Reading needs the flasher stub, and this connection was made without it (--no-stub, or "Use the chip's ROM loader only" in the wizard).</source>
        <translation>Das eingebaute Boot-ROM des ESP8266 kann den Flash-Speicher nur beschreiben. Zum Lesen ist der Flasher-Stub nötig, und diese Verbindung wurde ohne ihn hergestellt (--no-stub oder „Nur den ROM-Lader des Chips verwenden“ im Assistenten).</translation>
    </message>
    <message>
        <source>Connect again without --no-stub (in the wizard, untick "Use the chip's ROM loader only"): Flashwright then loads its flasher stub and can back up the flash. Nothing on the chip was changed.</source>
        <translation>Verbinden Sie sich erneut ohne --no-stub (im Assistenten: Häkchen bei „Nur den ROM-Lader des Chips verwenden“ entfernen): Flashwright lädt dann seinen Flasher-Stub und kann den Flash-Speicher sichern. Am Chip wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The connection runs through the chip's built-in boot ROM, without the flasher stub (--no-stub, or "Use the chip's ROM loader only" in the wizard).</source>
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
        <source>the data does not match the stub's checksum (MD5 %1, stub says %2)</source>
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
        <source>The file's header asks for chip revision %1 or newer but at most %2, which no chip can meet: the header is damaged.</source>
        <translation>Der Header der Datei verlangt Chip-Revision %1 oder neuer, aber höchstens %2. Das kann kein Chip erfüllen: Der Header ist beschädigt.</translation>
    </message>
    <message>
        <source>The file needs chip revision %1 or newer, and the chip's revision is not known.</source>
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
        <source>The file's header says the flash holds %1, but this chip has %2: the firmware may fail to start or lose its settings.</source>
        <translation>Laut Header der Datei hat der Flash-Speicher %1, aber dieser Chip hat %2: Die Firmware startet womöglich nicht oder verliert ihre Einstellungen.</translation>
    </message>
    <message>
        <source>The file's header says the flash holds %1, but this chip has %2: the firmware will use only part of the flash.</source>
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
        <source>The chip's flash size is not known, so Flashwright cannot check that the file fits.</source>
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
        <source>The chip printed text instead of answering, so it has probably left its boot loader and runs its firmware (it printed: "%1").</source>
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
        <source>Choose the text file that holds the tool's output (for tuya-convert, the smarthack-*.log files).</source>
        <translation>Wählen Sie die Textdatei, die die Ausgabe des Werkzeugs enthält (bei tuya-convert die Dateien smarthack-*.log).</translation>
    </message>
    <message>
        <source>The log file %1 cannot be opened.</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Give yourself read access (chmod u+r "%1") or copy the log to a folder you own.</source>
        <translation>Geben Sie sich Leserechte (chmod u+r "%1") oder kopieren Sie das Protokoll in einen Ordner, der Ihnen gehört.</translation>
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
        <source>The backup %1 holds %2 bytes, more than this chip's %3 of flash.</source>
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
        <source>The backup %1 does not look like this device's own.</source>
        <translation>Die Sicherung %1 scheint nicht von diesem Gerät zu stammen.</translation>
    </message>
    <message>
        <source>Pick the backup of this device. If you are sure this file is right, restore it with --force ("Restore anyway").</source>
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
        <source>%1 is the chip's own USB port (USB-JTAG-serial); using its reset sequence.</source>
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
        <source>Connecting to the chip's boot loader</source>
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
        <source>Keeping to the chip's boot ROM, as asked: it can write, but not read, erase or verify, and it stays at the connect baud.</source>
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
        <source>Reinstall Flashwright, or rebuild it with the ESP8266 (lx106) toolchain installed. To go on without the stub, use --no-stub (in the wizard: "Use the chip's ROM loader only"): writing still works, but slower and without backup or verification.</source>
        <translation>Installieren Sie Flashwright neu, oder bauen Sie es mit installierter ESP8266-Toolchain (lx106) neu. Um ohne den Stub weiterzumachen, verwenden Sie --no-stub (im Assistenten: „Nur den ROM-Lader des Chips verwenden“): Schreiben funktioniert dann weiterhin, aber langsamer und ohne Sicherung oder Prüfung.</translation>
    </message>
    <message>
        <source>This program's ESP8266 flasher stub is missing.</source>
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
        <source>This program's ESP8266 flasher stub is damaged: %1.</source>
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
        <source>%1 is %2 bytes, more than the chip's RAM</source>
        <translation>%1 hat %2 Bytes, mehr als der RAM des Chips fasst</translation>
    </message>
    <message>
        <source>layout.json is not a JSON object (%1)</source>
        <translation>layout.json ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>layout.json lacks the number "%1"</source>
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
        <source>its memory limits (IRAM up to %1, DRAM up to %2) are not the ESP8266's</source>
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
        <source>Waiting for the stub's greeting, ignored a frame of %1 bytes</source>
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
        <source>The chip restarted instead (it printed: "%1").</source>
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
        <source>Retry. If it fails again, connect at a lower baud (for example --connect-baud 57600), or use --no-stub (in the wizard: "Use the chip's ROM loader only") to write through the chip's ROM: slower, and without backup or verification.</source>
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
        <source>The ESP8266's built-in boot ROM can only write; comparing needs the flasher stub, and this connection was made without it (--no-stub).</source>
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
        <source>The image's SHA-256 digest does not match its contents: the file is damaged.</source>
        <translation>Der SHA-256-Hash des Abbilds passt nicht zu seinem Inhalt: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The entry point %1 is outside the ESP8266's instruction RAM; the image may be for another chip.</source>
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
        <source>An ESP32 board held in its boot ROM's loader (BOOT pressed at power-up): it needs SPI_ATTACH before flash access, takes compressed writes, reports MD5 checksums, reads flash 64 bytes at a time and can change its baud rate.</source>
        <translation>Eine ESP32-Platine, die im Loader ihres Boot-ROMs gehalten wird (BOOT beim Einschalten gedrückt): Sie braucht SPI_ATTACH vor dem Flash-Zugriff, nimmt komprimierte Schreibvorgänge an, meldet MD5-Prüfsummen, liest den Flash in 64-Byte-Stücken und kann ihre Baudrate ändern.</translation>
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
        <source>The file was read back from the device's spare firmware area after an update.</source>
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
        <source>It has neither the Telink signature "KNLT" nor a Zigbee OTA header.</source>
        <translation>Sie hat weder die Telink-Signatur "KNLT" noch einen Zigbee-OTA-Header.</translation>
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
        <source>The thermometer's Xiaomi firmware (2.1.1_0159 or newer) only accepts firmware signed by Xiaomi.</source>
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
        <source>The boot mark at offset 0x08 is cleared (00 instead of 'K'): this copy was marked as replaced.</source>
        <translation>Die Startmarke bei Offset 0x08 ist gelöscht (00 statt 'K'): Diese Kopie wurde als ersetzt markiert.</translation>
    </message>
    <message>
        <source>Offset 0x08 holds %1 instead of the Telink signature "KNLT".</source>
        <translation>Bei Offset 0x08 steht %1 statt der Telink-Signatur "KNLT".</translation>
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
        <source>This adapter is not in Flashwright's list. It will most likely work anyway; the log shows what happens.</source>
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
        <source>Another task is still running.</source>
        <translation>Eine andere Aufgabe läuft noch.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then click Retry.</source>
        <translation>Warten Sie, bis sie fertig ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The device was restarted and runs its new firmware. The port is closed; you can unplug the adapter.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; Das Gerät wurde neu gestartet und läuft mit seiner neuen Firmware. Der Anschluss ist geschlossen; Sie können den Adapter abziehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One more thing:&lt;/b&gt; press the board's EN button (or unplug it and plug it in again) to start the new firmware.</source>
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
        <source>&lt;b&gt;No backup is possible with this device's loader.&lt;/b&gt; Its built-in loader (%1) can write the flash but cannot read it, so Flashwright cannot save a copy of the firmware that is on it now.&lt;br&gt;&lt;b&gt;What this means:&lt;/b&gt; once you write, the current firmware is gone for good, and you cannot go back to it later. The device itself stays safe: you can always write it again over these wires.</source>
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
        <source>&lt;b&gt;Without a backup you cannot undo this.&lt;/b&gt; The firmware now on the device is gone once you write, and Tuya's firmware cannot be downloaded anywhere.</source>
        <translation>&lt;b&gt;Ohne Sicherung können Sie das nicht rückgängig machen.&lt;/b&gt; Die Firmware, die jetzt auf dem Gerät ist, ist weg, sobald Sie schreiben, und die Firmware von Tuya gibt es nirgends zum Herunterladen.</translation>
    </message>
    <message>
        <source>Another task is still running.</source>
        <translation>Eine andere Aufgabe läuft noch.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then click Retry.</source>
        <translation>Warten Sie, bis sie fertig ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
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
        <source>To make a backup, go back to step 3, untick &lt;b&gt;Use the chip's ROM loader only&lt;/b&gt; under Advanced, and connect again.</source>
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
        <source>Open the port and wait for the chip's loader to answer</source>
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
        <source>Use the chip's ROM loader only (slower; no backup, no verification)</source>
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
        <source>The file %1 does not exist (any more). Choose it again.</source>
        <translation>Die Datei %1 gibt es nicht (mehr). Wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a firmware file.</source>
        <translation>%1 ist ein Ordner, keine Firmware-Datei.</translation>
    </message>
    <message>
        <source>The file is %1, larger than the flash of any ESP chip (16 MB). It is not a firmware image for this device.</source>
        <translation>Die Datei ist %1 groß, also größer als der Flash-Speicher jedes ESP-Chips (16 MB). Sie ist kein Firmware-Abbild für dieses Gerät.</translation>
    </message>
    <message>
        <source>Flashwright cannot read %1: %2. Check that you may read the file.</source>
        <translation>Flashwright kann %1 nicht lesen: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>The file is empty. Download the firmware again.</source>
        <translation>Die Datei ist leer. Laden Sie die Firmware erneut herunter.</translation>
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
        <source>&lt;b&gt;Integrity:&lt;/b&gt; the file's checksum is correct.</source>
        <translation>&lt;b&gt;Unversehrtheit:&lt;/b&gt; Die Prüfsumme der Datei stimmt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity:&lt;/b&gt; the file's checksum is wrong.</source>
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
        <source>Plug the USB-serial adapter (or the board's USB cable) into this computer: it appears here by itself. No hardware at hand? Pick a demo device.</source>
        <translation>Stecken Sie den USB-Seriell-Adapter (oder das USB-Kabel der Platine) an diesem Computer ein: Er erscheint dann hier von selbst. Keine Hardware zur Hand? Wählen Sie ein Demo-Gerät.</translation>
    </message>
    <message>
        <source>&amp;Connected adapters and demo devices:</source>
        <translation>&amp;Angeschlossene Adapter und Demo-Geräte:</translation>
    </message>
    <message>
        <source>Adapters and demo devices</source>
        <translation>Adapter und Demo-Geräte</translation>
    </message>
    <message>
        <source>No USB-serial adapter found. Plug it in and wait a moment. If it still does not show up, try another cable: some USB cables only charge.</source>
        <translation>Kein USB-Seriell-Adapter gefunden. Stecken Sie ihn ein und warten Sie einen Moment. Erscheint er immer noch nicht, versuchen Sie ein anderes Kabel: Manche USB-Kabel können nur laden.</translation>
    </message>
    <message>
        <source>Transfer &amp;speed:</source>
        <translation>Übertragungs&amp;geschwindigkeit:</translation>
    </message>
    <message>
        <source>Transfer speed</source>
        <translation>Übertragungsgeschwindigkeit</translation>
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
        <source>USB adapter that is not in Flashwright's list (it will most likely work)</source>
        <translation>USB-Adapter, der nicht in der Liste von Flashwright steht (funktioniert höchstwahrscheinlich)</translation>
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
        <translation>Ein simuliertes Gerät: Es antwortet wie das echte, braucht keine Hardware und kann nicht beschädigt werden. Gut geeignet, um jeden Schritt erst einmal auszuprobieren.</translation>
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
        <source>The file (%1) is larger than this device's flash (%2): it comes from another device.</source>
        <translation>Die Datei (%1) ist größer als der Flash-Speicher dieses Geräts (%2): Sie stammt von einem anderen Gerät.</translation>
    </message>
    <message>
        <source>It was made from the device with MAC %1, but this device's MAC is %2. Another device's backup carries that device's settings and identity.</source>
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
        <source>The name does not say which device it came from: make sure it is this one's.</source>
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
    <name>fw::ui::EspStepList</name>
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
        <source>&lt;b&gt;TX and RX cross over:&lt;/b&gt; the adapter's TX goes to the module's RX, and the adapter's RX to the module's TX.</source>
        <translation>&lt;b&gt;TX und RX über Kreuz:&lt;/b&gt; TX des Adapters kommt an RX des Moduls und RX des Adapters an TX des Moduls.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two chips on the board?&lt;/b&gt; Dimmers, fans and some plugs have a second chip (TuyaMCU) on the same RX and TX pins. If connecting fails, hold that chip in reset or disconnect it while you flash. After flashing, its buttons do nothing until TuyaMCU is set up in the new firmware.</source>
        <translation>&lt;b&gt;Zwei Chips auf der Platine?&lt;/b&gt; Dimmer, Ventilatoren und manche Steckdosen haben einen zweiten Chip (TuyaMCU) an denselben RX- und TX-Pins. Wenn das Verbinden fehlschlägt, halten Sie diesen Chip im Reset oder trennen Sie ihn, solange Sie flashen. Nach dem Flashen tun seine Tasten nichts, bis TuyaMCU in der neuen Firmware eingerichtet ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Power with 3.3 V, never 5 V.&lt;/b&gt; The module draws 150 to 300 mA in short peaks when its radio starts. The 3.3 V pin of most USB-serial adapters cannot give that, and flashing then stops half-way. Use a separate 3.3 V supply (300 mA or more) and connect its GND to the adapter's GND.</source>
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
        <source>Why Next is not available</source>
        <translation>Warum „Weiter“ nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Flash a Tuya / ESP device</source>
        <translation>Tuya-/ESP-Gerät flashen</translation>
    </message>
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
</context>
<context>
    <name>fw::ui::EspWizardPage</name>
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
        <source>Another task is still running.</source>
        <translation>Eine andere Aufgabe läuft noch.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then click Retry.</source>
        <translation>Warten Sie, bis sie fertig ist, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written and verified.&lt;/b&gt; The checksum the device computed matches the file (MD5 &lt;tt&gt;%1&lt;/tt&gt;).</source>
        <translation>&lt;b&gt;Geschrieben und geprüft.&lt;/b&gt; Die vom Gerät berechnete Prüfsumme stimmt mit der Datei überein (MD5 &lt;tt&gt;%1&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Written, but not verified.&lt;/b&gt; This device's built-in loader cannot compute a checksum, so Flashwright could not check what it wrote.</source>
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
        <source>%1 is a Bluetooth demo: start it from the device's update tool.</source>
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
        <source>Send the line as text, or as hex bytes such as "01 02 ff"</source>
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
        <source>Not valid hex: use pairs of digits 0-9 and a-f, for example "01 a0 ff".</source>
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
</TS>
