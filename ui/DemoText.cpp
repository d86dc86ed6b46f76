#include "ui/DemoText.h"

#include <QCoreApplication>

namespace fw::ui {

namespace {

// Translation contexts the demo texts are registered under.
const char *const kContexts[] = {"fw::core::sim::CoreDemos", "fw::core::sim::BleDemos"};

QString retranslated(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QByteArray source = text.toUtf8();
    for (const char *context : kContexts) {
        const QString t = QCoreApplication::translate(context, source.constData());
        if (t != text)
            return t;
    }
    return text;
}

}  // namespace

QString demoTitle(const core::sim::DemoDevice &d)
{
    return d.title.isEmpty() ? d.name : retranslated(d.title);
}

QString demoDescription(const core::sim::DemoDevice &d)
{
    return retranslated(d.description);
}

}  // namespace fw::ui
