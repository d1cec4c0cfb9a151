namespace FactCheck.Infra.Tests;

/// <summary>Shares one <see cref="CompiledTemplate"/> (one <c>bicep build</c>) across every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledTemplateCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "Compiled template";
}
