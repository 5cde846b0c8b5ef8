#pragma once

#include "spantree.h"

#include <QByteArray>
#include <QString>

namespace MeshEntry {

/// The outcome of an edit of one document: its new text and tree, or why it was refused.
struct DocumentEdit {
    bool ok = false;
    QString error;
    QByteArray text;
    SpanTree tree;

    static DocumentEdit failure(const QString &message)
    {
        DocumentEdit edit;
        edit.error = message;
        return edit;
    }
};

} // namespace MeshEntry
