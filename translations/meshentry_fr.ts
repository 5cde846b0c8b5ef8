<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FormFacts</name>
    <message>
        <source>Outside the mesh, such as a public API: sidecars do not use mutual TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the mesh, such as VMs or other clusters: mutual TLS by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the address the client connected to; no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the IP addresses of the endpoints or of the selected workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the hosts or endpoint names by DNS in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve by DNS when a connection opens; at most one endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the host each request names; wildcard hosts, no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current version, stored by the API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version with the same schema and validation as v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is matched to a host by its HTTP Host or :authority header first, then by the TLS SNI, then by destination IP address and port (the addresses, or the port alone when there are none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload selectors see these merged with metadata.labels; metadata.labels wins when both set a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own namespace, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry</name>
    <message>
        <source>In the open file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostNetwork: the endpoint is the node&apos;s IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ✓ selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::BannerController</name>
    <message>
        <source>%1 is read-only. You can look, copy and validate; to change it, save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: disk → your buffer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::BusyRow</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBanner</name>
    <message>
        <source>&lt;b&gt;The context %1 does not verify the server&apos;s certificate&lt;/b&gt; (insecure-skip-tls-verify). Anyone between you and the cluster can read and change what is sent, credentials included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The context %1 talks plain http.&lt;/b&gt; Nothing is encrypted, and the kubeconfig&apos;s credentials are not sent (as kubectl does).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBatchDialog</name>
    <message>
        <source>Show &amp;Diff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object to see what the server said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBatchFlow</name>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send: the documents are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) from context %1? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a dry run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted; see the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from context %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not applied; see the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to context %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n object(s); the problems are marked in the file. Nothing was applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would change fields another field manager owns. Force Apply takes them over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s dry run accepts every object. Nothing is changed until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, managed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over Fields?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying takes these fields from their current field managers. Whoever set them may set them back:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterController</name>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open from Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diff with Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete from Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy kubectl Command for This Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy kubectl Command for the &amp;Whole File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save This Document for kubectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Whole &amp;File for kubectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run with kubectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1, user %2, namespace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig contexts (looked in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig context to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster context %1: %2, user %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · TLS not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The server&apos;s certificate is not verified (insecure-skip-tls-verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Plain http: nothing is encrypted and no credentials are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshEntry cannot use the kubeconfig context &quot;%1&quot;:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a kubectl apply command for context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifests.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for kubectl apply -f</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffDialog</name>
    <message>
        <source>&amp;Hide server bookkeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff with Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live → after apply (server dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → after apply (server dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out managedFields, uid, resourceVersion, generation, creationTimestamp and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (as sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After apply (server dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The dry-run result shows what a forced apply would leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object does not exist on the cluster yet: applying creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n differing line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffFlow</name>
    <message>
        <source>Asking %1 for the live objects and a dry run…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterObjectsModel</name>
    <message>
        <source>Istio is not installed on this cluster: the API server (%1) does not serve networking.istio.io ServiceEntry. Install Istio, or choose another context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts / Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsController</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsModel</name>
    <message>
        <source>Reported by several layers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiffDialog</name>
    <message>
        <source>The file on disk and the open buffer are identical.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentManager</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n YAML syntax error(s); the affected documents open as text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your unsaved changes to %1 with the file on disk? Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshEntry did not close normally. Unsaved changes to %1 from %2 were kept. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentTemplates</name>
    <message>
        <source>ServiceEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank ServiceEntry: an external API or a service outside Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WorkloadEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank WorkloadEntry: one VM or other workload outside Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External HTTPS API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API on the internet, reached over TLS with DNS resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External TCP Database with Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database outside the mesh, matched by its IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress Wildcard with DYNAMIC_DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host under a domain, resolved per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM Workloads (ServiceEntry + WorkloadEntries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service on two VMs, selected by label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditDescription</name>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditorDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 in YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditorKeyBindings</name>
    <message>
        <source>One undo history per file: the window&apos;s Undo and Redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+] and Ctrl+[ indent and unindent the selected lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/ comments lines out and in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the case of keys and values without a word; Kubernetes names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L is Go to Line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Line is Ctrl+Shift+K in the Edit menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying needs no key of its own: Ctrl+C copies the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaps lines on a key pressed for other things; Alt+Up and Alt+Down move lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D duplicates the document; Duplicate Line is Ctrl+Shift+D.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::EndpointsTable</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service port name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ports and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::EnumField</name>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the field out. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a value Istio knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::FieldMarker</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FormBinding</name>
    <message>
        <source>%1
Default: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;When absent: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::FormPanel</name>
    <message>
        <source>Open a YAML file or create one (File ▸ New).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;YAML syntax error&lt;/b&gt; at line %1, column %2:&lt;br&gt;%3&lt;br&gt;&lt;br&gt;Fix it in the YAML pane; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no kind. Edit it in the YAML pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not an Istio ServiceEntry or WorkloadEntry.&lt;br&gt;Edit it in the YAML pane; MeshEntry keeps it byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::GroupedRowsModel</name>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::KeyValueEditor</name>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl diff (server-side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl apply --dry-run=server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl apply (server-side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl&apos;s output appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlFlow</name>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>   (the documents on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status 0: no differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status 0: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status 1: the cluster differs (shown above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status %1: kubectl reported an error (shown above).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlRunner</name>
    <message>
        <source>kubectl was not found on PATH. Install kubectl, or use MeshEntry&apos;s own Cluster commands, which need no kubectl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl did not finish in time and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – MeshEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshEntry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ManifestResultsModel</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>will change (%n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (already gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::MeshPreferencesPage</name>
    <message>
        <source>DNS capture (ISTIO_META_DNS_CAPTURE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address auto-allocation (ISTIO_META_DNS_AUTO_ALLOCATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (PUBLIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultServiceExportTo: comma-separated, * for every namespace, . for the entry&apos;s own namespace, ~ for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshConfig YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># MeshConfig YAML; empty means Istio&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Istio&apos;s Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default service &amp;exportTo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbound traffic policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntry &amp;visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshConfig &amp;YAML (the istio ConfigMap&apos;s data.mesh):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mesh Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML or JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings typed here, or Istio&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visibility policies (add them under serviceEntryVisibility.policies below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 visibility policy, chosen by namespace labels; edit it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visibility policies, chosen by namespace labels; edit them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: Istio&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept but not used by MeshEntry: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::MessageList</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann&amp;otations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::NewDocumentDialog</name>
    <message>
        <source>In a &amp;new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with nothing in it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, namespace or host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deselect All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Open %n Object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of these kinds in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s); tick the ones to open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterFlow</name>
    <message>
        <source>Open from Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n object(s) from context %1; the file is not saved yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OtherFieldsView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept exactly as written; edit them in the YAML pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::OutlineModel</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 (syntax error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::OutlineView</name>
    <message>
        <source>Filter by name, namespace or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::PortsTable</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::PreferencesDialog</name>
    <message>
        <source>Save unsaved changes every 30 seconds for crash recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::RecentFiles</name>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::RequestTesterPanel</name>
    <message>
        <source>The namespace of the sidecar that sends the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com, tcp://10.0.0.5:5432, api.example.com:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme gives the protocol (http, https, tls, tcp) and the default port; an IP is the destination address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https (TLS carrying HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client sends. From the port: what the ServiceEntry port declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP Host, and the SNI for TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the entry, else undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination IP. Empty: the address the host has in the files, else an address no entry declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS server name; empty: the host, for tls and https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read mesh settings: a MeshConfig YAML, the istio ConfigMap or an IstioOperator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the cluster&apos;s namespaces and labels (kubectl get namespaces -o yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SNI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a URL such as https://api.example.com or tcp://10.0.0.5:5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the namespace the request comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ PassthroughCluster: leaves the mesh unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ egress proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ AllowAnyDynamicDNSCluster: Envoy resolves the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ BlackHoleCluster: the connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ block_all answers HTTP 502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Protocol error: TLS or raw TCP into an HTTP listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ No virtual host: HTTP 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ No filter chain: the connection is reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ %1 is not built: the connection fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ResourceForm</name>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form does not edit these keys. They are kept exactly as written; change them in the YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error at line %1, column %2: %3. The form is read-only until the YAML is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is a %1; the %2 form does not edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ReverseSelectionModel</name>
    <message>
        <source>ServiceEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntries in namespace %1 whose selector labels %2 carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntries in namespace %1 whose selector misses %2 by exactly one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntries in other namespaces whose selector %1 satisfies: a selector never crosses namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: every workload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects it; Istio uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects it, but </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants label %1=%2, which it lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants %1=%2, it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in namespace %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be selected but for one label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same labels, other namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::RouteStepsModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer depends on this, which the files cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on the way that Istio would not do as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ISTIO-ROUTING.md %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Double-click to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::RoutingController</name>
    <message>
        <source>Request Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read Mesh Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML or JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh: Istio&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · namespaces from the files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 namespaces from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ScalarField</name>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectedWorkloadsPanel</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the ServiceEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ServiceEntry, its hosts and ports and the selected workloads as a diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Pods and WorkloadEntries (kubectl get pods -A -o json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a workload: namespace/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntries selecting the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ServiceEntry to see the workloads its selector picks, or a WorkloadEntry to see the ServiceEntries that select it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectionDiagram</name>
    <message>
        <source>%1/%2
resolution %3
selector: %4
%5 of %6 selected workloads used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
targetPort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
✕ not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not used by Istio: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs: WorkloadEntries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workloadSelector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshEntry selection diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectionDiagramDialog</name>
    <message>
        <source>Selection Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move, Ctrl+wheel to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectionModel</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1 (%2 ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads in namespace %1 whose labels carry every selector label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio makes an endpoint of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other namespaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These match the labels, but a workloadSelector only selects workloads in the ServiceEntry&apos;s own namespace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in namespace %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-misses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads in namespace %1 that miss exactly one selector label, closest values first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label %1 (wants %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, wants %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::ServiceEntryForm</name>
    <message>
        <source>Hosts and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host, such as api.example.com…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP address or CIDR block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location and resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add *, ., ~ or a namespace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add identity, such as spiffe://cluster.local/ns/a/sa/b…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject alt names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1 takes no addresses: routes are built from the hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1 takes no endpoints. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints and a workload selector cannot be used together: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload selector below picks the endpoints, so none can be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolution %1 takes at most %n endpoint(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Workload Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints above are listed by hand, so no workload selector can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1 ignores the workload selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the mesh default applies, %1 (%2) unless the mesh configures another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::StringListEditor</name>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::TableField</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item (or type into the last row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::VisibilityMapModel</name>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::VisibilityMapView</name>
    <message>
        <source>Filter hosts and namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts × %2 namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map shows %1 rows; filter it to at most %2 for an image (CSV takes them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeshEntry visibility map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Visibility Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visibility-map.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::VmInventoryDialog</name>
    <message>
        <source>Create WorkloadEntries from a VM Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns &lt;b&gt;%1&lt;/b&gt;, labels as &lt;tt&gt;k=v;k=v&lt;/tt&gt;. A header row may name the columns in another order. Each row becomes a WorkloadEntry; rows with errors are not inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace when empty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row, valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, all valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row with errors will not be inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with errors will not be inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert 1 WorkloadEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1 WorkloadEntries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;YAML Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MeshEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Line U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Line Dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unin&amp;dent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open YAML Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MeshEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MeshEntry %1&lt;/h3&gt;&lt;p&gt;An editor for Istio ServiceEntry and WorkloadEntry resources that validates as Istio does and keeps every byte you did not change.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QScintilla and libyaml.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadEntryForm</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;etwork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service port name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add port name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadImportDialog</name>
    <message>
        <source>Import Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the workloads of %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadsController</name>
    <message>
        <source>Selected Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 workloads and %2 namespaces from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Pods and WorkloadEntries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &apos;kubectl get pods -A -o json&apos; (or -o yaml) output, or WorkloadEntry files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Namespaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &apos;kubectl get namespaces -o json&apos;: their labels decide serviceEntryVisibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Imported Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot %1 imported workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create WorkloadEntries from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection &amp;Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file with a ServiceEntry to see the workloads it selects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file&apos;s ServiceEntries and WorkloadEntries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is neither a ServiceEntry nor a WorkloadEntry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible in every namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible in no namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workloadSelector: the endpoints are the ones listed in spec.endpoints (or the hosts themselves for DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector %1 in namespace %2, resolution %3: %4 of %5 selected workloads back it; %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the open files&apos; WorkloadEntries are known: import Pods (Workloads ▸ Import) to match them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected by 1 open ServiceEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected by %1 open ServiceEntries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload %1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads: %1 imported, %2 in open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Namespaces (kubectl get namespaces -o json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Workloads (kubectl get pods -A -o json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl output (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Pod, WorkloadEntry or Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mesh settings were not changed: their YAML has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh: Istio defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh settings in force (Edit ▸ Preferences ▸ Mesh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh settings from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default exportTo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound traffic policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS capture: %1, auto-allocation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviceEntryVisibility: default %1, policies: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied to sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied to sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ServiceEntry with a workloadSelector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2: %3 of %4 selected workloads back it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a file to add WorkloadEntries to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 WorkloadEntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 WorkloadEntries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1; Undo removes them all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshEntry::YamlEditor</name>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lines up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lines down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unindent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncomment lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFromClusterDialog</name>
    <message>
        <source>&amp;ServiceEntries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WorkloadEntries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sid&amp;ecars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Rows: a host as one namespace&apos;s ServiceEntries define it. Columns: the namespaces whose sidecars look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
