#include "clusterbanner.h"

namespace MeshEntry {

void ClusterBanner::showFor(const QString &context, bool insecureSkipTlsVerify, bool plainHttp)
{
    if (insecureSkipTlsVerify)
        setMessage(tr("<b>The context %1 does not verify the server's certificate</b> "
                      "(insecure-skip-tls-verify). Anyone between you and the cluster can read "
                      "and change what is sent, credentials included.")
                       .arg(context.toHtmlEscaped()),
                   Tone::Warning);
    else if (plainHttp)
        setMessage(tr("<b>The context %1 talks plain http.</b> Nothing is encrypted, and the "
                      "kubeconfig's credentials are not sent (as kubectl does).")
                       .arg(context.toHtmlEscaped()),
                   Tone::Warning);
    else
        hide();
}

} // namespace MeshEntry
