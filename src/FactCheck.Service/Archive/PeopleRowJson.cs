using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace FactCheck.Service.Archive;

/// <summary>
/// The JSON in the <c>Json</c> column of the <c>People</c> table's rows (aggregates, observations, contributions).
/// Rows were first written with System.Text.Json's web defaults; these settings write and read the same documents:
/// camelCase member names (dictionary keys, which are spellings and office keys, are left as they are), enums as
/// numbers, nulls written, dates as <c>yyyy-MM-dd</c>.
/// </summary>
internal static class PeopleRowJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        // A title or a spelling that looks like a date stays the text it was.
        DateParseHandling = DateParseHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    public static string Write<T>(T value) => JsonConvert.SerializeObject(value, Settings);

    public static T? Read<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings);
}
