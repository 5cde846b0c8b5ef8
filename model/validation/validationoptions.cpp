#include "validationoptions.h"

namespace MeshEntry {

bool ValidationOptions::ipAutoallocateFromEnvironment()
{
    // The default is on; only a value ParseBool reads as false turns it off.
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("f"),
                                   QStringLiteral("F"),     QStringLiteral("FALSE"),
                                   QStringLiteral("false"), QStringLiteral("False")};
    return !no.contains(qEnvironmentVariable("PILOT_ENABLE_IP_AUTOALLOCATE"));
}

} // namespace MeshEntry
