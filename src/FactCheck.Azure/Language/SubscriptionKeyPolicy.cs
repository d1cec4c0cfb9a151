using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace FactCheck.Azure.Language;

/// <summary>
/// Puts the resource key in <c>Ocp-Apim-Subscription-Key</c> on every attempt, read from the credential each time
/// so a rotated key (<c>AzureKeyCredential.Update</c>) applies at once. Azure.Core's own
/// <c>AzureKeyCredentialPolicy</c> is internal in the 1.64 package, hence this twin. Azure.Core's logging redacts
/// the header (it is not on the allowed list).
/// </summary>
internal sealed class SubscriptionKeyPolicy : HttpPipelineSynchronousPolicy
{
    private readonly AzureKeyCredential _credential;

    public SubscriptionKeyPolicy(AzureKeyCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _credential = credential;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        base.OnSendingRequest(message);
        message.Request.Headers.SetValue(AzureLanguageEntityRecognizer.KeyHeaderName, _credential.Key);
    }
}
