#!/bin/sh
# azd postdeploy hook: subscribe CheckDraft to BlobCreated events of the drafts container.
# The Event Grid system topic comes from Bicep; the subscription cannot, because its webhook URL carries the blob
# extension's system key, which the Functions host creates only once the code is deployed.
# azd exports the Bicep outputs used here as environment variables.
set -eu

for name in AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_FUNCTION_APP_HOST DRAFTS_SYSTEM_TOPIC_NAME DRAFTS_CONTAINER_NAME; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "postdeploy: $name is not set; run this through 'azd up' or 'azd deploy' after 'azd provision'." >&2
    exit 1
  fi
done
if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required; install it and run 'az login', then 'azd hooks run postdeploy'." >&2
  exit 1
fi

# The host writes the key shortly after it first starts, so wait for it rather than fail a fresh deployment.
key=""
attempt=1
while [ $attempt -le 12 ]; do
  key=$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  [ -n "$key" ] && break
  echo "postdeploy: waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME (attempt $attempt of 12)..."
  sleep 10
  attempt=$((attempt + 1))
done
if [ -z "$key" ]; then
  echo "postdeploy: no blobs_extension key on $AZURE_FUNCTION_APP_NAME; check the deployment logs, then run 'azd hooks run postdeploy'." >&2
  exit 1
fi

endpoint="https://${AZURE_FUNCTION_APP_HOST}/runtime/webhooks/blobs?functionName=Host.Functions.CheckDraft&code=${key}"

# Creating an existing subscription updates it, so re-running the hook (e.g. after a key rotation) is safe.
# The endpoint holds a key: it is passed as an argument and never echoed.
az eventgrid system-topic event-subscription create \
  --name check-draft \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$DRAFTS_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "$endpoint" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/${DRAFTS_CONTAINER_NAME}/" \
  --output none

echo "postdeploy: uploads to the '$DRAFTS_CONTAINER_NAME' container now trigger CheckDraft on $AZURE_FUNCTION_APP_NAME."
