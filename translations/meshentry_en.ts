<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MeshEntry::ClusterBatchFlow</name>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="37"/>
        <source>The whole file (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="83"/>
        <source>Delete %n object(s) from context %1? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="105"/>
        <source>%n object(s) could not be deleted; see the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="106"/>
        <source>Deleted %n object(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="110"/>
        <source>Deleted %n object(s) from context %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="121"/>
        <source>%n object(s) not applied; see the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="122"/>
        <source>Applied %n object(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="126"/>
        <source>Applied %n object(s) to context %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="131"/>
        <source>The server refuses %n object(s); the problems are marked in the file. Nothing was applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/clusterbatchflow.cpp" line="137"/>
        <source>%n object(s) would change fields another field manager owns. Force Apply takes them over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffDialog</name>
    <message numerus="yes">
        <location filename="../widgets/clusterdiffdialog.cpp" line="156"/>
        <source>%n differing line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsController</name>
    <message numerus="yes">
        <location filename="../app/diagnosticscontroller.cpp" line="72"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/diagnosticscontroller.cpp" line="73"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/diagnosticscontroller.cpp" line="74"/>
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
        <location filename="../app/documentmanager.cpp" line="97"/>
        <source>Opened %1: %n YAML syntax error(s); the affected documents open as text</source>
        <translation>
            <numerusform>Opened %1: %n YAML syntax error; the affected document opens as text</numerusform>
            <numerusform>Opened %1: %n YAML syntax errors; the affected documents open as text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FindBar</name>
    <message numerus="yes">
        <location filename="../widgets/findbar.cpp" line="120"/>
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
        <location filename="../app/kubectlflow.cpp" line="18"/>
        <source>The whole file (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ManifestResultsModel</name>
    <message numerus="yes">
        <location filename="../model/itemmodels/manifestresultsmodel.cpp" line="62"/>
        <source>will change (%n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterDialog</name>
    <message numerus="yes">
        <location filename="../widgets/openfromclusterdialog.cpp" line="197"/>
        <source>&amp;Open %n Object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/openfromclusterdialog.cpp" line="209"/>
        <source>%n object(s); tick the ones to open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterFlow</name>
    <message numerus="yes">
        <location filename="../app/openfromclusterflow.cpp" line="67"/>
        <source>Opened %n object(s) from context %1; the file is not saved yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ServiceEntryForm</name>
    <message numerus="yes">
        <location filename="../widgets/forms/serviceentryform.cpp" line="190"/>
        <source>Resolution %1 takes at most %n endpoint(s).</source>
        <translation>
            <numerusform>Resolution %1 takes at most %n endpoint.</numerusform>
            <numerusform>Resolution %1 takes at most %n endpoints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FileOpener</name>
    <message numerus="yes">
        <location filename="../app/fileopener.cpp" line="87"/>
        <source>Validating %n document(s) of %1…</source>
        <translation>
            <numerusform>Validating %n document of %1…</numerusform>
            <numerusform>Validating %n documents of %1…</numerusform>
        </translation>
    </message>
</context>
</TS>
