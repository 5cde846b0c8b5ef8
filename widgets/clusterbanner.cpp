#include "clusterbanner.h"

#include "clusterconnection.h"

namespace MeshEntry {

void ClusterBanner::showFor(const ClusterConnection &connection)
{
    const QString context = connection.contextName();
    if (connection.insecureSkipTlsVerify())
        setMessage(tr("<b>The context %1 does not verify the server's certificate</b> "
                      "(insecure-skip-tls-verify). Anyone between you and the cluster can read "
                      "and change what is sent, credentials included.")
                       .arg(context.toHtmlEscaped()),
                   Tone::Warning);
    else if (connection.credentialsWithheld() || !connection.isSecure())
        setMessage(tr("<b>The context %1 talks plain http.</b> Nothing is encrypted, and the "
                      "kubeconfig's credentials are not sent (as kubectl does).")
                       .arg(context.toHtmlEscaped()),
                   Tone::Warning);
    else
        hide();
}

} // namespace MeshEntry
