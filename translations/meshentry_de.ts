<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FormFacts</name>
    <message>
        <source>Outside the mesh, such as a public API: sidecars do not use mutual TLS.</source>
        <translation>Außerhalb des Mesh, etwa eine öffentliche API: Sidecars verwenden kein mutual TLS.</translation>
    </message>
    <message>
        <source>Part of the mesh, such as VMs or other clusters: mutual TLS by default.</source>
        <translation>Teil des Mesh, etwa VMs oder andere Cluster: standardmäßig mutual TLS.</translation>
    </message>
    <message>
        <source>Forward to the address the client connected to; no endpoints.</source>
        <translation>An die Adresse weiterleiten, zu der der Client verbunden hat; keine Endpoints.</translation>
    </message>
    <message>
        <source>Use the IP addresses of the endpoints or of the selected workloads.</source>
        <translation>Die IP-Adressen der Endpoints oder der ausgewählten Workloads verwenden.</translation>
    </message>
    <message>
        <source>Resolve the hosts or endpoint names by DNS in the background.</source>
        <translation>Die Hosts oder Endpoint-Namen im Hintergrund per DNS auflösen.</translation>
    </message>
    <message>
        <source>Resolve by DNS when a connection opens; at most one endpoint.</source>
        <translation>Beim Öffnen einer Verbindung per DNS auflösen; höchstens ein Endpoint.</translation>
    </message>
    <message>
        <source>Resolve the host each request names; wildcard hosts, no endpoints.</source>
        <translation>Den Host auflösen, den jede Anfrage nennt; Wildcard-Hosts, keine Endpoints.</translation>
    </message>
    <message>
        <source>The current version, stored by the API server.</source>
        <translation>Die aktuelle Version, vom API-Server gespeichert.</translation>
    </message>
    <message>
        <source>Older version with the same schema and validation as v1.</source>
        <translation>Ältere Version mit demselben Schema und derselben Validierung wie v1.</translation>
    </message>
    <message>
        <source>A request is matched to a host by its HTTP Host or :authority header first, then by the TLS SNI, then by destination IP address and port (the addresses, or the port alone when there are none).</source>
        <translation>Eine Anfrage wird einem Host zuerst über ihren HTTP-Host- oder :authority-Header zugeordnet, dann über das TLS-SNI, dann über Ziel-IP-Adresse und Port (die addresses, oder nur den Port, wenn es keine gibt).</translation>
    </message>
    <message>
        <source>Workload selectors see these merged with metadata.labels; metadata.labels wins when both set a key.</source>
        <translation>Workload-Selektoren sehen diese zusammengeführt mit metadata.labels; metadata.labels gewinnt, wenn beide einen Schlüssel setzen.</translation>
    </message>
    <message>
        <source>every namespace</source>
        <translation>jeder Namespace</translation>
    </message>
    <message>
        <source>its own namespace</source>
        <translation>der eigene Namespace</translation>
    </message>
    <message>
        <source>its own namespace, %1</source>
        <translation>der eigene Namespace, %1</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>kein Namespace</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::BannerController</name>
    <message>
        <source>%1 is read-only. You can look, copy and validate; to change it, save a copy.</source>
        <translation>%1 ist schreibgeschützt. Sie können ansehen, kopieren und validieren; um es zu ändern, speichern Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes.</source>
        <translation>%1 wurde auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Show Differences…</source>
        <translation>Unterschiede anzeigen…</translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Changes: disk → your buffer</source>
        <translation>Änderungen: Festplatte → Ihr Puffer</translation>
    </message>
    <message>
        <source>Editing pauses while a large file is validated; it resumes when the file is open.</source>
        <translation>Die Bearbeitung pausiert, während eine große Datei validiert wird; sie wird fortgesetzt, sobald die Datei geöffnet ist.</translation>
    </message>
    <message>
        <source>%1 was deleted from disk. Its text is still here; Save writes it back.</source>
        <translation>%1 wurde von der Festplatte gelöscht. Sein Text ist noch hier; Speichern schreibt ihn zurück.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Editing pauses while the open files are validated again with the new settings.</source>
        <translation>Die Bearbeitung pausiert, während die geöffneten Dateien mit den neuen Einstellungen erneut validiert werden.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::BusyRow</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBanner</name>
    <message>
        <source>&lt;b&gt;The context %1 does not verify the server&apos;s certificate&lt;/b&gt; (insecure-skip-tls-verify). Anyone between you and the cluster can read and change what is sent, credentials included.</source>
        <translation>&lt;b&gt;Der Kontext %1 prüft das Zertifikat des Servers nicht&lt;/b&gt; (insecure-skip-tls-verify). Jeder zwischen Ihnen und dem Cluster kann mitlesen und ändern, was gesendet wird, Anmeldedaten eingeschlossen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The context %1 talks plain http.&lt;/b&gt; Nothing is encrypted, and the kubeconfig&apos;s credentials are not sent (as kubectl does).</source>
        <translation>&lt;b&gt;Der Kontext %1 spricht unverschlüsseltes http.&lt;/b&gt; Nichts wird verschlüsselt, und die Anmeldedaten der kubeconfig werden nicht gesendet (wie bei kubectl).</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBatchDialog</name>
    <message>
        <source>Show &amp;Diff…</source>
        <translation>&amp;Diff anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Force Apply…</source>
        <translation>Apply &amp;erzwingen…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Apply to Cluster</source>
        <translation>Auf Cluster anwenden</translation>
    </message>
    <message>
        <source>Delete from Cluster</source>
        <translation>Aus Cluster löschen</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>Select an object to see what the server said.</source>
        <translation>Wählen Sie ein Objekt, um zu sehen, was der Server gemeldet hat.</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Kontext &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBatchFlow</name>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <source>This document (%1 %2)</source>
        <translation>Dieses Dokument (%1 %2)</translation>
    </message>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation>
            <numerusform>Die ganze Datei (%n Dokument)</numerusform>
            <numerusform>Die ganze Datei (%n Dokumente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Lösche…</translation>
    </message>
    <message>
        <source>Deleting from %1…</source>
        <translation>Lösche aus %1…</translation>
    </message>
    <message>
        <source>There is nothing to send: the documents are empty.</source>
        <translation>Es gibt nichts zu senden: die Dokumente sind leer.</translation>
    </message>
    <message>
        <source>to be deleted</source>
        <translation>wird gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) from context %1? This cannot be undone.</source>
        <translation>
            <numerusform>%n Objekt aus Kontext %1 löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Objekte aus Kontext %1 löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Asking %1 for a dry run…</source>
        <translation>Frage %1 nach einem Dry Run…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted; see the list.</source>
        <translation>
            <numerusform>%n Objekt konnte nicht gelöscht werden; siehe Liste.</numerusform>
            <numerusform>%n Objekte konnten nicht gelöscht werden; siehe Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from %1.</source>
        <translation>
            <numerusform>%n Objekt aus %1 gelöscht.</numerusform>
            <numerusform>%n Objekte aus %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from context %1</source>
        <translation>
            <numerusform>%n Objekt aus Kontext %1 gelöscht</numerusform>
            <numerusform>%n Objekte aus Kontext %1 gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not applied; see the list.</source>
        <translation>
            <numerusform>%n Objekt nicht angewendet; siehe Liste.</numerusform>
            <numerusform>%n Objekte nicht angewendet; siehe Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to %1.</source>
        <translation>
            <numerusform>%n Objekt auf %1 angewendet.</numerusform>
            <numerusform>%n Objekte auf %1 angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to context %1</source>
        <translation>
            <numerusform>%n Objekt auf Kontext %1 angewendet</numerusform>
            <numerusform>%n Objekte auf Kontext %1 angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n object(s); the problems are marked in the file. Nothing was applied.</source>
        <translation>
            <numerusform>Der Server lehnt %n Objekt ab; die Probleme sind in der Datei markiert. Nichts wurde angewendet.</numerusform>
            <numerusform>Der Server lehnt %n Objekte ab; die Probleme sind in der Datei markiert. Nichts wurde angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would change fields another field manager owns. Force Apply takes them over.</source>
        <translation>
            <numerusform>%n Objekt würde Felder ändern, die einem anderen Field Manager gehören. Apply erzwingen übernimmt sie.</numerusform>
            <numerusform>%n Objekte würden Felder ändern, die einem anderen Field Manager gehören. Apply erzwingen übernimmt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s dry run accepts every object. Nothing is changed until you apply.</source>
        <translation>Der Dry Run des Servers akzeptiert jedes Objekt. Nichts wird geändert, bis Sie anwenden.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wende an…</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Wende auf %1 an…</translation>
    </message>
    <message>
        <source>%1: %2, managed by %3</source>
        <translation>%1: %2, verwaltet von %3</translation>
    </message>
    <message>
        <source>Take Over Fields?</source>
        <translation>Felder übernehmen?</translation>
    </message>
    <message>
        <source>Applying takes these fields from their current field managers. Whoever set them may set them back:

%1</source>
        <translation>Das Anwenden nimmt diese Felder ihren jetzigen Field Managern ab. Wer sie gesetzt hat, setzt sie vielleicht zurück:

%1</translation>
    </message>
    <message>
        <source>Force Apply</source>
        <translation>Apply erzwingen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterController</name>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Con&amp;text</source>
        <translation>Kon&amp;text</translation>
    </message>
    <message>
        <source>&amp;Open from Cluster…</source>
        <translation>Aus Cluster ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Diff with Cluster…</source>
        <translation>&amp;Diff mit Cluster…</translation>
    </message>
    <message>
        <source>&amp;Apply to Cluster…</source>
        <translation>Auf Cluster &amp;anwenden…</translation>
    </message>
    <message>
        <source>De&amp;lete from Cluster…</source>
        <translation>Aus Cluster &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Copy kubectl Command for This Document</source>
        <translation>kubectl-Befehl für dieses Dokument &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy kubectl Command for the &amp;Whole File</source>
        <translation>kubectl-Befehl für die &amp;ganze Datei kopieren</translation>
    </message>
    <message>
        <source>&amp;Save This Document for kubectl…</source>
        <translation>Dieses Dokument für kubectl &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the Whole &amp;File for kubectl…</source>
        <translation>Die ganze &amp;Datei für kubectl speichern…</translation>
    </message>
    <message>
        <source>&amp;Run with kubectl…</source>
        <translation>Mit kubectl &amp;ausführen…</translation>
    </message>
    <message>
        <source>&amp;Export to kubectl</source>
        <translation>Nach kubectl &amp;exportieren</translation>
    </message>
    <message>
        <source>cluster %1, user %2, namespace %3</source>
        <translation>Cluster %1, Benutzer %2, Namespace %3</translation>
    </message>
    <message>
        <source>No kubeconfig contexts (looked in %1)</source>
        <translation>Keine kubeconfig-Kontexte (gesucht in %1)</translation>
    </message>
    <message>
        <source>&amp;Reload Kubeconfig</source>
        <translation>Kubeconfig neu &amp;laden</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>Kein Cluster</translation>
    </message>
    <message>
        <source>No kubeconfig context to use</source>
        <translation>Kein kubeconfig-Kontext verfügbar</translation>
    </message>
    <message>
        <source>Cluster context %1: %2, user %3</source>
        <translation>Cluster-Kontext %1: %2, Benutzer %3</translation>
    </message>
    <message>
        <source> · TLS not verified</source>
        <translation> · TLS nicht geprüft</translation>
    </message>
    <message>
        <source>
The server&apos;s certificate is not verified (insecure-skip-tls-verify).</source>
        <translation>
Das Zertifikat des Servers wird nicht geprüft (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source> · plain http</source>
        <translation> · unverschlüsseltes http</translation>
    </message>
    <message>
        <source>
Plain http: nothing is encrypted and no credentials are sent.</source>
        <translation>
Unverschlüsseltes http: nichts wird verschlüsselt, und keine Anmeldedaten werden gesendet.</translation>
    </message>
    <message>
        <source>No Cluster</source>
        <translation>Kein Cluster</translation>
    </message>
    <message>
        <source>MeshEntry cannot use the kubeconfig context &quot;%1&quot;:

%2</source>
        <translation>MeshEntry kann den kubeconfig-Kontext „%1“ nicht verwenden:

%2</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Öffnen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Copied a kubectl apply command for context %1</source>
        <translation>kubectl-apply-Befehl für Kontext %1 kopiert</translation>
    </message>
    <message>
        <source>manifests.yaml</source>
        <translation>manifests.yaml</translation>
    </message>
    <message>
        <source>Save for kubectl</source>
        <translation>Für kubectl speichern</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 for kubectl apply -f</source>
        <translation>%1 für kubectl apply -f gespeichert</translation>
    </message>
    <message>
        <source>MeshEntry cannot reach a cluster:

%1</source>
        <translation>MeshEntry kann keinen Cluster erreichen:

%1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffDialog</name>
    <message>
        <source>&amp;Hide server bookkeeping</source>
        <translation>Server-Verwaltungsfelder a&amp;usblenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Diff with Cluster</source>
        <translation>Diff mit Cluster</translation>
    </message>
    <message>
        <source>Live → after apply (server dry run)</source>
        <translation>Live → nach Apply (Server-Dry-Run)</translation>
    </message>
    <message>
        <source>File → live</source>
        <translation>Datei → live</translation>
    </message>
    <message>
        <source>File → after apply (server dry run)</source>
        <translation>Datei → nach Apply (Server-Dry-Run)</translation>
    </message>
    <message>
        <source>Leave out managedFields, uid, resourceVersion, generation, creationTimestamp and status</source>
        <translation>managedFields, uid, resourceVersion, generation, creationTimestamp und status weglassen</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;okument:</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Kontext &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>File (as sent)</source>
        <translation>Datei (wie gesendet)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Live (does not exist)</source>
        <translation>Live (existiert nicht)</translation>
    </message>
    <message>
        <source>After apply (server dry run)</source>
        <translation>Nach Apply (Server-Dry-Run)</translation>
    </message>
    <message>
        <source>%1
The dry-run result shows what a forced apply would leave.</source>
        <translation>%1
Das Dry-Run-Ergebnis zeigt, was ein erzwungenes Apply hinterlassen würde.</translation>
    </message>
    <message>
        <source>The object does not exist on the cluster yet: applying creates it.</source>
        <translation>Das Objekt existiert im Cluster noch nicht: Anwenden legt es an.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <source>%n differing line(s).</source>
        <translation>
            <numerusform>%n abweichende Zeile.</numerusform>
            <numerusform>%n abweichende Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffFlow</name>
    <message>
        <source>Asking %1 for the live objects and a dry run…</source>
        <translation>Frage %1 nach den Live-Objekten und einem Dry Run…</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterObjectsModel</name>
    <message>
        <source>Istio is not installed on this cluster: the API server (%1) does not serve networking.istio.io ServiceEntry. Install Istio, or choose another context.</source>
        <translation>Istio ist auf diesem Cluster nicht installiert: der API-Server (%1) bietet networking.istio.io ServiceEntry nicht an. Installieren Sie Istio oder wählen Sie einen anderen Kontext.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hosts / Address</source>
        <translation>Hosts / Adresse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsController</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsModel</name>
    <message>
        <source>Reported by several layers: %1</source>
        <translation>Von mehreren Ebenen gemeldet: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A fix is available: click the light bulb, or open the row&apos;s context menu.</source>
        <translation>Eine Korrektur ist verfügbar: Klicken Sie auf die Glühbirne oder öffnen Sie das Kontextmenü der Zeile.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Findings of the open files; Enter jumps to one, F1 explains its rule</source>
        <translation>Befunde der geöffneten Dateien; Eingabe springt zu einem, F1 erklärt seine Regel</translation>
    </message>
    <message>
        <source>&amp;Revalidate</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiffDialog</name>
    <message>
        <source>The file on disk and the open buffer are identical.</source>
        <translation>Die Datei auf der Festplatte und der geöffnete Puffer sind identisch.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DockPanels</name>
    <message>
        <source>Panels sharing this place; Left and Right choose one</source>
        <translation>Bereiche, die sich diesen Platz teilen; Links und Rechts wählen einen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentCommands</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentManager</name>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n YAML syntax error(s); the affected documents open as text</source>
        <translation>
            <numerusform>%1 geöffnet: %n YAML-Syntaxfehler; die betroffenen Dokumente öffnen als Text</numerusform>
            <numerusform>%1 geöffnet: %n YAML-Syntaxfehler; die betroffenen Dokumente öffnen als Text</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>untitled.yaml</source>
        <translation>unbenannt.yaml</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Von Festplatte neu laden</translation>
    </message>
    <message>
        <source>Replace your unsaved changes to %1 with the file on disk? Undo brings them back.</source>
        <translation>Ihre ungespeicherten Änderungen an %1 durch die Datei auf der Festplatte ersetzen? Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen</translation>
    </message>
    <message>
        <source>an untitled file</source>
        <translation>eine unbenannte Datei</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>MeshEntry did not close normally. Unsaved changes to %1 from %2 were kept. Recover them?</source>
        <translation>MeshEntry wurde nicht normal beendet. Ungespeicherte Änderungen an %1 von %2 wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentTemplates</name>
    <message>
        <source>ServiceEntry</source>
        <translation>ServiceEntry</translation>
    </message>
    <message>
        <source>A blank ServiceEntry: an external API or a service outside Kubernetes</source>
        <translation>Ein leerer ServiceEntry: eine externe API oder ein Dienst außerhalb von Kubernetes</translation>
    </message>
    <message>
        <source>WorkloadEntry</source>
        <translation>WorkloadEntry</translation>
    </message>
    <message>
        <source>A blank WorkloadEntry: one VM or other workload outside Kubernetes</source>
        <translation>Ein leerer WorkloadEntry: eine VM oder ein anderer Workload außerhalb von Kubernetes</translation>
    </message>
    <message>
        <source>External HTTPS API</source>
        <translation>Externe HTTPS-API</translation>
    </message>
    <message>
        <source>An API on the internet, reached over TLS with DNS resolution</source>
        <translation>Eine API im Internet, über TLS mit DNS-Auflösung erreicht</translation>
    </message>
    <message>
        <source>External TCP Database with Addresses</source>
        <translation>Externe TCP-Datenbank mit Adressen</translation>
    </message>
    <message>
        <source>A database outside the mesh, matched by its IP addresses</source>
        <translation>Eine Datenbank außerhalb des Mesh, über ihre IP-Adressen zugeordnet</translation>
    </message>
    <message>
        <source>Egress Wildcard with DYNAMIC_DNS</source>
        <translation>Egress-Wildcard mit DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>Every host under a domain, resolved per request</source>
        <translation>Jeder Host unter einer Domain, pro Anfrage aufgelöst</translation>
    </message>
    <message>
        <source>VM Workloads (ServiceEntry + WorkloadEntries)</source>
        <translation>VM-Workloads (ServiceEntry + WorkloadEntries)</translation>
    </message>
    <message>
        <source>A service on two VMs, selected by label</source>
        <translation>Ein Dienst auf zwei VMs, per Label ausgewählt</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditDescription</name>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditorDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation>das Dokument hat noch keinen Dateinamen</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Von Festplatte neu laden</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 in YAML</source>
        <translation>%1 im YAML bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditorKeyBindings</name>
    <message>
        <source>One undo history per file: the window&apos;s Undo and Redo.</source>
        <translation>Ein Rückgängig-Verlauf pro Datei: Rückgängig und Wiederholen des Fensters.</translation>
    </message>
    <message>
        <source>Ctrl+] and Ctrl+[ indent and unindent the selected lines.</source>
        <translation>Strg+] und Strg+[ rücken die ausgewählten Zeilen ein und aus.</translation>
    </message>
    <message>
        <source>Ctrl+/ comments lines out and in.</source>
        <translation>Strg+/ kommentiert Zeilen aus und wieder ein.</translation>
    </message>
    <message>
        <source>Changes the case of keys and values without a word; Kubernetes names are case-sensitive.</source>
        <translation>Ändert die Groß-/Kleinschreibung von Schlüsseln und Werten ohne Hinweis; Kubernetes-Namen unterscheiden Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Ctrl+L is Go to Line.</source>
        <translation>Strg+L ist „Gehe zu Zeile“.</translation>
    </message>
    <message>
        <source>Delete Line is Ctrl+Shift+K in the Edit menu.</source>
        <translation>„Zeile löschen“ ist Strg+Umschalt+K im Menü Bearbeiten.</translation>
    </message>
    <message>
        <source>Copying needs no key of its own: Ctrl+C copies the selection.</source>
        <translation>Kopieren braucht keine eigene Taste: Strg+C kopiert die Auswahl.</translation>
    </message>
    <message>
        <source>Swaps lines on a key pressed for other things; Alt+Up and Alt+Down move lines.</source>
        <translation>Vertauscht Zeilen auf einer Taste, die für anderes gedrückt wird; Alt+Hoch und Alt+Runter verschieben Zeilen.</translation>
    </message>
    <message>
        <source>Ctrl+D duplicates the document; Duplicate Line is Ctrl+Shift+D.</source>
        <translation>Strg+D dupliziert das Dokument; „Zeile duplizieren“ ist Strg+Umschalt+D.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EndpointsTable</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Service-Account</translation>
    </message>
    <message>
        <source>Add endpoint address…</source>
        <translation>Endpoint-Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Service port name</source>
        <translation>Name des Service-Ports</translation>
    </message>
    <message>
        <source>Port on the endpoint</source>
        <translation>Port am Endpoint</translation>
    </message>
    <message>
        <source>Add port…</source>
        <translation>Port hinzufügen…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Label hinzufügen…</translation>
    </message>
    <message>
        <source>%1: ports and labels</source>
        <translation>%1: Ports und Labels</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2)</source>
        <translation>Endpoint %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EnumField</name>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Leaves the field out. %1</source>
        <translation>Lässt das Feld weg. %1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Not a value Istio knows.</source>
        <translation>Kein Wert, den Istio kennt.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FieldMarker</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FieldTable</name>
    <message>
        <source>networking.istio.io/v1 (v1beta1 and v1alpha3 are served too)</source>
        <translation>networking.istio.io/v1 (v1beta1 und v1alpha3 werden ebenfalls angeboten)</translation>
    </message>
    <message>
        <source>The API group and version. All three served versions have the same schema and the same validation; v1 is the storage version.</source>
        <translation>API-Gruppe und Version. Alle drei angebotenen Versionen haben dasselbe Schema und dieselbe Validierung; v1 ist die Speicherversion.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Name, namespace, labels and annotations</source>
        <translation>Name, Namespace, Labels und Annotations</translation>
    </message>
    <message>
        <source>Name, unique per kind and namespace</source>
        <translation>Name, eindeutig pro Kind und Namespace</translation>
    </message>
    <message>
        <source>A lowercase DNS-1123 subdomain of at most 253 characters. Kubernetes requires it; Istio does not check it further.</source>
        <translation>Eine DNS-1123-Subdomain in Kleinbuchstaben mit höchstens 253 Zeichen. Kubernetes verlangt ihn; Istio prüft ihn nicht weiter.</translation>
    </message>
    <message>
        <source>Namespace; kubectl&apos;s current namespace when absent</source>
        <translation>Namespace; ohne Angabe der aktuelle Namespace von kubectl</translation>
    </message>
    <message>
        <source>A lowercase DNS-1123 label. Selectors match workloads in this namespace only, and exportTo &quot;.&quot; means this namespace.</source>
        <translation>Ein DNS-1123-Label in Kleinbuchstaben. Selektoren wählen nur Workloads in diesem Namespace, und exportTo &quot;.&quot; bedeutet diesen Namespace.</translation>
    </message>
    <message>
        <source>Kubernetes labels</source>
        <translation>Kubernetes-Labels</translation>
    </message>
    <message>
        <source>Keys are qualified names with an optional DNS prefix, values are at most 63 characters. Quote values such as &quot;on&quot;, &quot;1.0&quot; or &quot;0755&quot;: YAML 1.1 reads them as booleans or numbers.</source>
        <translation>Schlüssel sind qualifizierte Namen mit optionalem DNS-Präfix, Werte haben höchstens 63 Zeichen. Setzen Sie Werte wie &quot;on&quot;, &quot;1.0&quot; oder &quot;0755&quot; in Anführungszeichen: YAML 1.1 liest sie als Wahrheitswerte oder Zahlen.</translation>
    </message>
    <message>
        <source>Label value</source>
        <translation>Wert des Labels</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kubernetes annotations</source>
        <translation>Kubernetes-Annotations</translation>
    </message>
    <message>
        <source>galley.istio.io/analyze-suppress takes a comma-separated list of rule ids (or *) that are not reported for this resource.</source>
        <translation>galley.istio.io/analyze-suppress nimmt eine kommagetrennte Liste von Regel-IDs (oder *), die für diese Ressource nicht gemeldet werden.</translation>
    </message>
    <message>
        <source>Annotation value</source>
        <translation>Wert der Annotation</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Set by Kubernetes</source>
        <translation>Von Kubernetes gesetzt</translation>
    </message>
    <message>
        <source>The specification of the resource</source>
        <translation>Die Spezifikation der Ressource</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Written by Istio; kept as is</source>
        <translation>Von Istio geschrieben; bleibt unverändert</translation>
    </message>
    <message>
        <source>Istio writes status conditions and auto-allocated addresses here. Anything is accepted.</source>
        <translation>Istio schreibt hier Status-Conditions und automatisch vergebene Adressen hinein. Alles wird akzeptiert.</translation>
    </message>
    <message>
        <source>IP address, DNS name, or unix:// socket path of the workload</source>
        <translation>IP-Adresse, DNS-Name oder unix://-Socket-Pfad des Workloads</translation>
    </message>
    <message>
        <source>Without a network the address is required. A ServiceEntry with resolution STATIC needs an IP address or unix:// path here; DNS resolution takes an IP address or a fully qualified name. A unix:// address cannot have ports.</source>
        <translation>Ohne network ist die Adresse Pflicht. Ein ServiceEntry mit resolution STATIC braucht hier eine IP-Adresse oder einen unix://-Pfad; DNS-Auflösung nimmt eine IP-Adresse oder einen voll qualifizierten Namen. Eine unix://-Adresse kann keine Ports haben.</translation>
    </message>
    <message>
        <source>Service port name → port on this workload</source>
        <translation>Name des Service-Ports → Port an diesem Workload</translation>
    </message>
    <message>
        <source>Keys must be names of the ServiceEntry&apos;s ports; values override the port number (1-65535) for this endpoint.</source>
        <translation>Schlüssel müssen Namen der Ports des ServiceEntry sein; Werte überschreiben die Portnummer (1-65535) für diesen Endpoint.</translation>
    </message>
    <message>
        <source>Port number on the workload (1-65535)</source>
        <translation>Portnummer am Workload (1-65535)</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Labels of the workload</source>
        <translation>Labels des Workloads</translation>
    </message>
    <message>
        <source>Used by workload selectors and by DestinationRule subsets. security.istio.io/tlsMode sets the endpoint&apos;s TLS mode.</source>
        <translation>Von Workload-Selektoren und DestinationRule-Subsets verwendet. security.istio.io/tlsMode setzt den TLS-Modus des Endpoints.</translation>
    </message>
    <message>
        <source>Network the workload is in (for multi-network meshes)</source>
        <translation>Netzwerk, in dem der Workload liegt (für Multi-Network-Meshes)</translation>
    </message>
    <message>
        <source>When the workload is on another network, the address may be empty and traffic goes through that network&apos;s gateway.</source>
        <translation>Liegt der Workload in einem anderen Netzwerk, darf die Adresse leer sein, und der Verkehr geht über das Gateway dieses Netzwerks.</translation>
    </message>
    <message>
        <source>region/zone/subzone of the workload</source>
        <translation>region/zone/subzone des Workloads</translation>
    </message>
    <message>
        <source>Used for locality-aware load balancing and failover.</source>
        <translation>Für Locality-bewusstes Load Balancing und Failover verwendet.</translation>
    </message>
    <message>
        <source>Load-balancing weight relative to other endpoints; 0 means unset</source>
        <translation>Load-Balancing-Gewicht relativ zu anderen Endpoints; 0 bedeutet nicht gesetzt</translation>
    </message>
    <message>
        <source>Service account the workload runs as</source>
        <translation>Service-Account, unter dem der Workload läuft</translation>
    </message>
    <message>
        <source>When set, mutual TLS is used to reach the workload unless a security.istio.io/tlsMode label says otherwise.</source>
        <translation>Wenn gesetzt, wird der Workload über mutual TLS erreicht, sofern ein Label security.istio.io/tlsMode nichts anderes sagt.</translation>
    </message>
    <message>
        <source>Host names of the service (at least one)</source>
        <translation>Hostnamen des Dienstes (mindestens einer)</translation>
    </message>
    <message>
        <source>DNS names, optionally starting with a wildcard label (*.example.com). Matched against HTTP Host/Authority headers and TLS SNI. Resolution DNS without endpoints needs fully qualified names; DYNAMIC_DNS needs wildcard hosts.</source>
        <translation>DNS-Namen, optional mit einem Wildcard-Label am Anfang (*.example.com). Verglichen mit HTTP-Host-/Authority-Headern und TLS-SNI. Resolution DNS ohne Endpoints braucht voll qualifizierte Namen; DYNAMIC_DNS braucht Wildcard-Hosts.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Virtual IPs or CIDR blocks of the service</source>
        <translation>Virtuelle IPs oder CIDR-Blöcke des Dienstes</translation>
    </message>
    <message>
        <source>Traffic to these addresses is treated as traffic to the service. CIDR blocks need resolution NONE or STATIC. TCP ports need an address unless Istio auto-allocates one.</source>
        <translation>Verkehr zu diesen Adressen gilt als Verkehr zum Dienst. CIDR-Blöcke brauchen resolution NONE oder STATIC. TCP-Ports brauchen eine Adresse, sofern Istio keine automatisch vergibt.</translation>
    </message>
    <message>
        <source>IP address or CIDR block</source>
        <translation>IP-Adresse oder CIDR-Block</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Ports of the service</source>
        <translation>Ports des Dienstes</translation>
    </message>
    <message>
        <source>Names and numbers must be unique. With more than one host, every port must be HTTP-based or TLS.</source>
        <translation>Namen und Nummern müssen eindeutig sein. Bei mehr als einem Host muss jeder Port HTTP-basiert oder TLS sein.</translation>
    </message>
    <message>
        <source>A port of the service</source>
        <translation>Ein Port des Dienstes</translation>
    </message>
    <message>
        <source>Port number (1-65535)</source>
        <translation>Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>HTTP, HTTPS, GRPC, HTTP2, TLS, TCP, …; empty: detect</source>
        <translation>HTTP, HTTPS, GRPC, HTTP2, TLS, TCP, …; leer: erkennen</translation>
    </message>
    <message>
        <source>One of TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis, MySQL (case-insensitive). Empty means protocol sniffing, which counts as neither HTTP nor TLS.</source>
        <translation>Eines von TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis, MySQL (Groß-/Kleinschreibung egal). Leer bedeutet Protocol Sniffing, das weder als HTTP noch als TLS zählt.</translation>
    </message>
    <message>
        <source>Port name (a DNS-1123 label), unique in the ServiceEntry</source>
        <translation>Portname (ein DNS-1123-Label), eindeutig im ServiceEntry</translation>
    </message>
    <message>
        <source>Port on the endpoints; the port number when unset</source>
        <translation>Port an den Endpoints; ohne Angabe die Portnummer</translation>
    </message>
    <message>
        <source>1-65535. Istio treats 0 as unset, but the CRD rejects an explicit 0.</source>
        <translation>1-65535. Istio behandelt 0 als nicht gesetzt, aber die CRD lehnt eine ausdrückliche 0 ab.</translation>
    </message>
    <message>
        <source>Whether the service is part of the mesh</source>
        <translation>Ob der Dienst Teil des Mesh ist</translation>
    </message>
    <message>
        <source>MESH_EXTERNAL: outside the mesh, no mutual TLS. MESH_INTERNAL: workloads inside the mesh (VMs, other clusters).</source>
        <translation>MESH_EXTERNAL: außerhalb des Mesh, kein mutual TLS. MESH_INTERNAL: Workloads im Mesh (VMs, andere Cluster).</translation>
    </message>
    <message>
        <source>How the proxy finds the endpoints</source>
        <translation>Wie der Proxy die Endpoints findet</translation>
    </message>
    <message>
        <source>NONE: forward to the original destination. STATIC: the endpoints&apos; IP addresses. DNS: resolve the hosts or endpoint names asynchronously. DNS_ROUND_ROBIN: resolve at connection time, at most one endpoint. DYNAMIC_DNS: resolve the requested host of a wildcard entry.</source>
        <translation>NONE: an das ursprüngliche Ziel weiterleiten. STATIC: die IP-Adressen der Endpoints. DNS: die Hosts oder Endpoint-Namen asynchron auflösen. DNS_ROUND_ROBIN: beim Verbindungsaufbau auflösen, höchstens ein Endpoint. DYNAMIC_DNS: den angefragten Host eines Wildcard-Eintrags auflösen.</translation>
    </message>
    <message>
        <source>Endpoints of the service (or use workloadSelector)</source>
        <translation>Endpoints des Dienstes (oder workloadSelector verwenden)</translation>
    </message>
    <message>
        <source>Not allowed with resolution NONE or DYNAMIC_DNS, at most one with DNS_ROUND_ROBIN, and never together with workloadSelector.</source>
        <translation>Nicht erlaubt mit resolution NONE oder DYNAMIC_DNS, höchstens einer mit DNS_ROUND_ROBIN, und nie zusammen mit workloadSelector.</translation>
    </message>
    <message>
        <source>An endpoint</source>
        <translation>Ein Endpoint</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Selects Pods and WorkloadEntries as endpoints</source>
        <translation>Wählt Pods und WorkloadEntries als Endpoints aus</translation>
    </message>
    <message>
        <source>Selects workloads in the ServiceEntry&apos;s namespace that carry all these labels. Cannot be combined with endpoints; ignored with resolution NONE.</source>
        <translation>Wählt Workloads im Namespace des ServiceEntry aus, die alle diese Labels tragen. Nicht mit endpoints kombinierbar; bei resolution NONE ignoriert.</translation>
    </message>
    <message>
        <source>workload selector</source>
        <translation>Workload-Selektor</translation>
    </message>
    <message>
        <source>Labels a workload must carry to be selected</source>
        <translation>Labels, die ein Workload tragen muss, um ausgewählt zu werden</translation>
    </message>
    <message>
        <source>No wildcards and no empty keys. Without labels every workload in the namespace is selected.</source>
        <translation>Keine Wildcards und keine leeren Schlüssel. Ohne Labels wird jeder Workload im Namespace ausgewählt.</translation>
    </message>
    <message>
        <source>selector labels</source>
        <translation>Selektor-Labels</translation>
    </message>
    <message>
        <source>Required label value</source>
        <translation>Verlangter Wert des Labels</translation>
    </message>
    <message>
        <source>selector label</source>
        <translation>Selektor-Label</translation>
    </message>
    <message>
        <source>Namespaces that can see the service</source>
        <translation>Namespaces, die den Dienst sehen können</translation>
    </message>
    <message>
        <source>&quot;*&quot;: all namespaces, &quot;.&quot;: this namespace, &quot;~&quot;: none, or namespace names. Absent: the mesh default (all namespaces unless configured).</source>
        <translation>&quot;*&quot;: alle Namespaces, &quot;.&quot;: dieser Namespace, &quot;~&quot;: keiner, oder Namespace-Namen. Ohne Angabe: der Mesh-Standard (alle Namespaces, sofern nicht anders konfiguriert).</translation>
    </message>
    <message>
        <source>exportTo</source>
        <translation>exportTo</translation>
    </message>
    <message>
        <source>*, ., ~ or a namespace</source>
        <translation>*, ., ~ oder ein Namespace</translation>
    </message>
    <message>
        <source>exportTo entry</source>
        <translation>exportTo-Eintrag</translation>
    </message>
    <message>
        <source>Identities the server certificates must carry</source>
        <translation>Identitäten, die die Server-Zertifikate tragen müssen</translation>
    </message>
    <message>
        <source>subject alt names</source>
        <translation>Subject Alt Names</translation>
    </message>
    <message>
        <source>Subject alternative name</source>
        <translation>Subject Alternative Name</translation>
    </message>
    <message>
        <source>subject alt name</source>
        <translation>Subject Alt Name</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FileError</name>
    <message>
        <source>Not a directory</source>
        <translation>Kein Verzeichnis</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Das Dateisystem ist nur lesbar</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Das Gerät oder die Ressource ist belegt</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Das Festplattenkontingent ist überschritten</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Die Operation ist nicht erlaubt</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Kein solches Gerät und keine solche Adresse</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FileOpener</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <translation>Lese %1 (%2)…</translation>
    </message>
    <message numerus="yes">
        <source>Validating %n document(s) of %1…</source>
        <translation>
            <numerusform>Validiere %n Dokument von %1…</numerusform>
            <numerusform>Validiere %n Dokumente von %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FixController</name>
    <message>
        <source>The file is read-only; the fix was not applied</source>
        <translation>Die Datei ist schreibgeschützt; die Korrektur wurde nicht angewendet</translation>
    </message>
    <message>
        <source>Could not apply the fix: %1</source>
        <translation>Die Korrektur konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <source>&amp;Go to Finding</source>
        <translation>Zum Befund &amp;gehen</translation>
    </message>
    <message>
        <source>&amp;Explain Rule %1</source>
        <translation>Regel %1 &amp;erklären</translation>
    </message>
    <message>
        <source>No one-click fix for this finding</source>
        <translation>Keine Ein-Klick-Korrektur für diesen Befund</translation>
    </message>
    <message>
        <source>The finding changed before the fix was applied; nothing was done</source>
        <translation>Der Befund hat sich geändert, bevor die Korrektur angewendet wurde; es wurde nichts getan</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FormBinding</name>
    <message>
        <source>%1
Default: %2</source>
        <translation>%1
Standard: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;When absent: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ohne Angabe: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The document is gone.</source>
        <translation>Das Dokument ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Field reference</source>
        <translation>Feldreferenz</translation>
    </message>
    <message>
        <source>Kubernetes reference</source>
        <translation>Kubernetes-Referenz</translation>
    </message>
    <message>
        <source>Istio reference</source>
        <translation>Istio-Referenz</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FormPanel</name>
    <message>
        <source>Open a YAML file or create one (File ▸ New).</source>
        <translation>Öffnen Sie eine YAML-Datei oder legen Sie eine an (Datei ▸ Neu).</translation>
    </message>
    <message>
        <source>&lt;b&gt;YAML syntax error&lt;/b&gt; at line %1, column %2:&lt;br&gt;%3&lt;br&gt;&lt;br&gt;Fix it in the YAML pane; nothing is lost.</source>
        <translation>&lt;b&gt;YAML-Syntaxfehler&lt;/b&gt; in Zeile %1, Spalte %2:&lt;br&gt;%3&lt;br&gt;&lt;br&gt;Beheben Sie ihn im YAML-Bereich; nichts geht verloren.</translation>
    </message>
    <message>
        <source>This document has no kind. Edit it in the YAML pane.</source>
        <translation>Dieses Dokument hat kein kind. Bearbeiten Sie es im YAML-Bereich.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not an Istio ServiceEntry or WorkloadEntry.&lt;br&gt;Edit it in the YAML pane; MeshEntry keeps it byte for byte.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist kein Istio-ServiceEntry oder -WorkloadEntry.&lt;br&gt;Bearbeiten Sie es im YAML-Bereich; MeshEntry behält es Byte für Byte.</translation>
    </message>
    <message>
        <source>This document is empty. Fill it with:</source>
        <translation>Dieses Dokument ist leer. Füllen Sie es mit:</translation>
    </message>
    <message>
        <source>or write YAML in the YAML pane.</source>
        <translation>oder schreiben Sie YAML im YAML-Bereich.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>&amp;Line (1–%1):</source>
        <translation>&amp;Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>MeshEntry::HelpController</name>
    <message>
        <source>&amp;Help on This</source>
        <translation>&amp;Hilfe hierzu</translation>
    </message>
    <message>
        <source>MeshEntry &amp;Guide</source>
        <translation>MeshEntry-&amp;Leitfaden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Rules Reference</source>
        <translation>&amp;Regelreferenz</translation>
    </message>
    <message>
        <source>&amp;Field Reference</source>
        <translation>&amp;Feldreferenz</translation>
    </message>
    <message>
        <source>Explain the focused field or finding</source>
        <translation>Das fokussierte Feld oder den Befund erklären</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Rules Reference</source>
        <translation>Regelreferenz</translation>
    </message>
    <message>
        <source>ServiceEntry Fields</source>
        <translation>ServiceEntry-Felder</translation>
    </message>
    <message>
        <source>WorkloadEntry Fields</source>
        <translation>WorkloadEntry-Felder</translation>
    </message>
</context>
<context>
    <name>MeshEntry::HelpPages</name>
    <message>
        <source>&lt;h1&gt;Page not found&lt;/h1&gt;&lt;p&gt;There is no help page &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Seite nicht gefunden&lt;/h1&gt;&lt;p&gt;Es gibt keine Hilfeseite &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>YAML pane (while it has the focus)</source>
        <translation>YAML-Bereich (solange er den Fokus hat)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Keyboard shortcuts&lt;/h1&gt;&lt;p&gt;Every command of the window with a key. In tables, the arrow keys move between cells, Enter or F2 edits a cell and Tab moves on to the next control.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Tastenkürzel&lt;/h1&gt;&lt;p&gt;Jeder Befehl des Fensters, der eine Taste hat. In Tabellen wechseln die Pfeiltasten zwischen Zellen, Eingabe oder F2 bearbeitet eine Zelle, und Tab geht zum nächsten Bedienelement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>YAML syntax</source>
        <translation>YAML-Syntax</translation>
    </message>
    <message>
        <source>Decoding into Istio&apos;s message (L0)</source>
        <translation>Dekodieren in Istios Nachricht (L0)</translation>
    </message>
    <message>
        <source>Kubernetes apiserver: CRD schema and CEL rules (L1)</source>
        <translation>Kubernetes-API-Server: CRD-Schema und CEL-Regeln (L1)</translation>
    </message>
    <message>
        <source>Istio&apos;s validating webhook (L2)</source>
        <translation>Istios validierender Webhook (L2)</translation>
    </message>
    <message>
        <source>istioctl analyze (L3)</source>
        <translation>istioctl analyze (L3)</translation>
    </message>
    <message>
        <source>MeshEntry&apos;s own checks</source>
        <translation>Eigene Prüfungen von MeshEntry</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Rules reference&lt;/h1&gt;&lt;p&gt;Every rule MeshEntry reports, with its id as &lt;code&gt;meshentry rules&lt;/code&gt; lists it. A resource can silence rules with the annotation &lt;code&gt;galley.istio.io/analyze-suppress&lt;/code&gt;: a comma-separated list of ids, or &lt;code&gt;*&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Regelreferenz&lt;/h1&gt;&lt;p&gt;Jede Regel, die MeshEntry meldet, mit ihrer ID, wie &lt;code&gt;meshentry rules&lt;/code&gt; sie auflistet. Eine Ressource kann Regeln mit der Annotation &lt;code&gt;galley.istio.io/analyze-suppress&lt;/code&gt; stummschalten: eine kommagetrennte Liste von IDs, oder &lt;code&gt;*&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1 fields&lt;/h1&gt;&lt;p&gt;Every field MeshEntry knows, as Istio&apos;s CRD schema and its webhook define it. Press F1 in a form field to come to its entry.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;%1-Felder&lt;/h1&gt;&lt;p&gt;Jedes Feld, das MeshEntry kennt, wie Istios CRD-Schema und sein Webhook es definieren. Drücken Sie F1 in einem Formularfeld, um zu seinem Eintrag zu kommen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;See also: &lt;a href=&quot;%1&quot;&gt;%2 fields&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Siehe auch: &lt;a href=&quot;%1&quot;&gt;%2-Felder&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>at least %1 entries</source>
        <translation>mindestens %1 Einträge</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>höchstens %1 Einträge</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Kubernetes reference</source>
        <translation>Kubernetes-Referenz</translation>
    </message>
    <message>
        <source>Istio reference</source>
        <translation>Istio-Referenz</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>one of several names</source>
        <translation>einer von mehreren Namen</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>map of names to values</source>
        <translation>Zuordnung von Namen zu Werten</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
</context>
<context>
    <name>MeshEntry::HelpWindow</name>
    <message>
        <source>MeshEntry Help</source>
        <translation>MeshEntry-Hilfe</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hilfethemen</translation>
    </message>
    <message>
        <source>Choose a page of the help</source>
        <translation>Eine Seite der Hilfe wählen</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hilfeseite</translation>
    </message>
    <message>
        <source>The help text; Tab moves between its links, Enter follows one</source>
        <translation>Der Hilfetext; Tab wechselt zwischen seinen Links, Eingabe folgt einem</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Enter finds the next occurrence, Shift+Enter the previous one</source>
        <translation>Eingabe findet das nächste Vorkommen, Umschalt+Eingabe das vorige</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ImportController</name>
    <message>
        <source>Import Namespaces (kubectl get namespaces -o json)</source>
        <translation>Namespaces importieren (kubectl get namespaces -o json)</translation>
    </message>
    <message>
        <source>Import Workloads (kubectl get pods -A -o json)</source>
        <translation>Workloads importieren (kubectl get pods -A -o json)</translation>
    </message>
    <message>
        <source>kubectl output (*.json *.yaml *.yml);;All files (*)</source>
        <translation>kubectl-Ausgabe (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>Ein Import läuft bereits</translation>
    </message>
    <message>
        <source>Import from Cluster</source>
        <translation>Aus dem Cluster importieren</translation>
    </message>
    <message>
        <source>There is no kubeconfig context to import from.</source>
        <translation>Es gibt keinen kubeconfig-Kontext, aus dem importiert werden kann.</translation>
    </message>
    <message>
        <source>Reading Pods, WorkloadEntries, Namespaces and the istio ConfigMap from context %1…</source>
        <translation>Lese Pods, WorkloadEntries, Namespaces und die istio-ConfigMap aus Kontext %1…</translation>
    </message>
    <message>
        <source>Cannot read context %1: %2</source>
        <translation>Kontext %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: import cancelled</source>
        <translation>%1: Import abgebrochen</translation>
    </message>
    <message>
        <source>Import Workloads</source>
        <translation>Workloads importieren</translation>
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation>Import von %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 holds no Pod, WorkloadEntry or Namespace</source>
        <translation>%1 enthält keinen Pod, kein WorkloadEntry und keinen Namespace</translation>
    </message>
    <message>
        <source>Imported %1 workloads and %2 namespaces from %3</source>
        <translation>%1 Workloads und %2 Namespaces aus %3 importiert</translation>
    </message>
    <message>
        <source>configmap istio-system/istio (context %1)</source>
        <translation>ConfigMap istio-system/istio (Kontext %1)</translation>
    </message>
    <message>
        <source>The cluster&apos;s mesh settings cannot be read: %1</source>
        <translation>Die Mesh-Einstellungen des Clusters können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Mesh Settings of the Cluster</source>
        <translation>Mesh-Einstellungen des Clusters</translation>
    </message>
    <message>
        <source>Context %1 has mesh settings of its own (%2).

Use them instead of the current ones for matching, routing and validation?</source>
        <translation>Kontext %1 hat eigene Mesh-Einstellungen (%2).

Sollen sie statt der aktuellen für Abgleich, Routing und Validierung verwendet werden?</translation>
    </message>
    <message>
        <source>Istio&apos;s defaults</source>
        <translation>Istios Standardwerte</translation>
    </message>
    <message>
        <source>&amp;Use Them</source>
        <translation>Diese &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Forgot %1 imported workloads and the imported namespaces</source>
        <translation>%1 importierte Workloads und die importierten Namespaces vergessen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KeyValueEditor</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 gibt es schon</translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation>Leerer Schlüssel</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run with kubectl</source>
        <translation>Mit kubectl ausführen</translation>
    </message>
    <message>
        <source>kubectl diff (server-side)</source>
        <translation>kubectl diff (serverseitig)</translation>
    </message>
    <message>
        <source>kubectl apply --dry-run=server</source>
        <translation>kubectl apply --dry-run=server</translation>
    </message>
    <message>
        <source>kubectl apply (server-side)</source>
        <translation>kubectl apply (serverseitig)</translation>
    </message>
    <message>
        <source>kubectl&apos;s output appears here.</source>
        <translation>Die Ausgabe von kubectl erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Dokumente:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Führt aus:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlFlow</name>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation>
            <numerusform>Die ganze Datei (%n Dokument)</numerusform>
            <numerusform>Die ganze Datei (%n Dokumente)</numerusform>
        </translation>
    </message>
    <message>
        <source>   (the documents on stdin)</source>
        <translation>   (die Dokumente auf stdin)</translation>
    </message>
    <message>
        <source>Exit status 0: no differences.</source>
        <translation>Exit-Status 0: keine Unterschiede.</translation>
    </message>
    <message>
        <source>Exit status 0: done.</source>
        <translation>Exit-Status 0: fertig.</translation>
    </message>
    <message>
        <source>Exit status 1: the cluster differs (shown above).</source>
        <translation>Exit-Status 1: der Cluster weicht ab (siehe oben).</translation>
    </message>
    <message>
        <source>Exit status %1: kubectl reported an error (shown above).</source>
        <translation>Exit-Status %1: kubectl hat einen Fehler gemeldet (siehe oben).</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlRunner</name>
    <message>
        <source>kubectl was not found on PATH. Install kubectl, or use MeshEntry&apos;s own Cluster commands, which need no kubectl.</source>
        <translation>kubectl wurde im PATH nicht gefunden. Installieren Sie kubectl, oder verwenden Sie die eigenen Cluster-Befehle von MeshEntry, die kein kubectl brauchen.</translation>
    </message>
    <message>
        <source>kubectl could not be started: %1</source>
        <translation>kubectl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>kubectl did not finish in time and was stopped.</source>
        <translation>kubectl wurde nicht rechtzeitig fertig und wurde angehalten.</translation>
    </message>
    <message>
        <source>kubectl crashed.</source>
        <translation>kubectl ist abgestürzt.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::List</name>
    <message>
        <source>; </source>
        <comment>between the items of a list of reasons or findings: &quot;a; b; c&quot;</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list of parts: &quot;a, b, c&quot;</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of an and-list but the last two: &quot;a, b and c&quot;</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <comment>before the last item of an and-list: &quot;a, b and c&quot;</comment>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>MeshEntry::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z %1, Sp %2</translation>
    </message>
    <message>
        <source>%1 – MeshEntry</source>
        <translation>%1 – MeshEntry</translation>
    </message>
    <message>
        <source>MeshEntry</source>
        <translation>MeshEntry</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ManifestResultsModel</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>wird angelegt</translation>
    </message>
    <message numerus="yes">
        <source>will change (%n line(s))</source>
        <translation>
            <numerusform>wird geändert (%n Zeile)</numerusform>
            <numerusform>wird geändert (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>not found (already gone)</source>
        <translation>nicht gefunden (schon weg)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MeshConfig</name>
    <message>
        <source>root namespace %1</source>
        <translation>Root-Namespace %1</translation>
    </message>
    <message>
        <source>outbound %1</source>
        <translation>ausgehend %1</translation>
    </message>
    <message>
        <source>default exportTo [%1]</source>
        <translation>Standard-exportTo [%1]</translation>
    </message>
    <message>
        <source>DNS capture + auto-allocation</source>
        <translation>DNS-Capture + Auto-Allocation</translation>
    </message>
    <message>
        <source>DNS capture</source>
        <translation>DNS-Capture</translation>
    </message>
    <message>
        <source>DNS auto-allocation without capture</source>
        <translation>DNS-Auto-Allocation ohne Capture</translation>
    </message>
    <message>
        <source>visibility %1</source>
        <translation>Sichtbarkeit %1</translation>
    </message>
    <message>
        <source> + 1 policy</source>
        <translation> + 1 Richtlinie</translation>
    </message>
    <message>
        <source> + %1 policies</source>
        <translation> + %1 Richtlinien</translation>
    </message>
    <message>
        <source> (sidecars too)</source>
        <translation> (auch Sidecars)</translation>
    </message>
    <message>
        <source>listen port %1</source>
        <translation>Listen-Port %1</translation>
    </message>
    <message>
        <source>trust domain %1</source>
        <translation>Trust-Domain %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MeshPreferencesPage</name>
    <message>
        <source>DNS capture (ISTIO_META_DNS_CAPTURE)</source>
        <translation>DNS-Capture (ISTIO_META_DNS_CAPTURE)</translation>
    </message>
    <message>
        <source>Address auto-allocation (ISTIO_META_DNS_AUTO_ALLOCATE)</source>
        <translation>Automatische Adressvergabe (ISTIO_META_DNS_AUTO_ALLOCATE)</translation>
    </message>
    <message>
        <source>Apply to sidecars</source>
        <translation>Auf Sidecars anwenden</translation>
    </message>
    <message>
        <source>Not set (PUBLIC)</source>
        <translation>Nicht gesetzt (PUBLIC)</translation>
    </message>
    <message>
        <source>defaultServiceExportTo: comma-separated, * for every namespace, . for the entry&apos;s own namespace, ~ for none</source>
        <translation>defaultServiceExportTo: kommagetrennt, * für jeden Namespace, . für den eigenen Namespace des Eintrags, ~ für keinen</translation>
    </message>
    <message>
        <source>MeshConfig YAML</source>
        <translation>MeshConfig-YAML</translation>
    </message>
    <message>
        <source># MeshConfig YAML; empty means Istio&apos;s defaults</source>
        <translation># MeshConfig-YAML; leer bedeutet Istios Standardwerte</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Reset to Istio&apos;s Defaults</source>
        <translation>Auf Istios Standardwerte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Root &amp;namespace:</source>
        <translation>Root-&amp;Namespace:</translation>
    </message>
    <message>
        <source>Default service &amp;exportTo:</source>
        <translation>Standard-&amp;exportTo für Dienste:</translation>
    </message>
    <message>
        <source>&amp;Outbound traffic policy:</source>
        <translation>&amp;Outbound-Traffic-Policy:</translation>
    </message>
    <message>
        <source>Proxy metadata:</source>
        <translation>Proxy-Metadaten:</translation>
    </message>
    <message>
        <source>ServiceEntry &amp;visibility:</source>
        <translation>ServiceEntry-&amp;Sichtbarkeit:</translation>
    </message>
    <message>
        <source>MeshConfig &amp;YAML (the istio ConfigMap&apos;s data.mesh):</source>
        <translation>MeshConfig-&amp;YAML (data.mesh der istio-ConfigMap):</translation>
    </message>
    <message>
        <source>Load Mesh Settings</source>
        <translation>Mesh-Einstellungen laden</translation>
    </message>
    <message>
        <source>YAML or JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation>YAML oder JSON (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Settings typed here, or Istio&apos;s defaults</source>
        <translation>Hier eingegebene Einstellungen oder Istios Standardwerte</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen aus %1</translation>
    </message>
    <message>
        <source>No visibility policies (add them under serviceEntryVisibility.policies below).</source>
        <translation>Keine Sichtbarkeits-Policies (fügen Sie sie unten unter serviceEntryVisibility.policies hinzu).</translation>
    </message>
    <message>
        <source>1 visibility policy, chosen by namespace labels; edit it below.</source>
        <translation>1 Sichtbarkeits-Policy, nach Namespace-Labels gewählt; unten bearbeiten.</translation>
    </message>
    <message>
        <source>%1 visibility policies, chosen by namespace labels; edit them below.</source>
        <translation>%1 Sichtbarkeits-Policies, nach Namespace-Labels gewählt; unten bearbeiten.</translation>
    </message>
    <message>
        <source>In force: Istio&apos;s defaults.</source>
        <translation>In Kraft: Istios Standardwerte.</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>In Kraft: %1.</translation>
    </message>
    <message>
        <source>Kept but not used by MeshEntry: %1.</source>
        <translation>Aufbewahrt, aber von MeshEntry nicht verwendet: %1.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MeshSettingsController</name>
    <message>
        <source>Namespaces are no longer imported at start: import %1 with Workloads ▸ Import Namespaces</source>
        <translation>Namespaces werden beim Start nicht mehr importiert: Importieren Sie %1 mit Workloads ▸ Namespaces importieren</translation>
    </message>
    <message>
        <source>The saved mesh settings cannot be read, Istio&apos;s defaults apply: %1</source>
        <translation>Die gespeicherten Mesh-Einstellungen können nicht gelesen werden, es gelten Istios Standardwerte: %1</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>The mesh settings were not changed: their YAML has an error</source>
        <translation>Die Mesh-Einstellungen wurden nicht geändert: ihr YAML enthält einen Fehler</translation>
    </message>
    <message>
        <source>Mesh: Istio defaults</source>
        <translation>Mesh: Istio-Standardwerte</translation>
    </message>
    <message>
        <source>Mesh: %1</source>
        <translation>Mesh: %1</translation>
    </message>
    <message>
        <source> · 1 namespace</source>
        <translation> · 1 Namespace</translation>
    </message>
    <message>
        <source> · %1 namespaces</source>
        <translation> · %1 Namespaces</translation>
    </message>
    <message>
        <source> · 1 imported workload</source>
        <translation> · 1 importierter Workload</translation>
    </message>
    <message>
        <source> · %1 imported workloads</source>
        <translation> · %1 importierte Workloads</translation>
    </message>
    <message>
        <source>Mesh settings in force</source>
        <translation>Geltende Mesh-Einstellungen</translation>
    </message>
    <message>
        <source>Mesh settings from %1</source>
        <translation>Mesh-Einstellungen aus %1</translation>
    </message>
    <message>
        <source>root namespace: %1</source>
        <translation>Root-Namespace: %1</translation>
    </message>
    <message>
        <source>default exportTo: %1</source>
        <translation>Standard-exportTo: %1</translation>
    </message>
    <message>
        <source>outbound traffic policy: %1</source>
        <translation>Richtlinie für ausgehenden Verkehr: %1</translation>
    </message>
    <message>
        <source>DNS capture: %1, auto-allocation: %2</source>
        <translation>DNS-Capture: %1, Auto-Allocation: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>serviceEntryVisibility: default %1, policies: %2, %3</source>
        <translation>serviceEntryVisibility: Standard %1, Richtlinien: %2, %3</translation>
    </message>
    <message>
        <source>applied to sidecars</source>
        <translation>auf Sidecars angewendet</translation>
    </message>
    <message>
        <source>not applied to sidecars</source>
        <translation>nicht auf Sidecars angewendet</translation>
    </message>
    <message>
        <source>Namespaces: %1 imported; their labels decide serviceEntryVisibility</source>
        <translation>Namespaces: %1 importiert; ihre Labels bestimmen serviceEntryVisibility</translation>
    </message>
    <message>
        <source>Namespaces: none imported (Workloads ▸ Import Namespaces)</source>
        <translation>Namespaces: keine importiert (Workloads ▸ Namespaces importieren)</translation>
    </message>
    <message>
        <source>Workloads: %1 imported, %2 WorkloadEntries in the open files</source>
        <translation>Workloads: %1 importiert, %2 WorkloadEntries in den geöffneten Dateien</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Click to edit the mesh settings</source>
        <translation>Klicken, um die Mesh-Einstellungen zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>MeshEntry::Message</name>
    <message>
        <source>The namespace&apos;s own oldest Sidecar without workloadSelector applies.</source>
        <translation>Der älteste Sidecar des Namespace ohne workloadSelector gilt.</translation>
    </message>
    <message>
        <source>The root namespace&apos;s Sidecar applies, evaluated as if in the proxy&apos;s namespace.</source>
        <translation>Der Sidecar des Root-Namespace gilt, ausgewertet, als läge er im Namespace des Proxys.</translation>
    </message>
    <message>
        <source>No Sidecar applies: one egress listener importing */*.</source>
        <translation>Kein Sidecar gilt: ein egress-Listener, der */* importiert.</translation>
    </message>
    <message>
        <source>The outbound traffic policy: the Sidecar&apos;s, else the mesh&apos;s.</source>
        <translation>Die outboundTrafficPolicy: die des Sidecars, sonst die des Mesh.</translation>
    </message>
    <message>
        <source>The destination address: given, the entry&apos;s address, auto-allocated, or undeclared.</source>
        <translation>Die Zieladresse: angegeben, die Adresse des Eintrags, automatisch vergeben oder nicht deklariert.</translation>
    </message>
    <message>
        <source>Whether the entry&apos;s exportTo lets the namespace see the host.</source>
        <translation>Ob das exportTo des Eintrags den Host für den Namespace sichtbar macht.</translation>
    </message>
    <message>
        <source>serviceEntryVisibility narrowed the entry&apos;s exportTo.</source>
        <translation>serviceEntryVisibility hat das exportTo des Eintrags eingeschränkt.</translation>
    </message>
    <message>
        <source>Whether a Sidecar egress host imports (or excludes) the host.</source>
        <translation>Ob ein egress-Host eines Sidecars den Host importiert (oder ausschließt).</translation>
    </message>
    <message>
        <source>Which namespace&apos;s entry a host resolves to when several namespaces define it.</source>
        <translation>Zu welchem Eintrag welches Namespace ein Host aufgelöst wird, wenn mehrere Namespaces ihn definieren.</translation>
    </message>
    <message>
        <source>Several entries of one namespace with the same host: kept, merged or ignored.</source>
        <translation>Mehrere Einträge eines Namespace mit demselben Host: behalten, zusammengeführt oder ignoriert.</translation>
    </message>
    <message>
        <source>A Sidecar egress listener with this port decides what listens on it.</source>
        <translation>Ein egress-Listener eines Sidecars mit diesem Port bestimmt, was auf ihm lauscht.</translation>
    </message>
    <message>
        <source>A listener bound to the destination address takes the connection.</source>
        <translation>Ein an die Zieladresse gebundener Listener nimmt die Verbindung an.</translation>
    </message>
    <message>
        <source>The port&apos;s 0.0.0.0 listener takes the connection.</source>
        <translation>Der 0.0.0.0-Listener des Ports nimmt die Verbindung an.</translation>
    </message>
    <message>
        <source>No listener has the address and port: virtualOutbound takes the connection.</source>
        <translation>Kein Listener hat Adresse und Port: virtualOutbound nimmt die Verbindung an.</translation>
    </message>
    <message>
        <source>Traffic to the sidecar&apos;s own ports is blackholed.</source>
        <translation>Verkehr zu den eigenen Ports des Sidecars wird verworfen (Blackhole).</translation>
    </message>
    <message>
        <source>The filter chain the destination IP, SNI and ALPN select.</source>
        <translation>Die Filter-Chain, die Ziel-IP, SNI und ALPN auswählen.</translation>
    </message>
    <message>
        <source>No filter chain matches: the listener&apos;s default chain takes the connection.</source>
        <translation>Keine Filter-Chain passt: die Default-Chain des Listeners nimmt die Verbindung an.</translation>
    </message>
    <message>
        <source>TLS or raw TCP reached an HTTP connection manager.</source>
        <translation>TLS oder reines TCP hat einen HTTP Connection Manager erreicht.</translation>
    </message>
    <message>
        <source>The HTTP route configuration the connection manager uses.</source>
        <translation>Die HTTP-Routenkonfiguration, die der Connection Manager verwendet.</translation>
    </message>
    <message>
        <source>The virtual host the Host header selects.</source>
        <translation>Der virtuelle Host, den der Host-Header auswählt.</translation>
    </message>
    <message>
        <source>No virtual host matches: allow_any, allow_any_dynamic_dns or block_all.</source>
        <translation>Kein virtueller Host passt: allow_any, allow_any_dynamic_dns oder block_all.</translation>
    </message>
    <message>
        <source>The service cluster, its type and endpoints.</source>
        <translation>Der Service-Cluster, sein Typ und seine Endpoints.</translation>
    </message>
    <message>
        <source>The chain names a cluster istiod does not build.</source>
        <translation>Die Chain nennt einen Cluster, den istiod nicht erzeugt.</translation>
    </message>
    <message>
        <source>PassthroughCluster, the egress proxy, or BlackHoleCluster.</source>
        <translation>PassthroughCluster, der Egress-Proxy oder BlackHoleCluster.</translation>
    </message>
    <message>
        <source>metadata.name: Required value: name or generateName is required</source>
        <translation>metadata.name: Pflichtwert: name oder generateName ist erforderlich</translation>
    </message>
    <message>
        <source>metadata.name: Invalid value: %1: must be no more than 253 characters</source>
        <translation>metadata.name: Ungültiger Wert: %1: darf höchstens 253 Zeichen lang sein</translation>
    </message>
    <message>
        <source>metadata.name: Invalid value: %1: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</source>
        <translation>metadata.name: Ungültiger Wert: %1: eine RFC-1123-Subdomain in Kleinbuchstaben darf nur aus kleinen alphanumerischen Zeichen, &apos;-&apos; oder &apos;.&apos; bestehen und muss mit einem alphanumerischen Zeichen beginnen und enden (z. B. &apos;example.com&apos;; zur Prüfung verwendeter regulärer Ausdruck: &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</translation>
    </message>
    <message>
        <source>metadata.namespace: Invalid value: %1: must be no more than 63 characters</source>
        <translation>metadata.namespace: Ungültiger Wert: %1: darf höchstens 63 Zeichen lang sein</translation>
    </message>
    <message>
        <source>metadata.namespace: Invalid value: %1: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</source>
        <translation>metadata.namespace: Ungültiger Wert: %1: ein RFC-1123-Label in Kleinbuchstaben darf nur aus kleinen alphanumerischen Zeichen oder &apos;-&apos; bestehen und muss mit einem alphanumerischen Zeichen beginnen und enden (z. B. &apos;my-name&apos; oder &apos;123-abc&apos;; zur Prüfung verwendeter regulärer Ausdruck: &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</translation>
    </message>
    <message>
        <source>metadata.%1: Invalid value: %2: %3</source>
        <translation>metadata.%1: Ungültiger Wert: %2: %3</translation>
    </message>
    <message>
        <source>no matches for kind %1 in version %2</source>
        <translation>kein Treffer für kind %1 in Version %2</translation>
    </message>
    <message>
        <source>YAML syntax error</source>
        <translation>YAML-Syntaxfehler</translation>
    </message>
    <message>
        <source>Value of the wrong type</source>
        <translation>Wert vom falschen Typ</translation>
    </message>
    <message>
        <source>Unknown enum name</source>
        <translation>Unbekannter Enum-Name</translation>
    </message>
    <message>
        <source>Unknown field in spec</source>
        <translation>Unbekanntes Feld in spec</translation>
    </message>
    <message>
        <source>Version not served</source>
        <translation>Version wird nicht bereitgestellt</translation>
    </message>
    <message>
        <source>spec is required</source>
        <translation>spec ist erforderlich</translation>
    </message>
    <message>
        <source>Schema type or unknown field</source>
        <translation>Schema-Typ oder unbekanntes Feld</translation>
    </message>
    <message>
        <source>hosts is required</source>
        <translation>hosts ist erforderlich</translation>
    </message>
    <message>
        <source>1 to 256 hosts</source>
        <translation>1 bis 256 hosts</translation>
    </message>
    <message>
        <source>Host `*`</source>
        <translation>Host `*`</translation>
    </message>
    <message>
        <source>Address limits</source>
        <translation>Grenzen für Adressen</translation>
    </message>
    <message>
        <source>Port name and number required, names unique</source>
        <translation>Portname und -nummer erforderlich, Namen eindeutig</translation>
    </message>
    <message>
        <source>Port numbers unique</source>
        <translation>Portnummern eindeutig</translation>
    </message>
    <message>
        <source>Port number 1-65535</source>
        <translation>Portnummer 1-65535</translation>
    </message>
    <message>
        <source>targetPort 1-65535 when present</source>
        <translation>targetPort 1-65535, wenn angegeben</translation>
    </message>
    <message>
        <source>Port name and protocol length</source>
        <translation>Länge von Portname und Protokoll</translation>
    </message>
    <message>
        <source>location value</source>
        <translation>Wert von location</translation>
    </message>
    <message>
        <source>resolution value</source>
        <translation>Wert von resolution</translation>
    </message>
    <message>
        <source>At most 4096 endpoints</source>
        <translation>Höchstens 4096 endpoints</translation>
    </message>
    <message>
        <source>Selector label limits</source>
        <translation>Grenzen für Selector-Labels</translation>
    </message>
    <message>
        <source>workloadSelector or endpoints</source>
        <translation>workloadSelector oder endpoints</translation>
    </message>
    <message>
        <source>CIDR needs NONE or STATIC</source>
        <translation>CIDR erfordert NONE oder STATIC</translation>
    </message>
    <message>
        <source>NONE with endpoints</source>
        <translation>NONE mit endpoints</translation>
    </message>
    <message>
        <source>DNS_ROUND_ROBIN with several endpoints</source>
        <translation>DNS_ROUND_ROBIN mit mehreren endpoints</translation>
    </message>
    <message>
        <source>Address length</source>
        <translation>Länge der Adresse</translation>
    </message>
    <message>
        <source>unix:// path must be absolute</source>
        <translation>unix://-Pfad muss absolut sein</translation>
    </message>
    <message>
        <source>unix:// path must not end in /</source>
        <translation>unix://-Pfad darf nicht auf / enden</translation>
    </message>
    <message>
        <source>Address or network present</source>
        <translation>Adresse oder Netzwerk vorhanden</translation>
    </message>
    <message>
        <source>unix:// without ports</source>
        <translation>unix:// ohne Ports</translation>
    </message>
    <message>
        <source>Endpoint port map</source>
        <translation>Port-Map des Endpoints</translation>
    </message>
    <message>
        <source>At most 256 labels</source>
        <translation>Höchstens 256 Labels</translation>
    </message>
    <message>
        <source>String lengths</source>
        <translation>Längen der Zeichenketten</translation>
    </message>
    <message>
        <source>weight range</source>
        <translation>Bereich von weight</translation>
    </message>
    <message>
        <source>Object name</source>
        <translation>Objektname</translation>
    </message>
    <message>
        <source>Namespace name</source>
        <translation>Name des Namespace</translation>
    </message>
    <message>
        <source>Label syntax</source>
        <translation>Syntax der Labels</translation>
    </message>
    <message>
        <source>Annotation keys</source>
        <translation>Schlüssel der Annotations</translation>
    </message>
    <message>
        <source>istio.io/dry-run annotation</source>
        <translation>Annotation istio.io/dry-run</translation>
    </message>
    <message>
        <source>webhook-always-reject annotation</source>
        <translation>Annotation webhook-always-reject</translation>
    </message>
    <message>
        <source>Internal parent annotation</source>
        <translation>Interne Parent-Annotation</translation>
    </message>
    <message>
        <source>Unknown top-level field</source>
        <translation>Unbekanntes Feld auf oberster Ebene</translation>
    </message>
    <message>
        <source>Selector key empty or wildcard</source>
        <translation>Selector-Schlüssel leer oder Wildcard</translation>
    </message>
    <message>
        <source>Selector without labels</source>
        <translation>Selector ohne Labels</translation>
    </message>
    <message>
        <source>Selector and endpoints</source>
        <translation>Selector und endpoints</translation>
    </message>
    <message>
        <source>Selector with resolution NONE</source>
        <translation>Selector mit resolution NONE</translation>
    </message>
    <message>
        <source>No hosts</source>
        <translation>Keine hosts</translation>
    </message>
    <message>
        <source>Host name syntax</source>
        <translation>Syntax des Hostnamens</translation>
    </message>
    <message>
        <source>Partial wildcard host</source>
        <translation>Host mit teilweiser Wildcard</translation>
    </message>
    <message>
        <source>DNS hosts must be FQDNs</source>
        <translation>DNS-Hosts müssen FQDNs sein</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS needs hosts</source>
        <translation>DYNAMIC_DNS erfordert hosts</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS hosts are wildcards</source>
        <translation>DYNAMIC_DNS-Hosts sind Wildcards</translation>
    </message>
    <message>
        <source>Several hosts need HTTP or TLS ports</source>
        <translation>Mehrere Hosts erfordern HTTP- oder TLS-Ports</translation>
    </message>
    <message>
        <source>Address syntax</source>
        <translation>Syntax der Adresse</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS without addresses</source>
        <translation>DYNAMIC_DNS ohne addresses</translation>
    </message>
    <message>
        <source>Several hosts with address and TCP</source>
        <translation>Mehrere Hosts mit Adresse und TCP</translation>
    </message>
    <message>
        <source>Duplicate port name</source>
        <translation>Doppelter Portname</translation>
    </message>
    <message>
        <source>Duplicate port number</source>
        <translation>Doppelte Portnummer</translation>
    </message>
    <message>
        <source>targetPort range</source>
        <translation>Bereich von targetPort</translation>
    </message>
    <message>
        <source>TCP port without address</source>
        <translation>TCP-Port ohne Adresse</translation>
    </message>
    <message>
        <source>Port name syntax</source>
        <translation>Syntax des Portnamens</translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation>Nicht unterstütztes Protokoll</translation>
    </message>
    <message>
        <source>Port number range</source>
        <translation>Bereich der Portnummer</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS protocols</source>
        <translation>DYNAMIC_DNS-Protokolle</translation>
    </message>
    <message>
        <source>DNS_ROUND_ROBIN endpoints</source>
        <translation>DNS_ROUND_ROBIN-Endpoints</translation>
    </message>
    <message>
        <source>DNS endpoint address</source>
        <translation>Adresse eines DNS-Endpoints</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS without endpoints</source>
        <translation>DYNAMIC_DNS ohne endpoints</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS location</source>
        <translation>location bei DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS, MESH_INTERNAL and waypoint</source>
        <translation>DYNAMIC_DNS, MESH_INTERNAL und Waypoint</translation>
    </message>
    <message>
        <source>Unknown resolution number</source>
        <translation>Unbekannte resolution-Nummer</translation>
    </message>
    <message>
        <source>Duplicate exportTo entry</source>
        <translation>Doppelter exportTo-Eintrag</translation>
    </message>
    <message>
        <source>exportTo entry syntax</source>
        <translation>Syntax eines exportTo-Eintrags</translation>
    </message>
    <message>
        <source>`*` with other exportTo entries</source>
        <translation>`*` mit anderen exportTo-Einträgen</translation>
    </message>
    <message>
        <source>`~` with other exportTo entries</source>
        <translation>`~` mit anderen exportTo-Einträgen</translation>
    </message>
    <message>
        <source>Endpoint address required</source>
        <translation>Endpoint-Adresse erforderlich</translation>
    </message>
    <message>
        <source>Endpoint with network only</source>
        <translation>Endpoint nur mit network</translation>
    </message>
    <message>
        <source>Endpoint unix:// path</source>
        <translation>unix://-Pfad eines Endpoints</translation>
    </message>
    <message>
        <source>Endpoint unix:// with ports</source>
        <translation>unix://-Endpoint mit Ports</translation>
    </message>
    <message>
        <source>STATIC endpoint must be an IP</source>
        <translation>STATIC-Endpoint muss eine IP sein</translation>
    </message>
    <message>
        <source>Endpoint port not in the ServiceEntry</source>
        <translation>Endpoint-Port nicht im ServiceEntry</translation>
    </message>
    <message>
        <source>Endpoint port name syntax</source>
        <translation>Syntax des Portnamens eines Endpoints</translation>
    </message>
    <message>
        <source>Endpoint port range</source>
        <translation>Bereich des Endpoint-Ports</translation>
    </message>
    <message>
        <source>Endpoint label syntax</source>
        <translation>Syntax der Endpoint-Labels</translation>
    </message>
    <message>
        <source>unix:// endpoint needs one port</source>
        <translation>unix://-Endpoint erfordert genau einen Port</translation>
    </message>
    <message>
        <source>Address required</source>
        <translation>Adresse erforderlich</translation>
    </message>
    <message>
        <source>Network without address</source>
        <translation>network ohne Adresse</translation>
    </message>
    <message>
        <source>unix:// path</source>
        <translation>unix://-Pfad</translation>
    </message>
    <message>
        <source>unix:// with ports</source>
        <translation>unix:// mit Ports</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>Portbereich</translation>
    </message>
    <message>
        <source>SchemaValidationError</source>
        <translation>SchemaValidationError</translation>
    </message>
    <message>
        <source>SchemaWarning</source>
        <translation>SchemaWarning</translation>
    </message>
    <message>
        <source>ServiceEntryAddressesRequired</source>
        <translation>ServiceEntryAddressesRequired</translation>
    </message>
    <message>
        <source>NegativeConditionStatus</source>
        <translation>NegativeConditionStatus</translation>
    </message>
    <message>
        <source>ConflictingServiceEntryProtocol</source>
        <translation>ConflictingServiceEntryProtocol</translation>
    </message>
    <message>
        <source>Duplicate mapping key</source>
        <translation>Doppelter Mapping-Schlüssel</translation>
    </message>
    <message>
        <source>YAML 1.1 typing trap</source>
        <translation>Typfalle von YAML 1.1</translation>
    </message>
    <message>
        <source>Protocol in another case</source>
        <translation>Protokoll in anderer Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Port name names another protocol</source>
        <translation>Portname nennt ein anderes Protokoll</translation>
    </message>
    <message>
        <source>exportTo names an unknown namespace</source>
        <translation>exportTo nennt einen unbekannten Namespace</translation>
    </message>
    <message>
        <source>Same kind, namespace and name twice</source>
        <translation>Gleiches kind, gleicher Namespace und Name doppelt</translation>
    </message>
    <message>
        <source>Selector matches no workload</source>
        <translation>Selector trifft keinen Workload</translation>
    </message>
    <message>
        <source>STATIC ServiceEntry selects a host-name workload</source>
        <translation>STATIC-ServiceEntry wählt einen Workload mit Hostnamen</translation>
    </message>
    <message>
        <source>Workload port no ServiceEntry has</source>
        <translation>Workload-Port, den kein ServiceEntry hat</translation>
    </message>
    <message>
        <source>No-address TCP port captures a shared port</source>
        <translation>TCP-Port ohne Adresse belegt einen gemeinsamen Port</translation>
    </message>
    <message>
        <source>Filter chain dropped on a shared listener</source>
        <translation>Filter-Chain auf gemeinsamem Listener verworfen</translation>
    </message>
    <message>
        <source>Host shadowed by another entry</source>
        <translation>Host von einem anderen Eintrag verdeckt</translation>
    </message>
    <message>
        <source>Sidecar egress host imports nothing</source>
        <translation>egress-Host des Sidecars importiert nichts</translation>
    </message>
    <message>
        <source>exportTo hides the entry from every workload</source>
        <translation>exportTo verbirgt den Eintrag vor allen Workloads</translation>
    </message>
    <message>
        <source>%1/%2 has unsupported annotation istio.io/dry-run, please remove the annotation</source>
        <translation>%1/%2 hat die nicht unterstützte Annotation istio.io/dry-run, bitte entfernen Sie die Annotation</translation>
    </message>
    <message>
        <source>&quot;internal.istio.io/webhook-always-reject&quot; annotation found, rejecting</source>
        <translation>Annotation &quot;internal.istio.io/webhook-always-reject&quot; gefunden, wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 annotation found, this may not be set by users</source>
        <translation>Annotation %1 gefunden, sie darf nicht von Benutzern gesetzt werden</translation>
    </message>
    <message>
        <source>address is required</source>
        <translation>address ist erforderlich</translation>
    </message>
    <message>
        <source>address is unset with network %1</source>
        <translation>address ist nicht gesetzt, network ist %1</translation>
    </message>
    <message>
        <source>unix endpoint %1 must not include ports</source>
        <translation>unix-Endpoint %1 darf keine Ports enthalten</translation>
    </message>
    <message>
        <source>endpoint address %1 is not a valid IP address</source>
        <translation>Endpoint-Adresse %1 ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>endpoint address %1 is not a valid FQDN or an IP address</source>
        <translation>Endpoint-Adresse %1 ist weder ein gültiger FQDN noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>endpoint port %1 is not defined by the service entry</source>
        <translation>Endpoint-Port %1 ist im ServiceEntry nicht definiert</translation>
    </message>
    <message>
        <source>empty key is not supported in selector: %1</source>
        <translation>leerer Schlüssel wird im Selector nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>wildcard is not supported in selector: %1</source>
        <translation>Wildcard wird im Selector nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>service entry must have at least one host</source>
        <translation>ServiceEntry muss mindestens einen Host haben</translation>
    </message>
    <message>
        <source>invalid host *</source>
        <translation>ungültiger Host *</translation>
    </message>
    <message>
        <source>CIDR addresses are allowed only for NONE/STATIC resolution types</source>
        <translation>CIDR-Adressen sind nur mit resolution NONE/STATIC erlaubt</translation>
    </message>
    <message>
        <source>service entry port name %1 already defined</source>
        <translation>Portname %1 ist im ServiceEntry bereits definiert</translation>
    </message>
    <message>
        <source>service entry port %1 already defined</source>
        <translation>Port %1 ist im ServiceEntry bereits definiert</translation>
    </message>
    <message>
        <source>addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled</source>
        <translation>addresses sind für Ports mit TCP-Protokoll (oder ohne Protokoll) erforderlich, wenn die automatische IP-Vergabe nicht aktiviert ist</translation>
    </message>
    <message>
        <source>hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode %1, %2</source>
        <translation>hosts müssen FQDNs sein oder nur Präfix-Wildcards enthalten, wenn für resolution %1 keine endpoints angegeben sind, %2</translation>
    </message>
    <message>
        <source>there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN</source>
        <translation>mit resolution DNS_ROUND_ROBIN darf es nur 0 oder 1 Endpoint geben</translation>
    </message>
    <message>
        <source>service entry can not have more than one host specified simultaneously with address and tcp port</source>
        <translation>ServiceEntry kann nicht mehr als einen Host zusammen mit Adresse und TCP-Port haben</translation>
    </message>
    <message>
        <source>at least one wildcard host must be provided for resolution type DYNAMIC_DNS</source>
        <translation>für resolution DYNAMIC_DNS muss mindestens ein Wildcard-Host angegeben sein</translation>
    </message>
    <message>
        <source>host must be wildcarded for resolution mode DYNAMIC_DNS</source>
        <translation>Host muss für resolution DYNAMIC_DNS eine Wildcard sein</translation>
    </message>
    <message>
        <source>addresses cannot be set for resolution type DYNAMIC_DNS. HTTP route domains will only be generatedfrom the hosts field values</source>
        <translation>addresses kann für resolution DYNAMIC_DNS nicht gesetzt werden. HTTP-Routendomains werden nur aus den Werten des Felds hosts erzeugt</translation>
    </message>
    <message>
        <source>endpoints cannot be set for resolution type DYNAMIC_DNS. Destination IP address determined from hostsfield values</source>
        <translation>endpoints kann für resolution DYNAMIC_DNS nicht gesetzt werden. Die Ziel-IP-Adresse ergibt sich aus den Werten des Felds hosts</translation>
    </message>
    <message>
        <source>only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type DYNAMIC_DNS</source>
        <translation>für resolution DYNAMIC_DNS werden nur die Protokolle HTTP, TLS, GRPC und HTTP2 unterstützt</translation>
    </message>
    <message>
        <source>location must be MESH_EXTERNAL or MESH_INTERNAL for resolution type DYNAMIC_DNS</source>
        <translation>location muss für resolution DYNAMIC_DNS MESH_EXTERNAL oder MESH_INTERNAL sein</translation>
    </message>
    <message>
        <source>location MESH_INTERNAL with resolution type DYNAMIC_DNS is not supported when using waypoints</source>
        <translation>location MESH_INTERNAL mit resolution DYNAMIC_DNS wird mit Waypoints nicht unterstützt</translation>
    </message>
    <message>
        <source>no endpoints should be provided for resolution type none</source>
        <translation>für resolution none sollten keine endpoints angegeben werden</translation>
    </message>
    <message>
        <source>workloadSelector should not be set when resolution mode is NONE</source>
        <translation>workloadSelector sollte bei resolution NONE nicht gesetzt sein</translation>
    </message>
    <message>
        <source>exactly 1 service port required for unix endpoints</source>
        <translation>für unix-Endpoints ist genau 1 Service-Port erforderlich</translation>
    </message>
    <message>
        <source>unsupported resolution type </source>
        <translation>nicht unterstützte resolution </translation>
    </message>
    <message>
        <source>multiple hosts provided with non-HTTP, non-TLS ports</source>
        <translation>mehrere Hosts mit Ports, die weder HTTP noch TLS sind</translation>
    </message>
    <message>
        <source>duplicate entries in exportTo: . and current namespace %1</source>
        <translation>doppelte Einträge in exportTo: . und der aktuelle Namespace %1</translation>
    </message>
    <message>
        <source>duplicate entries in exportTo for entry %1</source>
        <translation>doppelte Einträge in exportTo für den Eintrag %1</translation>
    </message>
    <message>
        <source>only .,*, or a valid DNS 1123 label is allowed as exportTo entry</source>
        <translation>als exportTo-Eintrag sind nur ., * oder ein gültiges DNS-1123-Label erlaubt</translation>
    </message>
    <message>
        <source>cannot have both public (*) and non-public exportTo values for a resource</source>
        <translation>eine Ressource kann nicht zugleich öffentliche (*) und nicht öffentliche exportTo-Werte haben</translation>
    </message>
    <message>
        <source>cannot export service entry to no one (~) and someone</source>
        <translation>ServiceEntry kann nicht zugleich an niemanden (~) und an jemanden exportiert werden</translation>
    </message>
    <message>
        <source>service entry: workload selector specified without labels, will be applied to all services in namespace</source>
        <translation>ServiceEntry: workloadSelector ohne Labels angegeben, gilt für alle Services im Namespace</translation>
    </message>
    <message>
        <source>only one of WorkloadSelector or Endpoints is allowed in Service Entry</source>
        <translation>im ServiceEntry ist nur eines von workloadSelector oder endpoints erlaubt</translation>
    </message>
    <message>
        <source>unknown field %1 on %2 resource %3/%4</source>
        <translation>unbekanntes Feld %1 in der %2-Ressource %3/%4</translation>
    </message>
    <message>
        <source>Check that the cluster is running and reachable: the server address in the kubeconfig, a VPN or a proxy.</source>
        <translation>Prüfen Sie, ob der Cluster läuft und erreichbar ist: die Serveradresse in der kubeconfig, ein VPN oder ein Proxy.</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s certificate-authority in the kubeconfig; the server&apos;s certificate is not signed by it.</source>
        <translation>Prüfen Sie die certificate-authority des Clusters in der kubeconfig; das Zertifikat des Servers ist nicht von ihr signiert.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s exec credential plugin failed; run it in a terminal to see why (you may need to log in again).</source>
        <translation>Das exec-Credential-Plugin der kubeconfig ist fehlgeschlagen; führen Sie es in einem Terminal aus, um den Grund zu sehen (eventuell müssen Sie sich neu anmelden).</translation>
    </message>
    <message>
        <source>The server did not accept this context&apos;s credentials. Check the user&apos;s token, certificate or exec plugin in the kubeconfig, or log in again.</source>
        <translation>Der Server hat die Anmeldedaten dieses Kontexts nicht akzeptiert. Prüfen Sie Token, Zertifikat oder exec-Plugin des Benutzers in der kubeconfig, oder melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>The user may not do this here; ask the cluster&apos;s administrator for access (RBAC).</source>
        <translation>Der Benutzer darf das hier nicht; bitten Sie die Administration des Clusters um Zugriff (RBAC).</translation>
    </message>
    <message>
        <source>Unable to connect to the server: no answer from %1 within %2 s</source>
        <translation>Keine Verbindung zum Server: keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>The connection to the server %1 was refused - did you specify the right host or port?</source>
        <translation>Die Verbindung zum Server %1 wurde abgelehnt – stimmen Host und Port?</translation>
    </message>
    <message>
        <source>Unable to connect to the server: lookup %1: no such host</source>
        <translation>Keine Verbindung zum Server: Namensauflösung von %1: Host unbekannt</translation>
    </message>
    <message>
        <source>Unable to connect to the server: tls: failed to verify certificate of %1: %2</source>
        <translation>Keine Verbindung zum Server: tls: Zertifikat von %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Unable to connect to the server: %1 closed the connection</source>
        <translation>Keine Verbindung zum Server: %1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: %2</source>
        <translation>Keine Verbindung zum Server %1: %2</translation>
    </message>
    <message>
        <source>resource mapping not found for name: &quot;%1&quot; namespace: &quot;%2&quot;: no matches for kind &quot;%3&quot; in version &quot;%4&quot;
ensure CRDs are installed first</source>
        <translation>keine Ressourcenzuordnung für name: &quot;%1&quot; namespace: &quot;%2&quot;: kein Treffer für kind &quot;%3&quot; in Version &quot;%4&quot;
stellen Sie sicher, dass die CRDs zuerst installiert sind</translation>
    </message>
    <message>
        <source>error parsing document %1: yaml: line %2: %3</source>
        <translation>Fehler beim Lesen von Dokument %1: yaml: Zeile %2: %3</translation>
    </message>
    <message>
        <source>error validating document %1: %2 not set</source>
        <translation>Fehler bei der Prüfung von Dokument %1: %2 nicht gesetzt</translation>
    </message>
    <message>
        <source>document %1 (%2) has no metadata.name; server-side apply needs one</source>
        <translation>Dokument %1 (%2) hat kein metadata.name; Server-Side Apply braucht eines</translation>
    </message>
    <message>
        <source>domain name %1 too long (max 255)</source>
        <translation>Domainname %1 zu lang (höchstens 255)</translation>
    </message>
    <message>
        <source>empty domain name not allowed</source>
        <translation>leerer Domainname nicht erlaubt</translation>
    </message>
    <message>
        <source>domain name %1 invalid (top level domain %2 cannot be all-numeric)</source>
        <translation>Domainname %1 ungültig (Top-Level-Domain %2 darf nicht nur aus Ziffern bestehen)</translation>
    </message>
    <message>
        <source>domain name %1 invalid (label %2 invalid)</source>
        <translation>Domainname %1 ungültig (Label %2 ungültig)</translation>
    </message>
    <message>
        <source>partial wildcard %1 not allowed</source>
        <translation>teilweise Wildcard %1 nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 is not a valid CIDR block</source>
        <translation>%1 ist kein gültiger CIDR-Block</translation>
    </message>
    <message>
        <source>%1 is not a valid IP</source>
        <translation>%1 ist keine gültige IP</translation>
    </message>
    <message>
        <source>port number %1 must be in the range 1..65535</source>
        <translation>Portnummer %1 muss im Bereich 1..65535 liegen</translation>
    </message>
    <message>
        <source>invalid port name: %1</source>
        <translation>ungültiger Portname: %1</translation>
    </message>
    <message>
        <source>unsupported protocol: %1</source>
        <translation>nicht unterstütztes Protokoll: %1</translation>
    </message>
    <message>
        <source>invalid tag key: %1</source>
        <translation>ungültiger Label-Schlüssel: %1</translation>
    </message>
    <message>
        <source>invalid tag key: %1 (DNS prefix is too long)</source>
        <translation>ungültiger Label-Schlüssel: %1 (DNS-Präfix zu lang)</translation>
    </message>
    <message>
        <source>invalid tag key: %1 (name is too long)</source>
        <translation>ungültiger Label-Schlüssel: %1 (Name zu lang)</translation>
    </message>
    <message>
        <source>invalid tag value: %1</source>
        <translation>ungültiger Label-Wert: %1</translation>
    </message>
    <message>
        <source>unix address must not be empty</source>
        <translation>unix-Adresse darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is not an absolute path to a file</source>
        <translation>%1 ist kein absoluter Pfad zu einer Datei</translation>
    </message>
    <message>
        <source>a qualified name must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;) with an optional DNS subdomain prefix and &apos;/&apos; (e.g. &apos;example.com/MyName&apos;)</source>
        <translation>ein qualifizierter Name darf nur aus alphanumerischen Zeichen, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; bestehen und muss mit einem alphanumerischen Zeichen beginnen und enden (z. B. &apos;MyName&apos;, &apos;my.name&apos; oder &apos;123-abc&apos;; zur Prüfung verwendeter regulärer Ausdruck: &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;), mit optionalem DNS-Subdomain-Präfix und &apos;/&apos; (z. B. &apos;example.com/MyName&apos;)</translation>
    </message>
    <message>
        <source>prefix part must be non-empty</source>
        <translation>der Präfix-Teil darf nicht leer sein</translation>
    </message>
    <message>
        <source>prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</source>
        <translation>Präfix-Teil: eine RFC-1123-Subdomain in Kleinbuchstaben darf nur aus kleinen alphanumerischen Zeichen, &apos;-&apos; oder &apos;.&apos; bestehen und muss mit einem alphanumerischen Zeichen beginnen und enden (z. B. &apos;example.com&apos;; zur Prüfung verwendeter regulärer Ausdruck: &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</translation>
    </message>
    <message>
        <source>name part must be non-empty</source>
        <translation>der Namensteil darf nicht leer sein</translation>
    </message>
    <message>
        <source>name part must be no more than 63 characters</source>
        <translation>der Namensteil darf höchstens 63 Zeichen lang sein</translation>
    </message>
    <message>
        <source>name part must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</source>
        <translation>der Namensteil darf nur aus alphanumerischen Zeichen, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; bestehen und muss mit einem alphanumerischen Zeichen beginnen und enden (z. B. &apos;MyName&apos;, &apos;my.name&apos; oder &apos;123-abc&apos;; zur Prüfung verwendeter regulärer Ausdruck: &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</translation>
    </message>
    <message>
        <source>must be no more than 63 characters</source>
        <translation>darf höchstens 63 Zeichen lang sein</translation>
    </message>
    <message>
        <source>a valid label must be an empty string or consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyValue&apos;,  or &apos;my_value&apos;,  or &apos;12345&apos;, regex used for validation is &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</source>
        <translation>ein gültiger Label-Wert ist leer oder besteht nur aus alphanumerischen Zeichen, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; und beginnt und endet mit einem alphanumerischen Zeichen (z. B. &apos;MyValue&apos;, &apos;my_value&apos; oder &apos;12345&apos;; zur Prüfung verwendeter regulärer Ausdruck: &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</translation>
    </message>
    <message>
        <source>Sidecar %1 applies to sidecars in %2: it is the namespace&apos;s oldest Sidecar without a workloadSelector.</source>
        <translation>Sidecar %1 gilt für die Sidecars in %2: es ist der älteste Sidecar des Namespace ohne workloadSelector.</translation>
    </message>
    <message>
        <source>%1 has no Sidecar of its own, so Sidecar %2 of the root namespace applies, read as if it were in %1 (./ means %1).</source>
        <translation>%1 hat keinen eigenen Sidecar, also gilt Sidecar %2 des Root-Namespace, gelesen, als läge er in %1 (./ bedeutet %1).</translation>
    </message>
    <message>
        <source>No Sidecar applies to %1: its sidecars import every service exported to %1 (*/*).</source>
        <translation>Für %1 gilt kein Sidecar: seine Sidecars importieren jeden an %1 exportierten Service (*/*).</translation>
    </message>
    <message>
        <source>The request goes to %1:%2 over %3.</source>
        <translation>Die Anfrage geht an %1:%2 über %3.</translation>
    </message>
    <message>
        <source>%1 has the address %2 in ServiceEntry %3; the request goes to %4:%5 over %6.</source>
        <translation>%1 hat die Adresse %2 im ServiceEntry %3; die Anfrage geht an %4:%5 über %6.</translation>
    </message>
    <message>
        <source>DNS capture answers %1 with the address istiod auto-allocated to it; the request goes there, port %2, over %3.</source>
        <translation>Die DNS-Erfassung beantwortet %1 mit der Adresse, die istiod automatisch vergeben hat; die Anfrage geht dorthin, Port %2, über %3.</translation>
    </message>
    <message>
        <source>DNS capture answers %1 with its auto-allocated address %2 (%3); the request goes to %2:%4 over %5.</source>
        <translation>Die DNS-Erfassung beantwortet %1 mit der automatisch vergebenen Adresse %2 (%3); die Anfrage geht an %2:%4 über %5.</translation>
    </message>
    <message>
        <source>Sidecar %1 imports it with egress host %2.</source>
        <translation>Sidecar %1 importiert ihn mit dem egress-Host %2.</translation>
    </message>
    <message>
        <source>Sidecar %1 excludes it with egress host %2.</source>
        <translation>Sidecar %1 schließt ihn mit dem egress-Host %2 aus.</translation>
    </message>
    <message>
        <source>Sidecar %1 does not import it: no egress host of egress[%2] covers %3/%4.</source>
        <translation>Sidecar %1 importiert ihn nicht: kein egress-Host von egress[%2] deckt %3/%4 ab.</translation>
    </message>
    <message>
        <source>Sidecar %1 egress[%2] listens on port %3, which %4 does not have.</source>
        <translation>Sidecar %1 egress[%2] lauscht auf Port %3, den %4 nicht hat.</translation>
    </message>
    <message>
        <source>%1 also comes from ServiceEntry %2 in %3, and that one wins for sidecars in %4: %5.</source>
        <translation>%1 kommt auch aus ServiceEntry %2 in %3, und dieser gewinnt für Sidecars in %4: %5.</translation>
    </message>
    <message>
        <source>ServiceEntry %1 in the same namespace defines %2 first; the ports of %3 are not merged into it (%4).</source>
        <translation>ServiceEntry %1 im selben Namespace definiert %2 zuerst; die Ports von %3 werden nicht mit ihm zusammengeführt (%4).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 in the same namespace defines %2 first; the ports of %3 are merged into it.</source>
        <translation>ServiceEntry %1 im selben Namespace definiert %2 zuerst; die Ports von %3 werden mit ihm zusammengeführt.</translation>
    </message>
    <message>
        <source>Port %1 is egress[%2] of Sidecar %3 (%4): only the services it imports listen on it.</source>
        <translation>Port %1 ist egress[%2] von Sidecar %3 (%4): nur die Services, die er importiert, lauschen darauf.</translation>
    </message>
    <message>
        <source>Listener %1 takes the connection: %2.</source>
        <translation>Listener %1 nimmt die Verbindung an: %2.</translation>
    </message>
    <message>
        <source>ALLOW_ANY_DYNAMIC_DNS: plaintext HTTP goes to the dynamic forward proxy, which resolves Host %1.</source>
        <translation>ALLOW_ANY_DYNAMIC_DNS: unverschlüsseltes HTTP geht an den Dynamic Forward Proxy, der den Host %1 auflöst.</translation>
    </message>
    <message>
        <source>%1 to %2 matches %3 filter chains of %4 equally: Envoy rejects the connection.</source>
        <translation>%1 an %2 passt gleich gut auf %3 Filter-Chains von %4: Envoy lehnt die Verbindung ab.</translation>
    </message>
    <message>
        <source>%1 to %2 matches none of the filter chains of %3 (%4): the default chain PassthroughFilterChain takes it.</source>
        <translation>%1 an %2 passt auf keine Filter-Chain von %3 (%4): die Default-Chain PassthroughFilterChain übernimmt.</translation>
    </message>
    <message>
        <source>Route %1 has no virtual host (its host&apos;s domains went to another service): Envoy answers 404.</source>
        <translation>Route %1 hat keinen virtuellen Host (die Domains ihres Hosts gingen an einen anderen Service): Envoy antwortet mit 404.</translation>
    </message>
    <message>
        <source>istiod builds no cluster %1: %2. The connection fails.</source>
        <translation>istiod erzeugt keinen Cluster %1: %2. Die Verbindung scheitert.</translation>
    </message>
    <message>
        <source>The document is not well-formed YAML (libyaml&apos;s message), nests deeper than 500 levels, or holds a second document without its own `---`.</source>
        <translation>Das Dokument ist kein wohlgeformtes YAML (Meldung von libyaml), ist tiefer als 500 Ebenen verschachtelt oder enthält ein zweites Dokument ohne eigenes `---`.</translation>
    </message>
    <message>
        <source>Fix the text at the position shown; the rest of the file is still checked.</source>
        <translation>Korrigieren Sie den Text an der angezeigten Stelle; der Rest der Datei wird weiter geprüft.</translation>
    </message>
    <message>
        <source>Istio decodes `spec` with protobuf JSON: a value is not of the field&apos;s type (a non-numeric string or a negative or too large number for a uint32, a number for a string, a scalar for a list or object). The webhook and istioctl answer `error decoding configuration: …` and run no other check.</source>
        <translation>Istio dekodiert `spec` mit protobuf-JSON: ein Wert hat nicht den Typ des Felds (eine nicht numerische Zeichenkette oder eine negative oder zu große Zahl für ein uint32, eine Zahl für eine Zeichenkette, ein Skalar für eine Liste oder ein Objekt). Webhook und istioctl antworten `error decoding configuration: …` und führen keine weitere Prüfung aus.</translation>
    </message>
    <message>
        <source>Write the value with the type the field table gives (quote strings, unquote numbers).</source>
        <translation>Schreiben Sie den Wert mit dem Typ aus der Feldtabelle (Zeichenketten in Anführungszeichen, Zahlen ohne).</translation>
    </message>
    <message>
        <source>`resolution` or `location` names no value of the enum; names are case-sensitive, so `dns` fails. (A number such as `resolution: 2` decodes, but see CRD-SE-RESOLUTION-ENUM.)</source>
        <translation>`resolution` oder `location` nennt keinen Wert des Enums; die Namen unterscheiden Groß- und Kleinschreibung, `dns` scheitert also. (Eine Zahl wie `resolution: 2` wird dekodiert, siehe aber CRD-SE-RESOLUTION-ENUM.)</translation>
    </message>
    <message>
        <source>Use one of the upper-case names listed in the message.</source>
        <translation>Verwenden Sie einen der in der Meldung genannten Namen in Großbuchstaben.</translation>
    </message>
    <message>
        <source>A `spec` key that the protobuf message does not have. `istioctl validate` decodes strictly and rejects it (`cannot parse proto message`); the webhook drops it silently, so the setting has no effect.</source>
        <translation>Ein Schlüssel in `spec`, den die protobuf-Nachricht nicht hat. `istioctl validate` dekodiert strikt und lehnt ihn ab (`cannot parse proto message`); der Webhook verwirft ihn stillschweigend, die Einstellung bleibt also wirkungslos.</translation>
    </message>
    <message>
        <source>Check the spelling and the nesting against the field table; remove fields Istio does not know.</source>
        <translation>Prüfen Sie Schreibweise und Verschachtelung anhand der Feldtabelle; entfernen Sie Felder, die Istio nicht kennt.</translation>
    </message>
    <message>
        <source>The apiVersion is networking.istio.io/&lt;version&gt; with a version the CRD does not serve (v1, v1beta1 and v1alpha3 are served).</source>
        <translation>Die apiVersion ist networking.istio.io/&lt;version&gt; mit einer Version, die die CRD nicht bereitstellt (bereitgestellt werden v1, v1beta1 und v1alpha3).</translation>
    </message>
    <message>
        <source>Use networking.istio.io/v1.</source>
        <translation>Verwenden Sie networking.istio.io/v1.</translation>
    </message>
    <message>
        <source>The document has no `spec` (or `spec: null`).</source>
        <translation>Das Dokument hat kein `spec` (oder `spec: null`).</translation>
    </message>
    <message>
        <source>Add a spec.</source>
        <translation>Fügen Sie ein spec hinzu.</translation>
    </message>
    <message>
        <source>A value does not have the JSON type of the CRD schema (integer fields must be JSON integers, so a quoted &quot;80&quot; fails; enums must be strings, so `resolution: 2` fails), or a field is not in the schema: kubectl&apos;s default strict field validation rejects it (without it the apiserver prunes the field silently).</source>
        <translation>Ein Wert hat nicht den JSON-Typ des CRD-Schemas (Ganzzahlfelder müssen JSON-Ganzzahlen sein, ein &quot;80&quot; in Anführungszeichen scheitert also; Enums müssen Zeichenketten sein, `resolution: 2` scheitert also), oder ein Feld steht nicht im Schema: die standardmäßige strikte Feldprüfung von kubectl lehnt es ab (ohne sie entfernt der API-Server das Feld stillschweigend).</translation>
    </message>
    <message>
        <source>Write the value with the schema&apos;s type; remove or correct unknown fields.</source>
        <translation>Schreiben Sie den Wert mit dem Typ des Schemas; entfernen oder korrigieren Sie unbekannte Felder.</translation>
    </message>
    <message>
        <source>A ServiceEntry spec without `hosts`.</source>
        <translation>Ein ServiceEntry-spec ohne `hosts`.</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>Fügen Sie mindestens einen Host hinzu.</translation>
    </message>
    <message>
        <source>`hosts` is empty or has more than 256 items.</source>
        <translation>`hosts` ist leer oder hat mehr als 256 Einträge.</translation>
    </message>
    <message>
        <source>Give between 1 and 256 hosts; split larger sets over several ServiceEntries.</source>
        <translation>Geben Sie 1 bis 256 Hosts an; verteilen Sie größere Mengen auf mehrere ServiceEntries.</translation>
    </message>
    <message>
        <source>A host is exactly `*` (CEL rule on each host).</source>
        <translation>Ein Host ist genau `*` (CEL-Regel für jeden Host).</translation>
    </message>
    <message>
        <source>Name the hosts, or use a wildcard domain such as `*.example.com`.</source>
        <translation>Nennen Sie die Hosts, oder verwenden Sie eine Wildcard-Domain wie `*.example.com`.</translation>
    </message>
    <message>
        <source>More than 256 addresses, or an address longer than 64 characters.</source>
        <translation>Mehr als 256 Adressen oder eine Adresse mit mehr als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Keep to 256 addresses of at most 64 characters.</source>
        <translation>Bleiben Sie bei höchstens 256 Adressen mit höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>`ports` is a list-map keyed by `name`: an item without `name` or `number`, a name used twice (`Duplicate value`), or more than 256 ports.</source>
        <translation>`ports` ist eine nach `name` geschlüsselte List-Map: ein Eintrag ohne `name` oder `number`, ein doppelt verwendeter Name (`Duplicate value`) oder mehr als 256 Ports.</translation>
    </message>
    <message>
        <source>Give every port a unique name and a number.</source>
        <translation>Geben Sie jedem Port einen eindeutigen Namen und eine Nummer.</translation>
    </message>
    <message>
        <source>Two ports have the same number (CEL rule on the list).</source>
        <translation>Zwei Ports haben dieselbe Nummer (CEL-Regel für die Liste).</translation>
    </message>
    <message>
        <source>Use each port number once.</source>
        <translation>Verwenden Sie jede Portnummer nur einmal.</translation>
    </message>
    <message>
        <source>A port `number` outside 1..65535 (CEL), or outside 0..4294967295 (schema).</source>
        <translation>Eine Port-`number` außerhalb von 1..65535 (CEL) oder außerhalb von 0..4294967295 (Schema).</translation>
    </message>
    <message>
        <source>Use a port number between 1 and 65535.</source>
        <translation>Verwenden Sie eine Portnummer zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>A `targetPort` that is present and outside 1..65535. An explicit `targetPort: 0` is rejected here although the webhook treats 0 as unset.</source>
        <translation>Ein vorhandener `targetPort` außerhalb von 1..65535. Ein ausdrückliches `targetPort: 0` wird hier abgelehnt, obwohl der Webhook 0 als nicht gesetzt behandelt.</translation>
    </message>
    <message>
        <source>Remove targetPort or give a port between 1 and 65535.</source>
        <translation>Entfernen Sie targetPort oder geben Sie einen Port zwischen 1 und 65535 an.</translation>
    </message>
    <message>
        <source>A port `name` or `protocol` longer than 256 characters.</source>
        <translation>Ein Port-`name` oder -`protocol` mit mehr als 256 Zeichen.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Kürzen Sie den Wert.</translation>
    </message>
    <message>
        <source>`location` is not MESH_EXTERNAL or MESH_INTERNAL (case-sensitive).</source>
        <translation>`location` ist weder MESH_EXTERNAL noch MESH_INTERNAL (Groß-/Kleinschreibung zählt).</translation>
    </message>
    <message>
        <source>Use MESH_EXTERNAL or MESH_INTERNAL.</source>
        <translation>Verwenden Sie MESH_EXTERNAL oder MESH_INTERNAL.</translation>
    </message>
    <message>
        <source>`resolution` is not one of NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS (case-sensitive).</source>
        <translation>`resolution` ist keiner von NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS (Groß-/Kleinschreibung zählt).</translation>
    </message>
    <message>
        <source>Use one of the listed names.</source>
        <translation>Verwenden Sie einen der genannten Namen.</translation>
    </message>
    <message>
        <source>More than 4096 endpoints.</source>
        <translation>Mehr als 4096 Endpoints.</translation>
    </message>
    <message>
        <source>Split the endpoints, or use a workloadSelector.</source>
        <translation>Teilen Sie die Endpoints auf, oder verwenden Sie einen workloadSelector.</translation>
    </message>
    <message>
        <source>More than 256 selector labels, a selector value longer than 63 characters, or a value containing `*`.</source>
        <translation>Mehr als 256 Selector-Labels, ein Selector-Wert mit mehr als 63 Zeichen oder ein Wert mit `*`.</translation>
    </message>
    <message>
        <source>Use exact label values of at most 63 characters.</source>
        <translation>Verwenden Sie exakte Label-Werte mit höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Both `workloadSelector` and `endpoints` are present; `endpoints: []` counts as present here although the webhook ignores it.</source>
        <translation>Sowohl `workloadSelector` als auch `endpoints` sind vorhanden; `endpoints: []` zählt hier als vorhanden, obwohl der Webhook es ignoriert.</translation>
    </message>
    <message>
        <source>Keep one of them; delete the other key entirely.</source>
        <translation>Behalten Sie eines davon; löschen Sie den anderen Schlüssel vollständig.</translation>
    </message>
    <message>
        <source>An address contains `/` and the resolution is neither NONE (the default) nor STATIC.</source>
        <translation>Eine Adresse enthält `/` und die resolution ist weder NONE (der Standard) noch STATIC.</translation>
    </message>
    <message>
        <source>Use plain IP addresses, or resolution NONE or STATIC.</source>
        <translation>Verwenden Sie einfache IP-Adressen oder resolution NONE oder STATIC.</translation>
    </message>
    <message>
        <source>Resolution NONE (or absent) and an `endpoints` key, even `endpoints: []`.</source>
        <translation>resolution NONE (oder nicht angegeben) und ein Schlüssel `endpoints`, selbst `endpoints: []`.</translation>
    </message>
    <message>
        <source>Remove the endpoints key, or choose STATIC or DNS resolution.</source>
        <translation>Entfernen Sie den Schlüssel endpoints, oder wählen Sie resolution STATIC oder DNS.</translation>
    </message>
    <message>
        <source>Resolution DNS_ROUND_ROBIN with more than one endpoint.</source>
        <translation>resolution DNS_ROUND_ROBIN mit mehr als einem Endpoint.</translation>
    </message>
    <message>
        <source>Keep one endpoint, or use resolution DNS.</source>
        <translation>Behalten Sie einen Endpoint, oder verwenden Sie resolution DNS.</translation>
    </message>
    <message>
        <source>A WorkloadEntry or endpoint `address` longer than 256 characters.</source>
        <translation>Eine `address` eines WorkloadEntry oder Endpoints mit mehr als 256 Zeichen.</translation>
    </message>
    <message>
        <source>An address `unix://x` where the path does not start with `/` or `@` (for a bare `unix://` the CEL rule fails to evaluate, which also rejects the object).</source>
        <translation>Eine Adresse `unix://x`, deren Pfad nicht mit `/` oder `@` beginnt (bei einem bloßen `unix://` lässt sich die CEL-Regel nicht auswerten, was das Objekt ebenfalls ablehnt).</translation>
    </message>
    <message>
        <source>Write unix:///absolute/path or unix://@abstract-name.</source>
        <translation>Schreiben Sie unix:///absoluter/pfad oder unix://@abstrakter-name.</translation>
    </message>
    <message>
        <source>A `unix://` address ending with `/`.</source>
        <translation>Eine `unix://`-Adresse, die auf `/` endet.</translation>
    </message>
    <message>
        <source>Name the socket file, not its directory.</source>
        <translation>Nennen Sie die Socket-Datei, nicht ihr Verzeichnis.</translation>
    </message>
    <message>
        <source>Neither `address` nor `network` is present. Presence is what counts: `address: &quot;&quot;` passes here but not in the webhook.</source>
        <translation>Weder `address` noch `network` ist vorhanden. Es zählt das Vorhandensein: `address: &quot;&quot;` besteht hier, im Webhook aber nicht.</translation>
    </message>
    <message>
        <source>Give the workload&apos;s address, or its network.</source>
        <translation>Geben Sie die Adresse des Workloads oder sein Netzwerk an.</translation>
    </message>
    <message>
        <source>A `unix://` address together with a `ports` key.</source>
        <translation>Eine `unix://`-Adresse zusammen mit einem Schlüssel `ports`.</translation>
    </message>
    <message>
        <source>Remove ports.</source>
        <translation>Entfernen Sie ports.</translation>
    </message>
    <message>
        <source>More than 128 ports, a port value outside 1..65535, or a port name longer than 62 characters or not a DNS-1123 label (CEL rules on the map).</source>
        <translation>Mehr als 128 Ports, ein Portwert außerhalb von 1..65535 oder ein Portname mit mehr als 62 Zeichen oder ohne DNS-1123-Label-Syntax (CEL-Regeln für die Map).</translation>
    </message>
    <message>
        <source>Use service port names as keys and port numbers 1-65535 as values.</source>
        <translation>Verwenden Sie Service-Portnamen als Schlüssel und Portnummern 1-65535 als Werte.</translation>
    </message>
    <message>
        <source>More than 256 labels on a WorkloadEntry or endpoint.</source>
        <translation>Mehr als 256 Labels an einem WorkloadEntry oder Endpoint.</translation>
    </message>
    <message>
        <source>Remove labels.</source>
        <translation>Entfernen Sie Labels.</translation>
    </message>
    <message>
        <source>`network` or `locality` longer than 2048 characters, or `serviceAccount` longer than 253.</source>
        <translation>`network` oder `locality` mit mehr als 2048 Zeichen oder `serviceAccount` mit mehr als 253.</translation>
    </message>
    <message>
        <source>Shorten the value.</source>
        <translation>Kürzen Sie den Wert.</translation>
    </message>
    <message>
        <source>A `weight` outside 0..4294967295.</source>
        <translation>Ein `weight` außerhalb von 0..4294967295.</translation>
    </message>
    <message>
        <source>Use a non-negative weight below 2^32.</source>
        <translation>Verwenden Sie ein nicht negatives weight unter 2^32.</translation>
    </message>
    <message>
        <source>`metadata.name` is missing, or is not a lowercase DNS-1123 subdomain of at most 253 characters (Kubernetes&apos; rule; Istio checks nothing more).</source>
        <translation>`metadata.name` fehlt oder ist keine DNS-1123-Subdomain in Kleinbuchstaben mit höchstens 253 Zeichen (Regel von Kubernetes; Istio prüft nichts weiter).</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern, `-` und `.`, mit einem Buchstaben oder einer Ziffer am Anfang und Ende.</translation>
    </message>
    <message>
        <source>`metadata.namespace` is not a lowercase DNS-1123 label of at most 63 characters.</source>
        <translation>`metadata.namespace` ist kein DNS-1123-Label in Kleinbuchstaben mit höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and `-`.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und `-`.</translation>
    </message>
    <message>
        <source>A `metadata.labels` key is not a qualified name (optional DNS prefix and `/`, a name of at most 63 characters), or a value is longer than 63 characters or has other characters than letters, digits, `-`, `_` and `.`.</source>
        <translation>Ein Schlüssel in `metadata.labels` ist kein qualifizierter Name (optionales DNS-Präfix und `/`, ein Name mit höchstens 63 Zeichen), oder ein Wert hat mehr als 63 Zeichen oder andere Zeichen als Buchstaben, Ziffern, `-`, `_` und `.`.</translation>
    </message>
    <message>
        <source>Follow Kubernetes&apos; label syntax.</source>
        <translation>Halten Sie sich an die Label-Syntax von Kubernetes.</translation>
    </message>
    <message>
        <source>A `metadata.annotations` key is not a qualified name.</source>
        <translation>Ein Schlüssel in `metadata.annotations` ist kein qualifizierter Name.</translation>
    </message>
    <message>
        <source>Use keys such as `example.com/name`.</source>
        <translation>Verwenden Sie Schlüssel wie `example.com/name`.</translation>
    </message>
    <message>
        <source>Annotation `istio.io/dry-run` is present (only AuthorizationPolicy may carry it). This is reported alone: the webhook returns it before any other check.</source>
        <translation>Die Annotation `istio.io/dry-run` ist vorhanden (nur eine AuthorizationPolicy darf sie tragen). Sie wird allein gemeldet: der Webhook gibt sie vor jeder anderen Prüfung zurück.</translation>
    </message>
    <message>
        <source>Remove the annotation.</source>
        <translation>Entfernen Sie die Annotation.</translation>
    </message>
    <message>
        <source>Annotation `internal.istio.io/webhook-always-reject` is present (reported alone).</source>
        <translation>Die Annotation `internal.istio.io/webhook-always-reject` ist vorhanden (wird allein gemeldet).</translation>
    </message>
    <message>
        <source>Annotation `internal.istio.io/parent-namespace` or `internal.istio.io/parents` is present; only Istio may set them (reported alone).</source>
        <translation>Die Annotation `internal.istio.io/parent-namespace` oder `internal.istio.io/parents` ist vorhanden; nur Istio darf sie setzen (wird allein gemeldet).</translation>
    </message>
    <message>
        <source>After every other webhook check passed, a top-level key other than apiVersion, kind, metadata, spec and status.</source>
        <translation>Nachdem alle anderen Webhook-Prüfungen bestanden sind: ein Schlüssel auf oberster Ebene außer apiVersion, kind, metadata, spec und status.</translation>
    </message>
    <message>
        <source>Move the key into metadata or spec, or remove it.</source>
        <translation>Verschieben Sie den Schlüssel nach metadata oder spec, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>A workloadSelector label has an empty key, or `*` in its key or value. When this fires the webhook returns only these errors: no other error and no warning.</source>
        <translation>Ein Label des workloadSelector hat einen leeren Schlüssel oder `*` in Schlüssel oder Wert. Dann gibt der Webhook nur diese Fehler zurück: keinen anderen Fehler und keine Warnung.</translation>
    </message>
    <message>
        <source>Use exact, non-empty label keys and values.</source>
        <translation>Verwenden Sie exakte, nicht leere Label-Schlüssel und -Werte.</translation>
    </message>
    <message>
        <source>`workloadSelector` is present (even `{}`) with no labels: it selects every workload in the namespace.</source>
        <translation>`workloadSelector` ist vorhanden (selbst `{}`), aber ohne Labels: er wählt jeden Workload im Namespace.</translation>
    </message>
    <message>
        <source>Add the labels that identify the service&apos;s workloads.</source>
        <translation>Fügen Sie die Labels hinzu, die die Workloads des Services kennzeichnen.</translation>
    </message>
    <message>
        <source>`workloadSelector` is present and `endpoints` is not empty.</source>
        <translation>`workloadSelector` ist vorhanden und `endpoints` ist nicht leer.</translation>
    </message>
    <message>
        <source>Use either a workloadSelector or endpoints.</source>
        <translation>Verwenden Sie entweder einen workloadSelector oder endpoints.</translation>
    </message>
    <message>
        <source>`workloadSelector` is present and the resolution is NONE (also when absent); Istio ignores the selector.</source>
        <translation>`workloadSelector` ist vorhanden und die resolution ist NONE (auch wenn nicht angegeben); Istio ignoriert den Selector.</translation>
    </message>
    <message>
        <source>Set resolution STATIC (or DNS), or remove the selector.</source>
        <translation>Setzen Sie resolution STATIC (oder DNS), oder entfernen Sie den Selector.</translation>
    </message>
    <message>
        <source>The ServiceEntry has no hosts.</source>
        <translation>Der ServiceEntry hat keine Hosts.</translation>
    </message>
    <message>
        <source>A host is exactly `*`.</source>
        <translation>Ein Host ist genau `*`.</translation>
    </message>
    <message>
        <source>A host (other than `*`) is not a domain whose first label may be a wildcard (`*`, `*foo`, `*-foo`) and whose other labels are DNS-1123 labels; the last label may not be all-numeric (`1.1.1.1` fails, `1.1.1.1.` passes); at most 255 characters.</source>
        <translation>Ein Host (außer `*`) ist keine Domain, deren erstes Label eine Wildcard sein darf (`*`, `*foo`, `*-foo`) und deren übrige Labels DNS-1123-Labels sind; das letzte Label darf nicht nur aus Ziffern bestehen (`1.1.1.1` scheitert, `1.1.1.1.` besteht); höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>Use a DNS name such as `api.example.com` or `*.example.com`.</source>
        <translation>Verwenden Sie einen DNS-Namen wie `api.example.com` oder `*.example.com`.</translation>
    </message>
    <message>
        <source>A host contains `*` but is not `*` and does not start with `*.` (such as `*foo.com`); not reported for DYNAMIC_DNS.</source>
        <translation>Ein Host enthält `*`, ist aber nicht `*` und beginnt nicht mit `*.` (etwa `*foo.com`); bei DYNAMIC_DNS nicht gemeldet.</translation>
    </message>
    <message>
        <source>Use `*.foo.com`, or list the hosts.</source>
        <translation>Verwenden Sie `*.foo.com`, oder führen Sie die Hosts einzeln auf.</translation>
    </message>
    <message>
        <source>Resolution DNS or DNS_ROUND_ROBIN without endpoints: the first host that is not a fully qualified name. Wildcard hosts always fail here, whatever the message says; a workloadSelector does not help.</source>
        <translation>resolution DNS oder DNS_ROUND_ROBIN ohne endpoints: der erste Host, der kein vollqualifizierter Name ist. Wildcard-Hosts scheitern hier immer, was auch immer die Meldung sagt; ein workloadSelector hilft nicht.</translation>
    </message>
    <message>
        <source>List fully qualified hosts, add endpoints, or use resolution NONE or DYNAMIC_DNS for wildcard hosts.</source>
        <translation>Führen Sie vollqualifizierte Hosts auf, fügen Sie endpoints hinzu, oder verwenden Sie für Wildcard-Hosts resolution NONE oder DYNAMIC_DNS.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and no hosts.</source>
        <translation>resolution DYNAMIC_DNS und keine Hosts.</translation>
    </message>
    <message>
        <source>Add a wildcard host such as `*.example.com`.</source>
        <translation>Fügen Sie einen Wildcard-Host wie `*.example.com` hinzu.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and a host not starting with `*` (once per host).</source>
        <translation>resolution DYNAMIC_DNS und ein Host, der nicht mit `*` beginnt (einmal je Host).</translation>
    </message>
    <message>
        <source>Use wildcard hosts, or another resolution for exact hosts.</source>
        <translation>Verwenden Sie Wildcard-Hosts, oder für exakte Hosts eine andere resolution.</translation>
    </message>
    <message>
        <source>Resolution other than NONE, more than one host, and a port that is neither HTTP-based (HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-Web) nor TLS (HTTPS, TLS); an unset protocol counts as neither.</source>
        <translation>resolution außer NONE, mehr als ein Host und ein Port, der weder HTTP-basiert (HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-Web) noch TLS (HTTPS, TLS) ist; ein nicht gesetztes Protokoll zählt als keines von beiden.</translation>
    </message>
    <message>
        <source>Set the port protocols, or split the hosts into one ServiceEntry each.</source>
        <translation>Setzen Sie die Portprotokolle, oder teilen Sie die Hosts auf je einen ServiceEntry auf.</translation>
    </message>
    <message>
        <source>An address is not an IP address (Go netip rules: no leading zeros, zones allowed) or, with one `/`, not a CIDR block.</source>
        <translation>Eine Adresse ist keine IP-Adresse (Regeln von Go netip: keine führenden Nullen, Zonen erlaubt) oder, mit einem `/`, kein CIDR-Block.</translation>
    </message>
    <message>
        <source>Write an IP address or a CIDR block such as 10.0.0.0/24.</source>
        <translation>Schreiben Sie eine IP-Adresse oder einen CIDR-Block wie 10.0.0.0/24.</translation>
    </message>
    <message>
        <source>An address contains `/` (even `/32`) and the resolution is neither NONE nor STATIC.</source>
        <translation>Eine Adresse enthält `/` (selbst `/32`) und die resolution ist weder NONE noch STATIC.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and `addresses` set.</source>
        <translation>resolution DYNAMIC_DNS und `addresses` gesetzt.</translation>
    </message>
    <message>
        <source>Remove the addresses.</source>
        <translation>Entfernen Sie die Adressen.</translation>
    </message>
    <message>
        <source>Resolution DNS or DNS_ROUND_ROBIN, addresses set, more than one host, and a TCP-like port (TCP, HTTPS, TLS, Mongo, Redis, MySQL).</source>
        <translation>resolution DNS oder DNS_ROUND_ROBIN, Adressen gesetzt, mehr als ein Host und ein TCP-artiger Port (TCP, HTTPS, TLS, Mongo, Redis, MySQL).</translation>
    </message>
    <message>
        <source>Use one host per ServiceEntry when it has addresses and TCP ports.</source>
        <translation>Verwenden Sie einen Host je ServiceEntry, wenn er Adressen und TCP-Ports hat.</translation>
    </message>
    <message>
        <source>A port name (even an empty one) is used by an earlier port.</source>
        <translation>Ein Portname (auch ein leerer) wird schon von einem früheren Port verwendet.</translation>
    </message>
    <message>
        <source>Give each port its own name.</source>
        <translation>Geben Sie jedem Port einen eigenen Namen.</translation>
    </message>
    <message>
        <source>A port number is used by an earlier port.</source>
        <translation>Eine Portnummer wird schon von einem früheren Port verwendet.</translation>
    </message>
    <message>
        <source>Use each number once.</source>
        <translation>Verwenden Sie jede Nummer nur einmal.</translation>
    </message>
    <message>
        <source>A non-zero `targetPort` outside 1..65535 (0 means unset).</source>
        <translation>Ein `targetPort` ungleich null außerhalb von 1..65535 (0 bedeutet nicht gesetzt).</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535.</source>
        <translation>Verwenden Sie einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>No addresses, IP auto-allocation does not apply (resolution NONE, or label `networking.istio.io/enable-autoallocate-ip: &quot;false&quot;`), and a port whose protocol is exactly `TCP` or unset (case-sensitive: `tcp` does not warn). One warning per port.</source>
        <translation>Keine Adressen, die automatische IP-Vergabe greift nicht (resolution NONE oder Label `networking.istio.io/enable-autoallocate-ip: &quot;false&quot;`), und ein Port mit dem Protokoll genau `TCP` oder ohne Protokoll (Groß-/Kleinschreibung zählt: `tcp` warnt nicht). Eine Warnung je Port.</translation>
    </message>
    <message>
        <source>Add an address, or let Istio allocate one (resolution other than NONE).</source>
        <translation>Fügen Sie eine Adresse hinzu, oder lassen Sie Istio eine vergeben (resolution außer NONE).</translation>
    </message>
    <message>
        <source>A port name is missing or not a DNS-1123 label (upper case is accepted).</source>
        <translation>Ein Portname fehlt oder ist kein DNS-1123-Label (Großbuchstaben werden akzeptiert).</translation>
    </message>
    <message>
        <source>Use letters, digits and `-`, at most 63 characters.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern und `-`, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>A port protocol that is not TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis or MySQL (case-insensitive); HBONE is not accepted.</source>
        <translation>Ein Portprotokoll, das nicht TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis oder MySQL ist (ohne Beachtung der Groß-/Kleinschreibung); HBONE wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Use a supported protocol, or leave it empty for protocol detection.</source>
        <translation>Verwenden Sie ein unterstütztes Protokoll, oder lassen Sie es für die Protokollerkennung leer.</translation>
    </message>
    <message>
        <source>A port number outside 1..65535 (a missing number is 0).</source>
        <translation>Eine Portnummer außerhalb von 1..65535 (eine fehlende Nummer ist 0).</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and a port whose protocol is not HTTP, TLS, GRPC or HTTP2 (HTTPS and an unset protocol fail).</source>
        <translation>resolution DYNAMIC_DNS und ein Port, dessen Protokoll nicht HTTP, TLS, GRPC oder HTTP2 ist (HTTPS und ein nicht gesetztes Protokoll scheitern).</translation>
    </message>
    <message>
        <source>Set the protocol to HTTP, TLS, GRPC or HTTP2.</source>
        <translation>Setzen Sie das Protokoll auf HTTP, TLS, GRPC oder HTTP2.</translation>
    </message>
    <message>
        <source>Resolution NONE (or absent) and at least one endpoint.</source>
        <translation>resolution NONE (oder nicht angegeben) und mindestens ein Endpoint.</translation>
    </message>
    <message>
        <source>Remove the endpoints, or choose STATIC or DNS resolution.</source>
        <translation>Entfernen Sie die Endpoints, oder wählen Sie resolution STATIC oder DNS.</translation>
    </message>
    <message>
        <source>Resolution DNS or DNS_ROUND_ROBIN and an endpoint address that is neither an IP address nor a fully qualified name; an empty address and `unix://` addresses fail too.</source>
        <translation>resolution DNS oder DNS_ROUND_ROBIN und eine Endpoint-Adresse, die weder IP-Adresse noch vollqualifizierter Name ist; auch eine leere Adresse und `unix://`-Adressen scheitern.</translation>
    </message>
    <message>
        <source>Give each endpoint an IP address or a DNS name.</source>
        <translation>Geben Sie jedem Endpoint eine IP-Adresse oder einen DNS-Namen.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and endpoints set.</source>
        <translation>resolution DYNAMIC_DNS und endpoints gesetzt.</translation>
    </message>
    <message>
        <source>Remove the endpoints.</source>
        <translation>Entfernen Sie die Endpoints.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and a location other than MESH_EXTERNAL or MESH_INTERNAL (reachable only with a numeric enum value).</source>
        <translation>resolution DYNAMIC_DNS und eine location außer MESH_EXTERNAL oder MESH_INTERNAL (nur mit einem numerischen Enum-Wert erreichbar).</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS, location MESH_INTERNAL and label `istio.io/use-waypoint` set to something other than `none`.</source>
        <translation>resolution DYNAMIC_DNS, location MESH_INTERNAL und das Label `istio.io/use-waypoint` mit einem anderen Wert als `none`.</translation>
    </message>
    <message>
        <source>Use MESH_EXTERNAL, or do not use a waypoint for this entry.</source>
        <translation>Verwenden Sie MESH_EXTERNAL, oder verzichten Sie für diesen Eintrag auf einen Waypoint.</translation>
    </message>
    <message>
        <source>A numeric resolution outside 0-4 (the webhook&apos;s decoder accepts numbers).</source>
        <translation>Eine numerische resolution außerhalb von 0-4 (der Decoder des Webhooks akzeptiert Zahlen).</translation>
    </message>
    <message>
        <source>Use a resolution name.</source>
        <translation>Verwenden Sie einen resolution-Namen.</translation>
    </message>
    <message>
        <source>An exportTo entry repeats an earlier one; `.` and the entry&apos;s own namespace count as the same.</source>
        <translation>Ein exportTo-Eintrag wiederholt einen früheren; `.` und der eigene Namespace des Eintrags zählen als gleich.</translation>
    </message>
    <message>
        <source>List each namespace once.</source>
        <translation>Führen Sie jeden Namespace nur einmal auf.</translation>
    </message>
    <message>
        <source>An exportTo entry that is not `.`, `*`, `~` or a DNS-1123 label.</source>
        <translation>Ein exportTo-Eintrag, der nicht `.`, `*`, `~` oder ein DNS-1123-Label ist.</translation>
    </message>
    <message>
        <source>Use `.`, `*`, `~` or a namespace name.</source>
        <translation>Verwenden Sie `.`, `*`, `~` oder einen Namespace-Namen.</translation>
    </message>
    <message>
        <source>exportTo contains `*` and more than one entry.</source>
        <translation>exportTo enthält `*` und mehr als einen Eintrag.</translation>
    </message>
    <message>
        <source>Use `*` alone.</source>
        <translation>Verwenden Sie `*` allein.</translation>
    </message>
    <message>
        <source>exportTo contains `~` and more than one entry.</source>
        <translation>exportTo enthält `~` und mehr als einen Eintrag.</translation>
    </message>
    <message>
        <source>Use `~` alone.</source>
        <translation>Verwenden Sie `~` allein.</translation>
    </message>
    <message>
        <source>Resolution STATIC and an endpoint with neither address nor network (its other checks are skipped).</source>
        <translation>resolution STATIC und ein Endpoint ohne address und ohne network (seine übrigen Prüfungen entfallen).</translation>
    </message>
    <message>
        <source>Give the endpoint&apos;s IP address.</source>
        <translation>Geben Sie die IP-Adresse des Endpoints an.</translation>
    </message>
    <message>
        <source>Resolution STATIC and an endpoint with a network but no address.</source>
        <translation>resolution STATIC und ein Endpoint mit network, aber ohne address.</translation>
    </message>
    <message>
        <source>Give the address if the endpoint is reachable directly.</source>
        <translation>Geben Sie die Adresse an, wenn der Endpoint direkt erreichbar ist.</translation>
    </message>
    <message>
        <source>Resolution STATIC and a `unix://` endpoint address whose path is empty or not an absolute file path (`@name` is fine).</source>
        <translation>resolution STATIC und eine `unix://`-Endpoint-Adresse, deren Pfad leer oder kein absoluter Dateipfad ist (`@name` ist in Ordnung).</translation>
    </message>
    <message>
        <source>Write unix:///absolute/path or unix://@name.</source>
        <translation>Schreiben Sie unix:///absoluter/pfad oder unix://@name.</translation>
    </message>
    <message>
        <source>Resolution STATIC and a `unix://` endpoint with ports.</source>
        <translation>resolution STATIC und ein `unix://`-Endpoint mit Ports.</translation>
    </message>
    <message>
        <source>Remove the endpoint&apos;s ports.</source>
        <translation>Entfernen Sie die Ports des Endpoints.</translation>
    </message>
    <message>
        <source>Resolution STATIC and an endpoint address that is not an IP address or `unix://` path (host names are not accepted since Istio 1.20).</source>
        <translation>resolution STATIC und eine Endpoint-Adresse, die weder IP-Adresse noch `unix://`-Pfad ist (Hostnamen werden seit Istio 1.20 nicht akzeptiert).</translation>
    </message>
    <message>
        <source>Use the IP address, or resolution DNS for host names.</source>
        <translation>Verwenden Sie die IP-Adresse, oder für Hostnamen resolution DNS.</translation>
    </message>
    <message>
        <source>An endpoint `ports` key that is not the name of a port in `spec.ports` (the message shows the endpoint&apos;s port number).</source>
        <translation>Ein Schlüssel in `ports` eines Endpoints, der kein Portname aus `spec.ports` ist (die Meldung zeigt die Portnummer des Endpoints).</translation>
    </message>
    <message>
        <source>Use the names of the ServiceEntry&apos;s ports as keys.</source>
        <translation>Verwenden Sie die Namen der Ports des ServiceEntry als Schlüssel.</translation>
    </message>
    <message>
        <source>An endpoint `ports` key that is not a DNS-1123 label.</source>
        <translation>Ein Schlüssel in `ports` eines Endpoints, der kein DNS-1123-Label ist.</translation>
    </message>
    <message>
        <source>Use a valid port name.</source>
        <translation>Verwenden Sie einen gültigen Portnamen.</translation>
    </message>
    <message>
        <source>An endpoint port value outside 1..65535.</source>
        <translation>Ein Portwert eines Endpoints außerhalb von 1..65535.</translation>
    </message>
    <message>
        <source>An endpoint label key or value that is not Kubernetes label syntax (no length limit on values, upper case accepted).</source>
        <translation>Ein Label-Schlüssel oder -Wert eines Endpoints ohne Kubernetes-Label-Syntax (keine Längengrenze für Werte, Großbuchstaben akzeptiert).</translation>
    </message>
    <message>
        <source>Resolution STATIC, a `unix://` endpoint, and a number of distinct port names in `spec.ports` other than one.</source>
        <translation>resolution STATIC, ein `unix://`-Endpoint und eine Anzahl verschiedener Portnamen in `spec.ports` ungleich eins.</translation>
    </message>
    <message>
        <source>Declare exactly one port.</source>
        <translation>Deklarieren Sie genau einen Port.</translation>
    </message>
    <message>
        <source>A WorkloadEntry with neither address nor network. The webhook returns only this error.</source>
        <translation>Ein WorkloadEntry ohne address und ohne network. Der Webhook gibt nur diesen Fehler zurück.</translation>
    </message>
    <message>
        <source>Give the workload&apos;s address.</source>
        <translation>Geben Sie die Adresse des Workloads an.</translation>
    </message>
    <message>
        <source>A WorkloadEntry with a network but no address.</source>
        <translation>Ein WorkloadEntry mit network, aber ohne address.</translation>
    </message>
    <message>
        <source>Give the address if the workload is reachable directly.</source>
        <translation>Geben Sie die Adresse an, wenn der Workload direkt erreichbar ist.</translation>
    </message>
    <message>
        <source>A `unix://` address whose path is empty or not an absolute file path.</source>
        <translation>Eine `unix://`-Adresse, deren Pfad leer oder kein absoluter Dateipfad ist.</translation>
    </message>
    <message>
        <source>A `unix://` address together with ports.</source>
        <translation>Eine `unix://`-Adresse zusammen mit Ports.</translation>
    </message>
    <message>
        <source>Remove the ports.</source>
        <translation>Entfernen Sie die Ports.</translation>
    </message>
    <message>
        <source>An address that is not an IP address, a fully qualified name or a `unix://` path (`host:port`, wildcards and `/` fail).</source>
        <translation>Eine Adresse, die weder IP-Adresse noch vollqualifizierter Name noch `unix://`-Pfad ist (`host:port`, Wildcards und `/` scheitern).</translation>
    </message>
    <message>
        <source>Write an IP address or a DNS name.</source>
        <translation>Schreiben Sie eine IP-Adresse oder einen DNS-Namen.</translation>
    </message>
    <message>
        <source>A `ports` key that is not a DNS-1123 label.</source>
        <translation>Ein Schlüssel in `ports`, der kein DNS-1123-Label ist.</translation>
    </message>
    <message>
        <source>A `ports` value outside 1..65535 (0 included).</source>
        <translation>Ein Wert in `ports` außerhalb von 1..65535 (auch 0).</translation>
    </message>
    <message>
        <source>A label key or value that is not Kubernetes label syntax (no length limit on values, upper case accepted).</source>
        <translation>Ein Label-Schlüssel oder -Wert ohne Kubernetes-Label-Syntax (keine Längengrenze für Werte, Großbuchstaben akzeptiert).</translation>
    </message>
    <message>
        <source>istioctl analyze runs the webhook&apos;s checks without labels and annotations. Reported for each error it finds that the webhook itself would not report (because a metadata rule short-circuited, or a label changed the outcome).</source>
        <translation>istioctl analyze führt die Prüfungen des Webhooks ohne Labels und Annotations aus. Gemeldet für jeden gefundenen Fehler, den der Webhook selbst nicht melden würde (weil eine Metadaten-Regel vorher abbrach oder ein Label das Ergebnis änderte).</translation>
    </message>
    <message>
        <source>Fix the underlying webhook rule named in the message.</source>
        <translation>Beheben Sie die in der Meldung genannte zugrunde liegende Webhook-Regel.</translation>
    </message>
    <message>
        <source>The warning counterpart of IST0106: webhook warnings that only istioctl analyze reports, because it does not see labels and annotations.</source>
        <translation>Das Gegenstück von IST0106 für Warnungen: Webhook-Warnungen, die nur istioctl analyze meldet, weil es Labels und Annotations nicht sieht.</translation>
    </message>
    <message>
        <source>A ServiceEntry without addresses (and without status.addresses): one warning per port whose protocol is unset or TCP in any case, whatever the resolution. Not reported when the mesh config (--mesh-config) sets defaultConfig.proxyMetadata ISTIO_META_DNS_CAPTURE to &quot;true&quot; and ISTIO_META_DNS_AUTO_ALLOCATE or PILOT_ENABLE_IP_AUTOALLOCATE to &quot;true&quot;.</source>
        <translation>Ein ServiceEntry ohne Adressen (und ohne status.addresses): eine Warnung je Port, dessen Protokoll nicht gesetzt oder TCP in beliebiger Schreibweise ist, unabhängig von der resolution. Nicht gemeldet, wenn die Mesh-Konfiguration (--mesh-config) in defaultConfig.proxyMetadata ISTIO_META_DNS_CAPTURE auf &quot;true&quot; und ISTIO_META_DNS_AUTO_ALLOCATE oder PILOT_ENABLE_IP_AUTOALLOCATE auf &quot;true&quot; setzt.</translation>
    </message>
    <message>
        <source>Add addresses, or set a non-TCP protocol.</source>
        <translation>Fügen Sie Adressen hinzu, oder setzen Sie ein Protokoll außer TCP.</translation>
    </message>
    <message>
        <source>A status condition of type istio.io/WaypointBound has status False.</source>
        <translation>Eine Status-Condition vom Typ istio.io/WaypointBound hat den Status False.</translation>
    </message>
    <message>
        <source>Check the waypoint the resource is bound to.</source>
        <translation>Prüfen Sie den Waypoint, an den die Ressource gebunden ist.</translation>
    </message>
    <message>
        <source>Several ServiceEntries visible in a common exportTo scope define the same host and port number with different protocols (compared upper-cased; unset is a value of its own). Each ServiceEntry involved is reported once, on its name.</source>
        <translation>Mehrere ServiceEntries, die in einem gemeinsamen exportTo-Bereich sichtbar sind, definieren denselben Host und dieselbe Portnummer mit verschiedenen Protokollen (in Großbuchstaben verglichen; nicht gesetzt ist ein eigener Wert). Jeder beteiligte ServiceEntry wird einmal gemeldet, an seinem Namen.</translation>
    </message>
    <message>
        <source>Use one protocol per host and port across ServiceEntries.</source>
        <translation>Verwenden Sie je Host und Port ein Protokoll über alle ServiceEntries.</translation>
    </message>
    <message>
        <source>A mapping has the same key twice. Kubernetes&apos; YAML reader rejects it under strict decoding and otherwise keeps only the last value.</source>
        <translation>Ein Mapping hat denselben Schlüssel zweimal. Der YAML-Leser von Kubernetes lehnt das bei strikter Dekodierung ab und behält sonst nur den letzten Wert.</translation>
    </message>
    <message>
        <source>Keep one of the keys.</source>
        <translation>Behalten Sie einen der Schlüssel.</translation>
    </message>
    <message>
        <source>An unquoted label or annotation key or value that Kubernetes&apos; YAML 1.1 reader does not read as the string written (`on`, `yes`, `1.0`, `0755`, `null`), or an integer field written as a YAML 1.1 octal, hexadecimal or binary number (`0443` is 291).</source>
        <translation>Ein Label- oder Annotations-Schlüssel oder -Wert ohne Anführungszeichen, den der YAML-1.1-Leser von Kubernetes nicht als die geschriebene Zeichenkette liest (`on`, `yes`, `1.0`, `0755`, `null`), oder ein Ganzzahlfeld als YAML-1.1-Oktal-, Hexadezimal- oder Binärzahl geschrieben (`0443` ist 291).</translation>
    </message>
    <message>
        <source>Quote the value (&quot;on&quot;), or write the number in plain decimal.</source>
        <translation>Setzen Sie den Wert in Anführungszeichen (&quot;on&quot;), oder schreiben Sie die Zahl einfach dezimal.</translation>
    </message>
    <message>
        <source>A port protocol that Istio knows, written in another case than Istio spells it (`https` for HTTPS, `grpc-web` for GRPC-Web). Istio reads protocols case-insensitively, but checks that compare the text do not: the webhook&apos;s address warning matches only `TCP` and an empty protocol.</source>
        <translation>Ein Portprotokoll, das Istio kennt, in anderer Schreibweise als bei Istio (`https` für HTTPS, `grpc-web` für GRPC-Web). Istio liest Protokolle ohne Beachtung der Groß-/Kleinschreibung, Prüfungen, die den Text vergleichen, aber nicht: die Adresswarnung des Webhooks passt nur auf `TCP` und ein leeres Protokoll.</translation>
    </message>
    <message>
        <source>Write the protocol as Istio does (one-click fix).</source>
        <translation>Schreiben Sie das Protokoll wie Istio (Ein-Klick-Korrektur).</translation>
    </message>
    <message>
        <source>A port name that by the `&lt;protocol&gt;[-suffix]` convention names a protocol of another kind than the port&apos;s `protocol` (`http-api` on a TCP port, `tcp` on an HTTPS port). Istio reads a ServiceEntry&apos;s `protocol` field, but people and tools read the name, and Istio itself does for Kubernetes Services. HTTP, HTTP2, GRPC, GRPC-Web and HTTP_PROXY count as one kind, HTTPS and TLS as one, TCP, Mongo, Redis and MySQL as one; names without a protocol prefix are not reported.</source>
        <translation>Ein Portname, der nach der Konvention `&lt;protocol&gt;[-suffix]` ein Protokoll anderer Art nennt als das `protocol` des Ports (`http-api` an einem TCP-Port, `tcp` an einem HTTPS-Port). Istio liest das Feld `protocol` eines ServiceEntry, Menschen und Werkzeuge aber lesen den Namen, und Istio selbst tut es bei Kubernetes-Services. HTTP, HTTP2, GRPC, GRPC-Web und HTTP_PROXY zählen als eine Art, HTTPS und TLS als eine, TCP, Mongo, Redis und MySQL als eine; Namen ohne Protokollpräfix werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>Name the port after its protocol (one-click fix: `tcp`, or `tcp-&lt;number&gt;` when another port has that name).</source>
        <translation>Benennen Sie den Port nach seinem Protokoll (Ein-Klick-Korrektur: `tcp`, oder `tcp-&lt;number&gt;`, wenn ein anderer Port so heißt).</translation>
    </message>
    <message>
        <source>An exportTo entry names a namespace that is not among the known namespaces (given with --namespaces or read from the cluster).</source>
        <translation>Ein exportTo-Eintrag nennt einen Namespace, der nicht unter den bekannten Namespaces ist (mit --namespaces angegeben oder aus dem Cluster gelesen).</translation>
    </message>
    <message>
        <source>Correct the namespace name, or create the namespace.</source>
        <translation>Korrigieren Sie den Namespace-Namen, oder legen Sie den Namespace an.</translation>
    </message>
    <message>
        <source>Two open documents have the same kind, namespace and name; applying both keeps only the last.</source>
        <translation>Zwei geöffnete Dokumente haben dasselbe kind, denselben Namespace und Namen; wendet man beide an, bleibt nur das letzte.</translation>
    </message>
    <message>
        <source>Rename one of them, or remove the duplicate.</source>
        <translation>Benennen Sie eines um, oder entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>A workloadSelector selects no Pod or WorkloadEntry in the ServiceEntry&apos;s namespace, among the open files and the workloads given with --workloads (only checked when workloads are known), or selects only workloads Istio makes no endpoint of (a Pod that is not Ready, terminating or without an IP; a host-name or unix:// WorkloadEntry under a resolution other than DNS; a health-checked WorkloadEntry that is not Healthy). The same matcher as `meshentry match` and the Selected workloads panel decides.</source>
        <translation>Ein workloadSelector wählt keinen Pod und keinen WorkloadEntry im Namespace des ServiceEntry, unter den geöffneten Dateien und den mit --workloads angegebenen Workloads (nur geprüft, wenn Workloads bekannt sind), oder wählt nur Workloads, aus denen Istio keinen Endpoint macht (ein Pod, der nicht Ready ist, beendet wird oder keine IP hat; ein WorkloadEntry mit Hostname oder unix:// bei einer resolution außer DNS; ein WorkloadEntry mit Health-Check, der nicht Healthy ist). Es entscheidet derselbe Matcher wie bei `meshentry match` und im Panel Ausgewählte Workloads.</translation>
    </message>
    <message>
        <source>Correct the selector labels or the namespace, or the workloads.</source>
        <translation>Korrigieren Sie die Selector-Labels oder den Namespace, oder die Workloads.</translation>
    </message>
    <message>
        <source>A WorkloadEntry whose address is a host name or `unix://` path is selected by a ServiceEntry whose resolution is not DNS or DNS_ROUND_ROBIN (STATIC, NONE, DYNAMIC_DNS); Istio silently skips it.</source>
        <translation>Ein WorkloadEntry, dessen Adresse ein Hostname oder `unix://`-Pfad ist, wird von einem ServiceEntry gewählt, dessen resolution nicht DNS oder DNS_ROUND_ROBIN ist (STATIC, NONE, DYNAMIC_DNS); Istio überspringt ihn stillschweigend.</translation>
    </message>
    <message>
        <source>Use an IP address, or resolution DNS in the ServiceEntry.</source>
        <translation>Verwenden Sie eine IP-Adresse, oder im ServiceEntry resolution DNS.</translation>
    </message>
    <message>
        <source>A WorkloadEntry `ports` key that is not the name of a port of any ServiceEntry selecting it; Istio ignores it and uses the service&apos;s targetPort or number.</source>
        <translation>Ein Schlüssel in `ports` eines WorkloadEntry, der kein Portname eines ihn wählenden ServiceEntry ist; Istio ignoriert ihn und verwendet targetPort oder number des Services.</translation>
    </message>
    <message>
        <source>Use the name of the ServiceEntry port it should override.</source>
        <translation>Verwenden Sie den Namen des ServiceEntry-Ports, den er überschreiben soll.</translation>
    </message>
    <message>
        <source>A TCP or protocol-less port of a ServiceEntry without addresses becomes the match-all filter chain of listener 0.0.0.0_&lt;port&gt;, so every connection to that port that no other chain matches goes to its cluster, while other ServiceEntries visible to the same sidecars declare the port too. Reported on the capturing port, with the namespaces whose sidecars are affected.</source>
        <translation>Ein TCP- oder protokollloser Port eines ServiceEntry ohne Adressen wird zur Match-all-Filter-Chain des Listeners 0.0.0.0_&lt;port&gt;, sodass jede Verbindung zu diesem Port, die keine andere Chain trifft, an seinen Cluster geht, während andere für dieselben Sidecars sichtbare ServiceEntries den Port ebenfalls deklarieren. Gemeldet am übernehmenden Port, mit den Namespaces, deren Sidecars betroffen sind.</translation>
    </message>
    <message>
        <source>Give the entry addresses (or its hosts a real protocol such as TLS), or move the other hosts to another port.</source>
        <translation>Geben Sie dem Eintrag Adressen (oder seinen Hosts ein echtes Protokoll wie TLS), oder verlegen Sie die anderen Hosts auf einen anderen Port.</translation>
    </message>
    <message>
        <source>Two entries visible to the same sidecars build a filter chain with the same match on one listener (the same address and port, the same CIDR after masking, the same SNI, or no address at all): istiod keeps the first and drops the other (listener.go:mergeTCPFilterChains), or Mongo or MySQL meets another protocol on one port. Reported on the dropped port or address, with the entry that wins and why it comes first.</source>
        <translation>Zwei für dieselben Sidecars sichtbare Einträge bauen auf einem Listener eine Filter-Chain mit demselben Match (dieselbe Adresse und derselbe Port, derselbe CIDR nach Maskierung, derselbe SNI oder gar keine Adresse): istiod behält die erste und verwirft die andere (listener.go:mergeTCPFilterChains), oder Mongo bzw. MySQL trifft auf einem Port auf ein anderes Protokoll. Gemeldet am verworfenen Port oder an der Adresse, mit dem gewinnenden Eintrag und dem Grund, warum er zuerst kommt.</translation>
    </message>
    <message>
        <source>Give the entries distinct addresses or ports, or a protocol whose chains differ (TLS matches by SNI).</source>
        <translation>Geben Sie den Einträgen verschiedene Adressen oder Ports, oder ein Protokoll, dessen Chains sich unterscheiden (TLS unterscheidet nach SNI).</translation>
    </message>
    <message>
        <source>Keep one entry per host, or restrict the others with exportTo.</source>
        <translation>Behalten Sie einen Eintrag je Host, oder schränken Sie die anderen mit exportTo ein.</translation>
    </message>
    <message>
        <source>A Sidecar egress host names a host that no ServiceEntry visible to the sidecars it applies to matches (a typo, a wrong namespace, an entry not exported to them), or is not of the form namespace/host and is ignored. Hosts `*` and Kubernetes Service names (`*.svc.*`) are not checked: only the cluster knows its Services.</source>
        <translation>Ein egress-Host eines Sidecars nennt einen Host, den kein für die betroffenen Sidecars sichtbarer ServiceEntry trifft (ein Tippfehler, ein falscher Namespace, ein nicht dorthin exportierter Eintrag), oder hat nicht die Form namespace/host und wird ignoriert. Die Hosts `*` und Kubernetes-Service-Namen (`*.svc.*`) werden nicht geprüft: nur der Cluster kennt seine Services.</translation>
    </message>
    <message>
        <source>Correct the namespace or the host, or export the entry to the namespace.</source>
        <translation>Korrigieren Sie den Namespace oder den Host, oder exportieren Sie den Eintrag in den Namespace.</translation>
    </message>
    <message>
        <source>The exportTo a sidecar applies (declared or mesh default, narrowed by serviceEntryVisibility) makes the entry visible to none of the namespaces that have workloads (WorkloadEntries, Pods, Deployments and other workloads in the files). An exportTo of exactly [&quot;~&quot;] is deliberate and not reported.</source>
        <translation>Das exportTo, das ein Sidecar anwendet (deklariert oder Mesh-Standard, eingeschränkt durch serviceEntryVisibility), macht den Eintrag für keinen der Namespaces sichtbar, die Workloads haben (WorkloadEntries, Pods, Deployments und andere Workloads in den Dateien). Ein exportTo von genau [&quot;~&quot;] ist beabsichtigt und wird nicht gemeldet.</translation>
    </message>
    <message>
        <source>Export the entry to the namespaces whose workloads call it.</source>
        <translation>Exportieren Sie den Eintrag in die Namespaces, deren Workloads ihn aufrufen.</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>the number Kubernetes reads from %1</source>
        <translation>die Zahl, die Kubernetes aus %1 liest</translation>
    </message>
    <message>
        <source>the digits read as decimal, a different number from the %1 Kubernetes reads now</source>
        <translation>die Ziffern dezimal gelesen, eine andere Zahl als die %1, die Kubernetes jetzt liest</translation>
    </message>
    <message>
        <source>Quote the key &quot;%1&quot;</source>
        <translation>Schlüssel &quot;%1&quot; in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>Kubernetes reads it as the string &quot;%1&quot;</source>
        <translation>Kubernetes liest es als Zeichenkette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Quote &quot;%1&quot;</source>
        <translation>&quot;%1&quot; in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>Name the port &quot;%1&quot;</source>
        <translation>Port &quot;%1&quot; nennen</translation>
    </message>
    <message>
        <source>after its protocol %1</source>
        <translation>nach seinem Protokoll %1</translation>
    </message>
    <message>
        <source>instead of &quot;%1&quot;</source>
        <translation>statt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>as Istio spells the protocol</source>
        <translation>wie Istio das Protokoll schreibt</translation>
    </message>
    <message>
        <source>Remove the duplicate exportTo entry &quot;%1&quot;</source>
        <translation>Doppelten exportTo-Eintrag &quot;%1&quot; entfernen</translation>
    </message>
    <message>
        <source>the entry is exported to the same namespaces</source>
        <translation>der Eintrag wird in dieselben Namespaces exportiert</translation>
    </message>
    <message>
        <source>Keep workloadSelector, remove endpoints</source>
        <translation>workloadSelector behalten, endpoints entfernen</translation>
    </message>
    <message>
        <source>the %1 listed endpoint(s) go; the Pods and WorkloadEntries the selector matches become the endpoints</source>
        <translation>die %1 aufgeführten Endpoints entfallen; die Pods und WorkloadEntries, die der Selector trifft, werden zu den Endpoints</translation>
    </message>
    <message>
        <source>Keep endpoints, remove workloadSelector</source>
        <translation>endpoints behalten, workloadSelector entfernen</translation>
    </message>
    <message>
        <source>only the listed endpoints are used; no Pod or WorkloadEntry is selected</source>
        <translation>nur die aufgeführten Endpoints werden verwendet; kein Pod und kein WorkloadEntry wird gewählt</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>%1 in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>both readers then take the string %1</source>
        <translation>beide Leser nehmen dann die Zeichenkette %1</translation>
    </message>
    <message>
        <source>Port %1 of %2 (%3, no addresses) captures all other traffic to port %1 for sidecars in %4; other entries on that port: %5</source>
        <translation>Port %1 von %2 (%3, ohne addresses) fängt für Sidecars in %4 allen übrigen Verkehr zu Port %1 ab; weitere Einträge auf diesem Port: %5</translation>
    </message>
    <message>
        <source>Port %1 of %2 (%3) is dropped from listener %4 for sidecars in %5: Mongo and MySQL do not share a listener with other protocols, and %6 comes first with %7</source>
        <translation>Port %1 von %2 (%3) fällt für Sidecars in %5 aus dem Listener %4 heraus: Mongo und MySQL teilen sich keinen Listener mit anderen Protokollen, und %6 kommt zuerst, mit %7</translation>
    </message>
    <message>
        <source>Port %1 of %2 is dropped from listener %3 for sidecars in %4: %5 has the same filter chain match (%6) and comes first: %7</source>
        <translation>Port %1 von %2 fällt für Sidecars in %4 aus dem Listener %3 heraus: %5 hat denselben Filter-Chain-Match (%6) und kommt zuerst: %7</translation>
    </message>
    <message>
        <source>%1 is shadowed for sidecars in %2 by ServiceEntry %3: %4</source>
        <translation>%1 wird für Sidecars in %2 von ServiceEntry %3 verdeckt: %4</translation>
    </message>
    <message>
        <source>Egress host &quot;%1&quot; is ignored: it must have the form namespace/host</source>
        <translation>Der Egress-Host &quot;%1&quot; wird ignoriert: er muss die Form namespace/host haben</translation>
    </message>
    <message>
        <source>Egress host &quot;%1&quot; imports no ServiceEntry visible to sidecars in %2 on port %3</source>
        <translation>Der Egress-Host &quot;%1&quot; importiert auf Port %3 keinen ServiceEntry, den Sidecars in %2 sehen</translation>
    </message>
    <message>
        <source>Egress host &quot;%1&quot; imports no ServiceEntry visible to sidecars in %2</source>
        <translation>Der Egress-Host &quot;%1&quot; importiert keinen ServiceEntry, den Sidecars in %2 sehen</translation>
    </message>
    <message>
        <source>exportTo %1 makes this ServiceEntry visible to no namespace that has workloads (%2)</source>
        <translation>exportTo %1 macht diesen ServiceEntry für keinen Namespace mit Workloads (%2) sichtbar</translation>
    </message>
    <message>
        <source>Schema validation error: %1</source>
        <translation>Fehler bei der Schemavalidierung: %1</translation>
    </message>
    <message>
        <source>Schema validation warning: %1</source>
        <translation>Warnung bei der Schemavalidierung: %1</translation>
    </message>
    <message>
        <source>A condition with a negative status is present: type=%1, reason=%2, message=%3.</source>
        <translation>Eine Condition mit negativem Status liegt vor: type=%1, reason=%2, message=%3.</translation>
    </message>
    <message>
        <source>ServiceEntry addresses are required for this protocol.</source>
        <translation>Für dieses Protokoll sind ServiceEntry-addresses erforderlich.</translation>
    </message>
    <message>
        <source>protocol %1 is Istio&apos;s %2 written in another case: Istio reads it, but checks that compare the text (the webhook&apos;s address warning looks for &quot;TCP&quot;) do not: write %2</source>
        <translation>protocol %1 ist Istios %2 in anderer Groß-/Kleinschreibung: Istio liest es, Prüfungen, die den Text vergleichen (die Adresswarnung des Webhooks sucht nach &quot;TCP&quot;), aber nicht: schreiben Sie %2</translation>
    </message>
    <message>
        <source>port name %1 says %2, but the port&apos;s protocol is %3: people and tools that read &lt;protocol&gt;[-suffix] names take it for %2</source>
        <translation>Der Portname %1 sagt %2, das protocol des Ports ist aber %3: Menschen und Werkzeuge, die Namen als &lt;protocol&gt;[-suffix] lesen, halten ihn für %2</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: Address is required</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: Address ist erforderlich</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS must be an absolute path or abstract socket (the apiserver fails to evaluate this rule for a bare unix://)</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: UDS muss ein absoluter Pfad oder ein abstrakter Socket sein (bei einem bloßen unix:// kann der apiserver diese Regel nicht auswerten)</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS must be an absolute path or abstract socket</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: UDS muss ein absoluter Pfad oder ein abstrakter Socket sein</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS may not be a dir</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: UDS darf kein Verzeichnis sein</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS may not include ports</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: UDS darf keine ports enthalten</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: port must be between 1-65535</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: port name must be valid</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: der Portname muss gültig sein</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: hostname cannot be wildcard</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: der Hostname darf kein Platzhalter sein</translation>
    </message>
    <message>
        <source>spec.ports[%1]: Duplicate value: map[string]interface {}{&quot;name&quot;:%2}</source>
        <translation>spec.ports[%1]: Doppelter Wert: map[string]interface {}{&quot;name&quot;:%2}</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: port number cannot be duplicated</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: eine Portnummer darf nicht doppelt vorkommen</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: wildcard is not supported in selector</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: Platzhalter werden im Selektor nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: only one of WorkloadSelector or Endpoints can be set</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: nur eines von WorkloadSelector und Endpoints darf gesetzt sein</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: CIDR addresses are allowed only for NONE/STATIC resolution types</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: CIDR-Adressen sind nur bei den resolution-Arten NONE/STATIC erlaubt</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: NONE mode cannot set endpoints</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: im Modus NONE dürfen keine endpoints gesetzt sein</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: DNS_ROUND_ROBIN mode cannot have multiple endpoints</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: im Modus DNS_ROUND_ROBIN ist nur ein Endpoint möglich</translation>
    </message>
    <message>
        <source>%1 %2 is defined %3 times in the open files; applying them keeps only the last one</source>
        <translation>%1 %2 ist in den geöffneten Dateien %3-mal definiert; beim Anwenden bleibt nur die letzte Definition</translation>
    </message>
    <message>
        <source>Multiple ServiceEntries (%1) define the same host %2 and port %3 with conflicting protocols (%4).</source>
        <translation>Mehrere ServiceEntries (%1) definieren denselben Host %2 und Port %3 mit widersprüchlichen Protokollen (%4).</translation>
    </message>
    <message>
        <source>workloadSelector matches no Pod or WorkloadEntry in namespace %1</source>
        <translation>workloadSelector passt auf keinen Pod und keinen WorkloadEntry im Namespace %1</translation>
    </message>
    <message>
        <source>workloadSelector selects 1 workload in namespace %1, but Istio makes an endpoint of none: %2 %3: %4</source>
        <translation>workloadSelector wählt 1 Workload im Namespace %1 aus, Istio macht daraus aber keinen Endpoint: %2 %3: %4</translation>
    </message>
    <message>
        <source>workloadSelector selects %5 workloads in namespace %1, but Istio makes an endpoint of none: %2 %3: %4</source>
        <translation>workloadSelector wählt %5 Workloads im Namespace %1 aus, Istio macht aber aus keinem einen Endpoint: %2 %3: %4</translation>
    </message>
    <message>
        <source>address %1 is a unix socket: ServiceEntry %2 (resolution %3) selects this WorkloadEntry, but Istio skips it</source>
        <translation>Die address %1 ist ein Unix-Socket: ServiceEntry %2 (resolution %3) wählt diesen WorkloadEntry aus, Istio überspringt ihn aber</translation>
    </message>
    <message>
        <source>address %1 is a host name: ServiceEntry %2 (resolution %3) selects this WorkloadEntry, but Istio skips it</source>
        <translation>Die address %1 ist ein Hostname: ServiceEntry %2 (resolution %3) wählt diesen WorkloadEntry aus, Istio überspringt ihn aber</translation>
    </message>
    <message>
        <source>port %1 is not a port of the ServiceEntries selecting this WorkloadEntry (%2: no ports); Istio ignores it</source>
        <translation>Der Port %1 ist kein Port der ServiceEntries, die diesen WorkloadEntry auswählen (%2: keine Ports); Istio ignoriert ihn</translation>
    </message>
    <message>
        <source>port %1 is not a port of the ServiceEntries selecting this WorkloadEntry (%2: %3); Istio ignores it</source>
        <translation>Der Port %1 ist kein Port der ServiceEntries, die diesen WorkloadEntry auswählen (%2: %3); Istio ignoriert ihn</translation>
    </message>
    <message>
        <source>Same host and namespace, ports not merged</source>
        <translation>Gleicher Host und Namespace, Ports nicht zusammengeführt</translation>
    </message>
    <message>
        <source>ServiceEntries of one host in one namespace become one service with all their ports when resolution, metadata.labels, workloadSelector and exportTo agree (exportTo compared as written, so `.` is not the namespace&apos;s name); then nothing is reported. When one of them differs, Istio keeps the entry a sidecar meets first (one exported to it explicitly before a public one, else the oldest by creationTimestamp) and ignores the other&apos;s ports that it lacks: sidecars that see both get listeners but no cluster for them (sidecar.go:appendSidecarServices, canMergeServices). Reported on both entries, naming what differs, the entry kept and the ports lost. Entries of other namespaces are not merged at all: ME-ROUTE-HOST-SHADOWED says which one wins.</source>
        <translation>ServiceEntries eines Hosts in einem Namespace werden zu einem Service mit allen ihren Ports, wenn resolution, metadata.labels, workloadSelector und exportTo übereinstimmen (exportTo wird so verglichen, wie es geschrieben ist, `.` ist also nicht der Name des Namespace); dann wird nichts gemeldet. Unterscheidet sich eines davon, behält Istio den Eintrag, auf den ein Sidecar zuerst trifft (einen ausdrücklich dorthin exportierten vor einem öffentlichen, sonst den ältesten nach creationTimestamp), und ignoriert die Ports des anderen, die ihm fehlen: Sidecars, die beide sehen, bekommen dafür Listener, aber keinen Cluster (sidecar.go:appendSidecarServices, canMergeServices). Gemeldet an beiden Einträgen, mit dem, was sich unterscheidet, dem behaltenen Eintrag und den verlorenen Ports. Einträge anderer Namespaces werden gar nicht zusammengeführt: ME-ROUTE-HOST-SHADOWED sagt, welcher gewinnt.</translation>
    </message>
    <message>
        <source>Make the four agree so that Istio merges the entries, or define all ports of the host in one ServiceEntry.</source>
        <translation>Bringen Sie die vier in Übereinstimmung, damit Istio die Einträge zusammenführt, oder definieren Sie alle Ports des Hosts in einem ServiceEntry.</translation>
    </message>
    <message>
        <source>The same host is visible to sidecars of a namespace from several namespaces: one entry wins (the sidecar&apos;s own namespace first, then entries exported to it explicitly, then the oldest) and the others are invisible to those sidecars. Reported on the losing host. Entries of one namespace that Istio does not merge are ME-HOST-PORTS-DIFFER.</source>
        <translation>Derselbe Host ist für Sidecars eines Namespace aus mehreren Namespaces sichtbar: ein Eintrag gewinnt (zuerst der eigene Namespace des Sidecars, dann ausdrücklich dorthin exportierte Einträge, dann der älteste) und die anderen sind für diese Sidecars unsichtbar. Gemeldet am unterlegenen Host. Einträge eines Namespace, die Istio nicht zusammenführt, meldet ME-HOST-PORTS-DIFFER.</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: %1 in body must be of type %3: &quot;%2&quot;</source>
        <translation>%1: Ungültiger Wert: &quot;%2&quot;: %1 im Body muss vom Typ %3 sein: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>error decoding configuration: invalid value for %1 type: %2</source>
        <translation>Fehler beim Dekodieren der Konfiguration: ungültiger Wert für den Typ %1: %2</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as the boolean %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Schlüssel %1 ohne Anführungszeichen als den booleschen Wert %2, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as the boolean %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Wert %1 ohne Anführungszeichen als den booleschen Wert %2, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as the integer %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Schlüssel %1 ohne Anführungszeichen als die Ganzzahl %2, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as the integer %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Wert %1 ohne Anführungszeichen als die Ganzzahl %2, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as the number %1, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Schlüssel %1 ohne Anführungszeichen als die Zahl %1, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as the number %1, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Wert %1 ohne Anführungszeichen als die Zahl %1, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as null, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Schlüssel %1 ohne Anführungszeichen als null, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as null, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes liest den Wert %1 ohne Anführungszeichen als null, nicht als den String &quot;%1&quot;: setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>Kubernetes reads %1 as the integer %2: write the number in plain decimal</source>
        <translation>Kubernetes liest %1 als die Ganzzahl %2: schreiben Sie die Zahl einfach dezimal</translation>
    </message>
    <message>
        <source>%1: Too long: may not be longer than %2</source>
        <translation>%1: Zu lang: darf nicht länger als %2 sein</translation>
    </message>
    <message>
        <source>%1: Invalid value: %2: %1 in body should be greater than or equal to 0</source>
        <translation>%1: Ungültiger Wert: %2: %1 im Body sollte größer oder gleich 0 sein</translation>
    </message>
    <message>
        <source>%1: Invalid value: %2: %1 in body should be less than or equal to 4294967295</source>
        <translation>%1: Ungültiger Wert: %2: %1 im Body sollte kleiner oder gleich 4294967295 sein</translation>
    </message>
    <message>
        <source>%1: Unsupported value: %2: supported values: %3</source>
        <translation>%1: Nicht unterstützter Wert: %2: unterstützte Werte: %3</translation>
    </message>
    <message>
        <source>error decoding configuration: invalid value for enum type: %1 (%2 takes %3)</source>
        <translation>Fehler beim Dekodieren der Konfiguration: ungültiger Wert für den Aufzählungstyp: %1 (%2 nimmt %3)</translation>
    </message>
    <message>
        <source>%1: Invalid value: %2: %1 in body should have at least %3 items</source>
        <translation>%1: Ungültiger Wert: %2: %1 im Body sollte mindestens %3 Einträge haben</translation>
    </message>
    <message>
        <source>%1: Too many: %2: must have at most %3 items</source>
        <translation>%1: Zu viele: %2: darf höchstens %3 Einträge haben</translation>
    </message>
    <message>
        <source>error decoding configuration: unexpected token %1</source>
        <translation>Fehler beim Dekodieren der Konfiguration: unerwartetes Token %1</translation>
    </message>
    <message>
        <source>strict decoding error: unknown field %1</source>
        <translation>Fehler beim strikten Dekodieren: unbekanntes Feld %1</translation>
    </message>
    <message>
        <source>cannot parse proto message: unknown field %1 in %2</source>
        <translation>Proto-Nachricht kann nicht gelesen werden: unbekanntes Feld %1 in %2</translation>
    </message>
    <message>
        <source>%1%2: Required value</source>
        <translation>%1%2: Pflichtwert</translation>
    </message>
    <message>
        <source>mapping key %1 is already defined in this mapping; Kubernetes keeps only the last value</source>
        <translation>Der Schlüssel %1 ist in diesem Mapping bereits definiert; Kubernetes behält nur den letzten Wert</translation>
    </message>
    <message>
        <source>the server rejected our request for an unknown reason</source>
        <translation>der Server hat unsere Anfrage aus unbekanntem Grund abgelehnt</translation>
    </message>
    <message>
        <source>the server has asked for the client to provide credentials</source>
        <translation>der Server verlangt vom Client Anmeldedaten</translation>
    </message>
    <message>
        <source>the server does not allow this method on the requested resource</source>
        <translation>der Server erlaubt diese Methode für die angefragte Ressource nicht</translation>
    </message>
    <message>
        <source>the server could not find the requested resource</source>
        <translation>der Server konnte die angefragte Ressource nicht finden</translation>
    </message>
    <message>
        <source>the server reported a conflict</source>
        <translation>der Server hat einen Konflikt gemeldet</translation>
    </message>
    <message>
        <source>the server responded with the status code 415 but did not return more information</source>
        <translation>der Server hat mit dem Statuscode 415 geantwortet, aber keine weiteren Angaben gemacht</translation>
    </message>
    <message>
        <source>the server rejected our request due to an error in our request</source>
        <translation>der Server hat unsere Anfrage wegen eines Fehlers in der Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the server has received too many requests and has asked us to try again later</source>
        <translation>der Server hat zu viele Anfragen erhalten und bittet, es später erneut zu versuchen</translation>
    </message>
    <message>
        <source>the server is currently unable to handle the request</source>
        <translation>der Server kann die Anfrage derzeit nicht bearbeiten</translation>
    </message>
    <message>
        <source>the server was unable to return a response in the time allotted, but may still be processing the request</source>
        <translation>der Server konnte in der vorgesehenen Zeit nicht antworten, bearbeitet die Anfrage aber möglicherweise noch</translation>
    </message>
    <message>
        <source>an error on the server (&quot;%1&quot;) has prevented the request from succeeding</source>
        <translation>ein Fehler auf dem Server („%1“) hat verhindert, dass die Anfrage gelingt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You must be logged in to the server (%1)</source>
        <translation>Sie müssen beim Server angemeldet sein (%1)</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is invalid</source>
        <translation>%1 „%2“ ist ungültig</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>Fehler vom Server (%1): %2</translation>
    </message>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (the plugin of user &quot;%1&quot; asks for interactiveMode Always)</source>
        <translation>Das exec-Plugin kann den interaktiven Modus nicht nutzen: die Standardeingabe ist kein Terminal (das Plugin des Benutzers „%1“ verlangt interactiveMode Always)</translation>
    </message>
    <message>
        <source>invalid interactiveMode for %1: &quot;%2&quot;</source>
        <translation>ungültiger interactiveMode für %1: „%2“</translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: Programm %1 nicht gefunden</translation>
    </message>
    <message>
        <source>exec: executable %1 not found

%2</source>
        <translation>exec: Programm %1 nicht gefunden

%2</translation>
    </message>
    <message>
        <source>exec: executable %1 did not finish within %2 s</source>
        <translation>exec: Programm %1 ist nicht innerhalb von %2 s fertig geworden</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec: Programm %1 ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2: %3</source>
        <translation>exec: Programm %1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>exec plugin of user &quot;%1&quot;: decoding stdout: %2</source>
        <translation>exec-Plugin des Benutzers „%1“: Dekodieren der Standardausgabe: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>exec plugin of user &quot;%1&quot; did not return an ExecCredential</source>
        <translation>Das exec-Plugin des Benutzers „%1“ hat kein ExecCredential zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>Das exec-Plugin ist für die API-Version %1 konfiguriert, das Plugin hat Version %2 zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>Das exec-Plugin hat kein status-Feld zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>Das exec-Plugin hat weder ein Token noch ein Zertifikat-Schlüssel-Paar zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>Das exec-Plugin hat nur Zertifikat oder Schlüssel zurückgegeben, nicht beides</translation>
    </message>
    <message>
        <source>failed parsing client key/certificate from the exec plugin</source>
        <translation>Clientschlüssel/-zertifikat des exec-Plugins konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp</source>
        <translation>Das exec-Plugin hat einen ungültigen expirationTimestamp zurückgegeben</translation>
    </message>
    <message>
        <source>getting credentials: %1</source>
        <translation>Anmeldedaten holen: %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss ein String sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation>%1 muss ein Mapping sein</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping</source>
        <translation>jeder Eintrag von %1 muss ein Mapping sein</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>Fehler beim Laden der Konfigurationsdatei „%1“: %2</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>yaml: line %1: %2</source>
        <translation>yaml: Zeile %1: %2</translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping</source>
        <translation>eine kubeconfig muss ein Mapping sein</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2</source>
        <translation>doppelter Name „%1“ in %2</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>plaintext HTTP</source>
        <translation>Klartext-HTTP</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>jeder Verkehr</translation>
    </message>
    <message>
        <source>UDP ports get no listener</source>
        <translation>UDP-Ports bekommen keinen Listener</translation>
    </message>
    <message>
        <source>HTTP_PROXY ports are not modelled (ISTIO-ROUTING.md §9)</source>
        <translation>HTTP_PROXY-Ports werden nicht modelliert (ISTIO-ROUTING.md §9)</translation>
    </message>
    <message>
        <source>port %1 is the sidecar&apos;s own</source>
        <translation>Port %1 gehört dem Sidecar selbst</translation>
    </message>
    <message>
        <source>resolution NONE with a workloadSelector that selects no WorkloadEntry: no listener</source>
        <translation>resolution NONE mit einem workloadSelector, der keinen WorkloadEntry auswählt: kein Listener</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2; its %3, so it is ignored.</source>
        <translation>Outbound-Traffic-Policy %1, aus Sidecar %2; dessen %3, daher wird er ignoriert.</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2; its %3, so it is ignored (a Sidecar policy without a mode means REGISTRY_ONLY).</source>
        <translation>Outbound-Traffic-Policy %1, aus Sidecar %2; dessen %3, daher wird er ignoriert (eine Sidecar-Policy ohne mode bedeutet REGISTRY_ONLY).</translation>
    </message>
    <message>
        <source>the legacy allocator</source>
        <translation>der alte Allocator</translation>
    </message>
    <message>
        <source>an entry in the sidecar&apos;s own namespace wins</source>
        <translation>ein Eintrag im eigenen Namespace des Sidecars gewinnt</translation>
    </message>
    <message>
        <source>it comes first in creation order</source>
        <translation>er kommt in der Erstellungsreihenfolge zuerst</translation>
    </message>
    <message>
        <source>it is exported to %1 explicitly, which comes before public entries</source>
        <translation>er wird ausdrücklich nach %1 exportiert, was vor öffentlichen Einträgen kommt</translation>
    </message>
    <message>
        <source>it is bound to the endpoint %1 of %2, which has resolution NONE and no address</source>
        <translation>er ist an den Endpoint %1 von %2 gebunden, das resolution NONE und keine Adresse hat</translation>
    </message>
    <message>
        <source>%1 created it</source>
        <translation>%1 hat ihn angelegt</translation>
    </message>
    <message>
        <source>it is bound to the address of %1</source>
        <translation>er ist an die Adresse von %1 gebunden</translation>
    </message>
    <message>
        <source>No listener is bound to %1:%2, so listener %3 takes the connection; %4.</source>
        <translation>Kein Listener ist an %1:%2 gebunden, also nimmt Listener %3 die Verbindung an; %4.</translation>
    </message>
    <message>
        <source>No listener is bound to %1:%2 (only %3), so listener %4 takes the connection; %5.</source>
        <translation>Kein Listener ist an %1:%2 gebunden (nur %3), also nimmt Listener %4 die Verbindung an; %5.</translation>
    </message>
    <message>
        <source>TLS with SNI (none), ALPN %1</source>
        <translation>TLS ohne SNI, ALPN %1</translation>
    </message>
    <message>
        <source>TLS with SNI (none)</source>
        <translation>TLS ohne SNI</translation>
    </message>
    <message>
        <source>TLS with SNI %1, ALPN %2</source>
        <translation>TLS mit SNI %1, ALPN %2</translation>
    </message>
    <message>
        <source>TLS with SNI %1</source>
        <translation>TLS mit SNI %1</translation>
    </message>
    <message>
        <source>Plaintext HTTP</source>
        <translation>Klartext-HTTP</translation>
    </message>
    <message>
        <source>Raw TCP</source>
        <translation>Reines TCP</translation>
    </message>
    <message>
        <source>%1 → route %2</source>
        <translation>%1 → Route %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 to %2 selects the filter chain for %3, of %4 (ServiceEntry %5).</source>
        <translation>%1 an %2 wählt die Filter-Chain für %3 von %4 (ServiceEntry %5).</translation>
    </message>
    <message>
        <source>%1 to %2 selects the filter chain for %3, of %4 (ServiceEntry %5) among: %6.</source>
        <translation>%1 an %2 wählt die Filter-Chain für %3 von %4 (ServiceEntry %5) unter: %6.</translation>
    </message>
    <message>
        <source>%1 to %2 matches no other chain; the listener&apos;s default chain takes it: the match-all chain of %3 (ServiceEntry %4, %5).</source>
        <translation>%1 an %2 passt auf keine andere Chain; die Default-Chain des Listeners übernimmt: die Match-all-Chain von %3 (ServiceEntry %4, %5).</translation>
    </message>
    <message>
        <source>%1 to %2 matches no other chain; the listener&apos;s default chain takes it: the match-all chain of %3 (ServiceEntry %4, %5, no addresses).</source>
        <translation>%1 an %2 passt auf keine andere Chain; die Default-Chain des Listeners übernimmt: die Match-all-Chain von %3 (ServiceEntry %4, %5, ohne Adressen).</translation>
    </message>
    <message>
        <source>%1 to %2 matches none of: %3; the listener&apos;s default chain takes it: the match-all chain of %4 (ServiceEntry %5, %6).</source>
        <translation>%1 an %2 passt auf keine von: %3; die Default-Chain des Listeners übernimmt: die Match-all-Chain von %4 (ServiceEntry %5, %6).</translation>
    </message>
    <message>
        <source>%1 to %2 matches none of: %3; the listener&apos;s default chain takes it: the match-all chain of %4 (ServiceEntry %5, %6, no addresses).</source>
        <translation>%1 an %2 passt auf keine von: %3; die Default-Chain des Listeners übernimmt: die Match-all-Chain von %4 (ServiceEntry %5, %6, ohne Adressen).</translation>
    </message>
    <message>
        <source>no service of the scope has host %1 with port %2</source>
        <translation>kein Service des Scopes hat den Host %1 mit Port %2</translation>
    </message>
    <message>
        <source>ServiceEntry %1 keeps the host %2 and the ports of %3 were not merged into it (%4)</source>
        <translation>ServiceEntry %1 behält den Host %2, und die Ports von %3 wurden nicht in ihn übernommen (%4)</translation>
    </message>
    <message>
        <source>ServiceEntry %1 keeps the host %2 and the ports of %3 were not merged into it</source>
        <translation>ServiceEntry %1 behält den Host %2, und die Ports von %3 wurden nicht in ihn übernommen</translation>
    </message>
    <message>
        <source>ORIGINAL_DST: the connection goes on to the address the application dialled</source>
        <translation>ORIGINAL_DST: die Verbindung geht weiter an die Adresse, die die Anwendung gewählt hat</translation>
    </message>
    <message>
        <source>ORIGINAL_DST: the connection goes on to the address the application dialled, port rewritten to %1 (targetPort)</source>
        <translation>ORIGINAL_DST: die Verbindung geht weiter an die Adresse, die die Anwendung gewählt hat, Port umgeschrieben auf %1 (targetPort)</translation>
    </message>
    <message>
        <source>dynamic forward proxy: Envoy resolves the name the client sends</source>
        <translation>Dynamic Forward Proxy: Envoy löst den Namen auf, den der Client sendet</translation>
    </message>
    <message>
        <source>of an unknown resolution</source>
        <translation>einer unbekannten resolution</translation>
    </message>
    <message>
        <source>; %1 selected workload Istio makes no endpoint of (%2)</source>
        <translation>; %1 ausgewählter Workload, aus dem Istio keinen Endpoint macht (%2)</translation>
    </message>
    <message>
        <source>; %1 selected workloads Istio makes no endpoint of (%2, …)</source>
        <translation>; %1 ausgewählte Workloads, aus denen Istio keinen Endpoint macht (%2, …)</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4%5.</source>
        <translation>Cluster %1 von ServiceEntry %2 (resolution %3): %4%5.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoint %5%6.</source>
        <translation>Cluster %1 von ServiceEntry %2 (resolution %3): %4, Endpoint %5%6.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoints %5%6.</source>
        <translation>Cluster %1 von ServiceEntry %2 (resolution %3): %4, Endpoints %5%6.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoints %5 and %6 more%7.</source>
        <translation>Cluster %1 von ServiceEntry %2 (resolution %3): %4, Endpoints %5 und %6 weitere%7.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, no endpoints (connections fail)%5.</source>
        <translation>Cluster %1 von ServiceEntry %2 (resolution %3): %4, keine Endpoints (Verbindungen scheitern)%5.</translation>
    </message>
    <message>
        <source>port %1 declares no protocol, so Istio sniffs it; the request is sent as %2 (give the protocol to send something else)</source>
        <translation>Port %1 gibt kein Protokoll an, also erkennt Istio es per Sniffing; die Anfrage wird als %2 gesendet (geben Sie das Protokoll an, um etwas anderes zu senden)</translation>
    </message>
    <message>
        <source>port %1 declares no protocol, so Istio sniffs it; the request is sent as %2 after the port name %3 (give the protocol to send something else)</source>
        <translation>Port %1 gibt kein Protokoll an, also erkennt Istio es per Sniffing; die Anfrage wird nach dem Portnamen %3 als %2 gesendet (geben Sie das Protokoll an, um etwas anderes zu senden)</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1 (Istio&apos;s default; no mesh config given).</source>
        <translation>Outbound-Traffic-Policy %1 (Istios Standard; keine Mesh-Konfiguration angegeben).</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from the mesh config %2.</source>
        <translation>Outbound-Traffic-Policy %1, aus der Mesh-Konfiguration %2.</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2; unknown destinations go to the egress proxy %3.</source>
        <translation>Outbound-Traffic-Policy %1, aus Sidecar %2; unbekannte Ziele gehen an den Egress-Proxy %3.</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2 (a Sidecar policy without a mode means REGISTRY_ONLY).</source>
        <translation>Outbound-Traffic-Policy %1, aus Sidecar %2 (eine Sidecar-Policy ohne mode bedeutet REGISTRY_ONLY).</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2.</source>
        <translation>Outbound-Traffic-Policy %1, aus Sidecar %2.</translation>
    </message>
    <message>
        <source>Sidecar %1 egress[%2] sets bind or captureMode, which MeshEntry does not model (ISTIO-ROUTING.md §9): its listeners are shown as if captured by iptables</source>
        <translation>Sidecar %1 egress[%2] setzt bind oder captureMode, was MeshEntry nicht modelliert (ISTIO-ROUTING.md §9): seine Listener werden gezeigt, als würde iptables sie abfangen</translation>
    </message>
    <message>
        <source>Sidecar %1 egress[%2] makes port %3 an HTTP_PROXY port, which MeshEntry does not model</source>
        <translation>Sidecar %1 egress[%2] macht Port %3 zu einem HTTP_PROXY-Port, was MeshEntry nicht modelliert</translation>
    </message>
    <message>
        <source>Sidecar %1 applies instead to workloads with the labels %2; this answer is for the others</source>
        <translation>Sidecar %1 gilt stattdessen für Workloads mit den Labels %2; diese Antwort gilt für die anderen</translation>
    </message>
    <message>
        <source>no ServiceEntry declares port %1: the request is sent as %2</source>
        <translation>kein ServiceEntry deklariert Port %1: die Anfrage wird als %2 gesendet</translation>
    </message>
    <message>
        <source>no ServiceEntry declares port %1 for %2: the request is sent as %3</source>
        <translation>kein ServiceEntry deklariert Port %1 für %2: die Anfrage wird als %3 gesendet</translation>
    </message>
    <message>
        <source>%1 is somewhere in %2; assumed %3</source>
        <translation>%1 liegt irgendwo in %2; angenommen: %3</translation>
    </message>
    <message>
        <source>without DNS capture the application looks %1 up in the cluster&apos;s DNS; assumed it gets the address the ServiceEntry declares</source>
        <translation>ohne DNS-Capture fragt die Anwendung %1 im DNS des Clusters ab; angenommen, sie erhält die Adresse, die der ServiceEntry deklariert</translation>
    </message>
    <message>
        <source>the address auto-allocated to %1 (240.240.0.0/16) is not in status.addresses of ServiceEntry %2; it is shown as %3</source>
        <translation>die %1 automatisch zugewiesene Adresse (240.240.0.0/16) steht nicht in status.addresses von ServiceEntry %2; sie wird als %3 gezeigt</translation>
    </message>
    <message>
        <source>No address and no host were given; the request goes to %1:%2 over %3.</source>
        <translation>Weder Adresse noch Host wurden angegeben; die Anfrage geht an %1:%2 über %3.</translation>
    </message>
    <message>
        <source>the destination address is not known: assumed %1, an address no ServiceEntry declares</source>
        <translation>die Zieladresse ist nicht bekannt: angenommen %1, eine Adresse, die kein ServiceEntry deklariert</translation>
    </message>
    <message>
        <source>No ServiceEntry gives %1 an address; the request goes to %2:%3 over %4.</source>
        <translation>Kein ServiceEntry gibt %1 eine Adresse; die Anfrage geht an %2:%3 über %4.</translation>
    </message>
    <message>
        <source>the application dials whatever DNS answers for %1: assumed %2, an address no ServiceEntry declares</source>
        <translation>die Anwendung wählt, was das DNS für %1 antwortet: angenommen %2, eine Adresse, die kein ServiceEntry deklariert</translation>
    </message>
    <message>
        <source>Kubernetes Services are not in the files: a Service %1 would take the host from a ServiceEntry in its namespace and add its own listeners</source>
        <translation>Kubernetes-Services sind nicht in den Dateien: ein Service %1 würde den Host einem ServiceEntry in seinem Namespace abnehmen und eigene Listener hinzufügen</translation>
    </message>
    <message>
        <source>the labels of namespace %1 are not known: serviceEntryVisibility may narrow the exportTo of %2</source>
        <translation>die Labels des Namespace %1 sind nicht bekannt: serviceEntryVisibility kann das exportTo von %2 einschränken</translation>
    </message>
    <message>
        <source>ServiceEntry %1 does not export %2 to %3 (exportTo %4, narrowed to %5 by serviceEntryVisibility).</source>
        <translation>ServiceEntry %1 exportiert %2 nicht nach %3 (exportTo %4, von serviceEntryVisibility auf %5 eingeschränkt).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 does not export %2 to %3 (exportTo %4).</source>
        <translation>ServiceEntry %1 exportiert %2 nicht nach %3 (exportTo %4).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 exports %2 to %3 (exportTo %4).</source>
        <translation>ServiceEntry %1 exportiert %2 nach %3 (exportTo %4).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 exports %2 to %3 (exportTo %4, the mesh default).</source>
        <translation>ServiceEntry %1 exportiert %2 nach %3 (exportTo %4, der Standard des Mesh).</translation>
    </message>
    <message>
        <source>Port %1 is the sidecar&apos;s own outbound port: the connection goes to BlackHoleCluster so it cannot loop.</source>
        <translation>Port %1 ist der eigene Outbound-Port des Sidecars: die Verbindung geht an BlackHoleCluster, damit sie keine Schleife bildet.</translation>
    </message>
    <message>
        <source>Port %1 is the sidecar&apos;s own inbound port: the connection goes to BlackHoleCluster so it cannot loop.</source>
        <translation>Port %1 ist der eigene Inbound-Port des Sidecars: die Verbindung geht an BlackHoleCluster, damit sie keine Schleife bildet.</translation>
    </message>
    <message>
        <source>No listener has %1:%2 (no listener on port %2 at all): the connection goes to virtualOutbound (0.0.0.0_%3).</source>
        <translation>Kein Listener hat %1:%2 (überhaupt kein Listener auf Port %2): die Verbindung geht an virtualOutbound (0.0.0.0_%3).</translation>
    </message>
    <message>
        <source>No listener has %1:%2 (only %3): the connection goes to virtualOutbound (0.0.0.0_%4).</source>
        <translation>Kein Listener hat %1:%2 (nur %3): die Verbindung geht an virtualOutbound (0.0.0.0_%4).</translation>
    </message>
    <message>
        <source>The chain is an HTTP connection manager, but the client sends TLS: the connection fails.</source>
        <translation>Die Chain ist ein HTTP Connection Manager, aber der Client sendet TLS: die Verbindung scheitert.</translation>
    </message>
    <message>
        <source>The chain is an HTTP connection manager, but the client sends raw TCP: the connection fails.</source>
        <translation>Die Chain ist ein HTTP Connection Manager, aber der Client sendet reines TCP: die Verbindung scheitert.</translation>
    </message>
    <message>
        <source>Route %1 belongs to the sniffed listener of one service: its virtual host takes any Host.</source>
        <translation>Route %1 gehört zum Sniffing-Listener eines einzelnen Service: sein virtueller Host nimmt jeden Host an.</translation>
    </message>
    <message>
        <source>Route %1 is shared by the HTTP services on port %1 (1 virtual host and the catch-all).</source>
        <translation>Route %1 wird von den HTTP-Services auf Port %1 geteilt (1 virtueller Host und der Catch-all).</translation>
    </message>
    <message>
        <source>Route %1 is shared by the HTTP services on port %1 (%2 virtual hosts and the catch-all).</source>
        <translation>Route %1 wird von den HTTP-Services auf Port %1 geteilt (%2 virtuelle Hosts und der Catch-all).</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the exact domain %3.</source>
        <translation>Host %1 wählt den virtuellen Host %2 über die exakte Domain %3.</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the longest suffix wildcard %3.</source>
        <translation>Host %1 wählt den virtuellen Host %2 über den längsten Suffix-Wildcard %3.</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the longest prefix wildcard %3.</source>
        <translation>Host %1 wählt den virtuellen Host %2 über den längsten Präfix-Wildcard %3.</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the domain *.</source>
        <translation>Host %1 wählt den virtuellen Host %2 über die Domain *.</translation>
    </message>
    <message>
        <source>No virtual host has the domain %1: the catch-all %2 (%3) answers 502.</source>
        <translation>Kein virtueller Host hat die Domain %1: der Catch-all %2 (%3) antwortet mit 502.</translation>
    </message>
    <message>
        <source>No virtual host has the domain %1: the catch-all %2 (%3) sends it to %4.</source>
        <translation>Kein virtueller Host hat die Domain %1: der Catch-all %2 (%3) schickt sie an %4.</translation>
    </message>
    <message>
        <source>%1: REGISTRY_ONLY closes the connection.</source>
        <translation>%1: REGISTRY_ONLY schließt die Verbindung.</translation>
    </message>
    <message>
        <source>%1: %2 lets it leave the mesh to %3:%4 as it is.</source>
        <translation>%1: %2 lässt sie unverändert aus dem Mesh an %3:%4 hinaus.</translation>
    </message>
    <message>
        <source>%1: ALLOW_ANY sends it to the egress proxy.</source>
        <translation>%1: ALLOW_ANY schickt sie an den Egress-Proxy.</translation>
    </message>
    <message>
        <source>the request reaches cluster %1, which istiod does not build</source>
        <translation>die Anfrage erreicht den Cluster %1, den istiod nicht baut</translation>
    </message>
    <message>
        <source>Pods are not in the files: the workloadSelector of ServiceEntry %1 may select Pods too</source>
        <translation>Pods sind nicht in den Dateien: der workloadSelector von ServiceEntry %1 kann auch Pods auswählen</translation>
    </message>
    <message>
        <source>the ports they add are lost</source>
        <translation>die Ports, die sie hinzufügen, gehen verloren</translation>
    </message>
    <message>
        <source>port %1 of this ServiceEntry is lost</source>
        <translation>Port %1 dieses ServiceEntry geht verloren</translation>
    </message>
    <message>
        <source>ports %1 of this ServiceEntry are lost</source>
        <translation>die Ports %1 dieses ServiceEntry gehen verloren</translation>
    </message>
    <message>
        <source>port %1 of %2 is lost</source>
        <translation>Port %1 von %2 geht verloren</translation>
    </message>
    <message>
        <source>ports %1 of %2 are lost</source>
        <translation>die Ports %1 von %2 gehen verloren</translation>
    </message>
    <message>
        <source>this ServiceEntry</source>
        <translation>diesen ServiceEntry</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>host %1 is also defined in namespace %2 by %3, and Istio merges ServiceEntries of one host and namespace only when resolution, labels, workloadSelector and exportTo agree: it keeps %4 for the host (%5), and %6 (sidecars get %7)</source>
        <translation>Host %1 ist im Namespace %2 auch in %3 definiert, und Istio führt ServiceEntries eines Hosts und Namespace nur zusammen, wenn resolution, labels, workloadSelector und exportTo übereinstimmen: es behält %4 für den Host (%5), und %6 (Sidecars erhalten %7)</translation>
    </message>
    <message>
        <source>a listener but no cluster for it</source>
        <translation>einen Listener, aber keinen Cluster dafür</translation>
    </message>
    <message>
        <source>listeners but no cluster for them</source>
        <translation>Listener, aber keinen Cluster dafür</translation>
    </message>
    <message>
        <source>metadata.labels differ: %1=%2 here, %1=%3 there</source>
        <translation>metadata.labels unterscheiden sich: hier %1=%2, dort %1=%3</translation>
    </message>
    <message>
        <source>metadata.labels differ: %1=%2 here, no %1 there</source>
        <translation>metadata.labels unterscheiden sich: hier %1=%2, dort kein %1</translation>
    </message>
    <message>
        <source>metadata.labels differ: no %1 here, %1=%2 there</source>
        <translation>metadata.labels unterscheiden sich: hier kein %1, dort %1=%2</translation>
    </message>
    <message>
        <source>workloadSelector differs: %1=%2 here, %1=%3 there</source>
        <translation>workloadSelector unterscheidet sich: hier %1=%2, dort %1=%3</translation>
    </message>
    <message>
        <source>workloadSelector differs: %1=%2 here, no %1 there</source>
        <translation>workloadSelector unterscheidet sich: hier %1=%2, dort kein %1</translation>
    </message>
    <message>
        <source>workloadSelector differs: no %1 here, %1=%2 there</source>
        <translation>workloadSelector unterscheidet sich: hier kein %1, dort %1=%2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>resolution differs: %1 here, %2 there</source>
        <translation>resolution unterscheidet sich: hier %1, dort %2</translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation>kein Protokoll</translation>
    </message>
    <message>
        <source>the ServiceEntry declares the port number twice, and the first one wins</source>
        <translation>der ServiceEntry deklariert die Portnummer zweimal, und die erste gewinnt</translation>
    </message>
    <message>
        <source>its address is listed earlier in the same ServiceEntry</source>
        <translation>seine Adresse steht im selben ServiceEntry weiter vorn</translation>
    </message>
    <message>
        <source>hosts of one ServiceEntry are ordered by name, and %1 sorts before %2</source>
        <translation>die Hosts eines ServiceEntry werden nach Namen geordnet, und %1 kommt vor %2</translation>
    </message>
    <message>
        <source>it is exported to the namespace explicitly, which puts it before public entries</source>
        <translation>er wird ausdrücklich in den Namespace exportiert, was ihn vor öffentliche Einträge stellt</translation>
    </message>
    <message>
        <source>it was created earlier</source>
        <translation>er wurde früher erstellt</translation>
    </message>
    <message>
        <source>the older one wins; neither has a creationTimestamp, so the first by name is assumed</source>
        <translation>der ältere gewinnt; keiner hat einen creationTimestamp, daher wird der erste nach Namen angenommen</translation>
    </message>
    <message>
        <source>both were created in the same second, so Istio may keep either; the first by name is assumed</source>
        <translation>beide wurden in derselben Sekunde angelegt, daher kann Istio jeden von beiden behalten; der erste nach Namen wird angenommen</translation>
    </message>
    <message>
        <source>ServiceEntry %1 (%2)</source>
        <translation>ServiceEntry %1 (%2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>phase Failed: Istio does not watch failed Pods</source>
        <translation>Phase Failed: Istio beobachtet keine fehlgeschlagenen Pods</translation>
    </message>
    <message>
        <source>phase Succeeded: a completed Pod is never an endpoint</source>
        <translation>Phase Succeeded: ein abgeschlossener Pod ist nie ein Endpoint</translation>
    </message>
    <message>
        <source>terminating (metadata.deletionTimestamp is set)</source>
        <translation>wird beendet (metadata.deletionTimestamp ist gesetzt)</translation>
    </message>
    <message>
        <source>no Pod IP yet (status.podIP is empty)</source>
        <translation>noch keine Pod-IP (status.podIP ist leer)</translation>
    </message>
    <message>
        <source>no Ready condition: Istio only adds Pods whose Ready condition is True</source>
        <translation>keine Ready-Condition: Istio nimmt nur Pods auf, deren Ready-Condition True ist</translation>
    </message>
    <message>
        <source>not ready (condition Ready is False)</source>
        <translation>nicht bereit (Condition Ready ist False)</translation>
    </message>
    <message>
        <source>readiness unknown (condition Ready is Unknown)</source>
        <translation>Bereitschaft unbekannt (Condition Ready ist Unknown)</translation>
    </message>
    <message>
        <source>health checks are on (proxy.istio.io/health-checks-enabled) and the Healthy condition is %1</source>
        <translation>Health-Checks sind an (proxy.istio.io/health-checks-enabled) und die Healthy-Condition ist %1</translation>
    </message>
    <message>
        <source>address %1 is a Unix socket: only DNS and DNS_ROUND_ROBIN entries use it, not %2</source>
        <translation>Adresse %1 ist ein Unix-Socket: nur DNS- und DNS_ROUND_ROBIN-Einträge verwenden sie, nicht %2</translation>
    </message>
    <message>
        <source>address %1 is a host name: only DNS and DNS_ROUND_ROBIN entries use it, not %2</source>
        <translation>Adresse %1 ist ein Hostname: nur DNS- und DNS_ROUND_ROBIN-Einträge verwenden sie, nicht %2</translation>
    </message>
    <message>
        <source>The address is a Unix socket: the endpoint has no port.</source>
        <translation>Die Adresse ist ein Unix-Socket: der Endpoint hat keinen Port.</translation>
    </message>
    <message>
        <source>The WorkloadEntry&apos;s ports[%1] (%2) overrides the ServiceEntry port&apos;s targetPort and number.</source>
        <translation>ports[%1] (%2) des WorkloadEntry ersetzt targetPort und number des ServiceEntry-Ports.</translation>
    </message>
    <message>
        <source>The Pod&apos;s container port named %1 (%2) overrides the ServiceEntry port&apos;s targetPort and number.</source>
        <translation>Der Container-Port %1 (%2) des Pods ersetzt targetPort und number des ServiceEntry-Ports.</translation>
    </message>
    <message>
        <source>No workload port is named %1, so the ServiceEntry port&apos;s targetPort (%2) is used.</source>
        <translation>Kein Workload-Port heißt %1, daher wird targetPort (%2) des ServiceEntry-Ports verwendet.</translation>
    </message>
    <message>
        <source>No workload port is named %1 and targetPort is unset, so the port number (%2) is used.</source>
        <translation>Kein Workload-Port heißt %1 und targetPort ist nicht gesetzt, daher wird die Portnummer (%2) verwendet.</translation>
    </message>
    <message>
        <source>no workloadSelector: the endpoints are spec.endpoints, not selected workloads</source>
        <translation>kein workloadSelector: die Endpoints sind spec.endpoints, keine ausgewählten Workloads</translation>
    </message>
    <message>
        <source>the workloadSelector has no labels: it selects every workload in namespace %1</source>
        <translation>der workloadSelector hat keine Labels: er wählt jeden Workload im Namespace %1 aus</translation>
    </message>
    <message>
        <source>resolution NONE: Istio builds these endpoints, but sidecars send requests to their original destination address instead of balancing over them; use STATIC (or DNS for host names)</source>
        <translation>resolution NONE: Istio baut diese Endpoints, aber Sidecars schicken Anfragen an ihre ursprüngliche Zieladresse, statt sie auf die Endpoints zu verteilen; verwenden Sie STATIC (oder DNS für Hostnamen)</translation>
    </message>
    <message>
        <source>unknown resolution: Istio rejects the entry</source>
        <translation>unbekannte resolution: Istio lehnt den Eintrag ab</translation>
    </message>
    <message>
        <source>DNS_ROUND_ROBIN uses only the first endpoint of each port: %1 of the %2 ready workloads are not used</source>
        <translation>DNS_ROUND_ROBIN verwendet nur den ersten Endpoint jedes Ports: %1 der %2 bereiten Workloads werden nicht verwendet</translation>
    </message>
    <message>
        <source>the ServiceEntry has no ports: Istio builds no endpoints</source>
        <translation>der ServiceEntry hat keine Ports: Istio baut keine Endpoints</translation>
    </message>
    <message>
        <source>the selector matches no Pod or WorkloadEntry in namespace %1</source>
        <translation>der Selektor passt auf keinen Pod und keinen WorkloadEntry im Namespace %1</translation>
    </message>
    <message>
        <source>none of the %1 selected workloads is used: see the reasons</source>
        <translation>keiner der %1 ausgewählten Workloads wird verwendet: siehe die Gründe</translation>
    </message>
    <message>
        <source>serviceEntryVisibility depends on the labels of namespace %1, which are not known: visibleIn follows exportTo alone</source>
        <translation>serviceEntryVisibility hängt von den Labels des Namespace %1 ab, die nicht bekannt sind: visibleIn folgt allein exportTo</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and %1 sorts before %2</source>
        <translation>keiner hat einen creationTimestamp, und %1 kommt vor %2</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and namespace %1 sorts before %2</source>
        <translation>keiner hat einen creationTimestamp, und Namespace %1 kommt vor %2</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and name %1 sorts before %2</source>
        <translation>keiner hat einen creationTimestamp, und der Name %1 kommt vor %2</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and it comes first in the files</source>
        <translation>keiner hat einen creationTimestamp, und er kommt in den Dateien zuerst</translation>
    </message>
    <message>
        <source>both were created in the same second, and %1 sorts before %2</source>
        <translation>beide wurden in derselben Sekunde erstellt, und %1 kommt vor %2</translation>
    </message>
    <message>
        <source>both were created in the same second, and namespace %1 sorts before %2</source>
        <translation>beide wurden in derselben Sekunde erstellt, und Namespace %1 kommt vor %2</translation>
    </message>
    <message>
        <source>both were created in the same second, and name %1 sorts before %2</source>
        <translation>beide wurden in derselben Sekunde erstellt, und der Name %1 kommt vor %2</translation>
    </message>
    <message>
        <source>both were created in the same second, and it comes first in the files</source>
        <translation>beide wurden in derselben Sekunde erstellt, und er kommt in den Dateien zuerst</translation>
    </message>
    <message>
        <source>port %1 of %2 (%3) gets no listener: %4</source>
        <translation>Port %1 von %2 (%3) bekommt keinen Listener: %4</translation>
    </message>
    <message>
        <source>the filter chain of %1 (%2) on %3 was dropped: %4 (%5) has the same match</source>
        <translation>die Filter-Chain von %1 (%2) auf %3 wurde verworfen: %4 (%5) hat denselben Match</translation>
    </message>
    <message>
        <source>egressProxy is only used with mode ALLOW_ANY</source>
        <translation>egressProxy wird nur mit mode ALLOW_ANY verwendet</translation>
    </message>
    <message>
        <source>namespaces differ</source>
        <translation>die Namespaces unterscheiden sich</translation>
    </message>
    <message>
        <source>resolutions differ</source>
        <translation>die resolutions unterscheiden sich</translation>
    </message>
    <message>
        <source>labels differ</source>
        <translation>die Labels unterscheiden sich</translation>
    </message>
    <message>
        <source>workloadSelectors differ</source>
        <translation>die workloadSelectors unterscheiden sich</translation>
    </message>
    <message>
        <source>exportTo differs</source>
        <translation>exportTo unterscheidet sich</translation>
    </message>
    <message>
        <source>exportTo differs: %1 here, %2 there</source>
        <translation>exportTo unterscheidet sich: hier %1, dort %2</translation>
    </message>
    <message>
        <source>serviceEntryVisibility narrows exportTo %1 of namespace %2 to %3</source>
        <translation>serviceEntryVisibility schränkt exportTo %1 des Namespace %2 auf %3 ein</translation>
    </message>
    <message>
        <source>not exported to %1 (exportTo %2)</source>
        <translation>nicht nach %1 exportiert (exportTo %2)</translation>
    </message>
    <message>
        <source>ServiceEntry %1 defines the host first in %2; the ports of this entry are not merged (%3)</source>
        <translation>ServiceEntry %1 definiert den Host zuerst in %2; die Ports dieses Eintrags werden nicht zusammengeführt (%3)</translation>
    </message>
    <message>
        <source>ServiceEntry %1 defines the host first in %2 with the same ports</source>
        <translation>ServiceEntry %1 definiert den Host zuerst in %2, mit denselben Ports</translation>
    </message>
    <message>
        <source>excluded by Sidecar %1 (egress host &quot;%2&quot;)</source>
        <translation>ausgeschlossen durch Sidecar %1 (egress-Host &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Sidecar %1 does not import it</source>
        <translation>Sidecar %1 importiert ihn nicht</translation>
    </message>
    <message>
        <source>Sidecar %1 imports it only on port %2, which it does not have</source>
        <translation>Sidecar %1 importiert ihn nur auf Port %2, den er nicht hat</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>shadowed by the entry in %1&apos;s own namespace (%2)</source>
        <translation>verdeckt durch den Eintrag im eigenen Namespace von %1 (%2)</translation>
    </message>
    <message>
        <source>shadowed by %1, exported to %2 explicitly</source>
        <translation>verdeckt durch %1, das ausdrücklich nach %2 exportiert ist</translation>
    </message>
    <message>
        <source>shadowed by %1, which comes first in creation order</source>
        <translation>verdeckt durch %1, das in der Erstellungsreihenfolge zuerst kommt</translation>
    </message>
    <message>
        <source>no ServiceEntry in %1 defines %2</source>
        <translation>kein ServiceEntry in %1 definiert %2</translation>
    </message>
    <message>
        <source>%1 sees %2 from ServiceEntry %3</source>
        <translation>%1 sieht %2 aus ServiceEntry %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked for %1); set KUBECONFIG or pass --kubeconfig</source>
        <translation>keine kubeconfig gefunden (gesucht: %1); setzen Sie KUBECONFIG oder übergeben Sie --kubeconfig</translation>
    </message>
    <message>
        <source>no context chosen: the kubeconfig sets no current-context (choose one with --context)</source>
        <translation>kein Kontext gewählt: die kubeconfig setzt keinen current-context (wählen Sie einen mit --context)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>Kontext „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>invalid configuration: %1</source>
        <translation>ungültige Konfiguration: %1</translation>
    </message>
    <message>
        <source>cluster was not specified for context &quot;%1&quot;</source>
        <translation>für den Kontext „%1“ ist kein Cluster angegeben</translation>
    </message>
    <message>
        <source>user was not specified for context &quot;%1&quot;</source>
        <translation>für den Kontext „%1“ ist kein Benutzer angegeben</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; for context &quot;%2&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>der Namespace „%1“ des Kontexts „%2“ entspricht nicht den DNS_LABEL-Regeln von Kubernetes</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>der Cluster „%1“ des Kontexts „%2“ wurde nicht gefunden</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>der Benutzer „%1“ des Kontexts „%2“ wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>für den Cluster „%1“ ist kein Server angegeben</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; of cluster &quot;%2&quot; is not an http or https URL</source>
        <translation>der Server „%1“ des Clusters „%2“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation>certificate-authority %1 für %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>eine Datei mit Stammzertifikaten ist zusammen mit insecure-skip-tls-verify nicht erlaubt</translation>
    </message>
    <message>
        <source>the certificate authority of cluster &quot;%1&quot; holds no PEM certificate</source>
        <translation>die Zertifizierungsstelle des Clusters „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
        <translation>mehr als eine Anmeldemethode für %1 gefunden; gefunden: [%2], erlaubt ist nur eine</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
        <translation>authProvider kann für %1 nicht zusammen mit einem exec-Plugin angegeben werden</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; authenticates with the auth-provider &quot;%2&quot;, which MeshEntry does not support (kubectl dropped auth providers in v1.26); use an exec credential plugin instead</source>
        <translation>der Benutzer „%1“ meldet sich über den auth-provider „%2“ an, den MeshEntry nicht unterstützt (kubectl hat auth-provider in v1.26 entfernt); verwenden Sie stattdessen ein exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation>client-cert %1 für %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation>client-key %1 für %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
        <translation>für %1 muss client-key-data oder client-key angegeben sein, um sich per clientCert anzumelden.</translation>
    </message>
    <message>
        <source>the client certificate or key of user &quot;%1&quot; is not valid PEM</source>
        <translation>das Client-Zertifikat oder der Schlüssel des Benutzers „%1“ ist kein gültiges PEM</translation>
    </message>
    <message>
        <source>command must be specified for %1 to use exec authentication plugin</source>
        <translation>für %1 muss command angegeben sein, um das exec-Anmelde-Plugin zu nutzen</translation>
    </message>
    <message>
        <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
        <translation>für %1 muss apiVersion angegeben sein, um das exec-Anmelde-Plugin zu nutzen</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>exec-Plugin: ungültige apiVersion „%1“</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
        <translation>für %1 muss interactiveMode angegeben sein, um das exec-Anmelde-Plugin zu nutzen</translation>
    </message>
    <message>
        <source>env variable name must be specified for %1 to use exec authentication plugin</source>
        <translation>für %1 muss jede env-Variable einen Namen haben, um das exec-Anmelde-Plugin zu nutzen</translation>
    </message>
    <message>
        <source>cannot read tokenFile %1 of user &quot;%2&quot;: %3</source>
        <translation>tokenFile %1 des Benutzers „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the name of this translation&apos;s language, in it</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; MeshEntry opens YAML files up to %3 MiB</source>
        <translation>%1 ist %2 MiB groß; MeshEntry öffnet YAML-Dateien bis %3 MiB</translation>
    </message>
    <message>
        <source>opening %1 was cancelled</source>
        <translation>das Öffnen von %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MessageList</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Choose a fix</source>
        <translation>Korrektur wählen</translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation>%1 korrigieren</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Label hinzufügen…</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Add annotation…</source>
        <translation>Annotation hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Names&amp;pace:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>Lab&amp;els:</translation>
    </message>
    <message>
        <source>API ve&amp;rsion:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Annotat&amp;ions:</source>
        <translation>Annotat&amp;ions:</translation>
    </message>
</context>
<context>
    <name>MeshEntry::NewDocumentDialog</name>
    <message>
        <source>In a &amp;new file</source>
        <translation>In einer &amp;neuen Datei</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>What to create</source>
        <translation>Was angelegt werden soll</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <source>A file with nothing in it yet</source>
        <translation>Eine Datei, in der noch nichts steht</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&amp;Add to %1</source>
        <translation>Zu %1 &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open from Cluster</source>
        <translation>Aus Cluster öffnen</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Kinds:</translation>
    </message>
    <message>
        <source>Filter by name, namespace or host</source>
        <translation>Nach Name, Namespace oder Host filtern</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Deselect All</source>
        <translation>Auswahl auf&amp;heben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Open %n Object(s)</source>
        <translation>
            <numerusform>%n Objekt ö&amp;ffnen</numerusform>
            <numerusform>%n Objekte ö&amp;ffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Lade aus %1…</translation>
    </message>
    <message>
        <source>Nothing of these kinds in %1.</source>
        <translation>Nichts von diesen Kinds in %1.</translation>
    </message>
    <message>
        <source>any namespace</source>
        <translation>irgendeinem Namespace</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s); tick the ones to open.</source>
        <translation>
            <numerusform>%n Objekt; haken Sie die an, die geöffnet werden sollen.</numerusform>
            <numerusform>%n Objekte; haken Sie die an, die geöffnet werden sollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;ServiceEntries</source>
        <translation>&amp;ServiceEntries</translation>
    </message>
    <message>
        <source>&amp;WorkloadEntries</source>
        <translation>&amp;WorkloadEntries</translation>
    </message>
    <message>
        <source>Sid&amp;ecars</source>
        <translation>Sid&amp;ecars</translation>
    </message>
    <message>
        <source>Nothing listed: this context cannot be used.</source>
        <translation>Nichts aufgelistet: dieser Kontext ist nicht nutzbar.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterFlow</name>
    <message>
        <source>Open from Cluster</source>
        <translation>Aus Cluster öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n object(s) from context %1; the file is not saved yet.</source>
        <translation>
            <numerusform>%n Objekt aus Kontext %1 geöffnet; die Datei ist noch nicht gespeichert.</numerusform>
            <numerusform>%n Objekte aus Kontext %1 geöffnet; die Datei ist noch nicht gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OtherFieldsView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kept exactly as written; edit them in the YAML pane</source>
        <translation>Genau wie geschrieben aufbewahrt; bearbeiten Sie sie im YAML-Bereich</translation>
    </message>
</context>
<context>
    <name>MeshEntry::OutlineModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Document %1 (syntax error)</source>
        <translation>Dokument %1 (Syntaxfehler)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>No kind</source>
        <translation>Kein kind</translation>
    </message>
    <message>
        <source>Starts on line %1</source>
        <translation>Beginnt in Zeile %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OutlineView</name>
    <message>
        <source>Filter by name, namespace or kind</source>
        <translation>Nach Name, Namespace oder Kind filtern</translation>
    </message>
    <message>
        <source>Outline filter</source>
        <translation>Gliederungsfilter</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>No document matches “%1”.</source>
        <translation>Kein Dokument passt zu „%1“.</translation>
    </message>
    <message>
        <source>Shows only the documents whose name, namespace or kind contains the text</source>
        <translation>Zeigt nur die Dokumente, deren Name, Namespace oder Kind den Text enthält</translation>
    </message>
    <message>
        <source>The open files and their documents; a document&apos;s tooltip counts its errors and warnings</source>
        <translation>Die geöffneten Dateien und ihre Dokumente; der Tooltip eines Dokuments zählt seine Fehler und Warnungen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::PortsTable</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Add port…</source>
        <translation>Port hinzufügen…</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Port %1 (%2)</source>
        <translation>Port %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MeshEntry::PreferencesDialog</name>
    <message>
        <source>Save unsaved changes every 30 seconds for crash recovery</source>
        <translation>Ungespeicherte Änderungen alle 30 Sekunden zur Wiederherstellung nach Abstürzen sichern</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Colour scheme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>YAML font size:</source>
        <translation>YAML-Schriftgröße:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RecentFiles</name>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RegularFile</name>
    <message>
        <source>%1 is a named pipe; MeshEntry opens regular files only</source>
        <translation>%1 ist eine benannte Pipe; MeshEntry öffnet nur reguläre Dateien</translation>
    </message>
    <message>
        <source>%1 is a socket; MeshEntry opens regular files only</source>
        <translation>%1 ist ein Socket; MeshEntry öffnet nur reguläre Dateien</translation>
    </message>
    <message>
        <source>%1 is a device; MeshEntry opens regular files only</source>
        <translation>%1 ist eine Gerätedatei; MeshEntry öffnet nur reguläre Dateien</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RequestTesterPanel</name>
    <message>
        <source>The namespace of the sidecar that sends the request.</source>
        <translation>Der Namespace des Sidecars, der die Anfrage sendet.</translation>
    </message>
    <message>
        <source>https://api.example.com, tcp://10.0.0.5:5432, api.example.com:8080</source>
        <translation>https://api.example.com, tcp://10.0.0.5:5432, api.example.com:8080</translation>
    </message>
    <message>
        <source>The scheme gives the protocol (http, https, tls, tcp) and the default port; an IP is the destination address.</source>
        <translation>Das Schema gibt das Protokoll (http, https, tls, tcp) und den Standardport an; eine IP ist die Zieladresse.</translation>
    </message>
    <message>
        <source>From the port</source>
        <translation>Aus dem Port</translation>
    </message>
    <message>
        <source>https (TLS carrying HTTP)</source>
        <translation>https (TLS mit HTTP darin)</translation>
    </message>
    <message>
        <source>tcp (raw)</source>
        <translation>tcp (roh)</translation>
    </message>
    <message>
        <source>What the client sends. From the port: what the ServiceEntry port declares.</source>
        <translation>Was der Client sendet. Aus dem Port: was der Port des ServiceEntry angibt.</translation>
    </message>
    <message>
        <source>the HTTP Host, and the SNI for TLS</source>
        <translation>der HTTP-Host, und das SNI bei TLS</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>from the entry, else undeclared</source>
        <translation>aus dem Eintrag, sonst nicht deklariert</translation>
    </message>
    <message>
        <source>Destination IP. Empty: the address the host has in the files, else an address no entry declares.</source>
        <translation>Ziel-IP. Leer: die Adresse, die der Host in den Dateien hat, sonst eine Adresse, die kein Eintrag deklariert.</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>der Host</translation>
    </message>
    <message>
        <source>TLS server name; empty: the host, for tls and https.</source>
        <translation>TLS-Servername; leer: der Host, bei tls und https.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Type a URL such as https://api.example.com or tcp://10.0.0.5:5432.</source>
        <translation>Geben Sie eine URL ein, etwa https://api.example.com oder tcp://10.0.0.5:5432.</translation>
    </message>
    <message>
        <source>Pick the namespace the request comes from.</source>
        <translation>Wählen Sie den Namespace, aus dem die Anfrage kommt.</translation>
    </message>
    <message>
        <source>Give a port.</source>
        <translation>Geben Sie einen Port an.</translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ PassthroughCluster: leaves the mesh unchanged</source>
        <translation>→ PassthroughCluster: verlässt das Mesh unverändert</translation>
    </message>
    <message>
        <source>→ egress proxy %1</source>
        <translation>→ Egress-Proxy %1</translation>
    </message>
    <message>
        <source>→ AllowAnyDynamicDNSCluster: Envoy resolves the host</source>
        <translation>→ AllowAnyDynamicDNSCluster: Envoy löst den Host auf</translation>
    </message>
    <message>
        <source>✕ BlackHoleCluster: the connection is closed</source>
        <translation>✕ BlackHoleCluster: die Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>✕ block_all answers HTTP 502</source>
        <translation>✕ block_all antwortet mit HTTP 502</translation>
    </message>
    <message>
        <source>✕ Protocol error: TLS or raw TCP into an HTTP listener</source>
        <translation>✕ Protokollfehler: TLS oder rohes TCP in einen HTTP-Listener</translation>
    </message>
    <message>
        <source>✕ No virtual host: HTTP 404</source>
        <translation>✕ Kein Virtual Host: HTTP 404</translation>
    </message>
    <message>
        <source>✕ No filter chain: the connection is reset</source>
        <translation>✕ Keine Filter Chain: die Verbindung wird zurückgesetzt</translation>
    </message>
    <message>
        <source>✕ %1 is not built: the connection fails</source>
        <translation>✕ %1 wird nicht gebaut: die Verbindung scheitert</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>%1 to %2:%3</source>
        <translation>%1 an %2:%3</translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation>Listener %1</translation>
    </message>
    <message>
        <source>virtual host %1</source>
        <translation>Virtual Host %1</translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2</source>
        <translation>ServiceEntry %1/%2</translation>
    </message>
    <message>
        <source>From namespace</source>
        <translation>Von Namespace</translation>
    </message>
    <message>
        <source>Destination port; empty: the scheme&apos;s default port</source>
        <translation>Zielport; leer: der Standardport des Schemas</translation>
    </message>
    <message>
        <source>How the sidecar handles the request, one decision a row; Enter opens its field</source>
        <translation>Wie der Sidecar die Anfrage behandelt, eine Entscheidung pro Zeile; Eingabe öffnet ihr Feld</translation>
    </message>
    <message>
        <source>Fro&amp;m namespace:</source>
        <translation>Von Na&amp;mespace:</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>An&amp;frage:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>SNI:</source>
        <translation>SNI:</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ResourceForm</name>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>This form does not edit these keys. They are kept exactly as written; change them in the YAML.</source>
        <translation>Dieses Formular bearbeitet diese Schlüssel nicht. Sie bleiben genau wie geschrieben; ändern Sie sie im YAML.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Kein Dokument ist geöffnet.</translation>
    </message>
    <message>
        <source>The document is no longer in the file.</source>
        <translation>Das Dokument ist nicht mehr in der Datei.</translation>
    </message>
    <message>
        <source>YAML syntax error at line %1, column %2: %3. The form is read-only until the YAML is fixed.</source>
        <translation>YAML-Syntaxfehler in Zeile %1, Spalte %2: %3. Das Formular ist schreibgeschützt, bis das YAML korrigiert ist.</translation>
    </message>
    <message>
        <source>This document is a %1; the %2 form does not edit it.</source>
        <translation>Dieses Dokument ist ein %1; das %2-Formular bearbeitet es nicht.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RevalidationController</name>
    <message>
        <source>Revalidating</source>
        <translation>Erneute Prüfung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Revalidating for the new mesh settings… %1 of %2 documents</source>
        <translation>Erneute Prüfung für die neuen Mesh-Einstellungen… %1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>Checking across documents for the new mesh settings… %1 of %2 documents</source>
        <translation>Dokumentübergreifende Prüfung für die neuen Mesh-Einstellungen… %1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>Revalidated for the new mesh settings</source>
        <translation>Für die neuen Mesh-Einstellungen erneut geprüft</translation>
    </message>
    <message>
        <source>Revalidation cancelled: the findings are still those of the previous mesh settings</source>
        <translation>Erneute Prüfung abgebrochen: Die Befunde sind weiterhin die der vorherigen Mesh-Einstellungen</translation>
    </message>
    <message>
        <source>⚠ Findings: previous mesh settings</source>
        <translation>⚠ Befunde: vorherige Mesh-Einstellungen</translation>
    </message>
    <message>
        <source>The revalidation for the new mesh settings was cancelled: Revalidate in the Diagnostics panel</source>
        <translation>Die erneute Prüfung für die neuen Mesh-Einstellungen wurde abgebrochen: „Erneut prüfen“ im Bereich Diagnose</translation>
    </message>
    <message>
        <source>These findings are for the previous mesh settings: their revalidation was cancelled. Matching and routing use the new ones.</source>
        <translation>Diese Befunde gelten für die vorherigen Mesh-Einstellungen: Ihre erneute Prüfung wurde abgebrochen. Zuordnung und Routing verwenden bereits die neuen.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ReverseSelectionModel</name>
    <message>
        <source>ServiceEntry</source>
        <translation>ServiceEntry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>ServiceEntries in namespace %1 whose selector labels %2 carries</source>
        <translation>ServiceEntries in Namespace %1, deren Selektor-Labels %2 trägt</translation>
    </message>
    <message>
        <source>ServiceEntries in namespace %1 whose selector misses %2 by exactly one label</source>
        <translation>ServiceEntries in Namespace %1, deren Selektor %2 um genau ein Label verfehlt</translation>
    </message>
    <message>
        <source>ServiceEntries in other namespaces whose selector %1 satisfies: a selector never crosses namespaces</source>
        <translation>ServiceEntries in anderen Namespaces, deren Selektor %1 erfüllt: ein Selektor wirkt nie über Namespaces hinweg</translation>
    </message>
    <message>
        <source>Selector: %1</source>
        <translation>Selektor: %1</translation>
    </message>
    <message>
        <source>(empty: every workload)</source>
        <translation>(leer: jeder Workload)</translation>
    </message>
    <message>
        <source>Selects it; Istio uses it</source>
        <translation>Wählt ihn aus; Istio verwendet ihn</translation>
    </message>
    <message>
        <source>Selects it, but </source>
        <translation>Wählt ihn aus, aber </translation>
    </message>
    <message>
        <source>wants label %1=%2, which it lacks</source>
        <translation>verlangt Label %1=%2, das ihm fehlt</translation>
    </message>
    <message>
        <source>wants %1=%2, it has %3</source>
        <translation>verlangt %1=%2, er hat %3</translation>
    </message>
    <message>
        <source>in namespace %1, not %2</source>
        <translation>in Namespace %1, nicht %2</translation>
    </message>
    <message>
        <source>Selected by: %1</source>
        <translation>Ausgewählt von: %1</translation>
    </message>
    <message>
        <source>Would be selected but for one label: %1</source>
        <translation>Wäre bis auf ein Label ausgewählt: %1</translation>
    </message>
    <message>
        <source>Same labels, other namespace: %1</source>
        <translation>Gleiche Labels, anderer Namespace: %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RouteStepsModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The answer depends on this, which the files cannot tell.</source>
        <translation>Die Antwort hängt hiervon ab, was die Dateien nicht sagen können.</translation>
    </message>
    <message>
        <source>Something on the way that Istio would not do as written.</source>
        <translation>Etwas auf dem Weg, das Istio nicht wie geschrieben tun würde.</translation>
    </message>
    <message>
        <source>%1 (ISTIO-ROUTING.md %2, %3)</source>
        <translation>%1 (ISTIO-ROUTING.md %2, %3)</translation>
    </message>
    <message>
        <source>
Double-click to open %1.</source>
        <translation>
Doppelklick öffnet %1.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RoutingController</name>
    <message>
        <source>Request Tester</source>
        <translation>Anfragetester</translation>
    </message>
    <message>
        <source>Visibility Map</source>
        <translation>Sichtbarkeitskarte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ScalarField</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectedWorkloadsPanel</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the ServiceEntry</source>
        <translation>Zurück zum ServiceEntry</translation>
    </message>
    <message>
        <source>Diagram…</source>
        <translation>Diagramm…</translation>
    </message>
    <message>
        <source>Show the ServiceEntry, its hosts and ports and the selected workloads as a diagram</source>
        <translation>Den ServiceEntry, seine Hosts und Ports und die ausgewählten Workloads als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import Pods and WorkloadEntries (kubectl get pods -A -o json)</source>
        <translation>Pods und WorkloadEntries importieren (kubectl get pods -A -o json)</translation>
    </message>
    <message>
        <source>Find a workload: namespace/name</source>
        <translation>Workload suchen: namespace/name</translation>
    </message>
    <message>
        <source>Find a workload</source>
        <translation>Workload suchen</translation>
    </message>
    <message>
        <source>Selected workloads</source>
        <translation>Ausgewählte Workloads</translation>
    </message>
    <message>
        <source>ServiceEntries selecting the workload</source>
        <translation>ServiceEntries, die den Workload auswählen</translation>
    </message>
    <message>
        <source>Select a ServiceEntry to see the workloads its selector picks, or a WorkloadEntry to see the ServiceEntries that select it.</source>
        <translation>Wählen Sie einen ServiceEntry, um die Workloads zu sehen, die sein Selektor auswählt, oder einen WorkloadEntry, um die ServiceEntries zu sehen, die ihn auswählen.</translation>
    </message>
    <message>
        <source>namespace/name of a Pod or WorkloadEntry: shows the ServiceEntries that select it</source>
        <translation>namespace/name eines Pods oder WorkloadEntry: zeigt die ServiceEntries, die ihn auswählen</translation>
    </message>
    <message>
        <source>The workloads the ServiceEntry&apos;s selector selects, with their endpoints</source>
        <translation>Die Workloads, die der Selektor des ServiceEntry auswählt, mit ihren Endpoints</translation>
    </message>
    <message>
        <source>Enter opens a ServiceEntry</source>
        <translation>Eingabe öffnet einen ServiceEntry</translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectionDiagram</name>
    <message>
        <source>%1/%2
resolution %3
selector: %4
%5 of %6 selected workloads used</source>
        <translation>%1/%2
resolution %3
Selektor: %4
%5 von %6 ausgewählten Workloads verwendet</translation>
    </message>
    <message>
        <source>(empty: all)</source>
        <translation>(leer: alle)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>ServiceEntry</source>
        <translation>ServiceEntry</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>
targetPort %1</source>
        <translation>
targetPort %1</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>
✕ not used: %1</source>
        <translation>
✕ nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1 %2: not used by Istio: %3</source>
        <translation>%1 %2: von Istio nicht verwendet: %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation>Pods (%1)</translation>
    </message>
    <message>
        <source>VMs: WorkloadEntries (%1)</source>
        <translation>VMs: WorkloadEntries (%1)</translation>
    </message>
    <message>
        <source>No workload is selected</source>
        <translation>Kein Workload ist ausgewählt</translation>
    </message>
    <message>
        <source>No workloadSelector</source>
        <translation>Kein workloadSelector</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>MeshEntry selection diagram</source>
        <translation>MeshEntry-Auswahldiagramm</translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectionDiagramDialog</name>
    <message>
        <source>Selection Diagram</source>
        <translation>Auswahldiagramm</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Drag to move, Ctrl+wheel to zoom.</source>
        <translation>Ziehen zum Verschieben, Strg+Mausrad zum Zoomen.</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectionModel</name>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Selected: none</source>
        <translation>Ausgewählt: keine</translation>
    </message>
    <message>
        <source>Selected: %1 (%2 ready)</source>
        <translation>Ausgewählt: %1 (%2 bereit)</translation>
    </message>
    <message>
        <source>Workloads in namespace %1 whose labels carry every selector label</source>
        <translation>Workloads in Namespace %1, deren Labels jedes Selektor-Label tragen</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Istio makes an endpoint of it</source>
        <translation>Istio macht einen Endpoint daraus</translation>
    </message>
    <message>
        <source>Not used: </source>
        <translation>Nicht verwendet: </translation>
    </message>
    <message>
        <source>Other namespaces: %1</source>
        <translation>Andere Namespaces: %1</translation>
    </message>
    <message>
        <source>These match the labels, but a workloadSelector only selects workloads in the ServiceEntry&apos;s own namespace (%1)</source>
        <translation>Diese passen zu den Labels, aber ein workloadSelector wählt nur Workloads im eigenen Namespace des ServiceEntry (%1)</translation>
    </message>
    <message>
        <source>in namespace %1, not %2</source>
        <translation>in Namespace %1, nicht %2</translation>
    </message>
    <message>
        <source>Near-misses: %1</source>
        <translation>Knapp verfehlt: %1</translation>
    </message>
    <message>
        <source>Workloads in namespace %1 that miss exactly one selector label, closest values first</source>
        <translation>Workloads in Namespace %1, denen genau ein Selektor-Label fehlt, die nächsten Werte zuerst</translation>
    </message>
    <message>
        <source>no label %1 (wants %2)</source>
        <translation>kein Label %1 (verlangt %2)</translation>
    </message>
    <message>
        <source>%1 is %2, wants %3</source>
        <translation>%1 ist %2, verlangt %3</translation>
    </message>
    <message>
        <source>In the open file %1</source>
        <translation>In der geöffneten Datei %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Node: %1</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>Service-Account: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>Locality: %1</source>
        <translation>Locality: %1</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>hostNetwork: the endpoint is the node&apos;s IP</source>
        <translation>hostNetwork: der Endpoint ist die IP des Nodes</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>  ✓ selector</source>
        <translation>  ✓ Selektor</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ServiceEntryForm</name>
    <message>
        <source>Hosts and addresses</source>
        <translation>Hosts und Adressen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Add host, such as api.example.com…</source>
        <translation>Host hinzufügen, etwa api.example.com…</translation>
    </message>
    <message>
        <source>Hos&amp;ts:</source>
        <translation>Hos&amp;ts:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Add IP address or CIDR block…</source>
        <translation>IP-Adresse oder CIDR-Block hinzufügen…</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Location and resolution</source>
        <translation>Location und Resolution</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Workload selector</source>
        <translation>Workload-Selektor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Label hinzufügen…</translation>
    </message>
    <message>
        <source>Visibility and identity</source>
        <translation>Sichtbarkeit und Identität</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Add *, ., ~ or a namespace…</source>
        <translation>*, ., ~ oder einen Namespace hinzufügen…</translation>
    </message>
    <message>
        <source>E&amp;xport to:</source>
        <translation>E&amp;xport nach:</translation>
    </message>
    <message>
        <source>Subject alternative name</source>
        <translation>Subject Alternative Name</translation>
    </message>
    <message>
        <source>Add identity, such as spiffe://cluster.local/ns/a/sa/b…</source>
        <translation>Identität hinzufügen, etwa spiffe://cluster.local/ns/a/sa/b…</translation>
    </message>
    <message>
        <source>Resolution %1 takes no addresses: routes are built from the hosts.</source>
        <translation>Resolution %1 nimmt keine Adressen: Routen werden aus den Hosts gebaut.</translation>
    </message>
    <message>
        <source>Remove Addresses</source>
        <translation>Adressen entfernen</translation>
    </message>
    <message>
        <source>Resolution %1 takes no endpoints. %2</source>
        <translation>Resolution %1 nimmt keine Endpoints. %2</translation>
    </message>
    <message>
        <source>Remove Endpoints</source>
        <translation>Endpoints entfernen</translation>
    </message>
    <message>
        <source>Endpoints and a workload selector cannot be used together: keep one.</source>
        <translation>Endpoints und ein Workload-Selektor können nicht zusammen verwendet werden: behalten Sie eines.</translation>
    </message>
    <message>
        <source>The workload selector below picks the endpoints, so none can be listed here.</source>
        <translation>Der Workload-Selektor unten wählt die Endpoints aus, daher kann hier keiner aufgeführt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Resolution %1 takes at most %n endpoint(s).</source>
        <translation>
            <numerusform>Resolution %1 nimmt höchstens %n Endpoint.</numerusform>
            <numerusform>Resolution %1 nimmt höchstens %n Endpoints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Workload Selector</source>
        <translation>Workload-Selektor entfernen</translation>
    </message>
    <message>
        <source>The endpoints above are listed by hand, so no workload selector can be used.</source>
        <translation>Die Endpoints oben sind von Hand aufgeführt, daher kann kein Workload-Selektor verwendet werden.</translation>
    </message>
    <message>
        <source>Resolution %1 ignores the workload selector.</source>
        <translation>Resolution %1 ignoriert den Workload-Selektor.</translation>
    </message>
    <message>
        <source>Not set: the mesh default applies, %1 (%2) unless the mesh configures another.</source>
        <translation>Nicht gesetzt: es gilt der Mesh-Standard, %1 (%2), sofern das Mesh nichts anderes konfiguriert.</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>Ad&amp;ressen:</translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation>Resol&amp;ution:</translation>
    </message>
    <message>
        <source>La&amp;bels:</source>
        <translation>Label&amp;s:</translation>
    </message>
    <message>
        <source>Sub&amp;ject alt names:</source>
        <translation>Sub&amp;ject Alt Names:</translation>
    </message>
</context>
<context>
    <name>MeshEntry::StringListEditor</name>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::TableField</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an item (or type into the last row)</source>
        <translation>Ein Element hinzufügen (oder in die letzte Zeile tippen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Das ausgewählte Element entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Das ausgewählte Element nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Das ausgewählte Element nach unten verschieben</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>MeshEntry::VisibilityMapModel</name>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Sidecars in %1</source>
        <translation>Sidecars in %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>MeshEntry::VisibilityMapView</name>
    <message>
        <source>Filter hosts and namespaces</source>
        <translation>Hosts und Namespaces filtern</translation>
    </message>
    <message>
        <source>Visibility map</source>
        <translation>Sichtbarkeitskarte</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>%1 exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as %1.</source>
        <translation>Die gezeigten Zeilen als %1 speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The map shows %1 rows; filter it to at most %2 for an image (CSV takes them all).</source>
        <translation>Die Karte zeigt %1 Zeilen; filtern Sie sie für ein Bild auf höchstens %2 (CSV nimmt alle).</translation>
    </message>
    <message>
        <source>MeshEntry visibility map</source>
        <translation>MeshEntry-Sichtbarkeitskarte</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Visibility Map</source>
        <translation>Sichtbarkeitskarte exportieren</translation>
    </message>
    <message>
        <source>visibility-map.%1</source>
        <translation>sichtbarkeitskarte.%1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Shows only the hosts and namespaces whose names contain the text</source>
        <translation>Zeigt nur die Hosts und Namespaces, deren Namen den Text enthalten</translation>
    </message>
    <message>
        <source>One row per namespace, one column per host; a cell says whether the namespace&apos;s sidecars see the host and why</source>
        <translation>Eine Zeile pro Namespace, eine Spalte pro Host; eine Zelle sagt, ob die Sidecars des Namespace den Host sehen, und warum</translation>
    </message>
    <message>
        <source>Updating the visibility map</source>
        <translation>Sichtbarkeitskarte wird aktualisiert</translation>
    </message>
    <message>
        <source>Updating… (%1)</source>
        <translation>Wird aktualisiert… (%1)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>The size of the Visibility map: &quot;3 hosts × 2 namespaces&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::VmInventoryDialog</name>
    <message>
        <source>Create WorkloadEntries from a VM Inventory</source>
        <translation>WorkloadEntries aus einem VM-Inventar anlegen</translation>
    </message>
    <message>
        <source>A CSV file with the columns &lt;b&gt;%1&lt;/b&gt;, labels as &lt;tt&gt;k=v;k=v&lt;/tt&gt;. A header row may name the columns in another order. Each row becomes a WorkloadEntry; rows with errors are not inserted.</source>
        <translation>Eine CSV-Datei mit den Spalten &lt;b&gt;%1&lt;/b&gt;, Labels als &lt;tt&gt;k=v;k=v&lt;/tt&gt;. Eine Kopfzeile darf die Spalten in anderer Reihenfolge nennen. Jede Zeile wird ein WorkloadEntry; Zeilen mit Fehlern werden nicht eingefügt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>inventory.csv</source>
        <translation>inventar.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Namespace when empty:</source>
        <translation>&amp;Namespace, wenn leer:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>VM Inventory</source>
        <translation>VM-Inventar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>1 row, valid.</source>
        <translation>1 Zeile, gültig.</translation>
    </message>
    <message>
        <source>%1 rows, all valid.</source>
        <translation>%1 Zeilen, alle gültig.</translation>
    </message>
    <message>
        <source>1 row with errors will not be inserted.</source>
        <translation>1 Zeile mit Fehlern wird nicht eingefügt.</translation>
    </message>
    <message>
        <source>%1 rows with errors will not be inserted.</source>
        <translation>%1 Zeilen mit Fehlern werden nicht eingefügt.</translation>
    </message>
    <message>
        <source>Insert 1 WorkloadEntry</source>
        <translation>1 WorkloadEntry einfügen</translation>
    </message>
    <message>
        <source>Insert %1 WorkloadEntries</source>
        <translation>%1 WorkloadEntries einfügen</translation>
    </message>
</context>
<context>
    <name>MeshEntry::WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>Von Festplatte neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Filter &amp;Outline</source>
        <translation>Gliederung &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;YAML Pane</source>
        <translation>&amp;YAML-Bereich</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>Lange Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>&amp;About MeshEntry</source>
        <translation>Über &amp;MeshEntry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>D&amp;uplicate Line</source>
        <translation>Zeile d&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Line</source>
        <translation>Zeile &amp;löschen</translation>
    </message>
    <message>
        <source>Move Line U&amp;p</source>
        <translation>Zeile nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Line Dow&amp;n</source>
        <translation>Zeile nach un&amp;ten</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>&amp;Kommentar umschalten</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Einr&amp;ücken</translation>
    </message>
    <message>
        <source>Unin&amp;dent</source>
        <translation>&amp;Ausrücken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Add from Template</source>
        <translation>Aus Vorlage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open YAML Files</source>
        <translation>YAML-Dateien öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About MeshEntry</source>
        <translation>Über MeshEntry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MeshEntry %1&lt;/h3&gt;&lt;p&gt;An editor for Istio ServiceEntry and WorkloadEntry resources that validates as Istio does and keeps every byte you did not change.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QScintilla and libyaml.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MeshEntry %1&lt;/h3&gt;&lt;p&gt;Ein Editor für Istio-ServiceEntry- und -WorkloadEntry-Ressourcen, der validiert wie Istio und jedes Byte behält, das Sie nicht geändert haben.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QScintilla und libyaml.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadEntryForm</name>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>L&amp;ocality:</source>
        <translation>&amp;Locality:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service port name</source>
        <translation>Name des Service-Ports</translation>
    </message>
    <message>
        <source>Port on the workload</source>
        <translation>Port am Workload</translation>
    </message>
    <message>
        <source>Add port name…</source>
        <translation>Portnamen hinzufügen…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Label hinzufügen…</translation>
    </message>
    <message>
        <source>Networ&amp;k:</source>
        <translation>Ne&amp;tzwerk:</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Service accoun&amp;t:</source>
        <translation>&amp;Service-Account:</translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadImportDialog</name>
    <message>
        <source>Import Workloads</source>
        <translation>Workloads importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3</source>
        <translation>Lese %1: %2 von %3</translation>
    </message>
    <message>
        <source>Indexing the workloads of %1: %2 of %3</source>
        <translation>Indiziere die Workloads von %1: %2 von %3</translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadsController</name>
    <message>
        <source>Selected Workloads</source>
        <translation>Ausgewählte Workloads</translation>
    </message>
    <message>
        <source>&amp;Import Pods and WorkloadEntries…</source>
        <translation>Pods und WorkloadEntries &amp;importieren…</translation>
    </message>
    <message>
        <source>Read &apos;kubectl get pods -A -o json&apos; (or -o yaml) output, or WorkloadEntry files</source>
        <translation>Ausgabe von &apos;kubectl get pods -A -o json&apos; (oder -o yaml) oder WorkloadEntry-Dateien lesen</translation>
    </message>
    <message>
        <source>Import &amp;Namespaces…</source>
        <translation>&amp;Namespaces importieren…</translation>
    </message>
    <message>
        <source>Read &apos;kubectl get namespaces -o json&apos;: their labels decide serviceEntryVisibility</source>
        <translation>&apos;kubectl get namespaces -o json&apos; lesen: ihre Labels bestimmen serviceEntryVisibility</translation>
    </message>
    <message>
        <source>&amp;Create WorkloadEntries from CSV…</source>
        <translation>WorkloadEntries aus CSV &amp;anlegen…</translation>
    </message>
    <message>
        <source>Selection &amp;Diagram…</source>
        <translation>Auswahl&amp;diagramm…</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Workloads</translation>
    </message>
    <message>
        <source>Open a file with a ServiceEntry to see the workloads it selects.</source>
        <translation>Öffnen Sie eine Datei mit einem ServiceEntry, um die Workloads zu sehen, die er auswählt.</translation>
    </message>
    <message>
        <source>Reading the file&apos;s ServiceEntries and WorkloadEntries…</source>
        <translation>Lese die ServiceEntries und WorkloadEntries der Datei…</translation>
    </message>
    <message>
        <source>This document is neither a ServiceEntry nor a WorkloadEntry.</source>
        <translation>Dieses Dokument ist weder ein ServiceEntry noch ein WorkloadEntry.</translation>
    </message>
    <message>
        <source>visible in every namespace</source>
        <translation>sichtbar in jedem Namespace</translation>
    </message>
    <message>
        <source>visible in no namespace</source>
        <translation>in keinem Namespace sichtbar</translation>
    </message>
    <message>
        <source>visible in %1</source>
        <translation>sichtbar in %1</translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2</source>
        <translation>ServiceEntry %1/%2</translation>
    </message>
    <message>
        <source>No workloadSelector: the endpoints are the ones listed in spec.endpoints (or the hosts themselves for DNS).</source>
        <translation>Kein workloadSelector: die Endpoints sind die in spec.endpoints aufgeführten (oder bei DNS die Hosts selbst).</translation>
    </message>
    <message>
        <source>Selector %1 in namespace %2, resolution %3: %4 of %5 selected workloads back it; %6.</source>
        <translation>Selektor %1 in Namespace %2, resolution %3: %4 von %5 ausgewählten Workloads stehen dahinter; %6.</translation>
    </message>
    <message>
        <source>Only the open files&apos; WorkloadEntries are known: import Pods (Workloads ▸ Import) to match them too.</source>
        <translation>Nur die WorkloadEntries der geöffneten Dateien sind bekannt: importieren Sie Pods (Workloads ▸ Importieren), um auch sie abzugleichen.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>selected by 1 open ServiceEntry</source>
        <translation>ausgewählt von 1 geöffneten ServiceEntry</translation>
    </message>
    <message>
        <source>selected by %1 open ServiceEntries</source>
        <translation>ausgewählt von %1 geöffneten ServiceEntries</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1, %2; %3.</source>
        <translation>%1, %2; %3.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>No workload %1 is known</source>
        <translation>Kein Workload %1 ist bekannt</translation>
    </message>
    <message>
        <source>Workloads: %1 imported, %2 in open files</source>
        <translation>Workloads: %1 importiert, %2 in geöffneten Dateien</translation>
    </message>
    <message>
        <source>; %1 namespaces</source>
        <translation>; %1 Namespaces</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (aus %1)</translation>
    </message>
    <message>
        <source>Select a ServiceEntry with a workloadSelector.</source>
        <translation>Wählen Sie einen ServiceEntry mit workloadSelector.</translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2: %3 of %4 selected workloads back it</source>
        <translation>ServiceEntry %1/%2: %3 von %4 ausgewählten Workloads stehen dahinter</translation>
    </message>
    <message>
        <source>Open or create a file to add WorkloadEntries to</source>
        <translation>Öffnen oder erstellen Sie eine Datei, der WorkloadEntries hinzugefügt werden sollen</translation>
    </message>
    <message>
        <source>1 WorkloadEntry</source>
        <translation>1 WorkloadEntry</translation>
    </message>
    <message>
        <source>%1 WorkloadEntries</source>
        <translation>%1 WorkloadEntries</translation>
    </message>
    <message>
        <source>Create %1 from CSV</source>
        <translation>%1 aus CSV anlegen</translation>
    </message>
    <message>
        <source>Created %1; Undo removes them all</source>
        <translation>%1 angelegt; Rückgängig entfernt sie alle</translation>
    </message>
    <message>
        <source>Import from C&amp;luster…</source>
        <translation>Aus C&amp;luster importieren…</translation>
    </message>
    <message>
        <source>Read the Pods, WorkloadEntries and Namespaces of the current cluster context, and offer its mesh settings</source>
        <translation>Die Pods, WorkloadEntries und Namespaces des aktuellen Cluster-Kontexts lesen und seine Mesh-Einstellungen anbieten</translation>
    </message>
    <message>
        <source>&amp;Forget Imports</source>
        <translation>Importe &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget the imported workloads and namespaces (the open files&apos; WorkloadEntries stay)</source>
        <translation>Die importierten Workloads und Namespaces vergessen (die WorkloadEntries der geöffneten Dateien bleiben)</translation>
    </message>
    <message>
        <source>&amp;Mesh Settings…</source>
        <translation>&amp;Mesh-Einstellungen…</translation>
    </message>
    <message>
        <source>Root namespace, default exportTo, outbound policy, DNS capture, serviceEntryVisibility (Preferences ▸ Mesh)</source>
        <translation>Root-Namespace, Standard-exportTo, Richtlinie für ausgehenden Verkehr, DNS-Capture, serviceEntryVisibility (Einstellungen ▸ Mesh)</translation>
    </message>
</context>
<context>
    <name>MeshEntry::YamlEditor</name>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Duplicate selection</source>
        <translation>Auswahl duplizieren</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Zeile duplizieren</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Zeile löschen</translation>
    </message>
    <message>
        <source>Delete lines</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>Move lines up</source>
        <translation>Zeilen nach oben verschieben</translation>
    </message>
    <message>
        <source>Move lines down</source>
        <translation>Zeilen nach unten verschieben</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <source>Unindent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <source>Uncomment lines</source>
        <translation>Zeilen einkommentieren</translation>
    </message>
    <message>
        <source>Comment lines</source>
        <translation>Zeilen auskommentieren</translation>
    </message>
    <message>
        <source>The YAML text of the shown file; Ctrl+Tab leaves it</source>
        <translation>Der YAML-Text der gezeigten Datei; Strg+Tab verlässt ihn</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Rows: a host as one namespace&apos;s ServiceEntries define it. Columns: the namespaces whose sidecars look.</source>
        <translation>Zeilen: ein Host, wie die ServiceEntries eines Namespace ihn definieren. Spalten: die Namespaces, deren Sidecars hinschauen.</translation>
    </message>
</context>
</TS>
