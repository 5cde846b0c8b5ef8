#pragma once

namespace MeshEntry {

/// QUndoCommand::id() values; commands with the same id may merge.
enum UndoCommandId {
    ChangeDocumentTextId = 1,
};

} // namespace MeshEntry
