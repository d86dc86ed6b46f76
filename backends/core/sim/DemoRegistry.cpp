#include "core/sim/DemoRegistry.h"

#include "core/sim/BuiltinDemos.h"

#include <QCoreApplication>

namespace fw::core::sim {

namespace {

const QString kPrefix = QStringLiteral("demo:");

QString translated(const char *context, const char *source)
{
    if (!source || !*source)
        return {};
    return context ? QCoreApplication::translate(context, source) : QString::fromUtf8(source);
}

}  // namespace

QString DemoDevice::title() const
{
    const QString t = translated(trContext, titleSource);
    return t.isEmpty() ? name : t;
}

QString DemoDevice::description() const
{
    return translated(trContext, descriptionSource);
}

DemoRegistry &DemoRegistry::instance()
{
    static DemoRegistry *registry = [] {
        auto *r = new DemoRegistry;
        registerCoreDemos(*r);
        registerBleDemos(*r);
        return r;
    }();
    return *registry;
}

void DemoRegistry::add(DemoDevice d)
{
    // A later registration under the same name replaces the earlier one, so a family can
    // refine a demo without duplicates in the list.
    for (DemoDevice &existing : m_devices) {
        if (existing.name == d.name) {
            existing = std::move(d);
            return;
        }
    }
    m_devices.append(std::move(d));
}

const DemoDevice *DemoRegistry::find(const QString &name) const
{
    for (const DemoDevice &d : m_devices) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

bool DemoRegistry::isDemoPort(const QString &portName)
{
    return portName.startsWith(kPrefix, Qt::CaseInsensitive);
}

QString DemoRegistry::demoName(const QString &portName)
{
    return isDemoPort(portName) ? portName.mid(kPrefix.size()).trimmed() : QString();
}

}  // namespace fw::core::sim
