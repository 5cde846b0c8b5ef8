<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MeshEntry::ClusterBatchFlow</name>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation>
            <numerusform>The whole file (%n document)</numerusform>
            <numerusform>The whole file (%n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) from context %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n object from context %1? This cannot be undone.</numerusform>
            <numerusform>Delete %n objects from context %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted; see the list.</source>
        <translation>
            <numerusform>%n object could not be deleted; see the list.</numerusform>
            <numerusform>%n objects could not be deleted; see the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from %1.</source>
        <translation>
            <numerusform>Deleted %n object from %1.</numerusform>
            <numerusform>Deleted %n objects from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from context %1</source>
        <translation>
            <numerusform>Deleted %n object from context %1</numerusform>
            <numerusform>Deleted %n objects from context %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not applied; see the list.</source>
        <translation>
            <numerusform>%n object not applied; see the list.</numerusform>
            <numerusform>%n objects not applied; see the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to %1.</source>
        <translation>
            <numerusform>Applied %n object to %1.</numerusform>
            <numerusform>Applied %n objects to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to context %1</source>
        <translation>
            <numerusform>Applied %n object to context %1</numerusform>
            <numerusform>Applied %n objects to context %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n object(s); the problems are marked in the file. Nothing was applied.</source>
        <translation>
            <numerusform>The server refuses %n object; the problems are marked in the file. Nothing was applied.</numerusform>
            <numerusform>The server refuses %n objects; the problems are marked in the file. Nothing was applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would change fields another field manager owns. Force Apply takes them over.</source>
        <translation>
            <numerusform>%n object would change fields another field manager owns. Force Apply takes them over.</numerusform>
            <numerusform>%n objects would change fields another field manager owns. Force Apply takes them over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffDialog</name>
    <message numerus="yes">
        <source>%n differing line(s).</source>
        <translation>
            <numerusform>%n differing line.</numerusform>
            <numerusform>%n differing lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsController</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentManager</name>
    <message numerus="yes">
        <source>Opened %1: %n YAML syntax error(s); the affected documents open as text</source>
        <translation>
            <numerusform>Opened %1: %n YAML syntax error; the affected document opens as text</numerusform>
            <numerusform>Opened %1: %n YAML syntax errors; the affected documents open as text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FileOpener</name>
    <message numerus="yes">
        <source>Validating %n document(s) of %1…</source>
        <translation>
            <numerusform>Validating %n document of %1…</numerusform>
            <numerusform>Validating %n documents of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlFlow</name>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation>
            <numerusform>The whole file (%n document)</numerusform>
            <numerusform>The whole file (%n documents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ManifestResultsModel</name>
    <message numerus="yes">
        <source>will change (%n line(s))</source>
        <translation>
            <numerusform>will change (%n line)</numerusform>
            <numerusform>will change (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterDialog</name>
    <message numerus="yes">
        <source>&amp;Open %n Object(s)</source>
        <translation>
            <numerusform>&amp;Open %n Object</numerusform>
            <numerusform>&amp;Open %n Objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s); tick the ones to open.</source>
        <translation>
            <numerusform>%n object; tick the ones to open.</numerusform>
            <numerusform>%n objects; tick the ones to open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterFlow</name>
    <message numerus="yes">
        <source>Opened %n object(s) from context %1; the file is not saved yet.</source>
        <translation>
            <numerusform>Opened %n object from context %1; the file is not saved yet.</numerusform>
            <numerusform>Opened %n objects from context %1; the file is not saved yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OutlineModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ServiceEntryForm</name>
    <message numerus="yes">
        <source>Resolution %1 takes at most %n endpoint(s).</source>
        <translation>
            <numerusform>Resolution %1 takes at most %n endpoint.</numerusform>
            <numerusform>Resolution %1 takes at most %n endpoints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::VisibilityMapView</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
</context>
</TS>
