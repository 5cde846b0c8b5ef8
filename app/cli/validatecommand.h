#pragma once

#include <QStringList>

namespace MeshEntry::ValidateCommand {

/**
 * `meshentry validate [--output text|json|sarif] [--fail-on error|warning] [--suppress RULE[=…]]…
 * [--workloads FILE]… [--namespaces a,b,…] [--mesh-config FILE] PATH…`; args[0] is "validate".
 * Exit code 0: nothing at or above --fail-on; 1: findings; 2: unreadable input; 64: usage.
 */
int run(const QStringList &args);

} // namespace MeshEntry::ValidateCommand
