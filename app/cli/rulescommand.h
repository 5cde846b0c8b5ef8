#pragma once

#include <QStringList>

namespace MeshEntry::RulesCommand {

/// `meshentry rules [--markdown]`: the rule registry, one rule a line or as docs/RULES.md.
int run(const QStringList &args);

} // namespace MeshEntry::RulesCommand
