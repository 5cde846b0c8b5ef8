#pragma once

#include <QByteArray>

namespace MeshEntry::SharedBytes {

/**
 * bytes[from, from + size) as a QByteArray that shares bytes' buffer instead of copying it:
 * the documents of a file all point into the file's one buffer, which lives as long as any of
 * them (the reference count is the buffer's own, so copies of a slice are safe). Writing to a
 * slice detaches it like any shared QByteArray. A slice is not '\0'-terminated.
 */
inline QByteArray slice(const QByteArray &bytes, qsizetype from, qsizetype size)
{
    Q_ASSERT(from >= 0 && size >= 0 && from + size <= bytes.size());
    QByteArray copy = bytes;
    QByteArray::DataPointer &data = copy.data_ptr();
    data.ptr += from;
    data.size = size;
    return copy;
}

} // namespace MeshEntry::SharedBytes
