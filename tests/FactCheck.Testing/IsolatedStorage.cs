using FactCheck.Service;

namespace FactCheck.Testing;

/// <summary>Containers and tables no other test uses, so tests sharing one Azurite never see each other's rows.</summary>
public static class IsolatedStorage
{
    public static ServiceOptions Options()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        return new ServiceOptions
        {
            DraftsContainer = $"drafts-{suffix}",
            ExtractedContainer = $"extracted-{suffix}",
            ArticlesTable = $"Articles{suffix}",
            FlagsTable = $"Flags{suffix}",
            PeopleTable = $"People{suffix}",
        };
    }
}
