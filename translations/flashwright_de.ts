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
</context>
</TS>
