// Azure AI Language for entity recognition. Keys are disabled; Entra ID tokens need the custom subdomain.
param name string
param location string
param tags object
@allowed([
  'F0'
  'S'
])
param skuName string

resource language 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: skuName
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = language.name
output endpoint string = language.properties.endpoint
