#include "yamlpane.h"

#include "findbar.h"
#include "yamleditor.h"

#include <QVBoxLayout>

namespace MeshEntry {

YamlPane::YamlPane(QWidget *parent)
    : QWidget(parent), m_editor(new YamlEditor), m_findBar(new FindBar(m_editor))
{
    setObjectName(QStringLiteral("yamlPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_editor);
}

} // namespace MeshEntry
