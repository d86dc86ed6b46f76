#include "core/UsbCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace fw::core {

namespace {

Q_LOGGING_CATEGORY(lcCatalog, "fw.core.usbcatalog")

// Accepts "10c4", "0x10c4" or a number.
bool parseId(const QJsonValue &v, quint16 *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 0xffff || d != double(int(d)))
            return false;
        *out = quint16(d);
        return true;
    }
    if (!v.isString())
        return false;
    QString s = v.toString().trimmed();
    if (s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        s = s.mid(2);
    if (s.isEmpty() || s.size() > 4)
        return false;
    bool ok = false;
    const uint value = s.toUInt(&ok, 16);
    if (!ok || value > 0xffff)
        return false;
    *out = quint16(value);
    return true;
}

}  // namespace

UsbCatalog::UsbCatalog(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        m_warnings << QStringLiteral("USB catalog is not valid JSON: %1 at offset %2")
                          .arg(err.errorString())
                          .arg(err.offset);
        qCWarning(lcCatalog).noquote() << m_warnings.last();
        return;
    }
    const QJsonArray adapters = doc.object().value(QLatin1String("adapters")).toArray();
    int index = 0;
    for (const QJsonValue &v : adapters) {
        const int i = index++;
        auto skip = [&](const QString &why) {
            m_warnings << QStringLiteral("USB catalog entry %1 skipped: %2").arg(i).arg(why);
            qCWarning(lcCatalog).noquote() << m_warnings.last();
        };
        if (!v.isObject()) {
            skip(QStringLiteral("not an object"));
            continue;
        }
        const QJsonObject o = v.toObject();
        Entry e;
        if (!parseId(o.value(QLatin1String("vid")), &e.identity.vid)) {
            skip(QStringLiteral("missing or invalid \"vid\""));
            continue;
        }
        if (!parseId(o.value(QLatin1String("pid")), &e.identity.pid)) {
            skip(QStringLiteral("missing or invalid \"pid\""));
            continue;
        }
        e.identity.adapter = o.value(QLatin1String("adapter")).toString();
        if (e.identity.adapter.isEmpty()) {
            skip(QStringLiteral("missing \"adapter\" name"));
            continue;
        }
        e.identity.chip = o.value(QLatin1String("chip")).toString();
        e.identity.notes = o.value(QLatin1String("notes")).toString();
        const QJsonValue fam = o.value(QLatin1String("families"));
        if (!fam.isUndefined() && !fam.isArray()) {
            skip(QStringLiteral("\"families\" is not a list"));
            continue;
        }
        for (const QJsonValue &f : fam.toArray())
            if (f.isString())
                e.identity.families << f.toString();
        const QJsonValue baud = o.value(QLatin1String("defaultBaud"));
        if (!baud.isUndefined() && (!baud.isDouble() || baud.toDouble() < 0)) {
            skip(QStringLiteral("\"defaultBaud\" is not a positive number"));
            continue;
        }
        e.identity.defaultBaud = baud.toInt(0);
        e.product = o.value(QLatin1String("product")).toString();
        e.manufacturer = o.value(QLatin1String("manufacturer")).toString();
        m_entries.append(e);
    }
}

const UsbCatalog &UsbCatalog::instance()
{
    static const UsbCatalog catalog = [] {
        QFile f(QStringLiteral(":/fw/devices/usb-ids.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcCatalog) << "USB catalog resource missing";
            return UsbCatalog(QByteArray("{\"adapters\":[]}"));
        }
        return UsbCatalog(f.readAll());
    }();
    return catalog;
}

std::optional<UsbIdentity> UsbCatalog::lookup(quint16 vid, quint16 pid, const QString &manufacturer,
                                              const QString &product) const
{
    const Entry *best = nullptr;
    int bestScore = -1;
    for (const Entry &e : m_entries) {
        if (e.identity.vid != vid || e.identity.pid != pid)
            continue;
        if (!e.product.isEmpty() && !product.contains(e.product, Qt::CaseInsensitive))
            continue;
        if (!e.manufacturer.isEmpty() && !manufacturer.contains(e.manufacturer, Qt::CaseInsensitive))
            continue;
        // Each matched string counts, and a longer one says more ("Dongle Plus V2" beats
        // "Dongle Plus").
        int score = 0;
        if (!e.product.isEmpty())
            score += 1000 + int(e.product.size());
        if (!e.manufacturer.isEmpty())
            score += 1000 + int(e.manufacturer.size());
        if (score > bestScore) {
            best = &e;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    UsbIdentity id = best->identity;
    // Catalog texts are English; a translation catalogue may carry them under this context.
    id.notes = QCoreApplication::translate("fw::core::UsbCatalog", id.notes.toUtf8().constData());
    return id;
}

}  // namespace fw::core
