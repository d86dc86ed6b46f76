#pragma once
// Helpers for the widget tests (header only: the non-widget tests share the support library).

#include <QPushButton>
#include <QString>
#include <QWidget>

namespace fw::test {

// The last push button under root whose text contains textPart; null when there is none.
inline QPushButton *findButton(QWidget *root, const QString &textPart)
{
    QPushButton *found = nullptr;
    for (QPushButton *b : root->findChildren<QPushButton *>())
        if (b->text().contains(textPart))
            found = b;
    return found;
}

}  // namespace fw::test
