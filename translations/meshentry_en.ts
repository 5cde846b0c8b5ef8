<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MeshEntry::DiagnosticsController</name>
    <message numerus="yes">
        <location filename="../app/diagnosticscontroller.cpp" line="67"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/diagnosticscontroller.cpp" line="68"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/diagnosticscontroller.cpp" line="69"/>
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
</TS>
