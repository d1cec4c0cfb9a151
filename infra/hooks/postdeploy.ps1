#!/usr/bin/env pwsh
# azd postdeploy hook: subscribe CheckDraft to BlobCreated events of the drafts container.
# The Event Grid system topic comes from Bicep; the subscription cannot, because its webhook URL carries the blob
# extension's system key, which the Functions host creates only once the code is deployed.
# azd exports the Bicep outputs used here as environment variables.
$ErrorActionPreference = 'Stop'

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_FUNCTION_APP_HOST', 'DRAFTS_SYSTEM_TOPIC_NAME', 'DRAFTS_CONTAINER_NAME') {
    if ([string]::IsNullOrEmpty([Environment]::GetEnvironmentVariable($name))) {
        Write-Error "postdeploy: $name is not set; run this through 'azd up' or 'azd deploy' after 'azd provision'."
        exit 1
    }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error "postdeploy: the Azure CLI (az) is required; install it and run 'az login', then 'azd hooks run postdeploy'."
    exit 1
}

# The host writes the key shortly after it first starts, so wait for it rather than fail a fresh deployment.
$key = ''
for ($attempt = 1; $attempt -le 12; $attempt++) {
    $key = az functionapp keys list --resource-group $env:AZURE_RESOURCE_GROUP --name $env:AZURE_FUNCTION_APP_NAME `
        --query 'systemKeys.blobs_extension' --output tsv 2>$null
    if ($LASTEXITCODE -eq 0 -and -not [string]::IsNullOrEmpty($key)) { break }
    $key = ''
    Write-Host "postdeploy: waiting for the blobs_extension key of $($env:AZURE_FUNCTION_APP_NAME) (attempt $attempt of 12)..."
    Start-Sleep -Seconds 10
}
if ([string]::IsNullOrEmpty($key)) {
    Write-Error "postdeploy: no blobs_extension key on $($env:AZURE_FUNCTION_APP_NAME); check the deployment logs, then run 'azd hooks run postdeploy'."
    exit 1
}

$endpoint = "https://$($env:AZURE_FUNCTION_APP_HOST)/runtime/webhooks/blobs?functionName=Host.Functions.CheckDraft&code=$key"

# Creating an existing subscription updates it, so re-running the hook (e.g. after a key rotation) is safe.
# The endpoint holds a key: it is passed as an argument and never echoed.
az eventgrid system-topic event-subscription create `
    --name check-draft `
    --resource-group $env:AZURE_RESOURCE_GROUP `
    --system-topic-name $env:DRAFTS_SYSTEM_TOPIC_NAME `
    --endpoint-type webhook `
    --endpoint $endpoint `
    --included-event-types Microsoft.Storage.BlobCreated `
    --subject-begins-with "/blobServices/default/containers/$($env:DRAFTS_CONTAINER_NAME)/" `
    --output none
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

Write-Host "postdeploy: uploads to the '$($env:DRAFTS_CONTAINER_NAME)' container now trigger CheckDraft on $($env:AZURE_FUNCTION_APP_NAME)."
