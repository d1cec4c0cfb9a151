// Least-privilege role assignments for the app's identity, plus upload rights on the drafts container for the person
// deploying. Built-in role definition ids are fixed GUIDs, the same in every tenant. No blob data role is granted on the
// whole account: a bug that lets a name climb out of one container (see DraftName) must find nothing else writable.
param storageAccountName string
param draftsContainerName string
@description('Containers the app\'s code reads and writes (drafts, extracted texts, recognition cache).')
param appContainerNames array
@description('Containers the Functions host keeps in AzureWebJobsStorage (leases, blob receipts, keys).')
param hostContainerNames array
@description('Container Flex Consumption reads the app package from.')
param deploymentContainerName string
param languageAccountName string
param applicationInsightsName string
@description('Principal (object) id of the function app\'s user-assigned identity.')
param identityPrincipalId string
@description('Object id of the person deploying; empty skips their role assignment.')
param userPrincipalId string
param userPrincipalType string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource draftsContainer 'containers' existing = {
      name: draftsContainerName
    }

    resource deploymentContainer 'containers' existing = {
      name: deploymentContainerName
    }
  }
}

resource appContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = [for containerName in appContainerNames: {
  parent: storage::blobService
  name: containerName
}]

resource hostContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = [for containerName in hostContainerNames: {
  parent: storage::blobService
  name: containerName
}]

resource language 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: languageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Storage Blob Data Contributor on each of the app's containers: read drafts, write extracted texts and cached results.
resource appBlobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (containerName, i) in appContainerNames: {
  name: guid(appContainers[i].id, identityPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: appContainers[i]
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

// Storage Blob Data Owner, the role the Functions docs name for identity-based AzureWebJobsStorage, on the host's own
// containers only.
resource hostBlobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (containerName, i) in hostContainerNames: {
  name: guid(hostContainers[i].id, identityPrincipalId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: hostContainers[i]
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

// Storage Blob Data Contributor on the deployment container: Flex Consumption pulls the app package with the identity.
resource deploymentBlobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deploymentContainer.id, identityPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: storage::blobService::deploymentContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Contributor: the blob trigger's poison queue and the host's queues.
resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identityPrincipalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Table Data Contributor: the Articles and Flags tables.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identityPrincipalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Cognitive Services User: calling Azure AI Language with an Entra ID token.
resource cognitiveServicesUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(language.id, identityPrincipalId, 'a97b65f3-24c7-4388-baec-2e87135dc908')
  scope: language
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a97b65f3-24c7-4388-baec-2e87135dc908')
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Monitoring Metrics Publisher: sending telemetry to Application Insights with local auth disabled.
resource monitoringMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityPrincipalId, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Contributor, on the drafts container only: the deploying editor can upload drafts and nothing else.
resource userDraftsUploader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(userPrincipalId)) {
  name: guid(storage::blobService::draftsContainer.id, userPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: storage::blobService::draftsContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: userPrincipalId
    principalType: userPrincipalType
  }
}
