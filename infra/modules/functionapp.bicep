// The Flex Consumption plan and the function app. Every connection uses the user-assigned identity; the app settings
// name every setting in src/FactCheck.Azure/Configuration/SettingNames.cs (the infra tests hold this in place).
param name string
param planName string
param location string
param tags object
@description('Resource id of the user-assigned managed identity.')
param identityId string
@description('Client id of the user-assigned managed identity.')
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string
param languageEndpoint string
param languageApiVersion string
param maxDraftBytes int
@description('The house file as container/blob in the drafts account (FactCheck__HouseFile).')
param houseFile string
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  // azd finds the target of service "functions" in azure.yaml by this tag.
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Functions host storage, through the identity.
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      // The drafts connection (blob trigger, Articles and Flags tables).
      DraftsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      DraftsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      DraftsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      DraftsStorage__credential: 'managedidentity'
      DraftsStorage__clientId: identityClientId
      FactCheck__Recognizer: 'azure'
      FactCheck__Language__Endpoint: languageEndpoint
      FactCheck__Language__ApiVersion: languageApiVersion
      FactCheck__Language__ClientId: identityClientId
      FactCheck__MaxDraftBytes: string(maxDraftBytes)
      FactCheck__HouseFile: houseFile
      // An outage answers 503 for the caller to retry; the local recognizer would silently miss what Azure finds.
      FactCheck__Language__Fallback: 'none'
      // SweepDrafts: every 5 minutes, check stored drafts that no trigger delivery recorded (NCRONTAB, seconds first).
      FactCheck__SweepSchedule: '0 */5 * * * *'
      FactCheck__Archive: 'on'
      // Lets DefaultAzureCredential pick the user-assigned identity in any code path that does not name it.
      AZURE_CLIENT_ID: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      // Local auth is off on Application Insights, so telemetry is sent with the identity's token.
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    }
  }
}

// Basic (user name and password) publishing off: azd deploys with an Entra ID token.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
