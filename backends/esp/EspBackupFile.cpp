#include "esp/EspBackupFile.h"

#include "core/AppInfo.h"
#include "core/Diagnosis.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace fw::esp {

namespace {

[[noreturn]] void failWrite(const QString &path, const QString &reason)
{
    fw::core::Diagnosis d;
    d.code = QStringLiteral("esp.backup.write_failed");
    d.summary = QCoreApplication::translate("fw::esp::EspBackupFile", "The backup could not be saved as %1: %2.")
                    .arg(QDir::toNativeSeparators(path), reason);
    d.causes << QCoreApplication::translate("fw::esp::EspBackupFile",
                                            "The folder is not writable, or the disk is full.");
    d.nextStep = QCoreApplication::translate("fw::esp::EspBackupFile",
                                             "Choose a folder you can write to (e.g. in your home folder) with "
                                             "free space for the whole flash, and back up again.");
    throw fw::core::JobError(d);
}

}  // namespace

QString EspBackupFile::compactMac(const QString &mac)
{
    QString hex = mac;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char('-'));
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{12}$"));
    return re.match(hex).hasMatch() ? hex.toUpper() : QString();
}

QString EspBackupFile::fileName(const EspIdentity &identity, const QDateTime &when)
{
    QString mac = compactMac(identity.mac);
    if (mac.isEmpty())
        mac = QStringLiteral("unknown");
    return QStringLiteral("backup-%1-%2.bin").arg(mac, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString EspBackupFile::sidecarPath(const QString &backupPath)
{
    const QFileInfo fi(backupPath);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".json"));
}

QString EspBackupFile::macFromFileName(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("backup-([0-9A-Fa-f]{12})-\\d{8}-\\d{6}"));
    const QRegularExpressionMatch m = re.match(QFileInfo(path).fileName());
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

void EspBackupFile::writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        failWrite(path, f.errorString());
    if (f.write(bytes) != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        failWrite(path, why);
    }
    if (!f.commit())
        failWrite(path, f.errorString());
}

void EspBackupFile::writeSidecar(const QString &backupPath, const EspIdentity &identity, const QByteArray &md5,
                                 qint64 size, const QDateTime &when)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), QFileInfo(backupPath).fileName());
    o.insert(QStringLiteral("chip"), chipKindName(identity.chip));
    o.insert(QStringLiteral("chipDescription"), identity.chipDescription);
    o.insert(QStringLiteral("mac"), identity.mac);
    o.insert(QStringLiteral("flashId"), QStringLiteral("0x%1").arg(identity.flashJedecId, 6, 16, QLatin1Char('0')));
    o.insert(QStringLiteral("flashSize"), identity.flashSize);
    o.insert(QStringLiteral("offset"), 0);
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("md5"), QString::fromLatin1(md5.toHex()));
    o.insert(QStringLiteral("date"), when.toString(Qt::ISODate));
    o.insert(QStringLiteral("tool"), QStringLiteral("Flashwright"));
    o.insert(QStringLiteral("toolVersion"), fw::core::AppInfo::appVersion());
    writeAtomically(sidecarPath(backupPath), QJsonDocument(o).toJson(QJsonDocument::Indented));
}

EspBackupFile::Sidecar EspBackupFile::readSidecar(const QString &backupPath)
{
    Sidecar s;
    QFile f(sidecarPath(backupPath));
    if (!f.exists())
        return s;
    s.present = true;
    // A sidecar is small; anything big is not ours.
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
        return s;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return s;
    const QJsonObject o = doc.object();
    s.readable = o.contains(QStringLiteral("mac")) || o.contains(QStringLiteral("md5"));
    s.chip = o.value(QStringLiteral("chip")).toString();
    s.mac = compactMac(o.value(QStringLiteral("mac")).toString());
    QString id = o.value(QStringLiteral("flashId")).toString();
    if (id.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        id = id.mid(2);
    bool ok = false;
    s.flashId = id.toUInt(&ok, 16);
    s.flashSize = qint64(o.value(QStringLiteral("flashSize")).toDouble());
    s.size = qint64(o.value(QStringLiteral("size")).toDouble());
    const QByteArray md5 = QByteArray::fromHex(o.value(QStringLiteral("md5")).toString().toLatin1());
    if (md5.size() == 16)
        s.md5 = md5;
    s.date = o.value(QStringLiteral("date")).toString();
    s.toolVersion = o.value(QStringLiteral("toolVersion")).toString();
    return s;
}

}  // namespace fw::esp
