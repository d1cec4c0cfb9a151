// FactCheck on Azure: a Flex Consumption function app that checks drafts uploaded to blob storage, keyless end to end.
// Deploy with `azd up`; see docs/deploy.md. The Event Grid subscription that feeds CheckDraft is created by the
// post-deploy hook (infra/hooks), because the blob extension's webhook key exists only after the code is deployed.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Region for all resources; it must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person deploying (azd passes AZURE_PRINCIPAL_ID). They get write access to the drafts container so they can upload drafts. Leave empty to skip.')
param principalId string = ''

@description('Kind of principal in principalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on Flex Consumption instances; it caps both cost and the load on Azure AI Language.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Azure AI Language pricing tier: F0 (free, 5,000 text records a month) or S (pay as you go).')
@allowed([
  'F0'
  'S'
])
param languageSkuName string = 'S'

@description('Azure AI Language REST api-version the recognizer calls; the same default as the recognizer (LanguageClientOptions.LatestGaApiVersion).')
param languageApiVersion string = '2026-05-01'

@description('Largest draft the app accepts, in bytes; the same default as DocumentReader (10 MiB).')
@minValue(1)
param maxDraftBytes int = 10485760

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = 'func-${resourceToken}'
var draftsContainerName = 'drafts'
// The newsroom uploads its factcheck.yaml here (FactCheck__HouseFile); until it does, checks use the defaults.
var houseFileContainerName = 'config'
// Every container the app's own code uses (ServiceOptions, RecognizerRegistration, FactCheck__HouseFile): drafts,
// extracted texts, the recognition cache, the house file. Its blob role is scoped to these, never to the account, which also holds the host's and the
// deployment's containers.
var appContainerNames = [
  draftsContainerName
  'extracted'
  'recognition-cache'
  houseFileContainerName
]
// What the Functions host keeps in AzureWebJobsStorage with identity-based connections: leases and blob receipts,
// and the function keys (the post-deploy hook reads the blob extension's key from there).
var hostContainerNames = [
  'azure-webjobs-hosts'
  'azure-webjobs-secrets'
]
// Flex Consumption reads the app package from this container; one per app keeps redeployments from colliding.
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    draftsContainerName: draftsContainerName
    deploymentContainerName: deploymentContainerName
    otherContainerNames: concat(filter(appContainerNames, name => name != draftsContainerName), hostContainerNames)
    systemTopicName: 'evgt-drafts-${resourceToken}'
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module language 'modules/language.bicep' = {
  name: 'language'
  scope: resourceGroup
  params: {
    name: 'lang-${resourceToken}'
    location: location
    tags: tags
    skuName: languageSkuName
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  scope: resourceGroup
  params: {
    storageAccountName: storage.outputs.name
    draftsContainerName: draftsContainerName
    appContainerNames: appContainerNames
    hostContainerNames: hostContainerNames
    deploymentContainerName: deploymentContainerName
    languageAccountName: language.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: resourceGroup
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    languageEndpoint: language.outputs.endpoint
    languageApiVersion: languageApiVersion
    maxDraftBytes: maxDraftBytes
    houseFile: '${houseFileContainerName}/factcheck.yaml'
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
  // The app starts pulling its package and reading storage as soon as it exists, so the identity must already hold its roles.
  dependsOn: [
    roles
  ]
}

// azd conventions: these become environment variables of the azd environment and of the hooks.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOST string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_LANGUAGE_ENDPOINT string = language.outputs.endpoint
output DRAFTS_CONTAINER_NAME string = draftsContainerName
output DRAFTS_CONTAINER_URL string = '${storage.outputs.blobEndpoint}${draftsContainerName}'
output DRAFTS_SYSTEM_TOPIC_NAME string = storage.outputs.systemTopicName
output REVIEW_PAGE_URL string = 'https://${functionApp.outputs.defaultHostName}/api/review'
