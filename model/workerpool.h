#pragma once

class QThreadPool;

namespace MeshEntry {

/**
 * The threads the model's long work runs on (opening, validation, routing, matching): one per
 * core, apart from Qt's global pool. Qt 6.4's raster paint engine splits large fills over the
 * global pool and waits for them on the GUI thread, so work that filled that pool for seconds
 * would freeze every repaint until it ended. Pass it to every QtConcurrent call.
 */
QThreadPool *workerPool();

} // namespace MeshEntry
