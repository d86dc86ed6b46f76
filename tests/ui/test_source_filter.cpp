#include <catch2/catch.hpp>

#include "ui/SourceFilter.h"

using fw::ui::SourceFilter;

TEST_CASE("SourceFilter gives each source one id and reports new ones once", "[ui][sourcefilter]")
{
    SourceFilter f;
    QStringList added;
    const int esp = f.intern(QStringLiteral("esp"), &added);
    const int serial = f.intern(QStringLiteral("serial:/dev/ttyUSB0"), &added);
    CHECK(esp != serial);
    CHECK(f.intern(QStringLiteral("esp"), &added) == esp);  // not the last one: via the hash
    CHECK(f.intern(QStringLiteral("esp"), &added) == esp);  // the last one again
    CHECK(added == QStringList{QStringLiteral("esp"), QStringLiteral("serial:/dev/ttyUSB0")});
    CHECK(f.name(serial) == QStringLiteral("serial:/dev/ttyUSB0"));
    CHECK(f.isEnabled(esp));
    CHECK_FALSE(f.anyDisabled());
}

TEST_CASE("SourceFilter switches sources off, even before they are seen", "[ui][sourcefilter]")
{
    SourceFilter f;
    QStringList added;
    const int esp = f.intern(QStringLiteral("esp"), &added);
    added.clear();

    CHECK_FALSE(f.setEnabled(QStringLiteral("later"), true, &added));  // unknown and on: nothing
    CHECK(added.isEmpty());
    CHECK(f.setEnabled(QStringLiteral("later"), false, &added));
    CHECK(added == QStringList{QStringLiteral("later")});
    CHECK_FALSE(f.isEnabled(QStringLiteral("later")));
    CHECK_FALSE(f.isEnabled(f.intern(QStringLiteral("later"))));  // stays off when it speaks
    CHECK(f.isEnabled(QStringLiteral("never seen")));
    CHECK_FALSE(f.setEnabled(QStringLiteral("later"), false, &added));  // no change
    CHECK(f.anyDisabled());

    CHECK(f.setEnabled(QStringLiteral("esp"), false, &added));
    CHECK_FALSE(f.isEnabled(esp));
    CHECK(f.enableAll());
    CHECK_FALSE(f.enableAll());
    CHECK(f.isEnabled(esp));
    CHECK(f.isEnabled(QStringLiteral("later")));
    CHECK(f.sorted() == QStringList{QStringLiteral("esp"), QStringLiteral("later")});
}

TEST_CASE("SourceFilter lists sources sorted regardless of case", "[ui][sourcefilter]")
{
    SourceFilter f;
    f.intern(QStringLiteral("sim:b"));
    f.intern(QStringLiteral("Serial:a"));
    f.intern(QStringLiteral("esp"));
    const QStringList expected{QStringLiteral("esp"), QStringLiteral("Serial:a"),
                               QStringLiteral("sim:b")};
    CHECK(f.sorted() == expected);
}
