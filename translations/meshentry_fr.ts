<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FormFacts</name>
    <message>
        <source>Outside the mesh, such as a public API: sidecars do not use mutual TLS.</source>
        <translation>Hors du mesh, par exemple une API publique : les sidecars n’utilisent pas le mutual TLS.</translation>
    </message>
    <message>
        <source>Part of the mesh, such as VMs or other clusters: mutual TLS by default.</source>
        <translation>Dans le mesh, par exemple des VM ou d’autres clusters : mutual TLS par défaut.</translation>
    </message>
    <message>
        <source>Forward to the address the client connected to; no endpoints.</source>
        <translation>Transmettre à l’adresse à laquelle le client s’est connecté ; pas d’endpoints.</translation>
    </message>
    <message>
        <source>Use the IP addresses of the endpoints or of the selected workloads.</source>
        <translation>Utiliser les adresses IP des endpoints ou des workloads sélectionnés.</translation>
    </message>
    <message>
        <source>Resolve the hosts or endpoint names by DNS in the background.</source>
        <translation>Résoudre les hôtes ou les noms des endpoints par DNS en arrière-plan.</translation>
    </message>
    <message>
        <source>Resolve by DNS when a connection opens; at most one endpoint.</source>
        <translation>Résoudre par DNS à l’ouverture d’une connexion ; au plus un endpoint.</translation>
    </message>
    <message>
        <source>Resolve the host each request names; wildcard hosts, no endpoints.</source>
        <translation>Résoudre l’hôte que nomme chaque requête ; hôtes wildcard, pas d’endpoints.</translation>
    </message>
    <message>
        <source>The current version, stored by the API server.</source>
        <translation>La version actuelle, stockée par le serveur d’API.</translation>
    </message>
    <message>
        <source>Older version with the same schema and validation as v1.</source>
        <translation>Ancienne version, avec le même schéma et la même validation que v1.</translation>
    </message>
    <message>
        <source>A request is matched to a host by its HTTP Host or :authority header first, then by the TLS SNI, then by destination IP address and port (the addresses, or the port alone when there are none).</source>
        <translation>Une requête est associée à un hôte d’abord par son en-tête HTTP Host ou :authority, puis par le SNI TLS, puis par l’adresse IP et le port de destination (les addresses, ou le port seul s’il n’y en a pas).</translation>
    </message>
    <message>
        <source>Workload selectors see these merged with metadata.labels; metadata.labels wins when both set a key.</source>
        <translation>Les sélecteurs de workloads les voient fusionnés avec metadata.labels ; metadata.labels l’emporte quand les deux définissent une clé.</translation>
    </message>
    <message>
        <source>every namespace</source>
        <translation>tous les namespaces</translation>
    </message>
    <message>
        <source>its own namespace</source>
        <translation>son propre namespace</translation>
    </message>
    <message>
        <source>its own namespace, %1</source>
        <translation>son propre namespace, %1</translation>
    </message>
    <message>
        <source>no namespace</source>
        <translation>aucun namespace</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::BannerController</name>
    <message>
        <source>%1 is read-only. You can look, copy and validate; to change it, save a copy.</source>
        <translation>%1 est en lecture seule. Vous pouvez le consulter, le copier et le valider ; pour le modifier, enregistrez une copie.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes.</source>
        <translation>%1 a été modifié sur le disque, et vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <source>Show Differences…</source>
        <translation>Afficher les différences…</translation>
    </message>
    <message>
        <source>Cannot Read File</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Changes: disk → your buffer</source>
        <translation>Modifications : disque → votre tampon</translation>
    </message>
    <message>
        <source>Editing pauses while a large file is validated; it resumes when the file is open.</source>
        <translation>La modification est suspendue pendant la validation d’un gros fichier ; elle reprend dès que le fichier est ouvert.</translation>
    </message>
    <message>
        <source>%1 was deleted from disk. Its text is still here; Save writes it back.</source>
        <translation>%1 a été supprimé du disque. Son texte est toujours là ; Enregistrer le réécrit.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Editing pauses while the open files are validated again with the new settings.</source>
        <translation>La modification est suspendue pendant que les fichiers ouverts sont validés de nouveau avec les nouveaux réglages.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::BusyRow</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBanner</name>
    <message>
        <source>&lt;b&gt;The context %1 does not verify the server&apos;s certificate&lt;/b&gt; (insecure-skip-tls-verify). Anyone between you and the cluster can read and change what is sent, credentials included.</source>
        <translation>&lt;b&gt;Le contexte %1 ne vérifie pas le certificat du serveur&lt;/b&gt; (insecure-skip-tls-verify). Quiconque se trouve entre vous et le cluster peut lire et modifier ce qui est envoyé, identifiants compris.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The context %1 talks plain http.&lt;/b&gt; Nothing is encrypted, and the kubeconfig&apos;s credentials are not sent (as kubectl does).</source>
        <translation>&lt;b&gt;Le contexte %1 parle en http non chiffré.&lt;/b&gt; Rien n’est chiffré, et les identifiants du kubeconfig ne sont pas envoyés (comme le fait kubectl).</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBatchDialog</name>
    <message>
        <source>Show &amp;Diff…</source>
        <translation>Afficher le &amp;diff…</translation>
    </message>
    <message>
        <source>&amp;Force Apply…</source>
        <translation>&amp;Forcer l’apply…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Apply to Cluster</source>
        <translation>Appliquer au cluster</translation>
    </message>
    <message>
        <source>Delete from Cluster</source>
        <translation>Supprimer du cluster</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Select an object to see what the server said.</source>
        <translation>Sélectionnez un objet pour voir ce que le serveur a répondu.</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Contexte &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterBatchFlow</name>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>This document (%1 %2)</source>
        <translation>Ce document (%1 %2)</translation>
    </message>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation>
            <numerusform>Le fichier entier (%n document)</numerusform>
            <numerusform>Le fichier entier (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Deleting from %1…</source>
        <translation>Suppression dans %1…</translation>
    </message>
    <message>
        <source>There is nothing to send: the documents are empty.</source>
        <translation>Rien à envoyer : les documents sont vides.</translation>
    </message>
    <message>
        <source>to be deleted</source>
        <translation>à supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) from context %1? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n objet du contexte %1 ? C’est irréversible.</numerusform>
            <numerusform>Supprimer %n objets du contexte %1 ? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Asking %1 for a dry run…</source>
        <translation>Demande d’un dry run à %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted; see the list.</source>
        <translation>
            <numerusform>%n objet n’a pas pu être supprimé ; voir la liste.</numerusform>
            <numerusform>%n objets n’ont pas pu être supprimés ; voir la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from %1.</source>
        <translation>
            <numerusform>%n objet supprimé de %1.</numerusform>
            <numerusform>%n objets supprimés de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s) from context %1</source>
        <translation>
            <numerusform>%n objet supprimé du contexte %1</numerusform>
            <numerusform>%n objets supprimés du contexte %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not applied; see the list.</source>
        <translation>
            <numerusform>%n objet non appliqué ; voir la liste.</numerusform>
            <numerusform>%n objets non appliqués ; voir la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to %1.</source>
        <translation>
            <numerusform>%n objet appliqué à %1.</numerusform>
            <numerusform>%n objets appliqués à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s) to context %1</source>
        <translation>
            <numerusform>%n objet appliqué au contexte %1</numerusform>
            <numerusform>%n objets appliqués au contexte %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n object(s); the problems are marked in the file. Nothing was applied.</source>
        <translation>
            <numerusform>Le serveur refuse %n objet ; les problèmes sont signalés dans le fichier. Rien n’a été appliqué.</numerusform>
            <numerusform>Le serveur refuse %n objets ; les problèmes sont signalés dans le fichier. Rien n’a été appliqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) would change fields another field manager owns. Force Apply takes them over.</source>
        <translation>
            <numerusform>%n objet modifierait des champs détenus par un autre field manager. Forcer l’apply les reprend.</numerusform>
            <numerusform>%n objets modifieraient des champs détenus par un autre field manager. Forcer l’apply les reprend.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s dry run accepts every object. Nothing is changed until you apply.</source>
        <translation>Le dry run du serveur accepte tous les objets. Rien n’est modifié tant que vous n’appliquez pas.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Application à %1…</translation>
    </message>
    <message>
        <source>%1: %2, managed by %3</source>
        <translation>%1 : %2, géré par %3</translation>
    </message>
    <message>
        <source>Take Over Fields?</source>
        <translation>Reprendre les champs ?</translation>
    </message>
    <message>
        <source>Applying takes these fields from their current field managers. Whoever set them may set them back:

%1</source>
        <translation>L’application retire ces champs à leurs field managers actuels. Ceux qui les ont définis pourraient les rétablir :

%1</translation>
    </message>
    <message>
        <source>Force Apply</source>
        <translation>Forcer l’apply</translation>
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
        <translation>Con&amp;texte</translation>
    </message>
    <message>
        <source>&amp;Open from Cluster…</source>
        <translation>&amp;Ouvrir depuis le cluster…</translation>
    </message>
    <message>
        <source>&amp;Diff with Cluster…</source>
        <translation>&amp;Diff avec le cluster…</translation>
    </message>
    <message>
        <source>&amp;Apply to Cluster…</source>
        <translation>&amp;Appliquer au cluster…</translation>
    </message>
    <message>
        <source>De&amp;lete from Cluster…</source>
        <translation>Su&amp;pprimer du cluster…</translation>
    </message>
    <message>
        <source>&amp;Copy kubectl Command for This Document</source>
        <translation>&amp;Copier la commande kubectl pour ce document</translation>
    </message>
    <message>
        <source>Copy kubectl Command for the &amp;Whole File</source>
        <translation>Copier la commande kubectl pour le &amp;fichier entier</translation>
    </message>
    <message>
        <source>&amp;Save This Document for kubectl…</source>
        <translation>&amp;Enregistrer ce document pour kubectl…</translation>
    </message>
    <message>
        <source>Save the Whole &amp;File for kubectl…</source>
        <translation>Enregistrer le fichier &amp;entier pour kubectl…</translation>
    </message>
    <message>
        <source>&amp;Run with kubectl…</source>
        <translation>&amp;Exécuter avec kubectl…</translation>
    </message>
    <message>
        <source>&amp;Export to kubectl</source>
        <translation>E&amp;xporter vers kubectl</translation>
    </message>
    <message>
        <source>cluster %1, user %2, namespace %3</source>
        <translation>cluster %1, utilisateur %2, namespace %3</translation>
    </message>
    <message>
        <source>No kubeconfig contexts (looked in %1)</source>
        <translation>Aucun contexte kubeconfig (cherché dans %1)</translation>
    </message>
    <message>
        <source>&amp;Reload Kubeconfig</source>
        <translation>&amp;Recharger le kubeconfig</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>Aucun cluster</translation>
    </message>
    <message>
        <source>No kubeconfig context to use</source>
        <translation>Aucun contexte kubeconfig utilisable</translation>
    </message>
    <message>
        <source>Cluster context %1: %2, user %3</source>
        <translation>Contexte de cluster %1 : %2, utilisateur %3</translation>
    </message>
    <message>
        <source> · TLS not verified</source>
        <translation> · TLS non vérifié</translation>
    </message>
    <message>
        <source>
The server&apos;s certificate is not verified (insecure-skip-tls-verify).</source>
        <translation>
Le certificat du serveur n’est pas vérifié (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source> · plain http</source>
        <translation> · http non chiffré</translation>
    </message>
    <message>
        <source>
Plain http: nothing is encrypted and no credentials are sent.</source>
        <translation>
http non chiffré : rien n’est chiffré et aucun identifiant n’est envoyé.</translation>
    </message>
    <message>
        <source>No Cluster</source>
        <translation>Aucun cluster</translation>
    </message>
    <message>
        <source>MeshEntry cannot use the kubeconfig context &quot;%1&quot;:

%2</source>
        <translation>MeshEntry ne peut pas utiliser le contexte kubeconfig « %1 » :

%2</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Ouvrez d’abord un fichier.</translation>
    </message>
    <message>
        <source>Copied a kubectl apply command for context %1</source>
        <translation>Commande kubectl apply copiée pour le contexte %1</translation>
    </message>
    <message>
        <source>manifests.yaml</source>
        <translation>manifests.yaml</translation>
    </message>
    <message>
        <source>Save for kubectl</source>
        <translation>Enregistrer pour kubectl</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1 for kubectl apply -f</source>
        <translation>%1 enregistré pour kubectl apply -f</translation>
    </message>
    <message>
        <source>MeshEntry cannot reach a cluster:

%1</source>
        <translation>MeshEntry ne peut joindre aucun cluster :

%1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffDialog</name>
    <message>
        <source>&amp;Hide server bookkeeping</source>
        <translation>&amp;Masquer les champs de gestion du serveur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Diff with Cluster</source>
        <translation>Diff avec le cluster</translation>
    </message>
    <message>
        <source>Live → after apply (server dry run)</source>
        <translation>Live → après apply (dry run du serveur)</translation>
    </message>
    <message>
        <source>File → live</source>
        <translation>Fichier → live</translation>
    </message>
    <message>
        <source>File → after apply (server dry run)</source>
        <translation>Fichier → après apply (dry run du serveur)</translation>
    </message>
    <message>
        <source>Leave out managedFields, uid, resourceVersion, generation, creationTimestamp and status</source>
        <translation>Omettre managedFields, uid, resourceVersion, generation, creationTimestamp et status</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;ocument :</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparer :</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Contexte &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>File (as sent)</source>
        <translation>Fichier (tel qu’envoyé)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Live (does not exist)</source>
        <translation>Live (n’existe pas)</translation>
    </message>
    <message>
        <source>After apply (server dry run)</source>
        <translation>Après apply (dry run du serveur)</translation>
    </message>
    <message>
        <source>%1
The dry-run result shows what a forced apply would leave.</source>
        <translation>%1
Le résultat du dry run montre ce que laisserait un apply forcé.</translation>
    </message>
    <message>
        <source>The object does not exist on the cluster yet: applying creates it.</source>
        <translation>L’objet n’existe pas encore sur le cluster : l’appliquer le crée.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message numerus="yes">
        <source>%n differing line(s).</source>
        <translation>
            <numerusform>%n ligne différente.</numerusform>
            <numerusform>%n lignes différentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterDiffFlow</name>
    <message>
        <source>Asking %1 for the live objects and a dry run…</source>
        <translation>Demande des objets live et d’un dry run à %1…</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ClusterObjectsModel</name>
    <message>
        <source>Istio is not installed on this cluster: the API server (%1) does not serve networking.istio.io ServiceEntry. Install Istio, or choose another context.</source>
        <translation>Istio n’est pas installé sur ce cluster : le serveur d’API (%1) ne sert pas networking.istio.io ServiceEntry. Installez Istio ou choisissez un autre contexte.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Hosts / Address</source>
        <translation>Hôtes / adresse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
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
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsModel</name>
    <message>
        <source>Reported by several layers: %1</source>
        <translation>Signalé par plusieurs couches : %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>A fix is available: click the light bulb, or open the row&apos;s context menu.</source>
        <translation>Une correction est disponible : cliquez sur l’ampoule, ou ouvrez le menu contextuel de la ligne.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Findings of the open files; Enter jumps to one, F1 explains its rule</source>
        <translation>Constats des fichiers ouverts ; Entrée y mène, F1 explique sa règle</translation>
    </message>
    <message>
        <source>&amp;Revalidate</source>
        <translation>&amp;Revalider</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DiffDialog</name>
    <message>
        <source>The file on disk and the open buffer are identical.</source>
        <translation>Le fichier sur le disque et le tampon ouvert sont identiques.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DockPanels</name>
    <message>
        <source>Panels sharing this place; Left and Right choose one</source>
        <translation>Panneaux partageant cet emplacement ; Gauche et Droite en choisissent un</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::DocumentManager</name>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>L’ouverture de %1 a été annulée</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n YAML syntax error(s); the affected documents open as text</source>
        <translation>
            <numerusform>%1 ouvert : %n erreur de syntaxe YAML ; les documents concernés s’ouvrent en texte</numerusform>
            <numerusform>%1 ouvert : %n erreurs de syntaxe YAML ; les documents concernés s’ouvrent en texte</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>untitled.yaml</source>
        <translation>sans-titre.yaml</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Replace your unsaved changes to %1 with the file on disk? Undo brings them back.</source>
        <translation>Remplacer vos modifications non enregistrées de %1 par le fichier sur le disque ? Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Impossible de recharger</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded</source>
        <translation>%1 a été modifié sur le disque et rechargé</translation>
    </message>
    <message>
        <source>an untitled file</source>
        <translation>un fichier sans titre</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>MeshEntry did not close normally. Unsaved changes to %1 from %2 were kept. Recover them?</source>
        <translation>MeshEntry ne s’est pas fermé normalement. Des modifications non enregistrées de %1 datant de %2 ont été conservées. Les récupérer ?</translation>
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
        <translation>Un ServiceEntry vide : une API externe ou un service hors de Kubernetes</translation>
    </message>
    <message>
        <source>WorkloadEntry</source>
        <translation>WorkloadEntry</translation>
    </message>
    <message>
        <source>A blank WorkloadEntry: one VM or other workload outside Kubernetes</source>
        <translation>Un WorkloadEntry vide : une VM ou un autre workload hors de Kubernetes</translation>
    </message>
    <message>
        <source>External HTTPS API</source>
        <translation>API HTTPS externe</translation>
    </message>
    <message>
        <source>An API on the internet, reached over TLS with DNS resolution</source>
        <translation>Une API sur Internet, jointe en TLS avec résolution DNS</translation>
    </message>
    <message>
        <source>External TCP Database with Addresses</source>
        <translation>Base de données TCP externe avec adresses</translation>
    </message>
    <message>
        <source>A database outside the mesh, matched by its IP addresses</source>
        <translation>Une base de données hors du mesh, reconnue par ses adresses IP</translation>
    </message>
    <message>
        <source>Egress Wildcard with DYNAMIC_DNS</source>
        <translation>Wildcard d’egress avec DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>Every host under a domain, resolved per request</source>
        <translation>Tous les hôtes d’un domaine, résolus à chaque requête</translation>
    </message>
    <message>
        <source>VM Workloads (ServiceEntry + WorkloadEntries)</source>
        <translation>Workloads sur VM (ServiceEntry + WorkloadEntries)</translation>
    </message>
    <message>
        <source>A service on two VMs, selected by label</source>
        <translation>Un service sur deux VM, sélectionnées par label</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditDescription</name>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vider %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Définir %1 à %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditorDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation>le document n’a pas encore de nom de fichier</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>Modifier le YAML</translation>
    </message>
    <message>
        <source>Edit %1 in YAML</source>
        <translation>Modifier %1 dans le YAML</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::EditorKeyBindings</name>
    <message>
        <source>One undo history per file: the window&apos;s Undo and Redo.</source>
        <translation>Un seul historique d’annulation par fichier : Annuler et Rétablir de la fenêtre.</translation>
    </message>
    <message>
        <source>Ctrl+] and Ctrl+[ indent and unindent the selected lines.</source>
        <translation>Ctrl+] et Ctrl+[ indentent et désindentent les lignes sélectionnées.</translation>
    </message>
    <message>
        <source>Ctrl+/ comments lines out and in.</source>
        <translation>Ctrl+/ commente et décommente les lignes.</translation>
    </message>
    <message>
        <source>Changes the case of keys and values without a word; Kubernetes names are case-sensitive.</source>
        <translation>Change la casse des clés et des valeurs sans prévenir ; les noms Kubernetes sont sensibles à la casse.</translation>
    </message>
    <message>
        <source>Ctrl+L is Go to Line.</source>
        <translation>Ctrl+L, c’est Aller à la ligne.</translation>
    </message>
    <message>
        <source>Delete Line is Ctrl+Shift+K in the Edit menu.</source>
        <translation>Supprimer la ligne, c’est Ctrl+Maj+K dans le menu Édition.</translation>
    </message>
    <message>
        <source>Copying needs no key of its own: Ctrl+C copies the selection.</source>
        <translation>Copier n’a pas besoin de touche à lui : Ctrl+C copie la sélection.</translation>
    </message>
    <message>
        <source>Swaps lines on a key pressed for other things; Alt+Up and Alt+Down move lines.</source>
        <translation>Échange des lignes sur une touche pressée pour autre chose ; Alt+Haut et Alt+Bas déplacent les lignes.</translation>
    </message>
    <message>
        <source>Ctrl+D duplicates the document; Duplicate Line is Ctrl+Shift+D.</source>
        <translation>Ctrl+D duplique le document ; Dupliquer la ligne, c’est Ctrl+Maj+D.</translation>
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
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Service account</translation>
    </message>
    <message>
        <source>Add endpoint address…</source>
        <translation>Ajouter une adresse d’endpoint…</translation>
    </message>
    <message>
        <source>Service port name</source>
        <translation>Nom du port du service</translation>
    </message>
    <message>
        <source>Port on the endpoint</source>
        <translation>Port sur l’endpoint</translation>
    </message>
    <message>
        <source>Add port…</source>
        <translation>Ajouter un port…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Ajouter un label…</translation>
    </message>
    <message>
        <source>%1: ports and labels</source>
        <translation>%1 : ports et labels</translation>
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
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Leaves the field out. %1</source>
        <translation>Omet le champ. %1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Not a value Istio knows.</source>
        <translation>Valeur inconnue d’Istio.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FieldMarker</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FieldTable</name>
    <message>
        <source>networking.istio.io/v1 (v1beta1 and v1alpha3 are served too)</source>
        <translation>networking.istio.io/v1 (v1beta1 et v1alpha3 sont aussi servies)</translation>
    </message>
    <message>
        <source>The API group and version. All three served versions have the same schema and the same validation; v1 is the storage version.</source>
        <translation>Le groupe et la version de l’API. Les trois versions servies ont le même schéma et la même validation ; v1 est la version de stockage.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Name, namespace, labels and annotations</source>
        <translation>Nom, namespace, labels et annotations</translation>
    </message>
    <message>
        <source>Name, unique per kind and namespace</source>
        <translation>Nom, unique par kind et namespace</translation>
    </message>
    <message>
        <source>A lowercase DNS-1123 subdomain of at most 253 characters. Kubernetes requires it; Istio does not check it further.</source>
        <translation>Un sous-domaine DNS-1123 en minuscules d’au plus 253 caractères. Kubernetes l’exige ; Istio ne le vérifie pas davantage.</translation>
    </message>
    <message>
        <source>Namespace; kubectl&apos;s current namespace when absent</source>
        <translation>Namespace ; en son absence, le namespace courant de kubectl</translation>
    </message>
    <message>
        <source>A lowercase DNS-1123 label. Selectors match workloads in this namespace only, and exportTo &quot;.&quot; means this namespace.</source>
        <translation>Un label DNS-1123 en minuscules. Les sélecteurs ne choisissent que des workloads de ce namespace, et exportTo &quot;.&quot; désigne ce namespace.</translation>
    </message>
    <message>
        <source>Kubernetes labels</source>
        <translation>Labels Kubernetes</translation>
    </message>
    <message>
        <source>Keys are qualified names with an optional DNS prefix, values are at most 63 characters. Quote values such as &quot;on&quot;, &quot;1.0&quot; or &quot;0755&quot;: YAML 1.1 reads them as booleans or numbers.</source>
        <translation>Les clés sont des noms qualifiés avec un préfixe DNS facultatif, les valeurs ont au plus 63 caractères. Mettez entre guillemets les valeurs comme &quot;on&quot;, &quot;1.0&quot; ou &quot;0755&quot; : YAML 1.1 les lit comme booléens ou nombres.</translation>
    </message>
    <message>
        <source>Label value</source>
        <translation>Valeur du label</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Kubernetes annotations</source>
        <translation>Annotations Kubernetes</translation>
    </message>
    <message>
        <source>galley.istio.io/analyze-suppress takes a comma-separated list of rule ids (or *) that are not reported for this resource.</source>
        <translation>galley.istio.io/analyze-suppress prend une liste d’identifiants de règles séparés par des virgules (ou *) qui ne sont pas signalés pour cette ressource.</translation>
    </message>
    <message>
        <source>Annotation value</source>
        <translation>Valeur de l’annotation</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>Set by Kubernetes</source>
        <translation>Défini par Kubernetes</translation>
    </message>
    <message>
        <source>The specification of the resource</source>
        <translation>La spécification de la ressource</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Written by Istio; kept as is</source>
        <translation>Écrit par Istio ; conservé tel quel</translation>
    </message>
    <message>
        <source>Istio writes status conditions and auto-allocated addresses here. Anything is accepted.</source>
        <translation>Istio écrit ici les conditions de statut et les adresses allouées automatiquement. Tout est accepté.</translation>
    </message>
    <message>
        <source>IP address, DNS name, or unix:// socket path of the workload</source>
        <translation>Adresse IP, nom DNS ou chemin de socket unix:// du workload</translation>
    </message>
    <message>
        <source>Without a network the address is required. A ServiceEntry with resolution STATIC needs an IP address or unix:// path here; DNS resolution takes an IP address or a fully qualified name. A unix:// address cannot have ports.</source>
        <translation>Sans network, l’adresse est obligatoire. Un ServiceEntry en resolution STATIC exige ici une adresse IP ou un chemin unix:// ; la résolution DNS accepte une adresse IP ou un nom pleinement qualifié. Une adresse unix:// ne peut pas avoir de ports.</translation>
    </message>
    <message>
        <source>Service port name → port on this workload</source>
        <translation>Nom du port du service → port sur ce workload</translation>
    </message>
    <message>
        <source>Keys must be names of the ServiceEntry&apos;s ports; values override the port number (1-65535) for this endpoint.</source>
        <translation>Les clés doivent être des noms de ports du ServiceEntry ; les valeurs remplacent le numéro de port (1-65535) pour cet endpoint.</translation>
    </message>
    <message>
        <source>Port number on the workload (1-65535)</source>
        <translation>Numéro de port sur le workload (1-65535)</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Labels of the workload</source>
        <translation>Labels du workload</translation>
    </message>
    <message>
        <source>Used by workload selectors and by DestinationRule subsets. security.istio.io/tlsMode sets the endpoint&apos;s TLS mode.</source>
        <translation>Utilisés par les sélecteurs de workloads et les subsets des DestinationRule. security.istio.io/tlsMode définit le mode TLS de l’endpoint.</translation>
    </message>
    <message>
        <source>Network the workload is in (for multi-network meshes)</source>
        <translation>Réseau du workload (pour les meshes multi-réseaux)</translation>
    </message>
    <message>
        <source>When the workload is on another network, the address may be empty and traffic goes through that network&apos;s gateway.</source>
        <translation>Quand le workload est sur un autre réseau, l’adresse peut être vide et le trafic passe par la passerelle de ce réseau.</translation>
    </message>
    <message>
        <source>region/zone/subzone of the workload</source>
        <translation>region/zone/subzone du workload</translation>
    </message>
    <message>
        <source>Used for locality-aware load balancing and failover.</source>
        <translation>Utilisé pour l’équilibrage de charge selon la localité et le failover.</translation>
    </message>
    <message>
        <source>Load-balancing weight relative to other endpoints; 0 means unset</source>
        <translation>Poids d’équilibrage de charge par rapport aux autres endpoints ; 0 signifie non défini</translation>
    </message>
    <message>
        <source>Service account the workload runs as</source>
        <translation>Service account sous lequel tourne le workload</translation>
    </message>
    <message>
        <source>When set, mutual TLS is used to reach the workload unless a security.istio.io/tlsMode label says otherwise.</source>
        <translation>S’il est défini, le workload est joint en mutual TLS, sauf si un label security.istio.io/tlsMode indique autre chose.</translation>
    </message>
    <message>
        <source>Host names of the service (at least one)</source>
        <translation>Noms d’hôte du service (au moins un)</translation>
    </message>
    <message>
        <source>DNS names, optionally starting with a wildcard label (*.example.com). Matched against HTTP Host/Authority headers and TLS SNI. Resolution DNS without endpoints needs fully qualified names; DYNAMIC_DNS needs wildcard hosts.</source>
        <translation>Noms DNS, commençant éventuellement par un label wildcard (*.example.com). Comparés aux en-têtes HTTP Host/Authority et au SNI TLS. La resolution DNS sans endpoints exige des noms pleinement qualifiés ; DYNAMIC_DNS exige des hôtes wildcard.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Virtual IPs or CIDR blocks of the service</source>
        <translation>IP virtuelles ou blocs CIDR du service</translation>
    </message>
    <message>
        <source>Traffic to these addresses is treated as traffic to the service. CIDR blocks need resolution NONE or STATIC. TCP ports need an address unless Istio auto-allocates one.</source>
        <translation>Le trafic vers ces adresses est traité comme du trafic vers le service. Les blocs CIDR exigent la resolution NONE ou STATIC. Les ports TCP exigent une adresse, sauf si Istio en alloue une automatiquement.</translation>
    </message>
    <message>
        <source>IP address or CIDR block</source>
        <translation>Adresse IP ou bloc CIDR</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Ports of the service</source>
        <translation>Ports du service</translation>
    </message>
    <message>
        <source>Names and numbers must be unique. With more than one host, every port must be HTTP-based or TLS.</source>
        <translation>Les noms et les numéros doivent être uniques. Avec plus d’un hôte, chaque port doit être basé sur HTTP ou être TLS.</translation>
    </message>
    <message>
        <source>A port of the service</source>
        <translation>Un port du service</translation>
    </message>
    <message>
        <source>Port number (1-65535)</source>
        <translation>Numéro de port (1-65535)</translation>
    </message>
    <message>
        <source>HTTP, HTTPS, GRPC, HTTP2, TLS, TCP, …; empty: detect</source>
        <translation>HTTP, HTTPS, GRPC, HTTP2, TLS, TCP, … ; vide : détection</translation>
    </message>
    <message>
        <source>One of TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis, MySQL (case-insensitive). Empty means protocol sniffing, which counts as neither HTTP nor TLS.</source>
        <translation>L’un de TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis, MySQL (sans tenir compte de la casse). Vide signifie protocol sniffing, qui ne compte ni comme HTTP ni comme TLS.</translation>
    </message>
    <message>
        <source>Port name (a DNS-1123 label), unique in the ServiceEntry</source>
        <translation>Nom du port (un label DNS-1123), unique dans le ServiceEntry</translation>
    </message>
    <message>
        <source>Port on the endpoints; the port number when unset</source>
        <translation>Port sur les endpoints ; le numéro de port s’il n’est pas défini</translation>
    </message>
    <message>
        <source>1-65535. Istio treats 0 as unset, but the CRD rejects an explicit 0.</source>
        <translation>1-65535. Istio traite 0 comme non défini, mais la CRD rejette un 0 explicite.</translation>
    </message>
    <message>
        <source>Whether the service is part of the mesh</source>
        <translation>Si le service fait partie du mesh</translation>
    </message>
    <message>
        <source>MESH_EXTERNAL: outside the mesh, no mutual TLS. MESH_INTERNAL: workloads inside the mesh (VMs, other clusters).</source>
        <translation>MESH_EXTERNAL : hors du mesh, pas de mutual TLS. MESH_INTERNAL : des workloads dans le mesh (VM, autres clusters).</translation>
    </message>
    <message>
        <source>How the proxy finds the endpoints</source>
        <translation>Comment le proxy trouve les endpoints</translation>
    </message>
    <message>
        <source>NONE: forward to the original destination. STATIC: the endpoints&apos; IP addresses. DNS: resolve the hosts or endpoint names asynchronously. DNS_ROUND_ROBIN: resolve at connection time, at most one endpoint. DYNAMIC_DNS: resolve the requested host of a wildcard entry.</source>
        <translation>NONE : transmettre à la destination d’origine. STATIC : les adresses IP des endpoints. DNS : résoudre les hôtes ou les noms des endpoints de façon asynchrone. DNS_ROUND_ROBIN : résoudre à la connexion, au plus un endpoint. DYNAMIC_DNS : résoudre l’hôte demandé d’une entrée wildcard.</translation>
    </message>
    <message>
        <source>Endpoints of the service (or use workloadSelector)</source>
        <translation>Endpoints du service (ou utiliser workloadSelector)</translation>
    </message>
    <message>
        <source>Not allowed with resolution NONE or DYNAMIC_DNS, at most one with DNS_ROUND_ROBIN, and never together with workloadSelector.</source>
        <translation>Interdits avec la resolution NONE ou DYNAMIC_DNS, au plus un avec DNS_ROUND_ROBIN, et jamais avec workloadSelector.</translation>
    </message>
    <message>
        <source>An endpoint</source>
        <translation>Un endpoint</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <source>Selects Pods and WorkloadEntries as endpoints</source>
        <translation>Sélectionne des Pods et des WorkloadEntries comme endpoints</translation>
    </message>
    <message>
        <source>Selects workloads in the ServiceEntry&apos;s namespace that carry all these labels. Cannot be combined with endpoints; ignored with resolution NONE.</source>
        <translation>Sélectionne les workloads du namespace du ServiceEntry qui portent tous ces labels. Incompatible avec endpoints ; ignoré avec la resolution NONE.</translation>
    </message>
    <message>
        <source>workload selector</source>
        <translation>sélecteur de workloads</translation>
    </message>
    <message>
        <source>Labels a workload must carry to be selected</source>
        <translation>Labels qu’un workload doit porter pour être sélectionné</translation>
    </message>
    <message>
        <source>No wildcards and no empty keys. Without labels every workload in the namespace is selected.</source>
        <translation>Ni wildcards ni clés vides. Sans labels, tous les workloads du namespace sont sélectionnés.</translation>
    </message>
    <message>
        <source>selector labels</source>
        <translation>labels du sélecteur</translation>
    </message>
    <message>
        <source>Required label value</source>
        <translation>Valeur de label exigée</translation>
    </message>
    <message>
        <source>selector label</source>
        <translation>label du sélecteur</translation>
    </message>
    <message>
        <source>Namespaces that can see the service</source>
        <translation>Namespaces qui peuvent voir le service</translation>
    </message>
    <message>
        <source>&quot;*&quot;: all namespaces, &quot;.&quot;: this namespace, &quot;~&quot;: none, or namespace names. Absent: the mesh default (all namespaces unless configured).</source>
        <translation>&quot;*&quot; : tous les namespaces, &quot;.&quot; : ce namespace, &quot;~&quot; : aucun, ou des noms de namespaces. Absent : la valeur par défaut du mesh (tous les namespaces sauf configuration contraire).</translation>
    </message>
    <message>
        <source>exportTo</source>
        <translation>exportTo</translation>
    </message>
    <message>
        <source>*, ., ~ or a namespace</source>
        <translation>*, ., ~ ou un namespace</translation>
    </message>
    <message>
        <source>exportTo entry</source>
        <translation>entrée exportTo</translation>
    </message>
    <message>
        <source>Identities the server certificates must carry</source>
        <translation>Identités que les certificats du serveur doivent porter</translation>
    </message>
    <message>
        <source>subject alt names</source>
        <translation>subject alt names</translation>
    </message>
    <message>
        <source>Subject alternative name</source>
        <translation>Subject alternative name</translation>
    </message>
    <message>
        <source>subject alt name</source>
        <translation>subject alt name</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FileError</name>
    <message>
        <source>Not a directory</source>
        <translation>N’est pas un dossier</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Est un dossier</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nom de fichier trop long</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erreur d’entrée/sortie</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Périphérique ou ressource occupé</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota de disque dépassé</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Opération non autorisée</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Aucun périphérique ou adresse de ce type</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FileOpener</name>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <translation>Lecture de %1 (%2)…</translation>
    </message>
    <message numerus="yes">
        <source>Validating %n document(s) of %1…</source>
        <translation>
            <numerusform>Validation de %n document de %1…</numerusform>
            <numerusform>Validation de %n documents de %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::FixController</name>
    <message>
        <source>The file is read-only; the fix was not applied</source>
        <translation>Le fichier est en lecture seule ; la correction n’a pas été appliquée</translation>
    </message>
    <message>
        <source>Could not apply the fix: %1</source>
        <translation>Impossible d’appliquer la correction : %1</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>&amp;Go to Finding</source>
        <translation>&amp;Aller au constat</translation>
    </message>
    <message>
        <source>&amp;Explain Rule %1</source>
        <translation>&amp;Expliquer la règle %1</translation>
    </message>
    <message>
        <source>No one-click fix for this finding</source>
        <translation>Pas de correction en un clic pour ce constat</translation>
    </message>
    <message>
        <source>The finding changed before the fix was applied; nothing was done</source>
        <translation>Le constat a changé avant que la correction soit appliquée ; rien n’a été fait</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FormBinding</name>
    <message>
        <source>%1
Default: %2</source>
        <translation>%1
Par défaut : %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;When absent: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;En son absence : &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The document is gone.</source>
        <translation>Le document n’existe plus.</translation>
    </message>
    <message>
        <source>Field reference</source>
        <translation>Référence des champs</translation>
    </message>
    <message>
        <source>Kubernetes reference</source>
        <translation>Référence Kubernetes</translation>
    </message>
    <message>
        <source>Istio reference</source>
        <translation>Référence Istio</translation>
    </message>
</context>
<context>
    <name>MeshEntry::FormPanel</name>
    <message>
        <source>Open a YAML file or create one (File ▸ New).</source>
        <translation>Ouvrez un fichier YAML ou créez-en un (Fichier ▸ Nouveau).</translation>
    </message>
    <message>
        <source>&lt;b&gt;YAML syntax error&lt;/b&gt; at line %1, column %2:&lt;br&gt;%3&lt;br&gt;&lt;br&gt;Fix it in the YAML pane; nothing is lost.</source>
        <translation>&lt;b&gt;Erreur de syntaxe YAML&lt;/b&gt; ligne %1, colonne %2 :&lt;br&gt;%3&lt;br&gt;&lt;br&gt;Corrigez-la dans le volet YAML ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>This document has no kind. Edit it in the YAML pane.</source>
        <translation>Ce document n’a pas de kind. Modifiez-le dans le volet YAML.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not an Istio ServiceEntry or WorkloadEntry.&lt;br&gt;Edit it in the YAML pane; MeshEntry keeps it byte for byte.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n’est pas un ServiceEntry ni un WorkloadEntry Istio.&lt;br&gt;Modifiez-le dans le volet YAML ; MeshEntry le conserve octet pour octet.</translation>
    </message>
    <message>
        <source>This document is empty. Fill it with:</source>
        <translation>Ce document est vide. Remplissez-le avec :</translation>
    </message>
    <message>
        <source>or write YAML in the YAML pane.</source>
        <translation>ou écrivez du YAML dans le volet YAML.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>&amp;Line (1–%1):</source>
        <translation>&amp;Ligne (1–%1) :</translation>
    </message>
</context>
<context>
    <name>MeshEntry::HelpController</name>
    <message>
        <source>&amp;Help on This</source>
        <translation>&amp;Aide sur cet élément</translation>
    </message>
    <message>
        <source>MeshEntry &amp;Guide</source>
        <translation>&amp;Guide de MeshEntry</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Rules Reference</source>
        <translation>Référence des &amp;règles</translation>
    </message>
    <message>
        <source>&amp;Field Reference</source>
        <translation>Référence des &amp;champs</translation>
    </message>
    <message>
        <source>Explain the focused field or finding</source>
        <translation>Expliquer le champ ou le constat qui a le focus</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Rules Reference</source>
        <translation>Référence des règles</translation>
    </message>
    <message>
        <source>ServiceEntry Fields</source>
        <translation>Champs de ServiceEntry</translation>
    </message>
    <message>
        <source>WorkloadEntry Fields</source>
        <translation>Champs de WorkloadEntry</translation>
    </message>
</context>
<context>
    <name>MeshEntry::HelpPages</name>
    <message>
        <source>&lt;h1&gt;Page not found&lt;/h1&gt;&lt;p&gt;There is no help page &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Page introuvable&lt;/h1&gt;&lt;p&gt;Il n’existe pas de page d’aide &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>YAML pane (while it has the focus)</source>
        <translation>Volet YAML (quand il a le focus)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Keyboard shortcuts&lt;/h1&gt;&lt;p&gt;Every command of the window with a key. In tables, the arrow keys move between cells, Enter or F2 edits a cell and Tab moves on to the next control.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Raccourcis clavier&lt;/h1&gt;&lt;p&gt;Toutes les commandes de la fenêtre qui ont une touche. Dans les tableaux, les flèches passent d’une cellule à l’autre, Entrée ou F2 modifie une cellule et Tab passe au contrôle suivant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>YAML syntax</source>
        <translation>Syntaxe YAML</translation>
    </message>
    <message>
        <source>Decoding into Istio&apos;s message (L0)</source>
        <translation>Décodage en message Istio (L0)</translation>
    </message>
    <message>
        <source>Kubernetes apiserver: CRD schema and CEL rules (L1)</source>
        <translation>Serveur d’API Kubernetes : schéma de CRD et règles CEL (L1)</translation>
    </message>
    <message>
        <source>Istio&apos;s validating webhook (L2)</source>
        <translation>Webhook de validation d’Istio (L2)</translation>
    </message>
    <message>
        <source>istioctl analyze (L3)</source>
        <translation>istioctl analyze (L3)</translation>
    </message>
    <message>
        <source>MeshEntry&apos;s own checks</source>
        <translation>Vérifications propres à MeshEntry</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Rules reference&lt;/h1&gt;&lt;p&gt;Every rule MeshEntry reports, with its id as &lt;code&gt;meshentry rules&lt;/code&gt; lists it. A resource can silence rules with the annotation &lt;code&gt;galley.istio.io/analyze-suppress&lt;/code&gt;: a comma-separated list of ids, or &lt;code&gt;*&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Référence des règles&lt;/h1&gt;&lt;p&gt;Toutes les règles que signale MeshEntry, avec leur identifiant tel que &lt;code&gt;meshentry rules&lt;/code&gt; les liste. Une ressource peut faire taire des règles avec l’annotation &lt;code&gt;galley.istio.io/analyze-suppress&lt;/code&gt; : une liste d’identifiants séparés par des virgules, ou &lt;code&gt;*&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1 fields&lt;/h1&gt;&lt;p&gt;Every field MeshEntry knows, as Istio&apos;s CRD schema and its webhook define it. Press F1 in a form field to come to its entry.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Champs de %1&lt;/h1&gt;&lt;p&gt;Tous les champs que connaît MeshEntry, tels que les définissent le schéma de CRD d’Istio et son webhook. Appuyez sur F1 dans un champ du formulaire pour arriver à son entrée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;See also: &lt;a href=&quot;%1&quot;&gt;%2 fields&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voir aussi : &lt;a href=&quot;%1&quot;&gt;champs de %2&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>at least %1 entries</source>
        <translation>au moins %1 entrées</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>au plus %1 entrées</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>au plus %1 octets</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs :</translation>
    </message>
    <message>
        <source>Kubernetes reference</source>
        <translation>Référence Kubernetes</translation>
    </message>
    <message>
        <source>Istio reference</source>
        <translation>Référence Istio</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>one of several names</source>
        <translation>un nom parmi plusieurs</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>map of names to values</source>
        <translation>table de noms vers valeurs</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
</context>
<context>
    <name>MeshEntry::HelpWindow</name>
    <message>
        <source>MeshEntry Help</source>
        <translation>Aide de MeshEntry</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Sujets d’aide</translation>
    </message>
    <message>
        <source>Choose a page of the help</source>
        <translation>Choisir une page de l’aide</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Page d’aide</translation>
    </message>
    <message>
        <source>The help text; Tab moves between its links, Enter follows one</source>
        <translation>Le texte d’aide ; Tab passe d’un lien à l’autre, Entrée en suit un</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Enter finds the next occurrence, Shift+Enter the previous one</source>
        <translation>Entrée trouve l’occurrence suivante, Maj+Entrée la précédente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ImportController</name>
    <message>
        <source>Import Namespaces (kubectl get namespaces -o json)</source>
        <translation>Importer des namespaces (kubectl get namespaces -o json)</translation>
    </message>
    <message>
        <source>Import Workloads (kubectl get pods -A -o json)</source>
        <translation>Importer des workloads (kubectl get pods -A -o json)</translation>
    </message>
    <message>
        <source>kubectl output (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Sortie de kubectl (*.json *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
        <source>Import from Cluster</source>
        <translation>Importer depuis le cluster</translation>
    </message>
    <message>
        <source>There is no kubeconfig context to import from.</source>
        <translation>Il n’y a aucun contexte kubeconfig depuis lequel importer.</translation>
    </message>
    <message>
        <source>Reading Pods, WorkloadEntries, Namespaces and the istio ConfigMap from context %1…</source>
        <translation>Lecture des Pods, WorkloadEntries, Namespaces et de la ConfigMap istio du contexte %1…</translation>
    </message>
    <message>
        <source>Cannot read context %1: %2</source>
        <translation>Impossible de lire le contexte %1 : %2</translation>
    </message>
    <message>
        <source>%1: import cancelled</source>
        <translation>%1 : importation annulée</translation>
    </message>
    <message>
        <source>Import Workloads</source>
        <translation>Importer des workloads</translation>
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation>Importation de %1 annulée</translation>
    </message>
    <message>
        <source>%1 holds no Pod, WorkloadEntry or Namespace</source>
        <translation>%1 ne contient aucun Pod, WorkloadEntry ni Namespace</translation>
    </message>
    <message>
        <source>Imported %1 workloads and %2 namespaces from %3</source>
        <translation>%1 workloads et %2 namespaces importés depuis %3</translation>
    </message>
    <message>
        <source>configmap istio-system/istio (context %1)</source>
        <translation>ConfigMap istio-system/istio (contexte %1)</translation>
    </message>
    <message>
        <source>The cluster&apos;s mesh settings cannot be read: %1</source>
        <translation>Les paramètres du mesh du cluster ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Mesh Settings of the Cluster</source>
        <translation>Paramètres du mesh du cluster</translation>
    </message>
    <message>
        <source>Context %1 has mesh settings of its own (%2).

Use them instead of the current ones for matching, routing and validation?</source>
        <translation>Le contexte %1 a ses propres paramètres du mesh (%2).

Les utiliser à la place des paramètres actuels pour la correspondance, le routage et la validation ?</translation>
    </message>
    <message>
        <source>Istio&apos;s defaults</source>
        <translation>Valeurs par défaut d’Istio</translation>
    </message>
    <message>
        <source>&amp;Use Them</source>
        <translation>&amp;Utiliser ceux-ci</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder les miens</translation>
    </message>
    <message>
        <source>Forgot %1 imported workloads and the imported namespaces</source>
        <translation>%1 workloads importés et les namespaces importés ont été oubliés</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KeyValueEditor</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation>Clé vide</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run with kubectl</source>
        <translation>Exécuter avec kubectl</translation>
    </message>
    <message>
        <source>kubectl diff (server-side)</source>
        <translation>kubectl diff (côté serveur)</translation>
    </message>
    <message>
        <source>kubectl apply --dry-run=server</source>
        <translation>kubectl apply --dry-run=server</translation>
    </message>
    <message>
        <source>kubectl apply (server-side)</source>
        <translation>kubectl apply (côté serveur)</translation>
    </message>
    <message>
        <source>kubectl&apos;s output appears here.</source>
        <translation>La sortie de kubectl apparaît ici.</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents :</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande :</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécute :</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlFlow</name>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message numerus="yes">
        <source>The whole file (%n document(s))</source>
        <translation>
            <numerusform>Le fichier entier (%n document)</numerusform>
            <numerusform>Le fichier entier (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>   (the documents on stdin)</source>
        <translation>   (les documents sur stdin)</translation>
    </message>
    <message>
        <source>Exit status 0: no differences.</source>
        <translation>Code de sortie 0 : aucune différence.</translation>
    </message>
    <message>
        <source>Exit status 0: done.</source>
        <translation>Code de sortie 0 : terminé.</translation>
    </message>
    <message>
        <source>Exit status 1: the cluster differs (shown above).</source>
        <translation>Code de sortie 1 : le cluster diffère (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Exit status %1: kubectl reported an error (shown above).</source>
        <translation>Code de sortie %1 : kubectl a signalé une erreur (voir ci-dessus).</translation>
    </message>
</context>
<context>
    <name>MeshEntry::KubectlRunner</name>
    <message>
        <source>kubectl was not found on PATH. Install kubectl, or use MeshEntry&apos;s own Cluster commands, which need no kubectl.</source>
        <translation>kubectl est introuvable dans le PATH. Installez kubectl, ou utilisez les commandes Cluster de MeshEntry, qui n’en ont pas besoin.</translation>
    </message>
    <message>
        <source>kubectl could not be started: %1</source>
        <translation>Impossible de démarrer kubectl : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>kubectl did not finish in time and was stopped.</source>
        <translation>kubectl n’a pas terminé à temps et a été arrêté.</translation>
    </message>
    <message>
        <source>kubectl crashed.</source>
        <translation>kubectl a planté.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::List</name>
    <message>
        <source>; </source>
        <comment>between the items of a list of reasons or findings: &quot;a; b; c&quot;</comment>
        <translation> ; </translation>
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
        <translation> et </translation>
    </message>
</context>
<context>
    <name>MeshEntry::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Ln %1, Col %2</translation>
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
        <translation>En cours…</translation>
    </message>
    <message>
        <source>will be created</source>
        <translation>sera créé</translation>
    </message>
    <message numerus="yes">
        <source>will change (%n line(s))</source>
        <translation>
            <numerusform>sera modifié (%n ligne)</numerusform>
            <numerusform>sera modifié (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>not found (already gone)</source>
        <translation>introuvable (déjà supprimé)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MeshConfig</name>
    <message>
        <source>root namespace %1</source>
        <translation>namespace racine %1</translation>
    </message>
    <message>
        <source>outbound %1</source>
        <translation>sortant %1</translation>
    </message>
    <message>
        <source>default exportTo [%1]</source>
        <translation>exportTo par défaut [%1]</translation>
    </message>
    <message>
        <source>DNS capture + auto-allocation</source>
        <translation>capture DNS + allocation automatique</translation>
    </message>
    <message>
        <source>DNS capture</source>
        <translation>capture DNS</translation>
    </message>
    <message>
        <source>DNS auto-allocation without capture</source>
        <translation>allocation DNS automatique sans capture</translation>
    </message>
    <message>
        <source>visibility %1</source>
        <translation>visibilité %1</translation>
    </message>
    <message>
        <source> + 1 policy</source>
        <translation> + 1 politique</translation>
    </message>
    <message>
        <source> + %1 policies</source>
        <translation> + %1 politiques</translation>
    </message>
    <message>
        <source> (sidecars too)</source>
        <translation> (sidecars aussi)</translation>
    </message>
    <message>
        <source>listen port %1</source>
        <translation>port d’écoute %1</translation>
    </message>
    <message>
        <source>trust domain %1</source>
        <translation>trust domain %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MeshPreferencesPage</name>
    <message>
        <source>DNS capture (ISTIO_META_DNS_CAPTURE)</source>
        <translation>Capture DNS (ISTIO_META_DNS_CAPTURE)</translation>
    </message>
    <message>
        <source>Address auto-allocation (ISTIO_META_DNS_AUTO_ALLOCATE)</source>
        <translation>Allocation automatique d’adresses (ISTIO_META_DNS_AUTO_ALLOCATE)</translation>
    </message>
    <message>
        <source>Apply to sidecars</source>
        <translation>Appliquer aux sidecars</translation>
    </message>
    <message>
        <source>Not set (PUBLIC)</source>
        <translation>Non défini (PUBLIC)</translation>
    </message>
    <message>
        <source>defaultServiceExportTo: comma-separated, * for every namespace, . for the entry&apos;s own namespace, ~ for none</source>
        <translation>defaultServiceExportTo : séparés par des virgules, * pour tous les namespaces, . pour le namespace de l’entrée, ~ pour aucun</translation>
    </message>
    <message>
        <source>MeshConfig YAML</source>
        <translation>YAML MeshConfig</translation>
    </message>
    <message>
        <source># MeshConfig YAML; empty means Istio&apos;s defaults</source>
        <translation># YAML MeshConfig ; vide signifie les valeurs par défaut d’Istio</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Reset to Istio&apos;s Defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut d’Istio</translation>
    </message>
    <message>
        <source>Root &amp;namespace:</source>
        <translation>&amp;Namespace racine :</translation>
    </message>
    <message>
        <source>Default service &amp;exportTo:</source>
        <translation>&amp;exportTo par défaut des services :</translation>
    </message>
    <message>
        <source>&amp;Outbound traffic policy:</source>
        <translation>Politique de trafic &amp;sortant :</translation>
    </message>
    <message>
        <source>Proxy metadata:</source>
        <translation>Métadonnées du proxy :</translation>
    </message>
    <message>
        <source>ServiceEntry &amp;visibility:</source>
        <translation>&amp;Visibilité des ServiceEntry :</translation>
    </message>
    <message>
        <source>MeshConfig &amp;YAML (the istio ConfigMap&apos;s data.mesh):</source>
        <translation>&amp;YAML MeshConfig (data.mesh de la ConfigMap istio) :</translation>
    </message>
    <message>
        <source>Load Mesh Settings</source>
        <translation>Charger les paramètres du mesh</translation>
    </message>
    <message>
        <source>YAML or JSON (*.yaml *.yml *.json);;All files (*)</source>
        <translation>YAML ou JSON (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Settings typed here, or Istio&apos;s defaults</source>
        <translation>Paramètres saisis ici, ou valeurs par défaut d’Istio</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Chargé depuis %1</translation>
    </message>
    <message>
        <source>No visibility policies (add them under serviceEntryVisibility.policies below).</source>
        <translation>Aucune politique de visibilité (ajoutez-les sous serviceEntryVisibility.policies ci-dessous).</translation>
    </message>
    <message>
        <source>1 visibility policy, chosen by namespace labels; edit it below.</source>
        <translation>1 politique de visibilité, choisie selon les labels du namespace ; modifiez-la ci-dessous.</translation>
    </message>
    <message>
        <source>%1 visibility policies, chosen by namespace labels; edit them below.</source>
        <translation>%1 politiques de visibilité, choisies selon les labels du namespace ; modifiez-les ci-dessous.</translation>
    </message>
    <message>
        <source>In force: Istio&apos;s defaults.</source>
        <translation>En vigueur : les valeurs par défaut d’Istio.</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>En vigueur : %1.</translation>
    </message>
    <message>
        <source>Kept but not used by MeshEntry: %1.</source>
        <translation>Conservé mais non utilisé par MeshEntry : %1.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Impossible de modifier %1 : %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MeshSettingsController</name>
    <message>
        <source>Namespaces are no longer imported at start: import %1 with Workloads ▸ Import Namespaces</source>
        <translation>Les namespaces ne sont plus importés au démarrage : importez %1 avec Workloads ▸ Importer des namespaces</translation>
    </message>
    <message>
        <source>The saved mesh settings cannot be read, Istio&apos;s defaults apply: %1</source>
        <translation>Les paramètres du mesh enregistrés ne peuvent pas être lus, les valeurs par défaut d’Istio s’appliquent : %1</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>The mesh settings were not changed: their YAML has an error</source>
        <translation>Les paramètres du mesh n’ont pas été modifiés : leur YAML contient une erreur</translation>
    </message>
    <message>
        <source>Mesh: Istio defaults</source>
        <translation>Mesh : valeurs par défaut d’Istio</translation>
    </message>
    <message>
        <source>Mesh: %1</source>
        <translation>Mesh : %1</translation>
    </message>
    <message>
        <source> · 1 namespace</source>
        <translation> · 1 namespace</translation>
    </message>
    <message>
        <source> · %1 namespaces</source>
        <translation> · %1 namespaces</translation>
    </message>
    <message>
        <source> · 1 imported workload</source>
        <translation> · 1 workload importé</translation>
    </message>
    <message>
        <source> · %1 imported workloads</source>
        <translation> · %1 workloads importés</translation>
    </message>
    <message>
        <source>Mesh settings in force</source>
        <translation>Paramètres du mesh en vigueur</translation>
    </message>
    <message>
        <source>Mesh settings from %1</source>
        <translation>Paramètres du mesh depuis %1</translation>
    </message>
    <message>
        <source>root namespace: %1</source>
        <translation>namespace racine : %1</translation>
    </message>
    <message>
        <source>default exportTo: %1</source>
        <translation>exportTo par défaut : %1</translation>
    </message>
    <message>
        <source>outbound traffic policy: %1</source>
        <translation>politique du trafic sortant : %1</translation>
    </message>
    <message>
        <source>DNS capture: %1, auto-allocation: %2</source>
        <translation>capture DNS : %1, allocation automatique : %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>serviceEntryVisibility: default %1, policies: %2, %3</source>
        <translation>serviceEntryVisibility : défaut %1, politiques : %2, %3</translation>
    </message>
    <message>
        <source>applied to sidecars</source>
        <translation>appliquées aux sidecars</translation>
    </message>
    <message>
        <source>not applied to sidecars</source>
        <translation>non appliquées aux sidecars</translation>
    </message>
    <message>
        <source>Namespaces: %1 imported; their labels decide serviceEntryVisibility</source>
        <translation>Namespaces : %1 importés ; leurs labels décident de serviceEntryVisibility</translation>
    </message>
    <message>
        <source>Namespaces: none imported (Workloads ▸ Import Namespaces)</source>
        <translation>Namespaces : aucun importé (Workloads ▸ Importer des namespaces)</translation>
    </message>
    <message>
        <source>Workloads: %1 imported, %2 WorkloadEntries in the open files</source>
        <translation>Workloads : %1 importés, %2 WorkloadEntries dans les fichiers ouverts</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Click to edit the mesh settings</source>
        <translation>Cliquer pour modifier les paramètres du mesh</translation>
    </message>
</context>
<context>
    <name>MeshEntry::Message</name>
    <message>
        <source>The namespace&apos;s own oldest Sidecar without workloadSelector applies.</source>
        <translation>Le plus ancien Sidecar du namespace sans workloadSelector s’applique.</translation>
    </message>
    <message>
        <source>The root namespace&apos;s Sidecar applies, evaluated as if in the proxy&apos;s namespace.</source>
        <translation>Le Sidecar du namespace racine s’applique, évalué comme s’il était dans le namespace du proxy.</translation>
    </message>
    <message>
        <source>No Sidecar applies: one egress listener importing */*.</source>
        <translation>Aucun Sidecar ne s’applique : un listener egress qui importe */*.</translation>
    </message>
    <message>
        <source>The outbound traffic policy: the Sidecar&apos;s, else the mesh&apos;s.</source>
        <translation>L’outboundTrafficPolicy : celle du Sidecar, sinon celle du mesh.</translation>
    </message>
    <message>
        <source>The destination address: given, the entry&apos;s address, auto-allocated, or undeclared.</source>
        <translation>L’adresse de destination : donnée, celle de l’entrée, allouée automatiquement ou non déclarée.</translation>
    </message>
    <message>
        <source>Whether the entry&apos;s exportTo lets the namespace see the host.</source>
        <translation>Si l’exportTo de l’entrée rend l’hôte visible pour le namespace.</translation>
    </message>
    <message>
        <source>serviceEntryVisibility narrowed the entry&apos;s exportTo.</source>
        <translation>serviceEntryVisibility a restreint l’exportTo de l’entrée.</translation>
    </message>
    <message>
        <source>Whether a Sidecar egress host imports (or excludes) the host.</source>
        <translation>Si un hôte egress d’un Sidecar importe (ou exclut) l’hôte.</translation>
    </message>
    <message>
        <source>Which namespace&apos;s entry a host resolves to when several namespaces define it.</source>
        <translation>L’entrée de quel namespace un hôte désigne quand plusieurs namespaces le définissent.</translation>
    </message>
    <message>
        <source>Several entries of one namespace with the same host: kept, merged or ignored.</source>
        <translation>Plusieurs entrées d’un namespace avec le même hôte : conservées, fusionnées ou ignorées.</translation>
    </message>
    <message>
        <source>A Sidecar egress listener with this port decides what listens on it.</source>
        <translation>Un listener egress d’un Sidecar avec ce port décide de ce qui écoute dessus.</translation>
    </message>
    <message>
        <source>A listener bound to the destination address takes the connection.</source>
        <translation>Un listener lié à l’adresse de destination prend la connexion.</translation>
    </message>
    <message>
        <source>The port&apos;s 0.0.0.0 listener takes the connection.</source>
        <translation>Le listener 0.0.0.0 du port prend la connexion.</translation>
    </message>
    <message>
        <source>No listener has the address and port: virtualOutbound takes the connection.</source>
        <translation>Aucun listener n’a l’adresse et le port : virtualOutbound prend la connexion.</translation>
    </message>
    <message>
        <source>Traffic to the sidecar&apos;s own ports is blackholed.</source>
        <translation>Le trafic vers les ports du sidecar lui-même est jeté (blackhole).</translation>
    </message>
    <message>
        <source>The filter chain the destination IP, SNI and ALPN select.</source>
        <translation>La filter chain que choisissent l’IP de destination, le SNI et l’ALPN.</translation>
    </message>
    <message>
        <source>No filter chain matches: the listener&apos;s default chain takes the connection.</source>
        <translation>Aucune filter chain ne correspond : la chain par défaut du listener prend la connexion.</translation>
    </message>
    <message>
        <source>TLS or raw TCP reached an HTTP connection manager.</source>
        <translation>Du TLS ou du TCP brut a atteint un HTTP connection manager.</translation>
    </message>
    <message>
        <source>The HTTP route configuration the connection manager uses.</source>
        <translation>La configuration de routes HTTP qu’utilise le connection manager.</translation>
    </message>
    <message>
        <source>The virtual host the Host header selects.</source>
        <translation>Le virtual host que choisit l’en-tête Host.</translation>
    </message>
    <message>
        <source>No virtual host matches: allow_any, allow_any_dynamic_dns or block_all.</source>
        <translation>Aucun virtual host ne correspond : allow_any, allow_any_dynamic_dns ou block_all.</translation>
    </message>
    <message>
        <source>The service cluster, its type and endpoints.</source>
        <translation>Le cluster du service, son type et ses endpoints.</translation>
    </message>
    <message>
        <source>The chain names a cluster istiod does not build.</source>
        <translation>La chain nomme un cluster qu’istiod ne construit pas.</translation>
    </message>
    <message>
        <source>PassthroughCluster, the egress proxy, or BlackHoleCluster.</source>
        <translation>PassthroughCluster, le proxy egress ou BlackHoleCluster.</translation>
    </message>
    <message>
        <source>metadata.name: Required value: name or generateName is required</source>
        <translation>metadata.name : valeur requise : name ou generateName est obligatoire</translation>
    </message>
    <message>
        <source>metadata.name: Invalid value: %1: must be no more than 253 characters</source>
        <translation>metadata.name : valeur invalide : %1 : 253 caractères au plus</translation>
    </message>
    <message>
        <source>metadata.name: Invalid value: %1: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</source>
        <translation>metadata.name : valeur invalide : %1 : un sous-domaine RFC 1123 en minuscules ne doit contenir que des caractères alphanumériques minuscules, &apos;-&apos; ou &apos;.&apos;, et doit commencer et finir par un caractère alphanumérique (par ex. &apos;example.com&apos; ; expression régulière de validation : &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</translation>
    </message>
    <message>
        <source>metadata.namespace: Invalid value: %1: must be no more than 63 characters</source>
        <translation>metadata.namespace : valeur invalide : %1 : 63 caractères au plus</translation>
    </message>
    <message>
        <source>metadata.namespace: Invalid value: %1: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or &apos;-&apos;, and must start and end with an alphanumeric character (e.g. &apos;my-name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</source>
        <translation>metadata.namespace : valeur invalide : %1 : un label RFC 1123 en minuscules ne doit contenir que des caractères alphanumériques minuscules ou &apos;-&apos;, et doit commencer et finir par un caractère alphanumérique (par ex. &apos;my-name&apos; ou &apos;123-abc&apos; ; expression régulière de validation : &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?&apos;)</translation>
    </message>
    <message>
        <source>metadata.%1: Invalid value: %2: %3</source>
        <translation>metadata.%1 : valeur invalide : %2 : %3</translation>
    </message>
    <message>
        <source>no matches for kind %1 in version %2</source>
        <translation>aucune correspondance pour le kind %1 dans la version %2</translation>
    </message>
    <message>
        <source>YAML syntax error</source>
        <translation>Erreur de syntaxe YAML</translation>
    </message>
    <message>
        <source>Value of the wrong type</source>
        <translation>Valeur du mauvais type</translation>
    </message>
    <message>
        <source>Unknown enum name</source>
        <translation>Nom d’enum inconnu</translation>
    </message>
    <message>
        <source>Unknown field in spec</source>
        <translation>Champ inconnu dans spec</translation>
    </message>
    <message>
        <source>Version not served</source>
        <translation>Version non servie</translation>
    </message>
    <message>
        <source>spec is required</source>
        <translation>spec est obligatoire</translation>
    </message>
    <message>
        <source>Schema type or unknown field</source>
        <translation>Type du schéma ou champ inconnu</translation>
    </message>
    <message>
        <source>hosts is required</source>
        <translation>hosts est obligatoire</translation>
    </message>
    <message>
        <source>1 to 256 hosts</source>
        <translation>De 1 à 256 hosts</translation>
    </message>
    <message>
        <source>Host `*`</source>
        <translation>Host `*`</translation>
    </message>
    <message>
        <source>Address limits</source>
        <translation>Limites des adresses</translation>
    </message>
    <message>
        <source>Port name and number required, names unique</source>
        <translation>Nom et numéro de port requis, noms uniques</translation>
    </message>
    <message>
        <source>Port numbers unique</source>
        <translation>Numéros de port uniques</translation>
    </message>
    <message>
        <source>Port number 1-65535</source>
        <translation>Numéro de port 1-65535</translation>
    </message>
    <message>
        <source>targetPort 1-65535 when present</source>
        <translation>targetPort 1-65535 s’il est présent</translation>
    </message>
    <message>
        <source>Port name and protocol length</source>
        <translation>Longueur du nom de port et du protocole</translation>
    </message>
    <message>
        <source>location value</source>
        <translation>Valeur de location</translation>
    </message>
    <message>
        <source>resolution value</source>
        <translation>Valeur de resolution</translation>
    </message>
    <message>
        <source>At most 4096 endpoints</source>
        <translation>4096 endpoints au plus</translation>
    </message>
    <message>
        <source>Selector label limits</source>
        <translation>Limites des labels du sélecteur</translation>
    </message>
    <message>
        <source>workloadSelector or endpoints</source>
        <translation>workloadSelector ou endpoints</translation>
    </message>
    <message>
        <source>CIDR needs NONE or STATIC</source>
        <translation>Un CIDR exige NONE ou STATIC</translation>
    </message>
    <message>
        <source>NONE with endpoints</source>
        <translation>NONE avec des endpoints</translation>
    </message>
    <message>
        <source>DNS_ROUND_ROBIN with several endpoints</source>
        <translation>DNS_ROUND_ROBIN avec plusieurs endpoints</translation>
    </message>
    <message>
        <source>Address length</source>
        <translation>Longueur de l’adresse</translation>
    </message>
    <message>
        <source>unix:// path must be absolute</source>
        <translation>Le chemin unix:// doit être absolu</translation>
    </message>
    <message>
        <source>unix:// path must not end in /</source>
        <translation>Le chemin unix:// ne doit pas finir par /</translation>
    </message>
    <message>
        <source>Address or network present</source>
        <translation>Adresse ou réseau présent</translation>
    </message>
    <message>
        <source>unix:// without ports</source>
        <translation>unix:// sans ports</translation>
    </message>
    <message>
        <source>Endpoint port map</source>
        <translation>Table des ports de l’endpoint</translation>
    </message>
    <message>
        <source>At most 256 labels</source>
        <translation>256 labels au plus</translation>
    </message>
    <message>
        <source>String lengths</source>
        <translation>Longueurs des chaînes</translation>
    </message>
    <message>
        <source>weight range</source>
        <translation>Plage de weight</translation>
    </message>
    <message>
        <source>Object name</source>
        <translation>Nom de l’objet</translation>
    </message>
    <message>
        <source>Namespace name</source>
        <translation>Nom du namespace</translation>
    </message>
    <message>
        <source>Label syntax</source>
        <translation>Syntaxe des labels</translation>
    </message>
    <message>
        <source>Annotation keys</source>
        <translation>Clés des annotations</translation>
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
        <translation>Annotation parent interne</translation>
    </message>
    <message>
        <source>Unknown top-level field</source>
        <translation>Champ de premier niveau inconnu</translation>
    </message>
    <message>
        <source>Selector key empty or wildcard</source>
        <translation>Clé du sélecteur vide ou générique</translation>
    </message>
    <message>
        <source>Selector without labels</source>
        <translation>Sélecteur sans labels</translation>
    </message>
    <message>
        <source>Selector and endpoints</source>
        <translation>Sélecteur et endpoints</translation>
    </message>
    <message>
        <source>Selector with resolution NONE</source>
        <translation>Sélecteur avec resolution NONE</translation>
    </message>
    <message>
        <source>No hosts</source>
        <translation>Aucun host</translation>
    </message>
    <message>
        <source>Host name syntax</source>
        <translation>Syntaxe du nom d’hôte</translation>
    </message>
    <message>
        <source>Partial wildcard host</source>
        <translation>Hôte à joker partiel</translation>
    </message>
    <message>
        <source>DNS hosts must be FQDNs</source>
        <translation>Les hôtes DNS doivent être des FQDN</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS needs hosts</source>
        <translation>DYNAMIC_DNS exige des hosts</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS hosts are wildcards</source>
        <translation>Les hôtes DYNAMIC_DNS sont des jokers</translation>
    </message>
    <message>
        <source>Several hosts need HTTP or TLS ports</source>
        <translation>Plusieurs hôtes exigent des ports HTTP ou TLS</translation>
    </message>
    <message>
        <source>Address syntax</source>
        <translation>Syntaxe de l’adresse</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS without addresses</source>
        <translation>DYNAMIC_DNS sans addresses</translation>
    </message>
    <message>
        <source>Several hosts with address and TCP</source>
        <translation>Plusieurs hôtes avec adresse et TCP</translation>
    </message>
    <message>
        <source>Duplicate port name</source>
        <translation>Nom de port en double</translation>
    </message>
    <message>
        <source>Duplicate port number</source>
        <translation>Numéro de port en double</translation>
    </message>
    <message>
        <source>targetPort range</source>
        <translation>Plage de targetPort</translation>
    </message>
    <message>
        <source>TCP port without address</source>
        <translation>Port TCP sans adresse</translation>
    </message>
    <message>
        <source>Port name syntax</source>
        <translation>Syntaxe du nom de port</translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation>Protocole non pris en charge</translation>
    </message>
    <message>
        <source>Port number range</source>
        <translation>Plage du numéro de port</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS protocols</source>
        <translation>Protocoles de DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>DNS_ROUND_ROBIN endpoints</source>
        <translation>Endpoints de DNS_ROUND_ROBIN</translation>
    </message>
    <message>
        <source>DNS endpoint address</source>
        <translation>Adresse d’endpoint DNS</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS without endpoints</source>
        <translation>DYNAMIC_DNS sans endpoints</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS location</source>
        <translation>location de DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>DYNAMIC_DNS, MESH_INTERNAL and waypoint</source>
        <translation>DYNAMIC_DNS, MESH_INTERNAL et waypoint</translation>
    </message>
    <message>
        <source>Unknown resolution number</source>
        <translation>Numéro de resolution inconnu</translation>
    </message>
    <message>
        <source>Duplicate exportTo entry</source>
        <translation>Entrée exportTo en double</translation>
    </message>
    <message>
        <source>exportTo entry syntax</source>
        <translation>Syntaxe d’une entrée exportTo</translation>
    </message>
    <message>
        <source>`*` with other exportTo entries</source>
        <translation>`*` avec d’autres entrées exportTo</translation>
    </message>
    <message>
        <source>`~` with other exportTo entries</source>
        <translation>`~` avec d’autres entrées exportTo</translation>
    </message>
    <message>
        <source>Endpoint address required</source>
        <translation>Adresse d’endpoint requise</translation>
    </message>
    <message>
        <source>Endpoint with network only</source>
        <translation>Endpoint avec network seulement</translation>
    </message>
    <message>
        <source>Endpoint unix:// path</source>
        <translation>Chemin unix:// d’un endpoint</translation>
    </message>
    <message>
        <source>Endpoint unix:// with ports</source>
        <translation>Endpoint unix:// avec des ports</translation>
    </message>
    <message>
        <source>STATIC endpoint must be an IP</source>
        <translation>Un endpoint STATIC doit être une IP</translation>
    </message>
    <message>
        <source>Endpoint port not in the ServiceEntry</source>
        <translation>Port d’endpoint absent du ServiceEntry</translation>
    </message>
    <message>
        <source>Endpoint port name syntax</source>
        <translation>Syntaxe du nom de port d’un endpoint</translation>
    </message>
    <message>
        <source>Endpoint port range</source>
        <translation>Plage du port d’endpoint</translation>
    </message>
    <message>
        <source>Endpoint label syntax</source>
        <translation>Syntaxe des labels d’endpoint</translation>
    </message>
    <message>
        <source>unix:// endpoint needs one port</source>
        <translation>Un endpoint unix:// exige un seul port</translation>
    </message>
    <message>
        <source>Address required</source>
        <translation>Adresse requise</translation>
    </message>
    <message>
        <source>Network without address</source>
        <translation>network sans adresse</translation>
    </message>
    <message>
        <source>unix:// path</source>
        <translation>Chemin unix://</translation>
    </message>
    <message>
        <source>unix:// with ports</source>
        <translation>unix:// avec des ports</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>Plage de port</translation>
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
        <translation>Clé de mapping en double</translation>
    </message>
    <message>
        <source>YAML 1.1 typing trap</source>
        <translation>Piège de typage YAML 1.1</translation>
    </message>
    <message>
        <source>Protocol in another case</source>
        <translation>Protocole avec une autre casse</translation>
    </message>
    <message>
        <source>Port name names another protocol</source>
        <translation>Le nom de port désigne un autre protocole</translation>
    </message>
    <message>
        <source>exportTo names an unknown namespace</source>
        <translation>exportTo nomme un namespace inconnu</translation>
    </message>
    <message>
        <source>Same kind, namespace and name twice</source>
        <translation>Même kind, namespace et nom en double</translation>
    </message>
    <message>
        <source>Selector matches no workload</source>
        <translation>Le sélecteur ne correspond à aucun workload</translation>
    </message>
    <message>
        <source>STATIC ServiceEntry selects a host-name workload</source>
        <translation>Un ServiceEntry STATIC sélectionne un workload à nom d’hôte</translation>
    </message>
    <message>
        <source>Workload port no ServiceEntry has</source>
        <translation>Port de workload qu’aucun ServiceEntry n’a</translation>
    </message>
    <message>
        <source>No-address TCP port captures a shared port</source>
        <translation>Un port TCP sans adresse capte un port partagé</translation>
    </message>
    <message>
        <source>Filter chain dropped on a shared listener</source>
        <translation>Filter chain abandonnée sur un listener partagé</translation>
    </message>
    <message>
        <source>Host shadowed by another entry</source>
        <translation>Hôte masqué par une autre entrée</translation>
    </message>
    <message>
        <source>Sidecar egress host imports nothing</source>
        <translation>L’hôte egress du Sidecar n’importe rien</translation>
    </message>
    <message>
        <source>exportTo hides the entry from every workload</source>
        <translation>exportTo cache l’entrée à tous les workloads</translation>
    </message>
    <message>
        <source>%1/%2 has unsupported annotation istio.io/dry-run, please remove the annotation</source>
        <translation>%1/%2 a l’annotation non prise en charge istio.io/dry-run, veuillez retirer l’annotation</translation>
    </message>
    <message>
        <source>&quot;internal.istio.io/webhook-always-reject&quot; annotation found, rejecting</source>
        <translation>annotation &quot;internal.istio.io/webhook-always-reject&quot; trouvée, rejet</translation>
    </message>
    <message>
        <source>%1 annotation found, this may not be set by users</source>
        <translation>annotation %1 trouvée, elle ne peut pas être définie par les utilisateurs</translation>
    </message>
    <message>
        <source>address is required</source>
        <translation>address est obligatoire</translation>
    </message>
    <message>
        <source>address is unset with network %1</source>
        <translation>address n’est pas défini alors que network vaut %1</translation>
    </message>
    <message>
        <source>unix endpoint %1 must not include ports</source>
        <translation>l’endpoint unix %1 ne doit pas inclure de ports</translation>
    </message>
    <message>
        <source>endpoint address %1 is not a valid IP address</source>
        <translation>l’adresse d’endpoint %1 n’est pas une adresse IP valide</translation>
    </message>
    <message>
        <source>endpoint address %1 is not a valid FQDN or an IP address</source>
        <translation>l’adresse d’endpoint %1 n’est ni un FQDN valide ni une adresse IP</translation>
    </message>
    <message>
        <source>endpoint port %1 is not defined by the service entry</source>
        <translation>le port d’endpoint %1 n’est pas défini par le ServiceEntry</translation>
    </message>
    <message>
        <source>empty key is not supported in selector: %1</source>
        <translation>une clé vide n’est pas prise en charge dans le sélecteur : %1</translation>
    </message>
    <message>
        <source>wildcard is not supported in selector: %1</source>
        <translation>un joker n’est pas pris en charge dans le sélecteur : %1</translation>
    </message>
    <message>
        <source>service entry must have at least one host</source>
        <translation>le ServiceEntry doit avoir au moins un hôte</translation>
    </message>
    <message>
        <source>invalid host *</source>
        <translation>hôte * invalide</translation>
    </message>
    <message>
        <source>CIDR addresses are allowed only for NONE/STATIC resolution types</source>
        <translation>les adresses CIDR ne sont permises qu’avec resolution NONE/STATIC</translation>
    </message>
    <message>
        <source>service entry port name %1 already defined</source>
        <translation>le nom de port %1 est déjà défini dans le ServiceEntry</translation>
    </message>
    <message>
        <source>service entry port %1 already defined</source>
        <translation>le port %1 est déjà défini dans le ServiceEntry</translation>
    </message>
    <message>
        <source>addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled</source>
        <translation>addresses est obligatoire pour les ports en protocole TCP (ou sans protocole) quand l’allocation automatique d’IP n’est pas activée</translation>
    </message>
    <message>
        <source>hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode %1, %2</source>
        <translation>les hosts doivent être des FQDN ou ne contenir que des jokers en préfixe si aucun endpoint n’est donné pour resolution %1, %2</translation>
    </message>
    <message>
        <source>there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN</source>
        <translation>il ne peut y avoir que 0 ou 1 endpoint avec resolution DNS_ROUND_ROBIN</translation>
    </message>
    <message>
        <source>service entry can not have more than one host specified simultaneously with address and tcp port</source>
        <translation>le ServiceEntry ne peut pas avoir plus d’un hôte en même temps qu’une adresse et un port TCP</translation>
    </message>
    <message>
        <source>at least one wildcard host must be provided for resolution type DYNAMIC_DNS</source>
        <translation>au moins un hôte à joker doit être donné pour resolution DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>host must be wildcarded for resolution mode DYNAMIC_DNS</source>
        <translation>l’hôte doit être un joker pour resolution DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>addresses cannot be set for resolution type DYNAMIC_DNS. HTTP route domains will only be generatedfrom the hosts field values</source>
        <translation>addresses ne peut pas être défini pour resolution DYNAMIC_DNS. Les domaines des routes HTTP ne sont générés qu’à partir des valeurs du champ hosts</translation>
    </message>
    <message>
        <source>endpoints cannot be set for resolution type DYNAMIC_DNS. Destination IP address determined from hostsfield values</source>
        <translation>endpoints ne peut pas être défini pour resolution DYNAMIC_DNS. L’adresse IP de destination découle des valeurs du champ hosts</translation>
    </message>
    <message>
        <source>only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type DYNAMIC_DNS</source>
        <translation>seuls les protocoles HTTP, TLS, GRPC et HTTP2 sont pris en charge pour resolution DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>location must be MESH_EXTERNAL or MESH_INTERNAL for resolution type DYNAMIC_DNS</source>
        <translation>location doit être MESH_EXTERNAL ou MESH_INTERNAL pour resolution DYNAMIC_DNS</translation>
    </message>
    <message>
        <source>location MESH_INTERNAL with resolution type DYNAMIC_DNS is not supported when using waypoints</source>
        <translation>location MESH_INTERNAL avec resolution DYNAMIC_DNS n’est pas pris en charge avec des waypoints</translation>
    </message>
    <message>
        <source>no endpoints should be provided for resolution type none</source>
        <translation>aucun endpoint ne doit être donné pour resolution none</translation>
    </message>
    <message>
        <source>workloadSelector should not be set when resolution mode is NONE</source>
        <translation>workloadSelector ne doit pas être défini quand resolution vaut NONE</translation>
    </message>
    <message>
        <source>exactly 1 service port required for unix endpoints</source>
        <translation>exactement 1 port de service est requis pour les endpoints unix</translation>
    </message>
    <message>
        <source>unsupported resolution type </source>
        <translation>type de resolution non pris en charge </translation>
    </message>
    <message>
        <source>multiple hosts provided with non-HTTP, non-TLS ports</source>
        <translation>plusieurs hôtes donnés avec des ports ni HTTP ni TLS</translation>
    </message>
    <message>
        <source>duplicate entries in exportTo: . and current namespace %1</source>
        <translation>entrées en double dans exportTo : . et le namespace courant %1</translation>
    </message>
    <message>
        <source>duplicate entries in exportTo for entry %1</source>
        <translation>entrées en double dans exportTo pour l’entrée %1</translation>
    </message>
    <message>
        <source>only .,*, or a valid DNS 1123 label is allowed as exportTo entry</source>
        <translation>seuls ., * ou un label DNS 1123 valide sont permis comme entrée exportTo</translation>
    </message>
    <message>
        <source>cannot have both public (*) and non-public exportTo values for a resource</source>
        <translation>une ressource ne peut pas avoir à la fois des valeurs exportTo publiques (*) et non publiques</translation>
    </message>
    <message>
        <source>cannot export service entry to no one (~) and someone</source>
        <translation>impossible d’exporter le ServiceEntry à la fois à personne (~) et à quelqu’un</translation>
    </message>
    <message>
        <source>service entry: workload selector specified without labels, will be applied to all services in namespace</source>
        <translation>ServiceEntry : workloadSelector sans labels, il s’appliquera à tous les services du namespace</translation>
    </message>
    <message>
        <source>only one of WorkloadSelector or Endpoints is allowed in Service Entry</source>
        <translation>un seul de workloadSelector ou endpoints est permis dans un ServiceEntry</translation>
    </message>
    <message>
        <source>unknown field %1 on %2 resource %3/%4</source>
        <translation>champ inconnu %1 dans la ressource %2 %3/%4</translation>
    </message>
    <message>
        <source>Check that the cluster is running and reachable: the server address in the kubeconfig, a VPN or a proxy.</source>
        <translation>Vérifiez que le cluster fonctionne et qu’il est joignable : l’adresse du serveur dans le kubeconfig, un VPN ou un proxy.</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s certificate-authority in the kubeconfig; the server&apos;s certificate is not signed by it.</source>
        <translation>Vérifiez la certificate-authority du cluster dans le kubeconfig ; le certificat du serveur n’est pas signé par elle.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s exec credential plugin failed; run it in a terminal to see why (you may need to log in again).</source>
        <translation>Le plugin exec d’identification du kubeconfig a échoué ; lancez-le dans un terminal pour en voir la raison (il faut peut-être vous reconnecter).</translation>
    </message>
    <message>
        <source>The server did not accept this context&apos;s credentials. Check the user&apos;s token, certificate or exec plugin in the kubeconfig, or log in again.</source>
        <translation>Le serveur n’a pas accepté les identifiants de ce contexte. Vérifiez le jeton, le certificat ou le plugin exec de l’utilisateur dans le kubeconfig, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>The user may not do this here; ask the cluster&apos;s administrator for access (RBAC).</source>
        <translation>L’utilisateur n’a pas le droit de faire cela ici ; demandez l’accès à l’administrateur du cluster (RBAC).</translation>
    </message>
    <message>
        <source>Unable to connect to the server: no answer from %1 within %2 s</source>
        <translation>Connexion au serveur impossible : pas de réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>The connection to the server %1 was refused - did you specify the right host or port?</source>
        <translation>La connexion au serveur %1 a été refusée – l’hôte et le port sont-ils les bons ?</translation>
    </message>
    <message>
        <source>Unable to connect to the server: lookup %1: no such host</source>
        <translation>Connexion au serveur impossible : résolution de %1 : hôte inconnu</translation>
    </message>
    <message>
        <source>Unable to connect to the server: tls: failed to verify certificate of %1: %2</source>
        <translation>Connexion au serveur impossible : tls : échec de la vérification du certificat de %1 : %2</translation>
    </message>
    <message>
        <source>Unable to connect to the server: %1 closed the connection</source>
        <translation>Connexion au serveur impossible : %1 a fermé la connexion</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: %2</source>
        <translation>Connexion au serveur %1 impossible : %2</translation>
    </message>
    <message>
        <source>resource mapping not found for name: &quot;%1&quot; namespace: &quot;%2&quot;: no matches for kind &quot;%3&quot; in version &quot;%4&quot;
ensure CRDs are installed first</source>
        <translation>aucune correspondance de ressource pour name : &quot;%1&quot; namespace : &quot;%2&quot; : aucun kind &quot;%3&quot; dans la version &quot;%4&quot;
assurez-vous d’abord que les CRD sont installées</translation>
    </message>
    <message>
        <source>error parsing document %1: yaml: line %2: %3</source>
        <translation>erreur de lecture du document %1 : yaml : ligne %2 : %3</translation>
    </message>
    <message>
        <source>error validating document %1: %2 not set</source>
        <translation>erreur de validation du document %1 : %2 non défini</translation>
    </message>
    <message>
        <source>document %1 (%2) has no metadata.name; server-side apply needs one</source>
        <translation>le document %1 (%2) n’a pas de metadata.name ; le server-side apply en exige un</translation>
    </message>
    <message>
        <source>domain name %1 too long (max 255)</source>
        <translation>nom de domaine %1 trop long (255 au plus)</translation>
    </message>
    <message>
        <source>empty domain name not allowed</source>
        <translation>nom de domaine vide interdit</translation>
    </message>
    <message>
        <source>domain name %1 invalid (top level domain %2 cannot be all-numeric)</source>
        <translation>nom de domaine %1 invalide (le domaine de premier niveau %2 ne peut pas être entièrement numérique)</translation>
    </message>
    <message>
        <source>domain name %1 invalid (label %2 invalid)</source>
        <translation>nom de domaine %1 invalide (label %2 invalide)</translation>
    </message>
    <message>
        <source>partial wildcard %1 not allowed</source>
        <translation>joker partiel %1 interdit</translation>
    </message>
    <message>
        <source>%1 is not a valid CIDR block</source>
        <translation>%1 n’est pas un bloc CIDR valide</translation>
    </message>
    <message>
        <source>%1 is not a valid IP</source>
        <translation>%1 n’est pas une IP valide</translation>
    </message>
    <message>
        <source>port number %1 must be in the range 1..65535</source>
        <translation>le numéro de port %1 doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>invalid port name: %1</source>
        <translation>nom de port invalide : %1</translation>
    </message>
    <message>
        <source>unsupported protocol: %1</source>
        <translation>protocole non pris en charge : %1</translation>
    </message>
    <message>
        <source>invalid tag key: %1</source>
        <translation>clé de label invalide : %1</translation>
    </message>
    <message>
        <source>invalid tag key: %1 (DNS prefix is too long)</source>
        <translation>clé de label invalide : %1 (préfixe DNS trop long)</translation>
    </message>
    <message>
        <source>invalid tag key: %1 (name is too long)</source>
        <translation>clé de label invalide : %1 (nom trop long)</translation>
    </message>
    <message>
        <source>invalid tag value: %1</source>
        <translation>valeur de label invalide : %1</translation>
    </message>
    <message>
        <source>unix address must not be empty</source>
        <translation>l’adresse unix ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not an absolute path to a file</source>
        <translation>%1 n’est pas un chemin absolu vers un fichier</translation>
    </message>
    <message>
        <source>a qualified name must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;) with an optional DNS subdomain prefix and &apos;/&apos; (e.g. &apos;example.com/MyName&apos;)</source>
        <translation>un nom qualifié ne doit contenir que des caractères alphanumériques, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, et doit commencer et finir par un caractère alphanumérique (par ex. &apos;MyName&apos;, &apos;my.name&apos; ou &apos;123-abc&apos; ; expression régulière de validation : &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;), avec un préfixe facultatif de sous-domaine DNS et &apos;/&apos; (par ex. &apos;example.com/MyName&apos;)</translation>
    </message>
    <message>
        <source>prefix part must be non-empty</source>
        <translation>la partie préfixe ne doit pas être vide</translation>
    </message>
    <message>
        <source>prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, &apos;-&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;example.com&apos;, regex used for validation is &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</source>
        <translation>partie préfixe : un sous-domaine RFC 1123 en minuscules ne doit contenir que des caractères alphanumériques minuscules, &apos;-&apos; ou &apos;.&apos;, et doit commencer et finir par un caractère alphanumérique (par ex. &apos;example.com&apos; ; expression régulière de validation : &apos;[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*&apos;)</translation>
    </message>
    <message>
        <source>name part must be non-empty</source>
        <translation>la partie nom ne doit pas être vide</translation>
    </message>
    <message>
        <source>name part must be no more than 63 characters</source>
        <translation>la partie nom doit faire 63 caractères au plus</translation>
    </message>
    <message>
        <source>name part must consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyName&apos;,  or &apos;my.name&apos;,  or &apos;123-abc&apos;, regex used for validation is &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</source>
        <translation>la partie nom ne doit contenir que des caractères alphanumériques, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, et doit commencer et finir par un caractère alphanumérique (par ex. &apos;MyName&apos;, &apos;my.name&apos; ou &apos;123-abc&apos; ; expression régulière de validation : &apos;([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]&apos;)</translation>
    </message>
    <message>
        <source>must be no more than 63 characters</source>
        <translation>63 caractères au plus</translation>
    </message>
    <message>
        <source>a valid label must be an empty string or consist of alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and must start and end with an alphanumeric character (e.g. &apos;MyValue&apos;,  or &apos;my_value&apos;,  or &apos;12345&apos;, regex used for validation is &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</source>
        <translation>un label valide est une chaîne vide ou ne contient que des caractères alphanumériques, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, et commence et finit par un caractère alphanumérique (par ex. &apos;MyValue&apos;, &apos;my_value&apos; ou &apos;12345&apos; ; expression régulière de validation : &apos;(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?&apos;)</translation>
    </message>
    <message>
        <source>Sidecar %1 applies to sidecars in %2: it is the namespace&apos;s oldest Sidecar without a workloadSelector.</source>
        <translation>Le Sidecar %1 s’applique aux sidecars de %2 : c’est le plus ancien Sidecar du namespace sans workloadSelector.</translation>
    </message>
    <message>
        <source>%1 has no Sidecar of its own, so Sidecar %2 of the root namespace applies, read as if it were in %1 (./ means %1).</source>
        <translation>%1 n’a pas de Sidecar propre : le Sidecar %2 du namespace racine s’applique, lu comme s’il était dans %1 (./ désigne %1).</translation>
    </message>
    <message>
        <source>No Sidecar applies to %1: its sidecars import every service exported to %1 (*/*).</source>
        <translation>Aucun Sidecar ne s’applique à %1 : ses sidecars importent tous les services exportés vers %1 (*/*).</translation>
    </message>
    <message>
        <source>The request goes to %1:%2 over %3.</source>
        <translation>La requête va à %1:%2 en %3.</translation>
    </message>
    <message>
        <source>%1 has the address %2 in ServiceEntry %3; the request goes to %4:%5 over %6.</source>
        <translation>%1 a l’adresse %2 dans le ServiceEntry %3 ; la requête va à %4:%5 en %6.</translation>
    </message>
    <message>
        <source>DNS capture answers %1 with the address istiod auto-allocated to it; the request goes there, port %2, over %3.</source>
        <translation>La capture DNS répond pour %1 par l’adresse qu’istiod lui a allouée automatiquement ; la requête y va, port %2, en %3.</translation>
    </message>
    <message>
        <source>DNS capture answers %1 with its auto-allocated address %2 (%3); the request goes to %2:%4 over %5.</source>
        <translation>La capture DNS répond pour %1 par son adresse allouée automatiquement %2 (%3) ; la requête va à %2:%4 en %5.</translation>
    </message>
    <message>
        <source>Sidecar %1 imports it with egress host %2.</source>
        <translation>Le Sidecar %1 l’importe avec l’hôte egress %2.</translation>
    </message>
    <message>
        <source>Sidecar %1 excludes it with egress host %2.</source>
        <translation>Le Sidecar %1 l’exclut avec l’hôte egress %2.</translation>
    </message>
    <message>
        <source>Sidecar %1 does not import it: no egress host of egress[%2] covers %3/%4.</source>
        <translation>Le Sidecar %1 ne l’importe pas : aucun hôte egress d’egress[%2] ne couvre %3/%4.</translation>
    </message>
    <message>
        <source>Sidecar %1 egress[%2] listens on port %3, which %4 does not have.</source>
        <translation>Le Sidecar %1 egress[%2] écoute sur le port %3, que %4 n’a pas.</translation>
    </message>
    <message>
        <source>%1 also comes from ServiceEntry %2 in %3, and that one wins for sidecars in %4: %5.</source>
        <translation>%1 vient aussi du ServiceEntry %2 de %3, et c’est lui qui l’emporte pour les sidecars de %4 : %5.</translation>
    </message>
    <message>
        <source>ServiceEntry %1 in the same namespace defines %2 first; the ports of %3 are not merged into it (%4).</source>
        <translation>Le ServiceEntry %1 du même namespace définit %2 en premier ; les ports de %3 n’y sont pas fusionnés (%4).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 in the same namespace defines %2 first; the ports of %3 are merged into it.</source>
        <translation>Le ServiceEntry %1 du même namespace définit %2 en premier ; les ports de %3 y sont fusionnés.</translation>
    </message>
    <message>
        <source>Port %1 is egress[%2] of Sidecar %3 (%4): only the services it imports listen on it.</source>
        <translation>Le port %1 est l’egress[%2] du Sidecar %3 (%4) : seuls les services qu’il importe y écoutent.</translation>
    </message>
    <message>
        <source>Listener %1 takes the connection: %2.</source>
        <translation>Le listener %1 prend la connexion : %2.</translation>
    </message>
    <message>
        <source>ALLOW_ANY_DYNAMIC_DNS: plaintext HTTP goes to the dynamic forward proxy, which resolves Host %1.</source>
        <translation>ALLOW_ANY_DYNAMIC_DNS : le HTTP en clair va au dynamic forward proxy, qui résout le Host %1.</translation>
    </message>
    <message>
        <source>%1 to %2 matches %3 filter chains of %4 equally: Envoy rejects the connection.</source>
        <translation>%1 vers %2 correspond également à %3 filter chains de %4 : Envoy rejette la connexion.</translation>
    </message>
    <message>
        <source>%1 to %2 matches none of the filter chains of %3 (%4): the default chain PassthroughFilterChain takes it.</source>
        <translation>%1 vers %2 ne correspond à aucune filter chain de %3 (%4) : la chain par défaut PassthroughFilterChain la prend.</translation>
    </message>
    <message>
        <source>Route %1 has no virtual host (its host&apos;s domains went to another service): Envoy answers 404.</source>
        <translation>La route %1 n’a pas de virtual host (les domaines de son hôte sont allés à un autre service) : Envoy répond 404.</translation>
    </message>
    <message>
        <source>istiod builds no cluster %1: %2. The connection fails.</source>
        <translation>istiod ne construit pas de cluster %1 : %2. La connexion échoue.</translation>
    </message>
    <message>
        <source>The document is not well-formed YAML (libyaml&apos;s message), nests deeper than 500 levels, or holds a second document without its own `---`.</source>
        <translation>Le document n’est pas un YAML bien formé (message de libyaml), s’imbrique sur plus de 500 niveaux ou contient un second document sans son propre `---`.</translation>
    </message>
    <message>
        <source>Fix the text at the position shown; the rest of the file is still checked.</source>
        <translation>Corrigez le texte à la position indiquée ; le reste du fichier est toujours vérifié.</translation>
    </message>
    <message>
        <source>Istio decodes `spec` with protobuf JSON: a value is not of the field&apos;s type (a non-numeric string or a negative or too large number for a uint32, a number for a string, a scalar for a list or object). The webhook and istioctl answer `error decoding configuration: …` and run no other check.</source>
        <translation>Istio décode `spec` en JSON protobuf : une valeur n’a pas le type du champ (une chaîne non numérique ou un nombre négatif ou trop grand pour un uint32, un nombre pour une chaîne, un scalaire pour une liste ou un objet). Le webhook et istioctl répondent `error decoding configuration: …` et ne font aucune autre vérification.</translation>
    </message>
    <message>
        <source>Write the value with the type the field table gives (quote strings, unquote numbers).</source>
        <translation>Écrivez la valeur avec le type que donne la table des champs (chaînes entre guillemets, nombres sans).</translation>
    </message>
    <message>
        <source>`resolution` or `location` names no value of the enum; names are case-sensitive, so `dns` fails. (A number such as `resolution: 2` decodes, but see CRD-SE-RESOLUTION-ENUM.)</source>
        <translation>`resolution` ou `location` ne nomme aucune valeur de l’enum ; les noms sont sensibles à la casse, donc `dns` échoue. (Un nombre comme `resolution: 2` se décode, mais voir CRD-SE-RESOLUTION-ENUM.)</translation>
    </message>
    <message>
        <source>Use one of the upper-case names listed in the message.</source>
        <translation>Utilisez l’un des noms en majuscules cités dans le message.</translation>
    </message>
    <message>
        <source>A `spec` key that the protobuf message does not have. `istioctl validate` decodes strictly and rejects it (`cannot parse proto message`); the webhook drops it silently, so the setting has no effect.</source>
        <translation>Une clé de `spec` que le message protobuf n’a pas. `istioctl validate` décode strictement et la rejette (`cannot parse proto message`) ; le webhook l’ignore silencieusement, le réglage n’a donc aucun effet.</translation>
    </message>
    <message>
        <source>Check the spelling and the nesting against the field table; remove fields Istio does not know.</source>
        <translation>Vérifiez l’orthographe et l’imbrication d’après la table des champs ; retirez les champs qu’Istio ne connaît pas.</translation>
    </message>
    <message>
        <source>The apiVersion is networking.istio.io/&lt;version&gt; with a version the CRD does not serve (v1, v1beta1 and v1alpha3 are served).</source>
        <translation>L’apiVersion est networking.istio.io/&lt;version&gt; avec une version que la CRD ne sert pas (v1, v1beta1 et v1alpha3 sont servies).</translation>
    </message>
    <message>
        <source>Use networking.istio.io/v1.</source>
        <translation>Utilisez networking.istio.io/v1.</translation>
    </message>
    <message>
        <source>The document has no `spec` (or `spec: null`).</source>
        <translation>Le document n’a pas de `spec` (ou `spec: null`).</translation>
    </message>
    <message>
        <source>Add a spec.</source>
        <translation>Ajoutez un spec.</translation>
    </message>
    <message>
        <source>A value does not have the JSON type of the CRD schema (integer fields must be JSON integers, so a quoted &quot;80&quot; fails; enums must be strings, so `resolution: 2` fails), or a field is not in the schema: kubectl&apos;s default strict field validation rejects it (without it the apiserver prunes the field silently).</source>
        <translation>Une valeur n’a pas le type JSON du schéma de la CRD (les champs entiers doivent être des entiers JSON, un &quot;80&quot; entre guillemets échoue donc ; les enums doivent être des chaînes, `resolution: 2` échoue donc), ou un champ n’est pas dans le schéma : la validation stricte des champs de kubectl, active par défaut, le rejette (sans elle, l’apiserver supprime le champ silencieusement).</translation>
    </message>
    <message>
        <source>Write the value with the schema&apos;s type; remove or correct unknown fields.</source>
        <translation>Écrivez la valeur avec le type du schéma ; retirez ou corrigez les champs inconnus.</translation>
    </message>
    <message>
        <source>A ServiceEntry spec without `hosts`.</source>
        <translation>Un spec de ServiceEntry sans `hosts`.</translation>
    </message>
    <message>
        <source>Add at least one host.</source>
        <translation>Ajoutez au moins un hôte.</translation>
    </message>
    <message>
        <source>`hosts` is empty or has more than 256 items.</source>
        <translation>`hosts` est vide ou a plus de 256 éléments.</translation>
    </message>
    <message>
        <source>Give between 1 and 256 hosts; split larger sets over several ServiceEntries.</source>
        <translation>Donnez entre 1 et 256 hôtes ; répartissez les ensembles plus grands sur plusieurs ServiceEntries.</translation>
    </message>
    <message>
        <source>A host is exactly `*` (CEL rule on each host).</source>
        <translation>Un hôte vaut exactement `*` (règle CEL sur chaque hôte).</translation>
    </message>
    <message>
        <source>Name the hosts, or use a wildcard domain such as `*.example.com`.</source>
        <translation>Nommez les hôtes, ou utilisez un domaine générique comme `*.example.com`.</translation>
    </message>
    <message>
        <source>More than 256 addresses, or an address longer than 64 characters.</source>
        <translation>Plus de 256 adresses, ou une adresse de plus de 64 caractères.</translation>
    </message>
    <message>
        <source>Keep to 256 addresses of at most 64 characters.</source>
        <translation>Tenez-vous-en à 256 adresses de 64 caractères au plus.</translation>
    </message>
    <message>
        <source>`ports` is a list-map keyed by `name`: an item without `name` or `number`, a name used twice (`Duplicate value`), or more than 256 ports.</source>
        <translation>`ports` est une list-map indexée par `name` : un élément sans `name` ou `number`, un nom utilisé deux fois (`Duplicate value`) ou plus de 256 ports.</translation>
    </message>
    <message>
        <source>Give every port a unique name and a number.</source>
        <translation>Donnez à chaque port un nom unique et un numéro.</translation>
    </message>
    <message>
        <source>Two ports have the same number (CEL rule on the list).</source>
        <translation>Deux ports ont le même numéro (règle CEL sur la liste).</translation>
    </message>
    <message>
        <source>Use each port number once.</source>
        <translation>N’utilisez chaque numéro de port qu’une fois.</translation>
    </message>
    <message>
        <source>A port `number` outside 1..65535 (CEL), or outside 0..4294967295 (schema).</source>
        <translation>Un `number` de port hors de 1..65535 (CEL) ou hors de 0..4294967295 (schéma).</translation>
    </message>
    <message>
        <source>Use a port number between 1 and 65535.</source>
        <translation>Utilisez un numéro de port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>A `targetPort` that is present and outside 1..65535. An explicit `targetPort: 0` is rejected here although the webhook treats 0 as unset.</source>
        <translation>Un `targetPort` présent et hors de 1..65535. Un `targetPort: 0` explicite est rejeté ici bien que le webhook traite 0 comme non défini.</translation>
    </message>
    <message>
        <source>Remove targetPort or give a port between 1 and 65535.</source>
        <translation>Retirez targetPort ou donnez un port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>A port `name` or `protocol` longer than 256 characters.</source>
        <translation>Un `name` ou un `protocol` de port de plus de 256 caractères.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Raccourcissez la valeur.</translation>
    </message>
    <message>
        <source>`location` is not MESH_EXTERNAL or MESH_INTERNAL (case-sensitive).</source>
        <translation>`location` ne vaut ni MESH_EXTERNAL ni MESH_INTERNAL (sensible à la casse).</translation>
    </message>
    <message>
        <source>Use MESH_EXTERNAL or MESH_INTERNAL.</source>
        <translation>Utilisez MESH_EXTERNAL ou MESH_INTERNAL.</translation>
    </message>
    <message>
        <source>`resolution` is not one of NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS (case-sensitive).</source>
        <translation>`resolution` ne vaut aucun de NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS (sensible à la casse).</translation>
    </message>
    <message>
        <source>Use one of the listed names.</source>
        <translation>Utilisez l’un des noms cités.</translation>
    </message>
    <message>
        <source>More than 4096 endpoints.</source>
        <translation>Plus de 4096 endpoints.</translation>
    </message>
    <message>
        <source>Split the endpoints, or use a workloadSelector.</source>
        <translation>Répartissez les endpoints, ou utilisez un workloadSelector.</translation>
    </message>
    <message>
        <source>More than 256 selector labels, a selector value longer than 63 characters, or a value containing `*`.</source>
        <translation>Plus de 256 labels de sélecteur, une valeur de sélecteur de plus de 63 caractères, ou une valeur contenant `*`.</translation>
    </message>
    <message>
        <source>Use exact label values of at most 63 characters.</source>
        <translation>Utilisez des valeurs de label exactes de 63 caractères au plus.</translation>
    </message>
    <message>
        <source>Both `workloadSelector` and `endpoints` are present; `endpoints: []` counts as present here although the webhook ignores it.</source>
        <translation>`workloadSelector` et `endpoints` sont tous deux présents ; `endpoints: []` compte ici comme présent bien que le webhook l’ignore.</translation>
    </message>
    <message>
        <source>Keep one of them; delete the other key entirely.</source>
        <translation>Gardez l’un des deux ; supprimez entièrement l’autre clé.</translation>
    </message>
    <message>
        <source>An address contains `/` and the resolution is neither NONE (the default) nor STATIC.</source>
        <translation>Une adresse contient `/` et la resolution n’est ni NONE (la valeur par défaut) ni STATIC.</translation>
    </message>
    <message>
        <source>Use plain IP addresses, or resolution NONE or STATIC.</source>
        <translation>Utilisez des adresses IP simples, ou resolution NONE ou STATIC.</translation>
    </message>
    <message>
        <source>Resolution NONE (or absent) and an `endpoints` key, even `endpoints: []`.</source>
        <translation>resolution NONE (ou absente) et une clé `endpoints`, même `endpoints: []`.</translation>
    </message>
    <message>
        <source>Remove the endpoints key, or choose STATIC or DNS resolution.</source>
        <translation>Retirez la clé endpoints, ou choisissez resolution STATIC ou DNS.</translation>
    </message>
    <message>
        <source>Resolution DNS_ROUND_ROBIN with more than one endpoint.</source>
        <translation>resolution DNS_ROUND_ROBIN avec plus d’un endpoint.</translation>
    </message>
    <message>
        <source>Keep one endpoint, or use resolution DNS.</source>
        <translation>Gardez un seul endpoint, ou utilisez resolution DNS.</translation>
    </message>
    <message>
        <source>A WorkloadEntry or endpoint `address` longer than 256 characters.</source>
        <translation>Une `address` de WorkloadEntry ou d’endpoint de plus de 256 caractères.</translation>
    </message>
    <message>
        <source>An address `unix://x` where the path does not start with `/` or `@` (for a bare `unix://` the CEL rule fails to evaluate, which also rejects the object).</source>
        <translation>Une adresse `unix://x` dont le chemin ne commence ni par `/` ni par `@` (pour un `unix://` seul, la règle CEL ne peut pas être évaluée, ce qui rejette aussi l’objet).</translation>
    </message>
    <message>
        <source>Write unix:///absolute/path or unix://@abstract-name.</source>
        <translation>Écrivez unix:///chemin/absolu ou unix://@nom-abstrait.</translation>
    </message>
    <message>
        <source>A `unix://` address ending with `/`.</source>
        <translation>Une adresse `unix://` qui finit par `/`.</translation>
    </message>
    <message>
        <source>Name the socket file, not its directory.</source>
        <translation>Nommez le fichier de socket, pas son répertoire.</translation>
    </message>
    <message>
        <source>Neither `address` nor `network` is present. Presence is what counts: `address: &quot;&quot;` passes here but not in the webhook.</source>
        <translation>Ni `address` ni `network` n’est présent. C’est la présence qui compte : `address: &quot;&quot;` passe ici mais pas dans le webhook.</translation>
    </message>
    <message>
        <source>Give the workload&apos;s address, or its network.</source>
        <translation>Donnez l’adresse du workload, ou son réseau.</translation>
    </message>
    <message>
        <source>A `unix://` address together with a `ports` key.</source>
        <translation>Une adresse `unix://` avec une clé `ports`.</translation>
    </message>
    <message>
        <source>Remove ports.</source>
        <translation>Retirez ports.</translation>
    </message>
    <message>
        <source>More than 128 ports, a port value outside 1..65535, or a port name longer than 62 characters or not a DNS-1123 label (CEL rules on the map).</source>
        <translation>Plus de 128 ports, une valeur de port hors de 1..65535, ou un nom de port de plus de 62 caractères ou qui n’est pas un label DNS-1123 (règles CEL sur la map).</translation>
    </message>
    <message>
        <source>Use service port names as keys and port numbers 1-65535 as values.</source>
        <translation>Utilisez des noms de port de service comme clés et des numéros de port 1-65535 comme valeurs.</translation>
    </message>
    <message>
        <source>More than 256 labels on a WorkloadEntry or endpoint.</source>
        <translation>Plus de 256 labels sur un WorkloadEntry ou un endpoint.</translation>
    </message>
    <message>
        <source>Remove labels.</source>
        <translation>Retirez des labels.</translation>
    </message>
    <message>
        <source>`network` or `locality` longer than 2048 characters, or `serviceAccount` longer than 253.</source>
        <translation>`network` ou `locality` de plus de 2048 caractères, ou `serviceAccount` de plus de 253.</translation>
    </message>
    <message>
        <source>Shorten the value.</source>
        <translation>Raccourcissez la valeur.</translation>
    </message>
    <message>
        <source>A `weight` outside 0..4294967295.</source>
        <translation>Un `weight` hors de 0..4294967295.</translation>
    </message>
    <message>
        <source>Use a non-negative weight below 2^32.</source>
        <translation>Utilisez un weight positif ou nul inférieur à 2^32.</translation>
    </message>
    <message>
        <source>`metadata.name` is missing, or is not a lowercase DNS-1123 subdomain of at most 253 characters (Kubernetes&apos; rule; Istio checks nothing more).</source>
        <translation>`metadata.name` manque ou n’est pas un sous-domaine DNS-1123 en minuscules de 253 caractères au plus (règle de Kubernetes ; Istio ne vérifie rien de plus).</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit.</source>
        <translation>Utilisez des minuscules, des chiffres, `-` et `.`, en commençant et finissant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>`metadata.namespace` is not a lowercase DNS-1123 label of at most 63 characters.</source>
        <translation>`metadata.namespace` n’est pas un label DNS-1123 en minuscules de 63 caractères au plus.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and `-`.</source>
        <translation>Utilisez des minuscules, des chiffres et `-`.</translation>
    </message>
    <message>
        <source>A `metadata.labels` key is not a qualified name (optional DNS prefix and `/`, a name of at most 63 characters), or a value is longer than 63 characters or has other characters than letters, digits, `-`, `_` and `.`.</source>
        <translation>Une clé de `metadata.labels` n’est pas un nom qualifié (préfixe DNS facultatif et `/`, un nom de 63 caractères au plus), ou une valeur a plus de 63 caractères ou d’autres caractères que des lettres, des chiffres, `-`, `_` et `.`.</translation>
    </message>
    <message>
        <source>Follow Kubernetes&apos; label syntax.</source>
        <translation>Suivez la syntaxe des labels de Kubernetes.</translation>
    </message>
    <message>
        <source>A `metadata.annotations` key is not a qualified name.</source>
        <translation>Une clé de `metadata.annotations` n’est pas un nom qualifié.</translation>
    </message>
    <message>
        <source>Use keys such as `example.com/name`.</source>
        <translation>Utilisez des clés comme `example.com/name`.</translation>
    </message>
    <message>
        <source>Annotation `istio.io/dry-run` is present (only AuthorizationPolicy may carry it). This is reported alone: the webhook returns it before any other check.</source>
        <translation>L’annotation `istio.io/dry-run` est présente (seule une AuthorizationPolicy peut la porter). Elle est signalée seule : le webhook la renvoie avant toute autre vérification.</translation>
    </message>
    <message>
        <source>Remove the annotation.</source>
        <translation>Retirez l’annotation.</translation>
    </message>
    <message>
        <source>Annotation `internal.istio.io/webhook-always-reject` is present (reported alone).</source>
        <translation>L’annotation `internal.istio.io/webhook-always-reject` est présente (signalée seule).</translation>
    </message>
    <message>
        <source>Annotation `internal.istio.io/parent-namespace` or `internal.istio.io/parents` is present; only Istio may set them (reported alone).</source>
        <translation>L’annotation `internal.istio.io/parent-namespace` ou `internal.istio.io/parents` est présente ; seul Istio peut la définir (signalée seule).</translation>
    </message>
    <message>
        <source>After every other webhook check passed, a top-level key other than apiVersion, kind, metadata, spec and status.</source>
        <translation>Une fois toutes les autres vérifications du webhook passées : une clé de premier niveau autre que apiVersion, kind, metadata, spec et status.</translation>
    </message>
    <message>
        <source>Move the key into metadata or spec, or remove it.</source>
        <translation>Déplacez la clé dans metadata ou spec, ou retirez-la.</translation>
    </message>
    <message>
        <source>A workloadSelector label has an empty key, or `*` in its key or value. When this fires the webhook returns only these errors: no other error and no warning.</source>
        <translation>Un label du workloadSelector a une clé vide, ou `*` dans sa clé ou sa valeur. Dans ce cas, le webhook ne renvoie que ces erreurs : aucune autre erreur et aucun avertissement.</translation>
    </message>
    <message>
        <source>Use exact, non-empty label keys and values.</source>
        <translation>Utilisez des clés et valeurs de label exactes et non vides.</translation>
    </message>
    <message>
        <source>`workloadSelector` is present (even `{}`) with no labels: it selects every workload in the namespace.</source>
        <translation>`workloadSelector` est présent (même `{}`) sans labels : il sélectionne tous les workloads du namespace.</translation>
    </message>
    <message>
        <source>Add the labels that identify the service&apos;s workloads.</source>
        <translation>Ajoutez les labels qui identifient les workloads du service.</translation>
    </message>
    <message>
        <source>`workloadSelector` is present and `endpoints` is not empty.</source>
        <translation>`workloadSelector` est présent et `endpoints` n’est pas vide.</translation>
    </message>
    <message>
        <source>Use either a workloadSelector or endpoints.</source>
        <translation>Utilisez soit un workloadSelector, soit des endpoints.</translation>
    </message>
    <message>
        <source>`workloadSelector` is present and the resolution is NONE (also when absent); Istio ignores the selector.</source>
        <translation>`workloadSelector` est présent et la resolution vaut NONE (y compris absente) ; Istio ignore le sélecteur.</translation>
    </message>
    <message>
        <source>Set resolution STATIC (or DNS), or remove the selector.</source>
        <translation>Mettez resolution STATIC (ou DNS), ou retirez le sélecteur.</translation>
    </message>
    <message>
        <source>The ServiceEntry has no hosts.</source>
        <translation>Le ServiceEntry n’a aucun hôte.</translation>
    </message>
    <message>
        <source>A host is exactly `*`.</source>
        <translation>Un hôte vaut exactement `*`.</translation>
    </message>
    <message>
        <source>A host (other than `*`) is not a domain whose first label may be a wildcard (`*`, `*foo`, `*-foo`) and whose other labels are DNS-1123 labels; the last label may not be all-numeric (`1.1.1.1` fails, `1.1.1.1.` passes); at most 255 characters.</source>
        <translation>Un hôte (autre que `*`) n’est pas un domaine dont le premier label peut être un joker (`*`, `*foo`, `*-foo`) et dont les autres labels sont des labels DNS-1123 ; le dernier label ne peut pas être entièrement numérique (`1.1.1.1` échoue, `1.1.1.1.` passe) ; 255 caractères au plus.</translation>
    </message>
    <message>
        <source>Use a DNS name such as `api.example.com` or `*.example.com`.</source>
        <translation>Utilisez un nom DNS comme `api.example.com` ou `*.example.com`.</translation>
    </message>
    <message>
        <source>A host contains `*` but is not `*` and does not start with `*.` (such as `*foo.com`); not reported for DYNAMIC_DNS.</source>
        <translation>Un hôte contient `*` mais ne vaut pas `*` et ne commence pas par `*.` (comme `*foo.com`) ; non signalé pour DYNAMIC_DNS.</translation>
    </message>
    <message>
        <source>Use `*.foo.com`, or list the hosts.</source>
        <translation>Utilisez `*.foo.com`, ou énumérez les hôtes.</translation>
    </message>
    <message>
        <source>Resolution DNS or DNS_ROUND_ROBIN without endpoints: the first host that is not a fully qualified name. Wildcard hosts always fail here, whatever the message says; a workloadSelector does not help.</source>
        <translation>resolution DNS ou DNS_ROUND_ROBIN sans endpoints : le premier hôte qui n’est pas un nom pleinement qualifié. Les hôtes génériques échouent toujours ici, quoi que dise le message ; un workloadSelector n’y change rien.</translation>
    </message>
    <message>
        <source>List fully qualified hosts, add endpoints, or use resolution NONE or DYNAMIC_DNS for wildcard hosts.</source>
        <translation>Énumérez des hôtes pleinement qualifiés, ajoutez des endpoints, ou utilisez resolution NONE ou DYNAMIC_DNS pour les hôtes génériques.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and no hosts.</source>
        <translation>resolution DYNAMIC_DNS et aucun hôte.</translation>
    </message>
    <message>
        <source>Add a wildcard host such as `*.example.com`.</source>
        <translation>Ajoutez un hôte générique comme `*.example.com`.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and a host not starting with `*` (once per host).</source>
        <translation>resolution DYNAMIC_DNS et un hôte qui ne commence pas par `*` (une fois par hôte).</translation>
    </message>
    <message>
        <source>Use wildcard hosts, or another resolution for exact hosts.</source>
        <translation>Utilisez des hôtes génériques, ou une autre resolution pour les hôtes exacts.</translation>
    </message>
    <message>
        <source>Resolution other than NONE, more than one host, and a port that is neither HTTP-based (HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-Web) nor TLS (HTTPS, TLS); an unset protocol counts as neither.</source>
        <translation>resolution autre que NONE, plus d’un hôte, et un port ni basé sur HTTP (HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-Web) ni TLS (HTTPS, TLS) ; un protocole non défini ne compte ni pour l’un ni pour l’autre.</translation>
    </message>
    <message>
        <source>Set the port protocols, or split the hosts into one ServiceEntry each.</source>
        <translation>Définissez les protocoles des ports, ou répartissez les hôtes dans un ServiceEntry chacun.</translation>
    </message>
    <message>
        <source>An address is not an IP address (Go netip rules: no leading zeros, zones allowed) or, with one `/`, not a CIDR block.</source>
        <translation>Une adresse n’est pas une adresse IP (règles de Go netip : pas de zéros en tête, zones permises) ou, avec un `/`, pas un bloc CIDR.</translation>
    </message>
    <message>
        <source>Write an IP address or a CIDR block such as 10.0.0.0/24.</source>
        <translation>Écrivez une adresse IP ou un bloc CIDR comme 10.0.0.0/24.</translation>
    </message>
    <message>
        <source>An address contains `/` (even `/32`) and the resolution is neither NONE nor STATIC.</source>
        <translation>Une adresse contient `/` (même `/32`) et la resolution n’est ni NONE ni STATIC.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and `addresses` set.</source>
        <translation>resolution DYNAMIC_DNS et `addresses` défini.</translation>
    </message>
    <message>
        <source>Remove the addresses.</source>
        <translation>Retirez les adresses.</translation>
    </message>
    <message>
        <source>Resolution DNS or DNS_ROUND_ROBIN, addresses set, more than one host, and a TCP-like port (TCP, HTTPS, TLS, Mongo, Redis, MySQL).</source>
        <translation>resolution DNS ou DNS_ROUND_ROBIN, des adresses définies, plus d’un hôte, et un port de type TCP (TCP, HTTPS, TLS, Mongo, Redis, MySQL).</translation>
    </message>
    <message>
        <source>Use one host per ServiceEntry when it has addresses and TCP ports.</source>
        <translation>Utilisez un seul hôte par ServiceEntry quand il a des adresses et des ports TCP.</translation>
    </message>
    <message>
        <source>A port name (even an empty one) is used by an earlier port.</source>
        <translation>Un nom de port (même vide) est déjà utilisé par un port précédent.</translation>
    </message>
    <message>
        <source>Give each port its own name.</source>
        <translation>Donnez à chaque port son propre nom.</translation>
    </message>
    <message>
        <source>A port number is used by an earlier port.</source>
        <translation>Un numéro de port est déjà utilisé par un port précédent.</translation>
    </message>
    <message>
        <source>Use each number once.</source>
        <translation>N’utilisez chaque numéro qu’une fois.</translation>
    </message>
    <message>
        <source>A non-zero `targetPort` outside 1..65535 (0 means unset).</source>
        <translation>Un `targetPort` non nul hors de 1..65535 (0 signifie non défini).</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535.</source>
        <translation>Utilisez un port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>No addresses, IP auto-allocation does not apply (resolution NONE, or label `networking.istio.io/enable-autoallocate-ip: &quot;false&quot;`), and a port whose protocol is exactly `TCP` or unset (case-sensitive: `tcp` does not warn). One warning per port.</source>
        <translation>Aucune adresse, l’allocation automatique d’IP ne s’applique pas (resolution NONE, ou label `networking.istio.io/enable-autoallocate-ip: &quot;false&quot;`), et un port dont le protocole vaut exactement `TCP` ou n’est pas défini (sensible à la casse : `tcp` n’avertit pas). Un avertissement par port.</translation>
    </message>
    <message>
        <source>Add an address, or let Istio allocate one (resolution other than NONE).</source>
        <translation>Ajoutez une adresse, ou laissez Istio en allouer une (resolution autre que NONE).</translation>
    </message>
    <message>
        <source>A port name is missing or not a DNS-1123 label (upper case is accepted).</source>
        <translation>Un nom de port manque ou n’est pas un label DNS-1123 (les majuscules sont acceptées).</translation>
    </message>
    <message>
        <source>Use letters, digits and `-`, at most 63 characters.</source>
        <translation>Utilisez des lettres, des chiffres et `-`, 63 caractères au plus.</translation>
    </message>
    <message>
        <source>A port protocol that is not TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis or MySQL (case-insensitive); HBONE is not accepted.</source>
        <translation>Un protocole de port qui n’est pas TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, Mongo, Redis ou MySQL (insensible à la casse) ; HBONE n’est pas accepté.</translation>
    </message>
    <message>
        <source>Use a supported protocol, or leave it empty for protocol detection.</source>
        <translation>Utilisez un protocole pris en charge, ou laissez-le vide pour la détection du protocole.</translation>
    </message>
    <message>
        <source>A port number outside 1..65535 (a missing number is 0).</source>
        <translation>Un numéro de port hors de 1..65535 (un numéro absent vaut 0).</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and a port whose protocol is not HTTP, TLS, GRPC or HTTP2 (HTTPS and an unset protocol fail).</source>
        <translation>resolution DYNAMIC_DNS et un port dont le protocole n’est pas HTTP, TLS, GRPC ou HTTP2 (HTTPS et un protocole non défini échouent).</translation>
    </message>
    <message>
        <source>Set the protocol to HTTP, TLS, GRPC or HTTP2.</source>
        <translation>Mettez le protocole à HTTP, TLS, GRPC ou HTTP2.</translation>
    </message>
    <message>
        <source>Resolution NONE (or absent) and at least one endpoint.</source>
        <translation>resolution NONE (ou absente) et au moins un endpoint.</translation>
    </message>
    <message>
        <source>Remove the endpoints, or choose STATIC or DNS resolution.</source>
        <translation>Retirez les endpoints, ou choisissez resolution STATIC ou DNS.</translation>
    </message>
    <message>
        <source>Resolution DNS or DNS_ROUND_ROBIN and an endpoint address that is neither an IP address nor a fully qualified name; an empty address and `unix://` addresses fail too.</source>
        <translation>resolution DNS ou DNS_ROUND_ROBIN et une adresse d’endpoint qui n’est ni une adresse IP ni un nom pleinement qualifié ; une adresse vide et les adresses `unix://` échouent aussi.</translation>
    </message>
    <message>
        <source>Give each endpoint an IP address or a DNS name.</source>
        <translation>Donnez à chaque endpoint une adresse IP ou un nom DNS.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and endpoints set.</source>
        <translation>resolution DYNAMIC_DNS et des endpoints définis.</translation>
    </message>
    <message>
        <source>Remove the endpoints.</source>
        <translation>Retirez les endpoints.</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS and a location other than MESH_EXTERNAL or MESH_INTERNAL (reachable only with a numeric enum value).</source>
        <translation>resolution DYNAMIC_DNS et une location autre que MESH_EXTERNAL ou MESH_INTERNAL (possible seulement avec une valeur d’enum numérique).</translation>
    </message>
    <message>
        <source>Resolution DYNAMIC_DNS, location MESH_INTERNAL and label `istio.io/use-waypoint` set to something other than `none`.</source>
        <translation>resolution DYNAMIC_DNS, location MESH_INTERNAL et le label `istio.io/use-waypoint` défini à autre chose que `none`.</translation>
    </message>
    <message>
        <source>Use MESH_EXTERNAL, or do not use a waypoint for this entry.</source>
        <translation>Utilisez MESH_EXTERNAL, ou n’utilisez pas de waypoint pour cette entrée.</translation>
    </message>
    <message>
        <source>A numeric resolution outside 0-4 (the webhook&apos;s decoder accepts numbers).</source>
        <translation>Une resolution numérique hors de 0-4 (le décodeur du webhook accepte les nombres).</translation>
    </message>
    <message>
        <source>Use a resolution name.</source>
        <translation>Utilisez un nom de resolution.</translation>
    </message>
    <message>
        <source>An exportTo entry repeats an earlier one; `.` and the entry&apos;s own namespace count as the same.</source>
        <translation>Une entrée exportTo répète une entrée précédente ; `.` et le namespace de l’entrée comptent comme identiques.</translation>
    </message>
    <message>
        <source>List each namespace once.</source>
        <translation>Ne citez chaque namespace qu’une fois.</translation>
    </message>
    <message>
        <source>An exportTo entry that is not `.`, `*`, `~` or a DNS-1123 label.</source>
        <translation>Une entrée exportTo qui n’est ni `.`, ni `*`, ni `~`, ni un label DNS-1123.</translation>
    </message>
    <message>
        <source>Use `.`, `*`, `~` or a namespace name.</source>
        <translation>Utilisez `.`, `*`, `~` ou un nom de namespace.</translation>
    </message>
    <message>
        <source>exportTo contains `*` and more than one entry.</source>
        <translation>exportTo contient `*` et plus d’une entrée.</translation>
    </message>
    <message>
        <source>Use `*` alone.</source>
        <translation>Utilisez `*` seul.</translation>
    </message>
    <message>
        <source>exportTo contains `~` and more than one entry.</source>
        <translation>exportTo contient `~` et plus d’une entrée.</translation>
    </message>
    <message>
        <source>Use `~` alone.</source>
        <translation>Utilisez `~` seul.</translation>
    </message>
    <message>
        <source>Resolution STATIC and an endpoint with neither address nor network (its other checks are skipped).</source>
        <translation>resolution STATIC et un endpoint sans address ni network (ses autres vérifications sont sautées).</translation>
    </message>
    <message>
        <source>Give the endpoint&apos;s IP address.</source>
        <translation>Donnez l’adresse IP de l’endpoint.</translation>
    </message>
    <message>
        <source>Resolution STATIC and an endpoint with a network but no address.</source>
        <translation>resolution STATIC et un endpoint avec un network mais sans address.</translation>
    </message>
    <message>
        <source>Give the address if the endpoint is reachable directly.</source>
        <translation>Donnez l’adresse si l’endpoint est joignable directement.</translation>
    </message>
    <message>
        <source>Resolution STATIC and a `unix://` endpoint address whose path is empty or not an absolute file path (`@name` is fine).</source>
        <translation>resolution STATIC et une adresse d’endpoint `unix://` dont le chemin est vide ou n’est pas un chemin de fichier absolu (`@name` convient).</translation>
    </message>
    <message>
        <source>Write unix:///absolute/path or unix://@name.</source>
        <translation>Écrivez unix:///chemin/absolu ou unix://@nom.</translation>
    </message>
    <message>
        <source>Resolution STATIC and a `unix://` endpoint with ports.</source>
        <translation>resolution STATIC et un endpoint `unix://` avec des ports.</translation>
    </message>
    <message>
        <source>Remove the endpoint&apos;s ports.</source>
        <translation>Retirez les ports de l’endpoint.</translation>
    </message>
    <message>
        <source>Resolution STATIC and an endpoint address that is not an IP address or `unix://` path (host names are not accepted since Istio 1.20).</source>
        <translation>resolution STATIC et une adresse d’endpoint qui n’est ni une adresse IP ni un chemin `unix://` (les noms d’hôte ne sont plus acceptés depuis Istio 1.20).</translation>
    </message>
    <message>
        <source>Use the IP address, or resolution DNS for host names.</source>
        <translation>Utilisez l’adresse IP, ou resolution DNS pour les noms d’hôte.</translation>
    </message>
    <message>
        <source>An endpoint `ports` key that is not the name of a port in `spec.ports` (the message shows the endpoint&apos;s port number).</source>
        <translation>Une clé de `ports` d’un endpoint qui n’est pas le nom d’un port de `spec.ports` (le message montre le numéro de port de l’endpoint).</translation>
    </message>
    <message>
        <source>Use the names of the ServiceEntry&apos;s ports as keys.</source>
        <translation>Utilisez comme clés les noms des ports du ServiceEntry.</translation>
    </message>
    <message>
        <source>An endpoint `ports` key that is not a DNS-1123 label.</source>
        <translation>Une clé de `ports` d’un endpoint qui n’est pas un label DNS-1123.</translation>
    </message>
    <message>
        <source>Use a valid port name.</source>
        <translation>Utilisez un nom de port valide.</translation>
    </message>
    <message>
        <source>An endpoint port value outside 1..65535.</source>
        <translation>Une valeur de port d’endpoint hors de 1..65535.</translation>
    </message>
    <message>
        <source>An endpoint label key or value that is not Kubernetes label syntax (no length limit on values, upper case accepted).</source>
        <translation>Une clé ou une valeur de label d’endpoint qui ne suit pas la syntaxe des labels Kubernetes (pas de limite de longueur pour les valeurs, majuscules acceptées).</translation>
    </message>
    <message>
        <source>Resolution STATIC, a `unix://` endpoint, and a number of distinct port names in `spec.ports` other than one.</source>
        <translation>resolution STATIC, un endpoint `unix://`, et un nombre de noms de port distincts dans `spec.ports` différent de un.</translation>
    </message>
    <message>
        <source>Declare exactly one port.</source>
        <translation>Déclarez exactement un port.</translation>
    </message>
    <message>
        <source>A WorkloadEntry with neither address nor network. The webhook returns only this error.</source>
        <translation>Un WorkloadEntry sans address ni network. Le webhook ne renvoie que cette erreur.</translation>
    </message>
    <message>
        <source>Give the workload&apos;s address.</source>
        <translation>Donnez l’adresse du workload.</translation>
    </message>
    <message>
        <source>A WorkloadEntry with a network but no address.</source>
        <translation>Un WorkloadEntry avec un network mais sans address.</translation>
    </message>
    <message>
        <source>Give the address if the workload is reachable directly.</source>
        <translation>Donnez l’adresse si le workload est joignable directement.</translation>
    </message>
    <message>
        <source>A `unix://` address whose path is empty or not an absolute file path.</source>
        <translation>Une adresse `unix://` dont le chemin est vide ou n’est pas un chemin de fichier absolu.</translation>
    </message>
    <message>
        <source>A `unix://` address together with ports.</source>
        <translation>Une adresse `unix://` avec des ports.</translation>
    </message>
    <message>
        <source>Remove the ports.</source>
        <translation>Retirez les ports.</translation>
    </message>
    <message>
        <source>An address that is not an IP address, a fully qualified name or a `unix://` path (`host:port`, wildcards and `/` fail).</source>
        <translation>Une adresse qui n’est ni une adresse IP, ni un nom pleinement qualifié, ni un chemin `unix://` (`host:port`, les jokers et `/` échouent).</translation>
    </message>
    <message>
        <source>Write an IP address or a DNS name.</source>
        <translation>Écrivez une adresse IP ou un nom DNS.</translation>
    </message>
    <message>
        <source>A `ports` key that is not a DNS-1123 label.</source>
        <translation>Une clé de `ports` qui n’est pas un label DNS-1123.</translation>
    </message>
    <message>
        <source>A `ports` value outside 1..65535 (0 included).</source>
        <translation>Une valeur de `ports` hors de 1..65535 (0 compris).</translation>
    </message>
    <message>
        <source>A label key or value that is not Kubernetes label syntax (no length limit on values, upper case accepted).</source>
        <translation>Une clé ou une valeur de label qui ne suit pas la syntaxe des labels Kubernetes (pas de limite de longueur pour les valeurs, majuscules acceptées).</translation>
    </message>
    <message>
        <source>istioctl analyze runs the webhook&apos;s checks without labels and annotations. Reported for each error it finds that the webhook itself would not report (because a metadata rule short-circuited, or a label changed the outcome).</source>
        <translation>istioctl analyze lance les vérifications du webhook sans labels ni annotations. Signalé pour chaque erreur trouvée que le webhook lui-même ne signalerait pas (parce qu’une règle de métadonnées a court-circuité, ou qu’un label a changé le résultat).</translation>
    </message>
    <message>
        <source>Fix the underlying webhook rule named in the message.</source>
        <translation>Corrigez la règle du webhook sous-jacente nommée dans le message.</translation>
    </message>
    <message>
        <source>The warning counterpart of IST0106: webhook warnings that only istioctl analyze reports, because it does not see labels and annotations.</source>
        <translation>Le pendant d’IST0106 pour les avertissements : des avertissements du webhook que seul istioctl analyze signale, car il ne voit ni labels ni annotations.</translation>
    </message>
    <message>
        <source>A ServiceEntry without addresses (and without status.addresses): one warning per port whose protocol is unset or TCP in any case, whatever the resolution. Not reported when the mesh config (--mesh-config) sets defaultConfig.proxyMetadata ISTIO_META_DNS_CAPTURE to &quot;true&quot; and ISTIO_META_DNS_AUTO_ALLOCATE or PILOT_ENABLE_IP_AUTOALLOCATE to &quot;true&quot;.</source>
        <translation>Un ServiceEntry sans adresses (et sans status.addresses) : un avertissement par port dont le protocole n’est pas défini ou vaut TCP quelle que soit la casse, quelle que soit la resolution. Non signalé quand la configuration du mesh (--mesh-config) met dans defaultConfig.proxyMetadata ISTIO_META_DNS_CAPTURE à &quot;true&quot; et ISTIO_META_DNS_AUTO_ALLOCATE ou PILOT_ENABLE_IP_AUTOALLOCATE à &quot;true&quot;.</translation>
    </message>
    <message>
        <source>Add addresses, or set a non-TCP protocol.</source>
        <translation>Ajoutez des adresses, ou définissez un protocole autre que TCP.</translation>
    </message>
    <message>
        <source>A status condition of type istio.io/WaypointBound has status False.</source>
        <translation>Une condition de statut de type istio.io/WaypointBound a le statut False.</translation>
    </message>
    <message>
        <source>Check the waypoint the resource is bound to.</source>
        <translation>Vérifiez le waypoint auquel la ressource est liée.</translation>
    </message>
    <message>
        <source>Several ServiceEntries visible in a common exportTo scope define the same host and port number with different protocols (compared upper-cased; unset is a value of its own). Each ServiceEntry involved is reported once, on its name.</source>
        <translation>Plusieurs ServiceEntries visibles dans une même portée exportTo définissent le même hôte et le même numéro de port avec des protocoles différents (comparés en majuscules ; non défini est une valeur à part). Chaque ServiceEntry concerné est signalé une fois, sur son nom.</translation>
    </message>
    <message>
        <source>Use one protocol per host and port across ServiceEntries.</source>
        <translation>Utilisez un seul protocole par hôte et par port dans tous les ServiceEntries.</translation>
    </message>
    <message>
        <source>A mapping has the same key twice. Kubernetes&apos; YAML reader rejects it under strict decoding and otherwise keeps only the last value.</source>
        <translation>Un mapping a deux fois la même clé. Le lecteur YAML de Kubernetes le rejette en décodage strict et sinon ne garde que la dernière valeur.</translation>
    </message>
    <message>
        <source>Keep one of the keys.</source>
        <translation>Gardez l’une des clés.</translation>
    </message>
    <message>
        <source>An unquoted label or annotation key or value that Kubernetes&apos; YAML 1.1 reader does not read as the string written (`on`, `yes`, `1.0`, `0755`, `null`), or an integer field written as a YAML 1.1 octal, hexadecimal or binary number (`0443` is 291).</source>
        <translation>Une clé ou une valeur de label ou d’annotation sans guillemets que le lecteur YAML 1.1 de Kubernetes ne lit pas comme la chaîne écrite (`on`, `yes`, `1.0`, `0755`, `null`), ou un champ entier écrit en nombre octal, hexadécimal ou binaire YAML 1.1 (`0443` vaut 291).</translation>
    </message>
    <message>
        <source>Quote the value (&quot;on&quot;), or write the number in plain decimal.</source>
        <translation>Mettez la valeur entre guillemets (&quot;on&quot;), ou écrivez le nombre en décimal simple.</translation>
    </message>
    <message>
        <source>A port protocol that Istio knows, written in another case than Istio spells it (`https` for HTTPS, `grpc-web` for GRPC-Web). Istio reads protocols case-insensitively, but checks that compare the text do not: the webhook&apos;s address warning matches only `TCP` and an empty protocol.</source>
        <translation>Un protocole de port qu’Istio connaît, écrit avec une autre casse que celle d’Istio (`https` pour HTTPS, `grpc-web` pour GRPC-Web). Istio lit les protocoles sans tenir compte de la casse, mais les vérifications qui comparent le texte, non : l’avertissement d’adresse du webhook ne correspond qu’à `TCP` et à un protocole vide.</translation>
    </message>
    <message>
        <source>Write the protocol as Istio does (one-click fix).</source>
        <translation>Écrivez le protocole comme Istio (correction en un clic).</translation>
    </message>
    <message>
        <source>A port name that by the `&lt;protocol&gt;[-suffix]` convention names a protocol of another kind than the port&apos;s `protocol` (`http-api` on a TCP port, `tcp` on an HTTPS port). Istio reads a ServiceEntry&apos;s `protocol` field, but people and tools read the name, and Istio itself does for Kubernetes Services. HTTP, HTTP2, GRPC, GRPC-Web and HTTP_PROXY count as one kind, HTTPS and TLS as one, TCP, Mongo, Redis and MySQL as one; names without a protocol prefix are not reported.</source>
        <translation>Un nom de port qui, selon la convention `&lt;protocol&gt;[-suffix]`, nomme un protocole d’un autre genre que le `protocol` du port (`http-api` sur un port TCP, `tcp` sur un port HTTPS). Istio lit le champ `protocol` d’un ServiceEntry, mais les gens et les outils lisent le nom, et Istio lui-même le fait pour les Services Kubernetes. HTTP, HTTP2, GRPC, GRPC-Web et HTTP_PROXY comptent comme un genre, HTTPS et TLS comme un autre, TCP, Mongo, Redis et MySQL comme un troisième ; les noms sans préfixe de protocole ne sont pas signalés.</translation>
    </message>
    <message>
        <source>Name the port after its protocol (one-click fix: `tcp`, or `tcp-&lt;number&gt;` when another port has that name).</source>
        <translation>Nommez le port d’après son protocole (correction en un clic : `tcp`, ou `tcp-&lt;number&gt;` quand un autre port porte ce nom).</translation>
    </message>
    <message>
        <source>An exportTo entry names a namespace that is not among the known namespaces (given with --namespaces or read from the cluster).</source>
        <translation>Une entrée exportTo nomme un namespace qui n’est pas parmi les namespaces connus (donnés avec --namespaces ou lus dans le cluster).</translation>
    </message>
    <message>
        <source>Correct the namespace name, or create the namespace.</source>
        <translation>Corrigez le nom du namespace, ou créez le namespace.</translation>
    </message>
    <message>
        <source>Two open documents have the same kind, namespace and name; applying both keeps only the last.</source>
        <translation>Deux documents ouverts ont le même kind, le même namespace et le même nom ; appliquer les deux ne garde que le dernier.</translation>
    </message>
    <message>
        <source>Rename one of them, or remove the duplicate.</source>
        <translation>Renommez l’un d’eux, ou retirez le doublon.</translation>
    </message>
    <message>
        <source>A workloadSelector selects no Pod or WorkloadEntry in the ServiceEntry&apos;s namespace, among the open files and the workloads given with --workloads (only checked when workloads are known), or selects only workloads Istio makes no endpoint of (a Pod that is not Ready, terminating or without an IP; a host-name or unix:// WorkloadEntry under a resolution other than DNS; a health-checked WorkloadEntry that is not Healthy). The same matcher as `meshentry match` and the Selected workloads panel decides.</source>
        <translation>Un workloadSelector ne sélectionne aucun Pod ni WorkloadEntry dans le namespace du ServiceEntry, parmi les fichiers ouverts et les workloads donnés avec --workloads (vérifié seulement quand des workloads sont connus), ou ne sélectionne que des workloads dont Istio ne fait pas d’endpoint (un Pod pas Ready, en arrêt ou sans IP ; un WorkloadEntry à nom d’hôte ou unix:// avec une resolution autre que DNS ; un WorkloadEntry avec health check qui n’est pas Healthy). C’est le même matcher que `meshentry match` et le panneau Workloads sélectionnés qui décide.</translation>
    </message>
    <message>
        <source>Correct the selector labels or the namespace, or the workloads.</source>
        <translation>Corrigez les labels du sélecteur ou le namespace, ou les workloads.</translation>
    </message>
    <message>
        <source>A WorkloadEntry whose address is a host name or `unix://` path is selected by a ServiceEntry whose resolution is not DNS or DNS_ROUND_ROBIN (STATIC, NONE, DYNAMIC_DNS); Istio silently skips it.</source>
        <translation>Un WorkloadEntry dont l’adresse est un nom d’hôte ou un chemin `unix://` est sélectionné par un ServiceEntry dont la resolution n’est ni DNS ni DNS_ROUND_ROBIN (STATIC, NONE, DYNAMIC_DNS) ; Istio l’ignore silencieusement.</translation>
    </message>
    <message>
        <source>Use an IP address, or resolution DNS in the ServiceEntry.</source>
        <translation>Utilisez une adresse IP, ou resolution DNS dans le ServiceEntry.</translation>
    </message>
    <message>
        <source>A WorkloadEntry `ports` key that is not the name of a port of any ServiceEntry selecting it; Istio ignores it and uses the service&apos;s targetPort or number.</source>
        <translation>Une clé de `ports` d’un WorkloadEntry qui n’est le nom d’aucun port d’un ServiceEntry qui le sélectionne ; Istio l’ignore et utilise le targetPort ou le number du service.</translation>
    </message>
    <message>
        <source>Use the name of the ServiceEntry port it should override.</source>
        <translation>Utilisez le nom du port du ServiceEntry qu’il doit remplacer.</translation>
    </message>
    <message>
        <source>A TCP or protocol-less port of a ServiceEntry without addresses becomes the match-all filter chain of listener 0.0.0.0_&lt;port&gt;, so every connection to that port that no other chain matches goes to its cluster, while other ServiceEntries visible to the same sidecars declare the port too. Reported on the capturing port, with the namespaces whose sidecars are affected.</source>
        <translation>Un port TCP ou sans protocole d’un ServiceEntry sans adresses devient la filter chain universelle du listener 0.0.0.0_&lt;port&gt; : toute connexion à ce port qu’aucune autre chain ne prend va à son cluster, alors que d’autres ServiceEntries visibles des mêmes sidecars déclarent aussi ce port. Signalé sur le port qui capte, avec les namespaces dont les sidecars sont touchés.</translation>
    </message>
    <message>
        <source>Give the entry addresses (or its hosts a real protocol such as TLS), or move the other hosts to another port.</source>
        <translation>Donnez des adresses à l’entrée (ou à ses hôtes un vrai protocole comme TLS), ou déplacez les autres hôtes sur un autre port.</translation>
    </message>
    <message>
        <source>Two entries visible to the same sidecars build a filter chain with the same match on one listener (the same address and port, the same CIDR after masking, the same SNI, or no address at all): istiod keeps the first and drops the other (listener.go:mergeTCPFilterChains), or Mongo or MySQL meets another protocol on one port. Reported on the dropped port or address, with the entry that wins and why it comes first.</source>
        <translation>Deux entrées visibles des mêmes sidecars construisent sur un listener une filter chain de même critère (même adresse et même port, même CIDR après masquage, même SNI, ou pas d’adresse du tout) : istiod garde la première et abandonne l’autre (listener.go:mergeTCPFilterChains), ou Mongo ou MySQL rencontre un autre protocole sur un port. Signalé sur le port ou l’adresse abandonnés, avec l’entrée qui l’emporte et la raison pour laquelle elle passe en premier.</translation>
    </message>
    <message>
        <source>Give the entries distinct addresses or ports, or a protocol whose chains differ (TLS matches by SNI).</source>
        <translation>Donnez aux entrées des adresses ou des ports distincts, ou un protocole dont les chains diffèrent (TLS distingue par SNI).</translation>
    </message>
    <message>
        <source>Keep one entry per host, or restrict the others with exportTo.</source>
        <translation>Gardez une entrée par hôte, ou restreignez les autres avec exportTo.</translation>
    </message>
    <message>
        <source>A Sidecar egress host names a host that no ServiceEntry visible to the sidecars it applies to matches (a typo, a wrong namespace, an entry not exported to them), or is not of the form namespace/host and is ignored. Hosts `*` and Kubernetes Service names (`*.svc.*`) are not checked: only the cluster knows its Services.</source>
        <translation>Un hôte egress d’un Sidecar nomme un hôte qu’aucun ServiceEntry visible des sidecars concernés ne couvre (une faute de frappe, un mauvais namespace, une entrée qui ne leur est pas exportée), ou n’a pas la forme namespace/host et est ignoré. Les hôtes `*` et les noms de Services Kubernetes (`*.svc.*`) ne sont pas vérifiés : seul le cluster connaît ses Services.</translation>
    </message>
    <message>
        <source>Correct the namespace or the host, or export the entry to the namespace.</source>
        <translation>Corrigez le namespace ou l’hôte, ou exportez l’entrée vers le namespace.</translation>
    </message>
    <message>
        <source>The exportTo a sidecar applies (declared or mesh default, narrowed by serviceEntryVisibility) makes the entry visible to none of the namespaces that have workloads (WorkloadEntries, Pods, Deployments and other workloads in the files). An exportTo of exactly [&quot;~&quot;] is deliberate and not reported.</source>
        <translation>L’exportTo qu’applique un sidecar (déclaré ou par défaut du mesh, restreint par serviceEntryVisibility) ne rend l’entrée visible d’aucun des namespaces qui ont des workloads (WorkloadEntries, Pods, Deployments et autres workloads des fichiers). Un exportTo valant exactement [&quot;~&quot;] est délibéré et n’est pas signalé.</translation>
    </message>
    <message>
        <source>Export the entry to the namespaces whose workloads call it.</source>
        <translation>Exportez l’entrée vers les namespaces dont les workloads l’appellent.</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>Écrire %1</translation>
    </message>
    <message>
        <source>the number Kubernetes reads from %1</source>
        <translation>le nombre que Kubernetes lit dans %1</translation>
    </message>
    <message>
        <source>the digits read as decimal, a different number from the %1 Kubernetes reads now</source>
        <translation>les chiffres lus en décimal, un autre nombre que le %1 que Kubernetes lit maintenant</translation>
    </message>
    <message>
        <source>Quote the key &quot;%1&quot;</source>
        <translation>Mettre la clé &quot;%1&quot; entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads it as the string &quot;%1&quot;</source>
        <translation>Kubernetes le lit comme la chaîne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Quote &quot;%1&quot;</source>
        <translation>Mettre &quot;%1&quot; entre guillemets</translation>
    </message>
    <message>
        <source>Name the port &quot;%1&quot;</source>
        <translation>Nommer le port &quot;%1&quot;</translation>
    </message>
    <message>
        <source>after its protocol %1</source>
        <translation>d’après son protocole %1</translation>
    </message>
    <message>
        <source>instead of &quot;%1&quot;</source>
        <translation>au lieu de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>as Istio spells the protocol</source>
        <translation>comme Istio écrit le protocole</translation>
    </message>
    <message>
        <source>Remove the duplicate exportTo entry &quot;%1&quot;</source>
        <translation>Retirer l’entrée exportTo en double &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the entry is exported to the same namespaces</source>
        <translation>l’entrée est exportée vers les mêmes namespaces</translation>
    </message>
    <message>
        <source>Keep workloadSelector, remove endpoints</source>
        <translation>Garder workloadSelector, retirer endpoints</translation>
    </message>
    <message>
        <source>the %1 listed endpoint(s) go; the Pods and WorkloadEntries the selector matches become the endpoints</source>
        <translation>les %1 endpoints listés disparaissent ; les Pods et WorkloadEntries que le sélecteur couvre deviennent les endpoints</translation>
    </message>
    <message>
        <source>Keep endpoints, remove workloadSelector</source>
        <translation>Garder endpoints, retirer workloadSelector</translation>
    </message>
    <message>
        <source>only the listed endpoints are used; no Pod or WorkloadEntry is selected</source>
        <translation>seuls les endpoints listés sont utilisés ; aucun Pod ni WorkloadEntry n’est sélectionné</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Mettre %1 entre guillemets</translation>
    </message>
    <message>
        <source>both readers then take the string %1</source>
        <translation>les deux lecteurs prennent alors la chaîne %1</translation>
    </message>
    <message>
        <source>Port %1 of %2 (%3, no addresses) captures all other traffic to port %1 for sidecars in %4; other entries on that port: %5</source>
        <translation>le port %1 de %2 (%3, sans addresses) capte tout le reste du trafic vers le port %1 pour les sidecars de %4 ; autres entrées sur ce port : %5</translation>
    </message>
    <message>
        <source>Port %1 of %2 (%3) is dropped from listener %4 for sidecars in %5: Mongo and MySQL do not share a listener with other protocols, and %6 comes first with %7</source>
        <translation>le port %1 de %2 (%3) est retiré du listener %4 pour les sidecars de %5 : Mongo et MySQL ne partagent pas de listener avec d’autres protocoles, et %6 passe en premier avec %7</translation>
    </message>
    <message>
        <source>Port %1 of %2 is dropped from listener %3 for sidecars in %4: %5 has the same filter chain match (%6) and comes first: %7</source>
        <translation>le port %1 de %2 est retiré du listener %3 pour les sidecars de %4 : %5 a le même match de filter chain (%6) et passe en premier : %7</translation>
    </message>
    <message>
        <source>%1 is shadowed for sidecars in %2 by ServiceEntry %3: %4</source>
        <translation>%1 est masqué pour les sidecars de %2 par le ServiceEntry %3 : %4</translation>
    </message>
    <message>
        <source>Egress host &quot;%1&quot; is ignored: it must have the form namespace/host</source>
        <translation>l’hôte egress &quot;%1&quot; est ignoré : il doit avoir la forme namespace/host</translation>
    </message>
    <message>
        <source>Egress host &quot;%1&quot; imports no ServiceEntry visible to sidecars in %2 on port %3</source>
        <translation>l’hôte egress &quot;%1&quot; n’importe aucun ServiceEntry visible des sidecars de %2 sur le port %3</translation>
    </message>
    <message>
        <source>Egress host &quot;%1&quot; imports no ServiceEntry visible to sidecars in %2</source>
        <translation>l’hôte egress &quot;%1&quot; n’importe aucun ServiceEntry visible des sidecars de %2</translation>
    </message>
    <message>
        <source>exportTo %1 makes this ServiceEntry visible to no namespace that has workloads (%2)</source>
        <translation>exportTo %1 ne rend ce ServiceEntry visible à aucun namespace qui a des workloads (%2)</translation>
    </message>
    <message>
        <source>Schema validation error: %1</source>
        <translation>Erreur de validation du schéma : %1</translation>
    </message>
    <message>
        <source>Schema validation warning: %1</source>
        <translation>Avertissement de validation du schéma : %1</translation>
    </message>
    <message>
        <source>A condition with a negative status is present: type=%1, reason=%2, message=%3.</source>
        <translation>Une condition au statut négatif est présente : type=%1, reason=%2, message=%3.</translation>
    </message>
    <message>
        <source>ServiceEntry addresses are required for this protocol.</source>
        <translation>Ce protocole exige des addresses dans le ServiceEntry.</translation>
    </message>
    <message>
        <source>protocol %1 is Istio&apos;s %2 written in another case: Istio reads it, but checks that compare the text (the webhook&apos;s address warning looks for &quot;TCP&quot;) do not: write %2</source>
        <translation>le protocol %1 est le %2 d’Istio écrit avec une autre casse : Istio le lit, mais pas les vérifications qui comparent le texte (l’avertissement d’adresse du webhook cherche &quot;TCP&quot;) : écrivez %2</translation>
    </message>
    <message>
        <source>port name %1 says %2, but the port&apos;s protocol is %3: people and tools that read &lt;protocol&gt;[-suffix] names take it for %2</source>
        <translation>le nom de port %1 indique %2, mais le protocol du port est %3 : les personnes et les outils qui lisent les noms &lt;protocol&gt;[-suffix] le prennent pour %2</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: Address is required</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : Address est obligatoire</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS must be an absolute path or abstract socket (the apiserver fails to evaluate this rule for a bare unix://)</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : UDS doit être un chemin absolu ou un socket abstrait (l’apiserver ne parvient pas à évaluer cette règle pour un simple unix://)</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS must be an absolute path or abstract socket</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : UDS doit être un chemin absolu ou un socket abstrait</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS may not be a dir</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : UDS ne peut pas être un répertoire</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: UDS may not include ports</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : UDS ne peut pas inclure de ports</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: port must be between 1-65535</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: port name must be valid</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : le nom de port doit être valide</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: hostname cannot be wildcard</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : le nom d’hôte ne peut pas être un joker</translation>
    </message>
    <message>
        <source>spec.ports[%1]: Duplicate value: map[string]interface {}{&quot;name&quot;:%2}</source>
        <translation>spec.ports[%1] : valeur en double : map[string]interface {}{&quot;name&quot;:%2}</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: port number cannot be duplicated</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : un numéro de port ne peut pas apparaître deux fois</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: wildcard is not supported in selector</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : les jokers ne sont pas pris en charge dans le sélecteur</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: only one of WorkloadSelector or Endpoints can be set</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : un seul de WorkloadSelector ou Endpoints peut être défini</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: CIDR addresses are allowed only for NONE/STATIC resolution types</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : les adresses CIDR ne sont permises que pour les types de resolution NONE/STATIC</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: NONE mode cannot set endpoints</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : le mode NONE ne peut pas définir d’endpoints</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: DNS_ROUND_ROBIN mode cannot have multiple endpoints</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : le mode DNS_ROUND_ROBIN ne peut pas avoir plusieurs endpoints</translation>
    </message>
    <message>
        <source>%1 %2 is defined %3 times in the open files; applying them keeps only the last one</source>
        <translation>%1 %2 est défini %3 fois dans les fichiers ouverts ; les appliquer ne garde que le dernier</translation>
    </message>
    <message>
        <source>Multiple ServiceEntries (%1) define the same host %2 and port %3 with conflicting protocols (%4).</source>
        <translation>Plusieurs ServiceEntries (%1) définissent le même hôte %2 et le même port %3 avec des protocoles en conflit (%4).</translation>
    </message>
    <message>
        <source>workloadSelector matches no Pod or WorkloadEntry in namespace %1</source>
        <translation>le workloadSelector ne correspond à aucun Pod ni WorkloadEntry dans le namespace %1</translation>
    </message>
    <message>
        <source>workloadSelector selects 1 workload in namespace %1, but Istio makes an endpoint of none: %2 %3: %4</source>
        <translation>le workloadSelector sélectionne 1 workload dans le namespace %1, mais Istio n’en fait aucun endpoint : %2 %3 : %4</translation>
    </message>
    <message>
        <source>workloadSelector selects %5 workloads in namespace %1, but Istio makes an endpoint of none: %2 %3: %4</source>
        <translation>le workloadSelector sélectionne %5 workloads dans le namespace %1, mais Istio n’en fait aucun endpoint : %2 %3 : %4</translation>
    </message>
    <message>
        <source>address %1 is a unix socket: ServiceEntry %2 (resolution %3) selects this WorkloadEntry, but Istio skips it</source>
        <translation>l’address %1 est un socket unix : le ServiceEntry %2 (resolution %3) sélectionne ce WorkloadEntry, mais Istio l’ignore</translation>
    </message>
    <message>
        <source>address %1 is a host name: ServiceEntry %2 (resolution %3) selects this WorkloadEntry, but Istio skips it</source>
        <translation>l’address %1 est un nom d’hôte : le ServiceEntry %2 (resolution %3) sélectionne ce WorkloadEntry, mais Istio l’ignore</translation>
    </message>
    <message>
        <source>port %1 is not a port of the ServiceEntries selecting this WorkloadEntry (%2: no ports); Istio ignores it</source>
        <translation>le port %1 n’est pas un port des ServiceEntries qui sélectionnent ce WorkloadEntry (%2 : aucun port) ; Istio l’ignore</translation>
    </message>
    <message>
        <source>port %1 is not a port of the ServiceEntries selecting this WorkloadEntry (%2: %3); Istio ignores it</source>
        <translation>le port %1 n’est pas un port des ServiceEntries qui sélectionnent ce WorkloadEntry (%2 : %3) ; Istio l’ignore</translation>
    </message>
    <message>
        <source>Same host and namespace, ports not merged</source>
        <translation>Même hôte et même namespace, ports non fusionnés</translation>
    </message>
    <message>
        <source>ServiceEntries of one host in one namespace become one service with all their ports when resolution, metadata.labels, workloadSelector and exportTo agree (exportTo compared as written, so `.` is not the namespace&apos;s name); then nothing is reported. When one of them differs, Istio keeps the entry a sidecar meets first (one exported to it explicitly before a public one, else the oldest by creationTimestamp) and ignores the other&apos;s ports that it lacks: sidecars that see both get listeners but no cluster for them (sidecar.go:appendSidecarServices, canMergeServices). Reported on both entries, naming what differs, the entry kept and the ports lost. Entries of other namespaces are not merged at all: ME-ROUTE-HOST-SHADOWED says which one wins.</source>
        <translation>Les ServiceEntries d’un même hôte dans un même namespace deviennent un seul service avec tous leurs ports quand resolution, metadata.labels, workloadSelector et exportTo concordent (exportTo comparé tel qu’écrit, `.` n’est donc pas le nom du namespace) ; rien n’est alors signalé. Quand l’un d’eux diffère, Istio garde l’entrée qu’un sidecar rencontre en premier (une entrée qui lui est exportée explicitement avant une entrée publique, sinon la plus ancienne selon creationTimestamp) et ignore les ports de l’autre qui lui manquent : les sidecars qui voient les deux ont des listeners mais pas de cluster pour eux (sidecar.go:appendSidecarServices, canMergeServices). Signalé sur les deux entrées, avec ce qui diffère, l’entrée gardée et les ports perdus. Les entrées d’autres namespaces ne sont pas fusionnées du tout : ME-ROUTE-HOST-SHADOWED indique laquelle l’emporte.</translation>
    </message>
    <message>
        <source>Make the four agree so that Istio merges the entries, or define all ports of the host in one ServiceEntry.</source>
        <translation>Faites concorder les quatre pour qu’Istio fusionne les entrées, ou définissez tous les ports de l’hôte dans un seul ServiceEntry.</translation>
    </message>
    <message>
        <source>The same host is visible to sidecars of a namespace from several namespaces: one entry wins (the sidecar&apos;s own namespace first, then entries exported to it explicitly, then the oldest) and the others are invisible to those sidecars. Reported on the losing host. Entries of one namespace that Istio does not merge are ME-HOST-PORTS-DIFFER.</source>
        <translation>Le même hôte est visible des sidecars d’un namespace depuis plusieurs namespaces : une entrée l’emporte (d’abord le namespace du sidecar, puis les entrées qui lui sont exportées explicitement, puis la plus ancienne) et les autres sont invisibles pour ces sidecars. Signalé sur l’hôte perdant. Les entrées d’un namespace qu’Istio ne fusionne pas relèvent de ME-HOST-PORTS-DIFFER.</translation>
    </message>
    <message>
        <source>%1: Invalid value: &quot;%2&quot;: %1 in body must be of type %3: &quot;%2&quot;</source>
        <translation>%1 : valeur invalide : &quot;%2&quot; : %1 dans le corps doit être de type %3 : &quot;%2&quot;</translation>
    </message>
    <message>
        <source>error decoding configuration: invalid value for %1 type: %2</source>
        <translation>erreur de décodage de la configuration : valeur invalide pour le type %1 : %2</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as the boolean %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la clé %1 sans guillemets comme le booléen %2, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as the boolean %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la valeur %1 sans guillemets comme le booléen %2, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as the integer %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la clé %1 sans guillemets comme l’entier %2, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as the integer %2, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la valeur %1 sans guillemets comme l’entier %2, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as the number %1, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la clé %1 sans guillemets comme le nombre %1, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as the number %1, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la valeur %1 sans guillemets comme le nombre %1, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted key %1 as null, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la clé %1 sans guillemets comme null, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads the unquoted value %1 as null, not as the string &quot;%1&quot;: quote it</source>
        <translation>Kubernetes lit la valeur %1 sans guillemets comme null, et non comme la chaîne &quot;%1&quot; : mettez-la entre guillemets</translation>
    </message>
    <message>
        <source>Kubernetes reads %1 as the integer %2: write the number in plain decimal</source>
        <translation>Kubernetes lit %1 comme l’entier %2 : écrivez le nombre en décimal simple</translation>
    </message>
    <message>
        <source>%1: Too long: may not be longer than %2</source>
        <translation>%1 : trop long : ne peut pas dépasser %2</translation>
    </message>
    <message>
        <source>%1: Invalid value: %2: %1 in body should be greater than or equal to 0</source>
        <translation>%1 : valeur invalide : %2 : %1 dans le corps doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>%1: Invalid value: %2: %1 in body should be less than or equal to 4294967295</source>
        <translation>%1 : valeur invalide : %2 : %1 dans le corps doit être inférieur ou égal à 4294967295</translation>
    </message>
    <message>
        <source>%1: Unsupported value: %2: supported values: %3</source>
        <translation>%1 : valeur non prise en charge : %2 : valeurs prises en charge : %3</translation>
    </message>
    <message>
        <source>error decoding configuration: invalid value for enum type: %1 (%2 takes %3)</source>
        <translation>erreur de décodage de la configuration : valeur invalide pour le type énuméré : %1 (%2 accepte %3)</translation>
    </message>
    <message>
        <source>%1: Invalid value: %2: %1 in body should have at least %3 items</source>
        <translation>%1 : valeur invalide : %2 : %1 dans le corps doit avoir au moins %3 éléments</translation>
    </message>
    <message>
        <source>%1: Too many: %2: must have at most %3 items</source>
        <translation>%1 : trop d’éléments : %2 : %3 éléments au plus</translation>
    </message>
    <message>
        <source>error decoding configuration: unexpected token %1</source>
        <translation>erreur de décodage de la configuration : jeton inattendu %1</translation>
    </message>
    <message>
        <source>strict decoding error: unknown field %1</source>
        <translation>erreur de décodage strict : champ inconnu %1</translation>
    </message>
    <message>
        <source>cannot parse proto message: unknown field %1 in %2</source>
        <translation>impossible de lire le message proto : champ inconnu %1 dans %2</translation>
    </message>
    <message>
        <source>%1%2: Required value</source>
        <translation>%1%2 : valeur obligatoire</translation>
    </message>
    <message>
        <source>mapping key %1 is already defined in this mapping; Kubernetes keeps only the last value</source>
        <translation>la clé %1 est déjà définie dans ce mapping ; Kubernetes ne garde que la dernière valeur</translation>
    </message>
    <message>
        <source>the server rejected our request for an unknown reason</source>
        <translation>le serveur a rejeté notre requête pour une raison inconnue</translation>
    </message>
    <message>
        <source>the server has asked for the client to provide credentials</source>
        <translation>le serveur demande au client de fournir des identifiants</translation>
    </message>
    <message>
        <source>the server does not allow this method on the requested resource</source>
        <translation>le serveur n’autorise pas cette méthode sur la ressource demandée</translation>
    </message>
    <message>
        <source>the server could not find the requested resource</source>
        <translation>le serveur n’a pas trouvé la ressource demandée</translation>
    </message>
    <message>
        <source>the server reported a conflict</source>
        <translation>le serveur a signalé un conflit</translation>
    </message>
    <message>
        <source>the server responded with the status code 415 but did not return more information</source>
        <translation>le serveur a répondu avec le code d’état 415 sans donner plus d’informations</translation>
    </message>
    <message>
        <source>the server rejected our request due to an error in our request</source>
        <translation>le serveur a rejeté notre requête à cause d’une erreur dans celle-ci</translation>
    </message>
    <message>
        <source>the server has received too many requests and has asked us to try again later</source>
        <translation>le serveur a reçu trop de requêtes et demande de réessayer plus tard</translation>
    </message>
    <message>
        <source>the server is currently unable to handle the request</source>
        <translation>le serveur ne peut pas traiter la requête pour le moment</translation>
    </message>
    <message>
        <source>the server was unable to return a response in the time allotted, but may still be processing the request</source>
        <translation>le serveur n’a pas pu répondre dans le délai imparti, mais traite peut-être encore la requête</translation>
    </message>
    <message>
        <source>an error on the server (&quot;%1&quot;) has prevented the request from succeeding</source>
        <translation>une erreur sur le serveur (« %1 ») a empêché la requête d’aboutir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You must be logged in to the server (%1)</source>
        <translation>Vous devez être connecté au serveur (%1)</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is invalid</source>
        <translation>%1 « %2 » n’est pas valide</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>Erreur du serveur (%1) : %2</translation>
    </message>
    <message>
        <source>exec plugin cannot support interactive mode: standard input is not a terminal (the plugin of user &quot;%1&quot; asks for interactiveMode Always)</source>
        <translation>le plugin exec ne peut pas fonctionner en mode interactif : l’entrée standard n’est pas un terminal (le plugin de l’utilisateur « %1 » demande interactiveMode Always)</translation>
    </message>
    <message>
        <source>invalid interactiveMode for %1: &quot;%2&quot;</source>
        <translation>interactiveMode non valide pour %1 : « %2 »</translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec : exécutable %1 introuvable</translation>
    </message>
    <message>
        <source>exec: executable %1 not found

%2</source>
        <translation>exec : exécutable %1 introuvable

%2</translation>
    </message>
    <message>
        <source>exec: executable %1 did not finish within %2 s</source>
        <translation>exec : l’exécutable %1 ne s’est pas terminé en %2 s</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2</source>
        <translation>exec : l’exécutable %1 a échoué avec le code de sortie %2</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2: %3</source>
        <translation>exec : l’exécutable %1 a échoué avec le code de sortie %2 : %3</translation>
    </message>
    <message>
        <source>exec plugin of user &quot;%1&quot;: decoding stdout: %2</source>
        <translation>plugin exec de l’utilisateur « %1 » : décodage de la sortie standard : %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>exec plugin of user &quot;%1&quot; did not return an ExecCredential</source>
        <translation>le plugin exec de l’utilisateur « %1 » n’a pas renvoyé d’ExecCredential</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>le plugin exec est configuré pour la version d’API %1, le plugin a renvoyé la version %2</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>le plugin exec n’a pas renvoyé de champ status</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>le plugin exec n’a renvoyé ni jeton ni paire certificat/clé</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>le plugin exec n’a renvoyé que le certificat ou la clé, pas les deux</translation>
    </message>
    <message>
        <source>failed parsing client key/certificate from the exec plugin</source>
        <translation>impossible de lire la clé/le certificat client du plugin exec</translation>
    </message>
    <message>
        <source>exec plugin returned an invalid expirationTimestamp</source>
        <translation>le plugin exec a renvoyé un expirationTimestamp non valide</translation>
    </message>
    <message>
        <source>getting credentials: %1</source>
        <translation>obtention des identifiants : %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit être true ou false</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation>%1 doit être un mapping</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping</source>
        <translation>chaque entrée de %1 doit être un mapping</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>erreur au chargement du fichier de configuration « %1 » : %2</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1 : aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>yaml: line %1: %2</source>
        <translation>yaml : ligne %1 : %2</translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping</source>
        <translation>une kubeconfig doit être un mapping</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2</source>
        <translation>nom « %1 » en double dans %2</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>destination %1</source>
        <translation>destination %1</translation>
    </message>
    <message>
        <source>plaintext HTTP</source>
        <translation>HTTP en clair</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>tout le trafic</translation>
    </message>
    <message>
        <source>UDP ports get no listener</source>
        <translation>les ports UDP n’ont pas de listener</translation>
    </message>
    <message>
        <source>HTTP_PROXY ports are not modelled (ISTIO-ROUTING.md §9)</source>
        <translation>les ports HTTP_PROXY ne sont pas modélisés (ISTIO-ROUTING.md §9)</translation>
    </message>
    <message>
        <source>port %1 is the sidecar&apos;s own</source>
        <translation>le port %1 est celui du sidecar lui-même</translation>
    </message>
    <message>
        <source>resolution NONE with a workloadSelector that selects no WorkloadEntry: no listener</source>
        <translation>resolution NONE avec un workloadSelector qui ne sélectionne aucun WorkloadEntry : pas de listener</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2; its %3, so it is ignored.</source>
        <translation>Politique de trafic sortant %1, du Sidecar %2 ; son %3, il est donc ignoré.</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2; its %3, so it is ignored (a Sidecar policy without a mode means REGISTRY_ONLY).</source>
        <translation>Politique de trafic sortant %1, du Sidecar %2 ; son %3, il est donc ignoré (une politique de Sidecar sans mode signifie REGISTRY_ONLY).</translation>
    </message>
    <message>
        <source>the legacy allocator</source>
        <translation>l’ancien allocateur</translation>
    </message>
    <message>
        <source>an entry in the sidecar&apos;s own namespace wins</source>
        <translation>une entrée du namespace du sidecar lui-même l’emporte</translation>
    </message>
    <message>
        <source>it comes first in creation order</source>
        <translation>il vient en premier dans l’ordre de création</translation>
    </message>
    <message>
        <source>it is exported to %1 explicitly, which comes before public entries</source>
        <translation>il est exporté explicitement vers %1, ce qui passe avant les entrées publiques</translation>
    </message>
    <message>
        <source>it is bound to the endpoint %1 of %2, which has resolution NONE and no address</source>
        <translation>il est lié à l’endpoint %1 de %2, qui a la resolution NONE et aucune adresse</translation>
    </message>
    <message>
        <source>%1 created it</source>
        <translation>%1 l’a créé</translation>
    </message>
    <message>
        <source>it is bound to the address of %1</source>
        <translation>il est lié à l’adresse de %1</translation>
    </message>
    <message>
        <source>No listener is bound to %1:%2, so listener %3 takes the connection; %4.</source>
        <translation>Aucun listener n’est lié à %1:%2, le listener %3 prend donc la connexion ; %4.</translation>
    </message>
    <message>
        <source>No listener is bound to %1:%2 (only %3), so listener %4 takes the connection; %5.</source>
        <translation>Aucun listener n’est lié à %1:%2 (seulement %3), le listener %4 prend donc la connexion ; %5.</translation>
    </message>
    <message>
        <source>TLS with SNI (none), ALPN %1</source>
        <translation>TLS sans SNI, ALPN %1</translation>
    </message>
    <message>
        <source>TLS with SNI (none)</source>
        <translation>TLS sans SNI</translation>
    </message>
    <message>
        <source>TLS with SNI %1, ALPN %2</source>
        <translation>TLS avec SNI %1, ALPN %2</translation>
    </message>
    <message>
        <source>TLS with SNI %1</source>
        <translation>TLS avec SNI %1</translation>
    </message>
    <message>
        <source>Plaintext HTTP</source>
        <translation>HTTP en clair</translation>
    </message>
    <message>
        <source>Raw TCP</source>
        <translation>TCP brut</translation>
    </message>
    <message>
        <source>%1 → route %2</source>
        <translation>%1 → route %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 to %2 selects the filter chain for %3, of %4 (ServiceEntry %5).</source>
        <translation>%1 vers %2 choisit la filter chain pour %3, de %4 (ServiceEntry %5).</translation>
    </message>
    <message>
        <source>%1 to %2 selects the filter chain for %3, of %4 (ServiceEntry %5) among: %6.</source>
        <translation>%1 vers %2 choisit la filter chain pour %3, de %4 (ServiceEntry %5) parmi : %6.</translation>
    </message>
    <message>
        <source>%1 to %2 matches no other chain; the listener&apos;s default chain takes it: the match-all chain of %3 (ServiceEntry %4, %5).</source>
        <translation>%1 vers %2 ne correspond à aucune autre chain ; la chain par défaut du listener la prend : la chain match-all de %3 (ServiceEntry %4, %5).</translation>
    </message>
    <message>
        <source>%1 to %2 matches no other chain; the listener&apos;s default chain takes it: the match-all chain of %3 (ServiceEntry %4, %5, no addresses).</source>
        <translation>%1 vers %2 ne correspond à aucune autre chain ; la chain par défaut du listener la prend : la chain match-all de %3 (ServiceEntry %4, %5, sans adresses).</translation>
    </message>
    <message>
        <source>%1 to %2 matches none of: %3; the listener&apos;s default chain takes it: the match-all chain of %4 (ServiceEntry %5, %6).</source>
        <translation>%1 vers %2 ne correspond à aucune de : %3 ; la chain par défaut du listener la prend : la chain match-all de %4 (ServiceEntry %5, %6).</translation>
    </message>
    <message>
        <source>%1 to %2 matches none of: %3; the listener&apos;s default chain takes it: the match-all chain of %4 (ServiceEntry %5, %6, no addresses).</source>
        <translation>%1 vers %2 ne correspond à aucune de : %3 ; la chain par défaut du listener la prend : la chain match-all de %4 (ServiceEntry %5, %6, sans adresses).</translation>
    </message>
    <message>
        <source>no service of the scope has host %1 with port %2</source>
        <translation>aucun service du scope n’a l’hôte %1 avec le port %2</translation>
    </message>
    <message>
        <source>ServiceEntry %1 keeps the host %2 and the ports of %3 were not merged into it (%4)</source>
        <translation>le ServiceEntry %1 garde l’hôte %2 et les ports de %3 n’y ont pas été fusionnés (%4)</translation>
    </message>
    <message>
        <source>ServiceEntry %1 keeps the host %2 and the ports of %3 were not merged into it</source>
        <translation>le ServiceEntry %1 garde l’hôte %2 et les ports de %3 n’y ont pas été fusionnés</translation>
    </message>
    <message>
        <source>ORIGINAL_DST: the connection goes on to the address the application dialled</source>
        <translation>ORIGINAL_DST : la connexion continue vers l’adresse que l’application a composée</translation>
    </message>
    <message>
        <source>ORIGINAL_DST: the connection goes on to the address the application dialled, port rewritten to %1 (targetPort)</source>
        <translation>ORIGINAL_DST : la connexion continue vers l’adresse que l’application a composée, port réécrit en %1 (targetPort)</translation>
    </message>
    <message>
        <source>dynamic forward proxy: Envoy resolves the name the client sends</source>
        <translation>dynamic forward proxy : Envoy résout le nom que le client envoie</translation>
    </message>
    <message>
        <source>of an unknown resolution</source>
        <translation>d’une resolution inconnue</translation>
    </message>
    <message>
        <source>; %1 selected workload Istio makes no endpoint of (%2)</source>
        <translation> ; %1 workload sélectionné dont Istio ne fait aucun endpoint (%2)</translation>
    </message>
    <message>
        <source>; %1 selected workloads Istio makes no endpoint of (%2, …)</source>
        <translation> ; %1 workloads sélectionnés dont Istio ne fait aucun endpoint (%2, …)</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4%5.</source>
        <translation>Cluster %1 du ServiceEntry %2 (resolution %3) : %4%5.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoint %5%6.</source>
        <translation>Cluster %1 du ServiceEntry %2 (resolution %3) : %4, endpoint %5%6.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoints %5%6.</source>
        <translation>Cluster %1 du ServiceEntry %2 (resolution %3) : %4, endpoints %5%6.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoints %5 and %6 more%7.</source>
        <translation>Cluster %1 du ServiceEntry %2 (resolution %3) : %4, endpoints %5 et %6 autres%7.</translation>
    </message>
    <message>
        <source>Cluster %1 of ServiceEntry %2 (resolution %3): %4, no endpoints (connections fail)%5.</source>
        <translation>Cluster %1 du ServiceEntry %2 (resolution %3) : %4, aucun endpoint (les connexions échouent)%5.</translation>
    </message>
    <message>
        <source>port %1 declares no protocol, so Istio sniffs it; the request is sent as %2 (give the protocol to send something else)</source>
        <translation>le port %1 ne déclare aucun protocole, Istio le détecte donc par sniffing ; la requête est envoyée en %2 (indiquez le protocole pour envoyer autre chose)</translation>
    </message>
    <message>
        <source>port %1 declares no protocol, so Istio sniffs it; the request is sent as %2 after the port name %3 (give the protocol to send something else)</source>
        <translation>le port %1 ne déclare aucun protocole, Istio le détecte donc par sniffing ; la requête est envoyée en %2 d’après le nom de port %3 (indiquez le protocole pour envoyer autre chose)</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1 (Istio&apos;s default; no mesh config given).</source>
        <translation>Politique de trafic sortant %1 (la valeur par défaut d’Istio ; aucune configuration du mesh fournie).</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from the mesh config %2.</source>
        <translation>Politique de trafic sortant %1, de la configuration du mesh %2.</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2; unknown destinations go to the egress proxy %3.</source>
        <translation>Politique de trafic sortant %1, du Sidecar %2 ; les destinations inconnues vont au proxy egress %3.</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2 (a Sidecar policy without a mode means REGISTRY_ONLY).</source>
        <translation>Politique de trafic sortant %1, du Sidecar %2 (une politique de Sidecar sans mode signifie REGISTRY_ONLY).</translation>
    </message>
    <message>
        <source>Outbound traffic policy %1, from Sidecar %2.</source>
        <translation>Politique de trafic sortant %1, du Sidecar %2.</translation>
    </message>
    <message>
        <source>Sidecar %1 egress[%2] sets bind or captureMode, which MeshEntry does not model (ISTIO-ROUTING.md §9): its listeners are shown as if captured by iptables</source>
        <translation>Le Sidecar %1 egress[%2] définit bind ou captureMode, que MeshEntry ne modélise pas (ISTIO-ROUTING.md §9) : ses listeners sont montrés comme s’ils étaient capturés par iptables</translation>
    </message>
    <message>
        <source>Sidecar %1 egress[%2] makes port %3 an HTTP_PROXY port, which MeshEntry does not model</source>
        <translation>Le Sidecar %1 egress[%2] fait du port %3 un port HTTP_PROXY, que MeshEntry ne modélise pas</translation>
    </message>
    <message>
        <source>Sidecar %1 applies instead to workloads with the labels %2; this answer is for the others</source>
        <translation>Le Sidecar %1 s’applique plutôt aux workloads portant les labels %2 ; cette réponse vaut pour les autres</translation>
    </message>
    <message>
        <source>no ServiceEntry declares port %1: the request is sent as %2</source>
        <translation>aucun ServiceEntry ne déclare le port %1 : la requête est envoyée en %2</translation>
    </message>
    <message>
        <source>no ServiceEntry declares port %1 for %2: the request is sent as %3</source>
        <translation>aucun ServiceEntry ne déclare le port %1 pour %2 : la requête est envoyée en %3</translation>
    </message>
    <message>
        <source>%1 is somewhere in %2; assumed %3</source>
        <translation>%1 se trouve quelque part dans %2 ; supposé : %3</translation>
    </message>
    <message>
        <source>without DNS capture the application looks %1 up in the cluster&apos;s DNS; assumed it gets the address the ServiceEntry declares</source>
        <translation>sans capture DNS, l’application cherche %1 dans le DNS du cluster ; supposé qu’elle obtient l’adresse que déclare le ServiceEntry</translation>
    </message>
    <message>
        <source>the address auto-allocated to %1 (240.240.0.0/16) is not in status.addresses of ServiceEntry %2; it is shown as %3</source>
        <translation>l’adresse allouée automatiquement à %1 (240.240.0.0/16) n’est pas dans status.addresses du ServiceEntry %2 ; elle est montrée comme %3</translation>
    </message>
    <message>
        <source>No address and no host were given; the request goes to %1:%2 over %3.</source>
        <translation>Ni adresse ni hôte n’ont été donnés ; la requête va à %1:%2 en %3.</translation>
    </message>
    <message>
        <source>the destination address is not known: assumed %1, an address no ServiceEntry declares</source>
        <translation>l’adresse de destination n’est pas connue : supposé %1, une adresse qu’aucun ServiceEntry ne déclare</translation>
    </message>
    <message>
        <source>No ServiceEntry gives %1 an address; the request goes to %2:%3 over %4.</source>
        <translation>Aucun ServiceEntry ne donne d’adresse à %1 ; la requête va à %2:%3 en %4.</translation>
    </message>
    <message>
        <source>the application dials whatever DNS answers for %1: assumed %2, an address no ServiceEntry declares</source>
        <translation>l’application compose ce que le DNS répond pour %1 : supposé %2, une adresse qu’aucun ServiceEntry ne déclare</translation>
    </message>
    <message>
        <source>Kubernetes Services are not in the files: a Service %1 would take the host from a ServiceEntry in its namespace and add its own listeners</source>
        <translation>les Services Kubernetes ne sont pas dans les fichiers : un Service %1 prendrait l’hôte à un ServiceEntry de son namespace et ajouterait ses propres listeners</translation>
    </message>
    <message>
        <source>the labels of namespace %1 are not known: serviceEntryVisibility may narrow the exportTo of %2</source>
        <translation>les labels du namespace %1 ne sont pas connus : serviceEntryVisibility peut restreindre l’exportTo de %2</translation>
    </message>
    <message>
        <source>ServiceEntry %1 does not export %2 to %3 (exportTo %4, narrowed to %5 by serviceEntryVisibility).</source>
        <translation>Le ServiceEntry %1 n’exporte pas %2 vers %3 (exportTo %4, restreint à %5 par serviceEntryVisibility).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 does not export %2 to %3 (exportTo %4).</source>
        <translation>Le ServiceEntry %1 n’exporte pas %2 vers %3 (exportTo %4).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 exports %2 to %3 (exportTo %4).</source>
        <translation>Le ServiceEntry %1 exporte %2 vers %3 (exportTo %4).</translation>
    </message>
    <message>
        <source>ServiceEntry %1 exports %2 to %3 (exportTo %4, the mesh default).</source>
        <translation>Le ServiceEntry %1 exporte %2 vers %3 (exportTo %4, la valeur par défaut du mesh).</translation>
    </message>
    <message>
        <source>Port %1 is the sidecar&apos;s own outbound port: the connection goes to BlackHoleCluster so it cannot loop.</source>
        <translation>Le port %1 est le port sortant du sidecar lui-même : la connexion va à BlackHoleCluster pour ne pas boucler.</translation>
    </message>
    <message>
        <source>Port %1 is the sidecar&apos;s own inbound port: the connection goes to BlackHoleCluster so it cannot loop.</source>
        <translation>Le port %1 est le port entrant du sidecar lui-même : la connexion va à BlackHoleCluster pour ne pas boucler.</translation>
    </message>
    <message>
        <source>No listener has %1:%2 (no listener on port %2 at all): the connection goes to virtualOutbound (0.0.0.0_%3).</source>
        <translation>Aucun listener n’a %1:%2 (aucun listener sur le port %2) : la connexion va à virtualOutbound (0.0.0.0_%3).</translation>
    </message>
    <message>
        <source>No listener has %1:%2 (only %3): the connection goes to virtualOutbound (0.0.0.0_%4).</source>
        <translation>Aucun listener n’a %1:%2 (seulement %3) : la connexion va à virtualOutbound (0.0.0.0_%4).</translation>
    </message>
    <message>
        <source>The chain is an HTTP connection manager, but the client sends TLS: the connection fails.</source>
        <translation>La chain est un HTTP connection manager, mais le client envoie du TLS : la connexion échoue.</translation>
    </message>
    <message>
        <source>The chain is an HTTP connection manager, but the client sends raw TCP: the connection fails.</source>
        <translation>La chain est un HTTP connection manager, mais le client envoie du TCP brut : la connexion échoue.</translation>
    </message>
    <message>
        <source>Route %1 belongs to the sniffed listener of one service: its virtual host takes any Host.</source>
        <translation>La route %1 appartient au listener à détection d’un seul service : son hôte virtuel accepte tout Host.</translation>
    </message>
    <message>
        <source>Route %1 is shared by the HTTP services on port %1 (1 virtual host and the catch-all).</source>
        <translation>La route %1 est partagée par les services HTTP du port %1 (1 hôte virtuel et le catch-all).</translation>
    </message>
    <message>
        <source>Route %1 is shared by the HTTP services on port %1 (%2 virtual hosts and the catch-all).</source>
        <translation>La route %1 est partagée par les services HTTP du port %1 (%2 hôtes virtuels et le catch-all).</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the exact domain %3.</source>
        <translation>L’hôte %1 choisit l’hôte virtuel %2 par le domaine exact %3.</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the longest suffix wildcard %3.</source>
        <translation>L’hôte %1 choisit l’hôte virtuel %2 par le plus long joker de suffixe %3.</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the longest prefix wildcard %3.</source>
        <translation>L’hôte %1 choisit l’hôte virtuel %2 par le plus long joker de préfixe %3.</translation>
    </message>
    <message>
        <source>Host %1 selects the virtual host %2 by the domain *.</source>
        <translation>L’hôte %1 choisit l’hôte virtuel %2 par le domaine *.</translation>
    </message>
    <message>
        <source>No virtual host has the domain %1: the catch-all %2 (%3) answers 502.</source>
        <translation>Aucun hôte virtuel n’a le domaine %1 : le catch-all %2 (%3) répond 502.</translation>
    </message>
    <message>
        <source>No virtual host has the domain %1: the catch-all %2 (%3) sends it to %4.</source>
        <translation>Aucun hôte virtuel n’a le domaine %1 : le catch-all %2 (%3) l’envoie à %4.</translation>
    </message>
    <message>
        <source>%1: REGISTRY_ONLY closes the connection.</source>
        <translation>%1 : REGISTRY_ONLY ferme la connexion.</translation>
    </message>
    <message>
        <source>%1: %2 lets it leave the mesh to %3:%4 as it is.</source>
        <translation>%1 : %2 la laisse quitter le mesh telle quelle vers %3:%4.</translation>
    </message>
    <message>
        <source>%1: ALLOW_ANY sends it to the egress proxy.</source>
        <translation>%1 : ALLOW_ANY l’envoie au proxy egress.</translation>
    </message>
    <message>
        <source>the request reaches cluster %1, which istiod does not build</source>
        <translation>la requête atteint le cluster %1, qu’istiod ne construit pas</translation>
    </message>
    <message>
        <source>Pods are not in the files: the workloadSelector of ServiceEntry %1 may select Pods too</source>
        <translation>les Pods ne sont pas dans les fichiers : le workloadSelector du ServiceEntry %1 peut aussi sélectionner des Pods</translation>
    </message>
    <message>
        <source>the ports they add are lost</source>
        <translation>les ports qu’ils ajoutent sont perdus</translation>
    </message>
    <message>
        <source>port %1 of this ServiceEntry is lost</source>
        <translation>le port %1 de ce ServiceEntry est perdu</translation>
    </message>
    <message>
        <source>ports %1 of this ServiceEntry are lost</source>
        <translation>les ports %1 de ce ServiceEntry sont perdus</translation>
    </message>
    <message>
        <source>port %1 of %2 is lost</source>
        <translation>le port %1 de %2 est perdu</translation>
    </message>
    <message>
        <source>ports %1 of %2 are lost</source>
        <translation>les ports %1 de %2 sont perdus</translation>
    </message>
    <message>
        <source>this ServiceEntry</source>
        <translation>ce ServiceEntry</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 autres</translation>
    </message>
    <message>
        <source>host %1 is also defined in namespace %2 by %3, and Istio merges ServiceEntries of one host and namespace only when resolution, labels, workloadSelector and exportTo agree: it keeps %4 for the host (%5), and %6 (sidecars get %7)</source>
        <translation>l’hôte %1 est aussi défini dans le namespace %2 par %3, et Istio ne fusionne les ServiceEntries d’un même hôte et namespace que si resolution, labels, workloadSelector et exportTo concordent : il garde %4 pour l’hôte (%5), et %6 (les sidecars reçoivent %7)</translation>
    </message>
    <message>
        <source>a listener but no cluster for it</source>
        <translation>un listener mais aucun cluster pour lui</translation>
    </message>
    <message>
        <source>listeners but no cluster for them</source>
        <translation>des listeners mais aucun cluster pour eux</translation>
    </message>
    <message>
        <source>metadata.labels differ: %1=%2 here, %1=%3 there</source>
        <translation>metadata.labels diffèrent : %1=%2 ici, %1=%3 là-bas</translation>
    </message>
    <message>
        <source>metadata.labels differ: %1=%2 here, no %1 there</source>
        <translation>metadata.labels diffèrent : %1=%2 ici, pas de %1 là-bas</translation>
    </message>
    <message>
        <source>metadata.labels differ: no %1 here, %1=%2 there</source>
        <translation>metadata.labels diffèrent : pas de %1 ici, %1=%2 là-bas</translation>
    </message>
    <message>
        <source>workloadSelector differs: %1=%2 here, %1=%3 there</source>
        <translation>workloadSelector diffère : %1=%2 ici, %1=%3 là-bas</translation>
    </message>
    <message>
        <source>workloadSelector differs: %1=%2 here, no %1 there</source>
        <translation>workloadSelector diffère : %1=%2 ici, pas de %1 là-bas</translation>
    </message>
    <message>
        <source>workloadSelector differs: no %1 here, %1=%2 there</source>
        <translation>workloadSelector diffère : pas de %1 ici, %1=%2 là-bas</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>resolution differs: %1 here, %2 there</source>
        <translation>resolution diffère : %1 ici, %2 là-bas</translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation>aucun protocole</translation>
    </message>
    <message>
        <source>the ServiceEntry declares the port number twice, and the first one wins</source>
        <translation>le ServiceEntry déclare deux fois le numéro de port, et le premier l’emporte</translation>
    </message>
    <message>
        <source>its address is listed earlier in the same ServiceEntry</source>
        <translation>son adresse figure plus tôt dans le même ServiceEntry</translation>
    </message>
    <message>
        <source>hosts of one ServiceEntry are ordered by name, and %1 sorts before %2</source>
        <translation>les hôtes d’un ServiceEntry sont triés par nom, et %1 passe avant %2</translation>
    </message>
    <message>
        <source>it is exported to the namespace explicitly, which puts it before public entries</source>
        <translation>il est exporté explicitement vers le namespace, ce qui le place avant les entrées publiques</translation>
    </message>
    <message>
        <source>it was created earlier</source>
        <translation>il a été créé plus tôt</translation>
    </message>
    <message>
        <source>the older one wins; neither has a creationTimestamp, so the first by name is assumed</source>
        <translation>le plus ancien l’emporte ; aucun n’a de creationTimestamp, on suppose donc le premier par nom</translation>
    </message>
    <message>
        <source>both were created in the same second, so Istio may keep either; the first by name is assumed</source>
        <translation>les deux ont été créés dans la même seconde, Istio peut donc garder l’un ou l’autre ; on suppose le premier par nom</translation>
    </message>
    <message>
        <source>ServiceEntry %1 (%2)</source>
        <translation>ServiceEntry %1 (%2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>phase Failed: Istio does not watch failed Pods</source>
        <translation>phase Failed : Istio ne surveille pas les Pods en échec</translation>
    </message>
    <message>
        <source>phase Succeeded: a completed Pod is never an endpoint</source>
        <translation>phase Succeeded : un Pod terminé n’est jamais un endpoint</translation>
    </message>
    <message>
        <source>terminating (metadata.deletionTimestamp is set)</source>
        <translation>en cours d’arrêt (metadata.deletionTimestamp est défini)</translation>
    </message>
    <message>
        <source>no Pod IP yet (status.podIP is empty)</source>
        <translation>pas encore d’IP de Pod (status.podIP est vide)</translation>
    </message>
    <message>
        <source>no Ready condition: Istio only adds Pods whose Ready condition is True</source>
        <translation>pas de condition Ready : Istio n’ajoute que les Pods dont la condition Ready est True</translation>
    </message>
    <message>
        <source>not ready (condition Ready is False)</source>
        <translation>pas prêt (condition Ready à False)</translation>
    </message>
    <message>
        <source>readiness unknown (condition Ready is Unknown)</source>
        <translation>disponibilité inconnue (condition Ready à Unknown)</translation>
    </message>
    <message>
        <source>health checks are on (proxy.istio.io/health-checks-enabled) and the Healthy condition is %1</source>
        <translation>les health checks sont activés (proxy.istio.io/health-checks-enabled) et la condition Healthy est %1</translation>
    </message>
    <message>
        <source>address %1 is a Unix socket: only DNS and DNS_ROUND_ROBIN entries use it, not %2</source>
        <translation>l’adresse %1 est un socket Unix : seules les entrées DNS et DNS_ROUND_ROBIN l’utilisent, pas %2</translation>
    </message>
    <message>
        <source>address %1 is a host name: only DNS and DNS_ROUND_ROBIN entries use it, not %2</source>
        <translation>l’adresse %1 est un nom d’hôte : seules les entrées DNS et DNS_ROUND_ROBIN l’utilisent, pas %2</translation>
    </message>
    <message>
        <source>The address is a Unix socket: the endpoint has no port.</source>
        <translation>L’adresse est un socket Unix : l’endpoint n’a pas de port.</translation>
    </message>
    <message>
        <source>The WorkloadEntry&apos;s ports[%1] (%2) overrides the ServiceEntry port&apos;s targetPort and number.</source>
        <translation>ports[%1] (%2) du WorkloadEntry remplace targetPort et number du port du ServiceEntry.</translation>
    </message>
    <message>
        <source>The Pod&apos;s container port named %1 (%2) overrides the ServiceEntry port&apos;s targetPort and number.</source>
        <translation>Le port de conteneur %1 (%2) du Pod remplace targetPort et number du port du ServiceEntry.</translation>
    </message>
    <message>
        <source>No workload port is named %1, so the ServiceEntry port&apos;s targetPort (%2) is used.</source>
        <translation>Aucun port du workload ne s’appelle %1 : le targetPort (%2) du port du ServiceEntry est utilisé.</translation>
    </message>
    <message>
        <source>No workload port is named %1 and targetPort is unset, so the port number (%2) is used.</source>
        <translation>Aucun port du workload ne s’appelle %1 et targetPort n’est pas défini : le numéro de port (%2) est utilisé.</translation>
    </message>
    <message>
        <source>no workloadSelector: the endpoints are spec.endpoints, not selected workloads</source>
        <translation>pas de workloadSelector : les endpoints sont spec.endpoints, pas des workloads sélectionnés</translation>
    </message>
    <message>
        <source>the workloadSelector has no labels: it selects every workload in namespace %1</source>
        <translation>le workloadSelector n’a pas de labels : il sélectionne tous les workloads du namespace %1</translation>
    </message>
    <message>
        <source>resolution NONE: Istio builds these endpoints, but sidecars send requests to their original destination address instead of balancing over them; use STATIC (or DNS for host names)</source>
        <translation>resolution NONE : Istio construit ces endpoints, mais les sidecars envoient les requêtes à leur adresse de destination d’origine au lieu de les répartir entre eux ; utilisez STATIC (ou DNS pour des noms d’hôte)</translation>
    </message>
    <message>
        <source>unknown resolution: Istio rejects the entry</source>
        <translation>resolution inconnue : Istio rejette l’entrée</translation>
    </message>
    <message>
        <source>DNS_ROUND_ROBIN uses only the first endpoint of each port: %1 of the %2 ready workloads are not used</source>
        <translation>DNS_ROUND_ROBIN n’utilise que le premier endpoint de chaque port : %1 des %2 workloads prêts ne sont pas utilisés</translation>
    </message>
    <message>
        <source>the ServiceEntry has no ports: Istio builds no endpoints</source>
        <translation>le ServiceEntry n’a pas de ports : Istio ne construit aucun endpoint</translation>
    </message>
    <message>
        <source>the selector matches no Pod or WorkloadEntry in namespace %1</source>
        <translation>le sélecteur ne correspond à aucun Pod ni WorkloadEntry du namespace %1</translation>
    </message>
    <message>
        <source>none of the %1 selected workloads is used: see the reasons</source>
        <translation>aucun des %1 workloads sélectionnés n’est utilisé : voir les raisons</translation>
    </message>
    <message>
        <source>serviceEntryVisibility depends on the labels of namespace %1, which are not known: visibleIn follows exportTo alone</source>
        <translation>serviceEntryVisibility dépend des labels du namespace %1, qui ne sont pas connus : visibleIn suit exportTo seul</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and %1 sorts before %2</source>
        <translation>aucun n’a de creationTimestamp, et %1 passe avant %2</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and namespace %1 sorts before %2</source>
        <translation>aucun n’a de creationTimestamp, et le namespace %1 passe avant %2</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and name %1 sorts before %2</source>
        <translation>aucun n’a de creationTimestamp, et le nom %1 passe avant %2</translation>
    </message>
    <message>
        <source>neither has a creationTimestamp, and it comes first in the files</source>
        <translation>aucun n’a de creationTimestamp, et il vient en premier dans les fichiers</translation>
    </message>
    <message>
        <source>both were created in the same second, and %1 sorts before %2</source>
        <translation>les deux ont été créés dans la même seconde, et %1 passe avant %2</translation>
    </message>
    <message>
        <source>both were created in the same second, and namespace %1 sorts before %2</source>
        <translation>les deux ont été créés dans la même seconde, et le namespace %1 passe avant %2</translation>
    </message>
    <message>
        <source>both were created in the same second, and name %1 sorts before %2</source>
        <translation>les deux ont été créés dans la même seconde, et le nom %1 passe avant %2</translation>
    </message>
    <message>
        <source>both were created in the same second, and it comes first in the files</source>
        <translation>les deux ont été créés dans la même seconde, et il vient en premier dans les fichiers</translation>
    </message>
    <message>
        <source>port %1 of %2 (%3) gets no listener: %4</source>
        <translation>le port %1 de %2 (%3) n’a pas de listener : %4</translation>
    </message>
    <message>
        <source>the filter chain of %1 (%2) on %3 was dropped: %4 (%5) has the same match</source>
        <translation>la filter chain de %1 (%2) sur %3 a été abandonnée : %4 (%5) a la même correspondance</translation>
    </message>
    <message>
        <source>egressProxy is only used with mode ALLOW_ANY</source>
        <translation>egressProxy n’est utilisé qu’avec le mode ALLOW_ANY</translation>
    </message>
    <message>
        <source>namespaces differ</source>
        <translation>les namespaces diffèrent</translation>
    </message>
    <message>
        <source>resolutions differ</source>
        <translation>les resolutions diffèrent</translation>
    </message>
    <message>
        <source>labels differ</source>
        <translation>les labels diffèrent</translation>
    </message>
    <message>
        <source>workloadSelectors differ</source>
        <translation>les workloadSelectors diffèrent</translation>
    </message>
    <message>
        <source>exportTo differs</source>
        <translation>exportTo diffère</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <source>exportTo differs: %1 here, %2 there</source>
        <translation>exportTo diffère : %1 ici, %2 là-bas</translation>
    </message>
    <message>
        <source>serviceEntryVisibility narrows exportTo %1 of namespace %2 to %3</source>
        <translation>serviceEntryVisibility restreint l’exportTo %1 du namespace %2 à %3</translation>
    </message>
    <message>
        <source>not exported to %1 (exportTo %2)</source>
        <translation>non exporté vers %1 (exportTo %2)</translation>
    </message>
    <message>
        <source>ServiceEntry %1 defines the host first in %2; the ports of this entry are not merged (%3)</source>
        <translation>Le ServiceEntry %1 définit l’hôte en premier dans %2 ; les ports de cette entrée ne sont pas fusionnés (%3)</translation>
    </message>
    <message>
        <source>ServiceEntry %1 defines the host first in %2 with the same ports</source>
        <translation>Le ServiceEntry %1 définit l’hôte en premier dans %2, avec les mêmes ports</translation>
    </message>
    <message>
        <source>excluded by Sidecar %1 (egress host &quot;%2&quot;)</source>
        <translation>exclu par le Sidecar %1 (hôte egress &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Sidecar %1 does not import it</source>
        <translation>le Sidecar %1 ne l’importe pas</translation>
    </message>
    <message>
        <source>Sidecar %1 imports it only on port %2, which it does not have</source>
        <translation>le Sidecar %1 ne l’importe que sur le port %2, qu’il n’a pas</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>shadowed by the entry in %1&apos;s own namespace (%2)</source>
        <translation>masqué par l’entrée du namespace propre à %1 (%2)</translation>
    </message>
    <message>
        <source>shadowed by %1, exported to %2 explicitly</source>
        <translation>masqué par %1, exporté explicitement vers %2</translation>
    </message>
    <message>
        <source>shadowed by %1, which comes first in creation order</source>
        <translation>masqué par %1, qui vient en premier dans l’ordre de création</translation>
    </message>
    <message>
        <source>no ServiceEntry in %1 defines %2</source>
        <translation>aucun ServiceEntry de %1 ne définit %2</translation>
    </message>
    <message>
        <source>%1 sees %2 from ServiceEntry %3</source>
        <translation>%1 voit %2 depuis le ServiceEntry %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked for %1); set KUBECONFIG or pass --kubeconfig</source>
        <translation>aucune kubeconfig trouvée (cherchée : %1) ; définissez KUBECONFIG ou passez --kubeconfig</translation>
    </message>
    <message>
        <source>no context chosen: the kubeconfig sets no current-context (choose one with --context)</source>
        <translation>aucun contexte choisi : la kubeconfig ne définit pas de current-context (choisissez-en un avec --context)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>le contexte « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>invalid configuration: %1</source>
        <translation>configuration invalide : %1</translation>
    </message>
    <message>
        <source>cluster was not specified for context &quot;%1&quot;</source>
        <translation>aucun cluster n’est indiqué pour le contexte « %1 »</translation>
    </message>
    <message>
        <source>user was not specified for context &quot;%1&quot;</source>
        <translation>aucun utilisateur n’est indiqué pour le contexte « %1 »</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; for context &quot;%2&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>le namespace « %1 » du contexte « %2 » n’est pas conforme aux règles DNS_LABEL de Kubernetes</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>le cluster « %1 » du contexte « %2 » est introuvable</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found for context &quot;%2&quot;</source>
        <translation>l’utilisateur « %1 » du contexte « %2 » est introuvable</translation>
    </message>
    <message>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>aucun serveur n’est indiqué pour le cluster « %1 »</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; of cluster &quot;%2&quot; is not an http or https URL</source>
        <translation>le serveur « %1 » du cluster « %2 » n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1 for %2 due to %3</source>
        <translation>impossible de lire certificate-authority %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>un fichier de certificats racine n’est pas autorisé avec insecure-skip-tls-verify</translation>
    </message>
    <message>
        <source>the certificate authority of cluster &quot;%1&quot; holds no PEM certificate</source>
        <translation>l’autorité de certification du cluster « %1 » ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>more than one authentication method found for %1; found [%2], only one is allowed</source>
        <translation>plus d’une méthode d’authentification trouvée pour %1 ; trouvées : [%2], une seule est autorisée</translation>
    </message>
    <message>
        <source>authProvider cannot be provided in combination with an exec plugin for %1</source>
        <translation>authProvider ne peut pas être indiqué avec un plugin exec pour %1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; authenticates with the auth-provider &quot;%2&quot;, which MeshEntry does not support (kubectl dropped auth providers in v1.26); use an exec credential plugin instead</source>
        <translation>l’utilisateur « %1 » s’authentifie avec l’auth-provider « %2 », que MeshEntry ne prend pas en charge (kubectl a abandonné les auth-providers dans la v1.26) ; utilisez plutôt un plugin d’identifiants exec</translation>
    </message>
    <message>
        <source>unable to read client-cert %1 for %2 due to %3</source>
        <translation>impossible de lire client-cert %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>unable to read client-key %1 for %2 due to %3</source>
        <translation>impossible de lire client-key %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>client-key-data or client-key must be specified for %1 to use the clientCert authentication method.</source>
        <translation>client-key-data ou client-key doit être indiqué pour que %1 utilise la méthode d’authentification clientCert.</translation>
    </message>
    <message>
        <source>the client certificate or key of user &quot;%1&quot; is not valid PEM</source>
        <translation>le certificat client ou la clé de l’utilisateur « %1 » n’est pas un PEM valide</translation>
    </message>
    <message>
        <source>command must be specified for %1 to use exec authentication plugin</source>
        <translation>command doit être indiqué pour que %1 utilise le plugin d’authentification exec</translation>
    </message>
    <message>
        <source>apiVersion must be specified for %1 to use exec authentication plugin</source>
        <translation>apiVersion doit être indiqué pour que %1 utilise le plugin d’authentification exec</translation>
    </message>
    <message>
        <source>exec plugin: invalid apiVersion &quot;%1&quot;</source>
        <translation>plugin exec : apiVersion « %1 » invalide</translation>
    </message>
    <message>
        <source>interactiveMode must be specified for %1 to use exec authentication plugin</source>
        <translation>interactiveMode doit être indiqué pour que %1 utilise le plugin d’authentification exec</translation>
    </message>
    <message>
        <source>env variable name must be specified for %1 to use exec authentication plugin</source>
        <translation>chaque variable env doit avoir un nom pour que %1 utilise le plugin d’authentification exec</translation>
    </message>
    <message>
        <source>cannot read tokenFile %1 of user &quot;%2&quot;: %3</source>
        <translation>impossible de lire le tokenFile %1 de l’utilisateur « %2 » : %3</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the name of this translation&apos;s language, in it</comment>
        <translation>Français</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; MeshEntry opens YAML files up to %3 MiB</source>
        <translation>%1 fait %2 Mio ; MeshEntry ouvre les fichiers YAML jusqu’à %3 Mio</translation>
    </message>
    <message>
        <source>opening %1 was cancelled</source>
        <translation>l’ouverture de %1 a été annulée</translation>
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
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Choose a fix</source>
        <translation>Choisir une correction</translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation>Corriger %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Ajouter un label…</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Add annotation…</source>
        <translation>Ajouter une annotation…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Names&amp;pace :</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>La&amp;bels :</translation>
    </message>
    <message>
        <source>API ve&amp;rsion:</source>
        <translation>&amp;Version de l’API :</translation>
    </message>
    <message>
        <source>Annotat&amp;ions:</source>
        <translation>Anno&amp;tations :</translation>
    </message>
</context>
<context>
    <name>MeshEntry::NewDocumentDialog</name>
    <message>
        <source>In a &amp;new file</source>
        <translation>Dans un &amp;nouveau fichier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>What to create</source>
        <translation>Quoi créer</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <source>A file with nothing in it yet</source>
        <translation>Un fichier qui ne contient encore rien</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>&amp;Add to %1</source>
        <translation>&amp;Ajouter à %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open from Cluster</source>
        <translation>Ouvrir depuis le cluster</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Tous les namespaces</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace :</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Kinds :</translation>
    </message>
    <message>
        <source>Filter by name, namespace or host</source>
        <translation>Filtrer par nom, namespace ou hôte</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Deselect All</source>
        <translation>&amp;Désélectionner tout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Open %n Object(s)</source>
        <translation>
            <numerusform>&amp;Ouvrir %n objet</numerusform>
            <numerusform>&amp;Ouvrir %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Chargement depuis %1…</translation>
    </message>
    <message>
        <source>Nothing of these kinds in %1.</source>
        <translation>Rien de ces kinds dans %1.</translation>
    </message>
    <message>
        <source>any namespace</source>
        <translation>n’importe quel namespace</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s); tick the ones to open.</source>
        <translation>
            <numerusform>%n objet ; cochez ceux à ouvrir.</numerusform>
            <numerusform>%n objets ; cochez ceux à ouvrir.</numerusform>
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
        <translation>Rien n’est listé : ce contexte est inutilisable.</translation>
    </message>
</context>
<context>
    <name>MeshEntry::OpenFromClusterFlow</name>
    <message>
        <source>Open from Cluster</source>
        <translation>Ouvrir depuis le cluster</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n object(s) from context %1; the file is not saved yet.</source>
        <translation>
            <numerusform>%n objet ouvert depuis le contexte %1 ; le fichier n’est pas encore enregistré.</numerusform>
            <numerusform>%n objets ouverts depuis le contexte %1 ; le fichier n’est pas encore enregistré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OtherFieldsView</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Kept exactly as written; edit them in the YAML pane</source>
        <translation>Conservés exactement tels qu’écrits ; modifiez-les dans le volet YAML</translation>
    </message>
</context>
<context>
    <name>MeshEntry::OutlineModel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Document %1 (syntax error)</source>
        <translation>Document %1 (erreur de syntaxe)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No kind</source>
        <translation>Pas de kind</translation>
    </message>
    <message>
        <source>Starts on line %1</source>
        <translation>Commence ligne %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>Erreur de syntaxe YAML : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeshEntry::OutlineView</name>
    <message>
        <source>Filter by name, namespace or kind</source>
        <translation>Filtrer par nom, namespace ou kind</translation>
    </message>
    <message>
        <source>Outline filter</source>
        <translation>Filtre du plan</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No document matches “%1”.</source>
        <translation>Aucun document ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Shows only the documents whose name, namespace or kind contains the text</source>
        <translation>N’affiche que les documents dont le nom, le namespace ou le kind contient le texte</translation>
    </message>
    <message>
        <source>The open files and their documents; a document&apos;s tooltip counts its errors and warnings</source>
        <translation>Les fichiers ouverts et leurs documents ; l’info-bulle d’un document compte ses erreurs et avertissements</translation>
    </message>
</context>
<context>
    <name>MeshEntry::PortsTable</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Port cible</translation>
    </message>
    <message>
        <source>Add port…</source>
        <translation>Ajouter un port…</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>détection</translation>
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
        <translation>Enregistrer les modifications non enregistrées toutes les 30 secondes pour la récupération après plantage</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Colour scheme:</source>
        <translation>Jeu de couleurs :</translation>
    </message>
    <message>
        <source>YAML font size:</source>
        <translation>Taille de police YAML :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RecentFiles</name>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RegularFile</name>
    <message>
        <source>%1 is a named pipe; MeshEntry opens regular files only</source>
        <translation>%1 est un tube nommé ; MeshEntry n’ouvre que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 is a socket; MeshEntry opens regular files only</source>
        <translation>%1 est un socket ; MeshEntry n’ouvre que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 is a device; MeshEntry opens regular files only</source>
        <translation>%1 est un périphérique ; MeshEntry n’ouvre que des fichiers ordinaires</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RequestTesterPanel</name>
    <message>
        <source>The namespace of the sidecar that sends the request.</source>
        <translation>Le namespace du sidecar qui envoie la requête.</translation>
    </message>
    <message>
        <source>https://api.example.com, tcp://10.0.0.5:5432, api.example.com:8080</source>
        <translation>https://api.example.com, tcp://10.0.0.5:5432, api.example.com:8080</translation>
    </message>
    <message>
        <source>The scheme gives the protocol (http, https, tls, tcp) and the default port; an IP is the destination address.</source>
        <translation>Le schéma donne le protocole (http, https, tls, tcp) et le port par défaut ; une IP est l’adresse de destination.</translation>
    </message>
    <message>
        <source>From the port</source>
        <translation>D’après le port</translation>
    </message>
    <message>
        <source>https (TLS carrying HTTP)</source>
        <translation>https (TLS transportant du HTTP)</translation>
    </message>
    <message>
        <source>tcp (raw)</source>
        <translation>tcp (brut)</translation>
    </message>
    <message>
        <source>What the client sends. From the port: what the ServiceEntry port declares.</source>
        <translation>Ce qu’envoie le client. D’après le port : ce que déclare le port du ServiceEntry.</translation>
    </message>
    <message>
        <source>the HTTP Host, and the SNI for TLS</source>
        <translation>le Host HTTP, et le SNI pour TLS</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>from the entry, else undeclared</source>
        <translation>d’après l’entrée, sinon non déclarée</translation>
    </message>
    <message>
        <source>Destination IP. Empty: the address the host has in the files, else an address no entry declares.</source>
        <translation>IP de destination. Vide : l’adresse qu’a l’hôte dans les fichiers, sinon une adresse qu’aucune entrée ne déclare.</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>l’hôte</translation>
    </message>
    <message>
        <source>TLS server name; empty: the host, for tls and https.</source>
        <translation>Nom de serveur TLS ; vide : l’hôte, pour tls et https.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Type a URL such as https://api.example.com or tcp://10.0.0.5:5432.</source>
        <translation>Saisissez une URL comme https://api.example.com ou tcp://10.0.0.5:5432.</translation>
    </message>
    <message>
        <source>Pick the namespace the request comes from.</source>
        <translation>Choisissez le namespace d’où vient la requête.</translation>
    </message>
    <message>
        <source>Give a port.</source>
        <translation>Indiquez un port.</translation>
    </message>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 n’est pas une adresse IP.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ PassthroughCluster: leaves the mesh unchanged</source>
        <translation>→ PassthroughCluster : quitte le mesh sans changement</translation>
    </message>
    <message>
        <source>→ egress proxy %1</source>
        <translation>→ proxy d’egress %1</translation>
    </message>
    <message>
        <source>→ AllowAnyDynamicDNSCluster: Envoy resolves the host</source>
        <translation>→ AllowAnyDynamicDNSCluster : Envoy résout l’hôte</translation>
    </message>
    <message>
        <source>✕ BlackHoleCluster: the connection is closed</source>
        <translation>✕ BlackHoleCluster : la connexion est fermée</translation>
    </message>
    <message>
        <source>✕ block_all answers HTTP 502</source>
        <translation>✕ block_all répond HTTP 502</translation>
    </message>
    <message>
        <source>✕ Protocol error: TLS or raw TCP into an HTTP listener</source>
        <translation>✕ Erreur de protocole : TLS ou TCP brut vers un listener HTTP</translation>
    </message>
    <message>
        <source>✕ No virtual host: HTTP 404</source>
        <translation>✕ Pas de virtual host : HTTP 404</translation>
    </message>
    <message>
        <source>✕ No filter chain: the connection is reset</source>
        <translation>✕ Pas de filter chain : la connexion est réinitialisée</translation>
    </message>
    <message>
        <source>✕ %1 is not built: the connection fails</source>
        <translation>✕ %1 n’est pas construit : la connexion échoue</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>%1 to %2:%3</source>
        <translation>%1 vers %2:%3</translation>
    </message>
    <message>
        <source>listener %1</source>
        <translation>listener %1</translation>
    </message>
    <message>
        <source>virtual host %1</source>
        <translation>virtual host %1</translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2</source>
        <translation>ServiceEntry %1/%2</translation>
    </message>
    <message>
        <source>From namespace</source>
        <translation>Depuis le namespace</translation>
    </message>
    <message>
        <source>Destination port; empty: the scheme&apos;s default port</source>
        <translation>Port de destination ; vide : le port par défaut du schéma</translation>
    </message>
    <message>
        <source>How the sidecar handles the request, one decision a row; Enter opens its field</source>
        <translation>Comment le sidecar traite la requête, une décision par ligne ; Entrée ouvre son champ</translation>
    </message>
    <message>
        <source>Fro&amp;m namespace:</source>
        <translation>Depuis le na&amp;mespace :</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>Re&amp;quête :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>SNI:</source>
        <translation>SNI :</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ResourceForm</name>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <source>This form does not edit these keys. They are kept exactly as written; change them in the YAML.</source>
        <translation>Ce formulaire ne modifie pas ces clés. Elles sont conservées exactement telles qu’écrites ; modifiez-les dans le YAML.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Aucun document n’est ouvert.</translation>
    </message>
    <message>
        <source>The document is no longer in the file.</source>
        <translation>Le document n’est plus dans le fichier.</translation>
    </message>
    <message>
        <source>YAML syntax error at line %1, column %2: %3. The form is read-only until the YAML is fixed.</source>
        <translation>Erreur de syntaxe YAML ligne %1, colonne %2 : %3. Le formulaire est en lecture seule jusqu’à ce que le YAML soit corrigé.</translation>
    </message>
    <message>
        <source>This document is a %1; the %2 form does not edit it.</source>
        <translation>Ce document est un %1 ; le formulaire %2 ne le modifie pas.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RevalidationController</name>
    <message>
        <source>Revalidating</source>
        <translation>Nouvelle validation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Revalidating for the new mesh settings… %1 of %2 documents</source>
        <translation>Nouvelle validation pour les nouveaux paramètres du mesh… %1 documents sur %2</translation>
    </message>
    <message>
        <source>Checking across documents for the new mesh settings… %1 of %2 documents</source>
        <translation>Vérifications entre documents pour les nouveaux paramètres du mesh… %1 documents sur %2</translation>
    </message>
    <message>
        <source>Revalidated for the new mesh settings</source>
        <translation>Revalidé pour les nouveaux paramètres du mesh</translation>
    </message>
    <message>
        <source>Revalidation cancelled: the findings are still those of the previous mesh settings</source>
        <translation>Nouvelle validation annulée : les constats sont toujours ceux des paramètres du mesh précédents</translation>
    </message>
    <message>
        <source>⚠ Findings: previous mesh settings</source>
        <translation>⚠ Constats : paramètres du mesh précédents</translation>
    </message>
    <message>
        <source>The revalidation for the new mesh settings was cancelled: Revalidate in the Diagnostics panel</source>
        <translation>La nouvelle validation pour les nouveaux paramètres du mesh a été annulée : Revalider dans le panneau Diagnostics</translation>
    </message>
    <message>
        <source>These findings are for the previous mesh settings: their revalidation was cancelled. Matching and routing use the new ones.</source>
        <translation>Ces constats correspondent aux paramètres du mesh précédents : leur nouvelle validation a été annulée. La correspondance et le routage utilisent déjà les nouveaux.</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>ServiceEntries in namespace %1 whose selector labels %2 carries</source>
        <translation>ServiceEntries du namespace %1 dont %2 porte les labels du sélecteur</translation>
    </message>
    <message>
        <source>ServiceEntries in namespace %1 whose selector misses %2 by exactly one label</source>
        <translation>ServiceEntries du namespace %1 dont le sélecteur manque %2 d’exactement un label</translation>
    </message>
    <message>
        <source>ServiceEntries in other namespaces whose selector %1 satisfies: a selector never crosses namespaces</source>
        <translation>ServiceEntries d’autres namespaces dont %1 satisfait le sélecteur : un sélecteur ne traverse jamais les namespaces</translation>
    </message>
    <message>
        <source>Selector: %1</source>
        <translation>Sélecteur : %1</translation>
    </message>
    <message>
        <source>(empty: every workload)</source>
        <translation>(vide : tous les workloads)</translation>
    </message>
    <message>
        <source>Selects it; Istio uses it</source>
        <translation>Le sélectionne ; Istio l’utilise</translation>
    </message>
    <message>
        <source>Selects it, but </source>
        <translation>Le sélectionne, mais </translation>
    </message>
    <message>
        <source>wants label %1=%2, which it lacks</source>
        <translation>exige le label %1=%2, qui lui manque</translation>
    </message>
    <message>
        <source>wants %1=%2, it has %3</source>
        <translation>exige %1=%2, il a %3</translation>
    </message>
    <message>
        <source>in namespace %1, not %2</source>
        <translation>dans le namespace %1, pas %2</translation>
    </message>
    <message>
        <source>Selected by: %1</source>
        <translation>Sélectionné par : %1</translation>
    </message>
    <message>
        <source>Would be selected but for one label: %1</source>
        <translation>Serait sélectionné, à un label près : %1</translation>
    </message>
    <message>
        <source>Same labels, other namespace: %1</source>
        <translation>Mêmes labels, autre namespace : %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RouteStepsModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>The answer depends on this, which the files cannot tell.</source>
        <translation>La réponse en dépend, ce que les fichiers ne peuvent pas dire.</translation>
    </message>
    <message>
        <source>Something on the way that Istio would not do as written.</source>
        <translation>Quelque chose en chemin qu’Istio ne ferait pas tel qu’écrit.</translation>
    </message>
    <message>
        <source>%1 (ISTIO-ROUTING.md %2, %3)</source>
        <translation>%1 (ISTIO-ROUTING.md %2, %3)</translation>
    </message>
    <message>
        <source>
Double-click to open %1.</source>
        <translation>
Double-cliquez pour ouvrir %1.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
</context>
<context>
    <name>MeshEntry::RoutingController</name>
    <message>
        <source>Request Tester</source>
        <translation>Testeur de requêtes</translation>
    </message>
    <message>
        <source>Visibility Map</source>
        <translation>Carte de visibilité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ScalarField</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectedWorkloadsPanel</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the ServiceEntry</source>
        <translation>Retour au ServiceEntry</translation>
    </message>
    <message>
        <source>Diagram…</source>
        <translation>Diagramme…</translation>
    </message>
    <message>
        <source>Show the ServiceEntry, its hosts and ports and the selected workloads as a diagram</source>
        <translation>Afficher le ServiceEntry, ses hôtes et ports et les workloads sélectionnés sous forme de diagramme</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import Pods and WorkloadEntries (kubectl get pods -A -o json)</source>
        <translation>Importer des Pods et des WorkloadEntries (kubectl get pods -A -o json)</translation>
    </message>
    <message>
        <source>Find a workload: namespace/name</source>
        <translation>Chercher un workload : namespace/nom</translation>
    </message>
    <message>
        <source>Find a workload</source>
        <translation>Chercher un workload</translation>
    </message>
    <message>
        <source>Selected workloads</source>
        <translation>Workloads sélectionnés</translation>
    </message>
    <message>
        <source>ServiceEntries selecting the workload</source>
        <translation>ServiceEntries qui sélectionnent le workload</translation>
    </message>
    <message>
        <source>Select a ServiceEntry to see the workloads its selector picks, or a WorkloadEntry to see the ServiceEntries that select it.</source>
        <translation>Sélectionnez un ServiceEntry pour voir les workloads que choisit son sélecteur, ou un WorkloadEntry pour voir les ServiceEntries qui le sélectionnent.</translation>
    </message>
    <message>
        <source>namespace/name of a Pod or WorkloadEntry: shows the ServiceEntries that select it</source>
        <translation>namespace/nom d’un Pod ou d’un WorkloadEntry : affiche les ServiceEntries qui le sélectionnent</translation>
    </message>
    <message>
        <source>The workloads the ServiceEntry&apos;s selector selects, with their endpoints</source>
        <translation>Les workloads que sélectionne le sélecteur du ServiceEntry, avec leurs endpoints</translation>
    </message>
    <message>
        <source>Enter opens a ServiceEntry</source>
        <translation>Entrée ouvre un ServiceEntry</translation>
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
sélecteur : %4
%5 des %6 workloads sélectionnés utilisés</translation>
    </message>
    <message>
        <source>(empty: all)</source>
        <translation>(vide : tous)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>ServiceEntry</source>
        <translation>ServiceEntry</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>
targetPort %1</source>
        <translation>
targetPort %1</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(pas d’adresse)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>
✕ not used: %1</source>
        <translation>
✕ non utilisé : %1</translation>
    </message>
    <message>
        <source>%1 %2: not used by Istio: %3</source>
        <translation>%1 %2 : non utilisé par Istio : %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation>Pods (%1)</translation>
    </message>
    <message>
        <source>VMs: WorkloadEntries (%1)</source>
        <translation>VM : WorkloadEntries (%1)</translation>
    </message>
    <message>
        <source>No workload is selected</source>
        <translation>Aucun workload n’est sélectionné</translation>
    </message>
    <message>
        <source>No workloadSelector</source>
        <translation>Pas de workloadSelector</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>MeshEntry selection diagram</source>
        <translation>Diagramme de sélection MeshEntry</translation>
    </message>
</context>
<context>
    <name>MeshEntry::SelectionDiagramDialog</name>
    <message>
        <source>Selection Diagram</source>
        <translation>Diagramme de sélection</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Drag to move, Ctrl+wheel to zoom.</source>
        <translation>Glisser pour déplacer, Ctrl+molette pour zoomer.</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
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
        <translation>État</translation>
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
        <translation>socket</translation>
    </message>
    <message>
        <source>Selected: none</source>
        <translation>Sélectionnés : aucun</translation>
    </message>
    <message>
        <source>Selected: %1 (%2 ready)</source>
        <translation>Sélectionnés : %1 (%2 prêts)</translation>
    </message>
    <message>
        <source>Workloads in namespace %1 whose labels carry every selector label</source>
        <translation>Workloads du namespace %1 dont les labels portent chaque label du sélecteur</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(pas d’adresse)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Istio makes an endpoint of it</source>
        <translation>Istio en fait un endpoint</translation>
    </message>
    <message>
        <source>Not used: </source>
        <translation>Non utilisé : </translation>
    </message>
    <message>
        <source>Other namespaces: %1</source>
        <translation>Autres namespaces : %1</translation>
    </message>
    <message>
        <source>These match the labels, but a workloadSelector only selects workloads in the ServiceEntry&apos;s own namespace (%1)</source>
        <translation>Ceux-ci correspondent aux labels, mais un workloadSelector ne sélectionne que les workloads du namespace du ServiceEntry (%1)</translation>
    </message>
    <message>
        <source>in namespace %1, not %2</source>
        <translation>dans le namespace %1, pas %2</translation>
    </message>
    <message>
        <source>Near-misses: %1</source>
        <translation>Presque sélectionnés : %1</translation>
    </message>
    <message>
        <source>Workloads in namespace %1 that miss exactly one selector label, closest values first</source>
        <translation>Workloads du namespace %1 auxquels il manque exactement un label du sélecteur, les valeurs les plus proches d’abord</translation>
    </message>
    <message>
        <source>no label %1 (wants %2)</source>
        <translation>pas de label %1 (exige %2)</translation>
    </message>
    <message>
        <source>%1 is %2, wants %3</source>
        <translation>%1 vaut %2, exige %3</translation>
    </message>
    <message>
        <source>In the open file %1</source>
        <translation>Dans le fichier ouvert %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propriétaire : %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nœud : %1</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>Service account : %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau : %1</translation>
    </message>
    <message>
        <source>Locality: %1</source>
        <translation>Localité : %1</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Poids : %1</translation>
    </message>
    <message>
        <source>hostNetwork: the endpoint is the node&apos;s IP</source>
        <translation>hostNetwork : l’endpoint est l’IP du nœud</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase : %1</translation>
    </message>
    <message>
        <source>  ✓ selector</source>
        <translation>  ✓ sélecteur</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>MeshEntry::ServiceEntryForm</name>
    <message>
        <source>Hosts and addresses</source>
        <translation>Hôtes et adresses</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Add host, such as api.example.com…</source>
        <translation>Ajouter un hôte, comme api.example.com…</translation>
    </message>
    <message>
        <source>Hos&amp;ts:</source>
        <translation>Hôte&amp;s :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Add IP address or CIDR block…</source>
        <translation>Ajouter une adresse IP ou un bloc CIDR…</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Location and resolution</source>
        <translation>Location et resolution</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Locat&amp;ion :</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Workload selector</source>
        <translation>Sélecteur de workloads</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Ajouter un label…</translation>
    </message>
    <message>
        <source>Visibility and identity</source>
        <translation>Visibilité et identité</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Add *, ., ~ or a namespace…</source>
        <translation>Ajouter *, ., ~ ou un namespace…</translation>
    </message>
    <message>
        <source>E&amp;xport to:</source>
        <translation>E&amp;xporter vers :</translation>
    </message>
    <message>
        <source>Subject alternative name</source>
        <translation>Subject alternative name</translation>
    </message>
    <message>
        <source>Add identity, such as spiffe://cluster.local/ns/a/sa/b…</source>
        <translation>Ajouter une identité, comme spiffe://cluster.local/ns/a/sa/b…</translation>
    </message>
    <message>
        <source>Resolution %1 takes no addresses: routes are built from the hosts.</source>
        <translation>La resolution %1 ne prend pas d’adresses : les routes sont construites à partir des hôtes.</translation>
    </message>
    <message>
        <source>Remove Addresses</source>
        <translation>Supprimer les adresses</translation>
    </message>
    <message>
        <source>Resolution %1 takes no endpoints. %2</source>
        <translation>La resolution %1 ne prend pas d’endpoints. %2</translation>
    </message>
    <message>
        <source>Remove Endpoints</source>
        <translation>Supprimer les endpoints</translation>
    </message>
    <message>
        <source>Endpoints and a workload selector cannot be used together: keep one.</source>
        <translation>Des endpoints et un sélecteur de workloads ne peuvent pas être utilisés ensemble : gardez-en un.</translation>
    </message>
    <message>
        <source>The workload selector below picks the endpoints, so none can be listed here.</source>
        <translation>Le sélecteur de workloads ci-dessous choisit les endpoints ; aucun ne peut donc être listé ici.</translation>
    </message>
    <message numerus="yes">
        <source>Resolution %1 takes at most %n endpoint(s).</source>
        <translation>
            <numerusform>La resolution %1 prend au plus %n endpoint.</numerusform>
            <numerusform>La resolution %1 prend au plus %n endpoints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Workload Selector</source>
        <translation>Supprimer le sélecteur de workloads</translation>
    </message>
    <message>
        <source>The endpoints above are listed by hand, so no workload selector can be used.</source>
        <translation>Les endpoints ci-dessus sont listés à la main ; aucun sélecteur de workloads ne peut donc être utilisé.</translation>
    </message>
    <message>
        <source>Resolution %1 ignores the workload selector.</source>
        <translation>La resolution %1 ignore le sélecteur de workloads.</translation>
    </message>
    <message>
        <source>Not set: the mesh default applies, %1 (%2) unless the mesh configures another.</source>
        <translation>Non défini : la valeur par défaut du mesh s’applique, %1 (%2), sauf si le mesh en configure une autre.</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>Ad&amp;resses :</translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation>Resol&amp;ution :</translation>
    </message>
    <message>
        <source>La&amp;bels:</source>
        <translation>&amp;Labels :</translation>
    </message>
    <message>
        <source>Sub&amp;ject alt names:</source>
        <translation>Sub&amp;ject alt names :</translation>
    </message>
</context>
<context>
    <name>MeshEntry::StringListEditor</name>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
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
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an item (or type into the last row)</source>
        <translation>Ajouter un élément (ou saisir dans la dernière ligne)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Supprimer l’élément sélectionné</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Monter l’élément sélectionné</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Descendre l’élément sélectionné</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>MeshEntry::VisibilityMapModel</name>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>masqué par un autre</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>Sidecars in %1</source>
        <translation>Sidecars dans %1</translation>
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
        <translation>Filtrer les hôtes et les namespaces</translation>
    </message>
    <message>
        <source>Visibility map</source>
        <translation>Carte de visibilité</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Exporter en %1…</translation>
    </message>
    <message>
        <source>Save the rows shown as %1.</source>
        <translation>Enregistrer les lignes affichées en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The map shows %1 rows; filter it to at most %2 for an image (CSV takes them all).</source>
        <translation>La carte affiche %1 lignes ; filtrez-la à %2 au plus pour une image (le CSV les prend toutes).</translation>
    </message>
    <message>
        <source>MeshEntry visibility map</source>
        <translation>Carte de visibilité MeshEntry</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export Visibility Map</source>
        <translation>Exporter la carte de visibilité</translation>
    </message>
    <message>
        <source>visibility-map.%1</source>
        <translation>carte-visibilite.%1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Shows only the hosts and namespaces whose names contain the text</source>
        <translation>N’affiche que les hôtes et les namespaces dont le nom contient le texte</translation>
    </message>
    <message>
        <source>One row per namespace, one column per host; a cell says whether the namespace&apos;s sidecars see the host and why</source>
        <translation>Une ligne par namespace, une colonne par hôte ; une cellule indique si les sidecars du namespace voient l’hôte, et pourquoi</translation>
    </message>
    <message>
        <source>Updating the visibility map</source>
        <translation>Mise à jour de la carte de visibilité</translation>
    </message>
    <message>
        <source>Updating… (%1)</source>
        <translation>Mise à jour… (%1)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>The size of the Visibility map: &quot;3 hosts × 2 namespaces&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
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
<context>
    <name>MeshEntry::VmInventoryDialog</name>
    <message>
        <source>Create WorkloadEntries from a VM Inventory</source>
        <translation>Créer des WorkloadEntries depuis un inventaire de VM</translation>
    </message>
    <message>
        <source>A CSV file with the columns &lt;b&gt;%1&lt;/b&gt;, labels as &lt;tt&gt;k=v;k=v&lt;/tt&gt;. A header row may name the columns in another order. Each row becomes a WorkloadEntry; rows with errors are not inserted.</source>
        <translation>Un fichier CSV avec les colonnes &lt;b&gt;%1&lt;/b&gt;, les labels sous la forme &lt;tt&gt;k=v;k=v&lt;/tt&gt;. Une ligne d’en-tête peut nommer les colonnes dans un autre ordre. Chaque ligne devient un WorkloadEntry ; les lignes en erreur ne sont pas insérées.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>inventory.csv</source>
        <translation>inventaire.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Namespace when empty:</source>
        <translation>&amp;Namespace si vide :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>VM Inventory</source>
        <translation>Inventaire de VM</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>1 row, valid.</source>
        <translation>1 ligne, valide.</translation>
    </message>
    <message>
        <source>%1 rows, all valid.</source>
        <translation>%1 lignes, toutes valides.</translation>
    </message>
    <message>
        <source>1 row with errors will not be inserted.</source>
        <translation>1 ligne en erreur ne sera pas insérée.</translation>
    </message>
    <message>
        <source>%1 rows with errors will not be inserted.</source>
        <translation>%1 lignes en erreur ne seront pas insérées.</translation>
    </message>
    <message>
        <source>Insert 1 WorkloadEntry</source>
        <translation>Insérer 1 WorkloadEntry</translation>
    </message>
    <message>
        <source>Insert %1 WorkloadEntries</source>
        <translation>Insérer %1 WorkloadEntries</translation>
    </message>
</context>
<context>
    <name>MeshEntry::WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>Enregistrer &amp;tout</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>&amp;Recharger depuis le disque</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Aller à la li&amp;gne…</translation>
    </message>
    <message>
        <source>Filter &amp;Outline</source>
        <translation>&amp;Filtrer le plan</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;YAML Pane</source>
        <translation>Volet &amp;YAML</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Lines</source>
        <translation>Retour à la ligne des lignes &amp;longues</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Qu’est-ce que c’est ?</translation>
    </message>
    <message>
        <source>&amp;About MeshEntry</source>
        <translation>À &amp;propos de MeshEntry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>D&amp;uplicate Line</source>
        <translation>D&amp;upliquer la ligne</translation>
    </message>
    <message>
        <source>De&amp;lete Line</source>
        <translation>Supprimer la &amp;ligne</translation>
    </message>
    <message>
        <source>Move Line U&amp;p</source>
        <translation>&amp;Monter la ligne</translation>
    </message>
    <message>
        <source>Move Line Dow&amp;n</source>
        <translation>Descendre la lig&amp;ne</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>&amp;Commenter/décommenter</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Indenter</translation>
    </message>
    <message>
        <source>Unin&amp;dent</source>
        <translation>&amp;Désindenter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Add from Template</source>
        <translation>&amp;Ajouter depuis un modèle</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers ré&amp;cents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>D&amp;ocument</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open YAML Files</source>
        <translation>Ouvrir des fichiers YAML</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About MeshEntry</source>
        <translation>À propos de MeshEntry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MeshEntry %1&lt;/h3&gt;&lt;p&gt;An editor for Istio ServiceEntry and WorkloadEntry resources that validates as Istio does and keeps every byte you did not change.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QScintilla and libyaml.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MeshEntry %1&lt;/h3&gt;&lt;p&gt;Un éditeur de ressources Istio ServiceEntry et WorkloadEntry qui valide comme Istio et conserve chaque octet que vous n’avez pas modifié.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2, QScintilla et libyaml.&lt;/p&gt;</translation>
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
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <source>L&amp;ocality:</source>
        <translation>&amp;Localité :</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Service port name</source>
        <translation>Nom du port du service</translation>
    </message>
    <message>
        <source>Port on the workload</source>
        <translation>Port sur le workload</translation>
    </message>
    <message>
        <source>Add port name…</source>
        <translation>Ajouter un nom de port…</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add label…</source>
        <translation>Ajouter un label…</translation>
    </message>
    <message>
        <source>Networ&amp;k:</source>
        <translation>Résea&amp;u :</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>Po&amp;ids :</translation>
    </message>
    <message>
        <source>Service accoun&amp;t:</source>
        <translation>&amp;Service account :</translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadImportDialog</name>
    <message>
        <source>Import Workloads</source>
        <translation>Importer des workloads</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3</source>
        <translation>Lecture de %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Indexing the workloads of %1: %2 of %3</source>
        <translation>Indexation des workloads de %1 : %2 sur %3</translation>
    </message>
</context>
<context>
    <name>MeshEntry::WorkloadsController</name>
    <message>
        <source>Selected Workloads</source>
        <translation>Workloads sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Import Pods and WorkloadEntries…</source>
        <translation>&amp;Importer des Pods et des WorkloadEntries…</translation>
    </message>
    <message>
        <source>Read &apos;kubectl get pods -A -o json&apos; (or -o yaml) output, or WorkloadEntry files</source>
        <translation>Lire la sortie de « kubectl get pods -A -o json » (ou -o yaml), ou des fichiers WorkloadEntry</translation>
    </message>
    <message>
        <source>Import &amp;Namespaces…</source>
        <translation>Importer des &amp;namespaces…</translation>
    </message>
    <message>
        <source>Read &apos;kubectl get namespaces -o json&apos;: their labels decide serviceEntryVisibility</source>
        <translation>Lire « kubectl get namespaces -o json » : leurs labels décident de serviceEntryVisibility</translation>
    </message>
    <message>
        <source>&amp;Create WorkloadEntries from CSV…</source>
        <translation>&amp;Créer des WorkloadEntries depuis un CSV…</translation>
    </message>
    <message>
        <source>Selection &amp;Diagram…</source>
        <translation>&amp;Diagramme de sélection…</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Workloads</translation>
    </message>
    <message>
        <source>Open a file with a ServiceEntry to see the workloads it selects.</source>
        <translation>Ouvrez un fichier contenant un ServiceEntry pour voir les workloads qu’il sélectionne.</translation>
    </message>
    <message>
        <source>Reading the file&apos;s ServiceEntries and WorkloadEntries…</source>
        <translation>Lecture des ServiceEntries et WorkloadEntries du fichier…</translation>
    </message>
    <message>
        <source>This document is neither a ServiceEntry nor a WorkloadEntry.</source>
        <translation>Ce document n’est ni un ServiceEntry ni un WorkloadEntry.</translation>
    </message>
    <message>
        <source>visible in every namespace</source>
        <translation>visible dans tous les namespaces</translation>
    </message>
    <message>
        <source>visible in no namespace</source>
        <translation>visible dans aucun namespace</translation>
    </message>
    <message>
        <source>visible in %1</source>
        <translation>visible dans %1</translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2</source>
        <translation>ServiceEntry %1/%2</translation>
    </message>
    <message>
        <source>No workloadSelector: the endpoints are the ones listed in spec.endpoints (or the hosts themselves for DNS).</source>
        <translation>Pas de workloadSelector : les endpoints sont ceux listés dans spec.endpoints (ou les hôtes eux-mêmes pour DNS).</translation>
    </message>
    <message>
        <source>Selector %1 in namespace %2, resolution %3: %4 of %5 selected workloads back it; %6.</source>
        <translation>Sélecteur %1 dans le namespace %2, resolution %3 : %4 des %5 workloads sélectionnés le servent ; %6.</translation>
    </message>
    <message>
        <source>Only the open files&apos; WorkloadEntries are known: import Pods (Workloads ▸ Import) to match them too.</source>
        <translation>Seuls les WorkloadEntries des fichiers ouverts sont connus : importez des Pods (Workloads ▸ Importer) pour les comparer aussi.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
    <message>
        <source>selected by 1 open ServiceEntry</source>
        <translation>sélectionné par 1 ServiceEntry ouvert</translation>
    </message>
    <message>
        <source>selected by %1 open ServiceEntries</source>
        <translation>sélectionné par %1 ServiceEntries ouverts</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1, %2; %3.</source>
        <translation>%1, %2 ; %3.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d’adresse</translation>
    </message>
    <message>
        <source>No workload %1 is known</source>
        <translation>Aucun workload %1 n’est connu</translation>
    </message>
    <message>
        <source>Workloads: %1 imported, %2 in open files</source>
        <translation>Workloads : %1 importés, %2 dans les fichiers ouverts</translation>
    </message>
    <message>
        <source>; %1 namespaces</source>
        <translation> ; %1 namespaces</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (depuis %1)</translation>
    </message>
    <message>
        <source>Select a ServiceEntry with a workloadSelector.</source>
        <translation>Sélectionnez un ServiceEntry avec un workloadSelector.</translation>
    </message>
    <message>
        <source>ServiceEntry %1/%2: %3 of %4 selected workloads back it</source>
        <translation>ServiceEntry %1/%2 : %3 des %4 workloads sélectionnés le servent</translation>
    </message>
    <message>
        <source>Open or create a file to add WorkloadEntries to</source>
        <translation>Ouvrez ou créez un fichier auquel ajouter des WorkloadEntries</translation>
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
        <translation>Créer %1 depuis un CSV</translation>
    </message>
    <message>
        <source>Created %1; Undo removes them all</source>
        <translation>%1 créés ; Annuler les supprime tous</translation>
    </message>
    <message>
        <source>Import from C&amp;luster…</source>
        <translation>Importer depuis le c&amp;luster…</translation>
    </message>
    <message>
        <source>Read the Pods, WorkloadEntries and Namespaces of the current cluster context, and offer its mesh settings</source>
        <translation>Lire les Pods, WorkloadEntries et Namespaces du contexte de cluster actuel, et proposer ses paramètres du mesh</translation>
    </message>
    <message>
        <source>&amp;Forget Imports</source>
        <translation>&amp;Oublier les importations</translation>
    </message>
    <message>
        <source>Forget the imported workloads and namespaces (the open files&apos; WorkloadEntries stay)</source>
        <translation>Oublier les workloads et namespaces importés (les WorkloadEntries des fichiers ouverts restent)</translation>
    </message>
    <message>
        <source>&amp;Mesh Settings…</source>
        <translation>Paramètres du &amp;mesh…</translation>
    </message>
    <message>
        <source>Root namespace, default exportTo, outbound policy, DNS capture, serviceEntryVisibility (Preferences ▸ Mesh)</source>
        <translation>Namespace racine, exportTo par défaut, politique sortante, capture DNS, serviceEntryVisibility (Préférences ▸ Mesh)</translation>
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
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Duplicate selection</source>
        <translation>Dupliquer la sélection</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Dupliquer la ligne</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Delete lines</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Move lines up</source>
        <translation>Monter les lignes</translation>
    </message>
    <message>
        <source>Move lines down</source>
        <translation>Descendre les lignes</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indenter</translation>
    </message>
    <message>
        <source>Unindent</source>
        <translation>Désindenter</translation>
    </message>
    <message>
        <source>Uncomment lines</source>
        <translation>Décommenter les lignes</translation>
    </message>
    <message>
        <source>Comment lines</source>
        <translation>Commenter les lignes</translation>
    </message>
    <message>
        <source>The YAML text of the shown file; Ctrl+Tab leaves it</source>
        <translation>Le texte YAML du fichier affiché ; Ctrl+Tab en sort</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Rows: a host as one namespace&apos;s ServiceEntries define it. Columns: the namespaces whose sidecars look.</source>
        <translation>Lignes : un hôte tel que le définissent les ServiceEntries d’un namespace. Colonnes : les namespaces dont les sidecars regardent.</translation>
    </message>
</context>
</TS>
