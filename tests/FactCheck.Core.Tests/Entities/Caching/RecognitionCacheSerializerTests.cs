using System.Text;
using FactCheck.Core.Entities;
using FactCheck.Core.Entities.Caching;

namespace FactCheck.Core.Tests.Entities.Caching;

public sealed class RecognitionCacheSerializerTests
{
    // An entry as the System.Text.Json serializer wrote it (non-ASCII escaped, null subcategory left out): caches
    // filled before the move to Newtonsoft.Json must still be read.
    private const string WrittenBySystemTextJson =
        """{"version":1,"recognizer":"azure","entities":[{"text":"Mevl\u00FCt \u00C7avu\u015Fo\u011Flu","category":"Person","offset":4,"length":16,"confidence":0.97,"linkedEntityId":"Mevl\u00FCt \u00C7avu\u015Fo\u011Flu"},{"text":"2024-01-05","category":"DateTime","offset":30,"length":10,"confidence":1,"subcategory":"Date"}],"diagnostics":[{"severity":"warning","code":"W1","message":"a part was long"}],"originalRequests":2,"originalBilledTextRecords":3}""";

    [Fact]
    public void Reads_an_entry_the_System_Text_Json_serializer_wrote()
    {
        var result = RecognitionCacheSerializer.TryDeserialize(Encoding.UTF8.GetBytes(WrittenBySystemTextJson));

        Assert.NotNull(result);
        Assert.Equal("azure", result.Recognizer);
        Assert.Equal(
            new Entity[]
            {
                new Entity("Mevlüt Çavuşoğlu", EntityCategory.Person, 4, 16, 0.97) { LinkedEntityId = "Mevlüt Çavuşoğlu" },
                new Entity("2024-01-05", EntityCategory.DateTime, 30, 10) { Subcategory = "Date" },
            },
            result.Entities);
        Assert.Equal(new RecognizerDiagnostic("warning", "W1", "a part was long"), Assert.Single(result.Diagnostics));
        Assert.Equal(new RecognitionUsage(2, 3), result.Usage);
    }

    [Fact]
    public void Round_trips_a_result()
    {
        var original = new RecognitionResult([new Entity("Kovalenko", EntityCategory.Person, 0, 9, 0.5) { Subcategory = null }])
        {
            Recognizer = "local",
            Diagnostics = [new RecognizerDiagnostic("error", "E", "part missing")],
            Usage = new RecognitionUsage(1, 1),
        };

        var read = RecognitionCacheSerializer.TryDeserialize(RecognitionCacheSerializer.Serialize(original));

        Assert.NotNull(read);
        Assert.Equal(original.Entities, read.Entities);
        Assert.Equal(original.Diagnostics, read.Diagnostics);
        Assert.Equal(original.Recognizer, read.Recognizer);
        Assert.Equal(original.Usage, read.Usage);
    }

    [Fact]
    public void Writes_ASCII_and_a_lone_surrogate_comes_back_as_one_replacement_character()
    {
        var original = new RecognitionResult([new Entity("Çavuşoğlu \ud800", EntityCategory.Person, 0, 11)]) { Recognizer = "azure" };

        var bytes = RecognitionCacheSerializer.Serialize(original);
        var read = RecognitionCacheSerializer.TryDeserialize(bytes);

        Assert.All(bytes, b => Assert.True(b < 0x80));
        Assert.NotNull(read);
        Assert.Equal("Çavuşoğlu \ufffd", Assert.Single(read.Entities).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"version":2,"recognizer":"local","entities":[]}""")]
    [InlineData("""{"version":1,"recognizer":"local"}""")]
    [InlineData("""{"version":1,"recognizer":"local","entities":[{"text":"A","category":"Planet","offset":0,"length":1,"confidence":1}]}""")]
    [InlineData("""{"version":1,"recognizer":"local","entities":[]}{"version":1}""")]
    public void Anything_else_is_no_entry(string stored)
    {
        Assert.Null(RecognitionCacheSerializer.TryDeserialize(Encoding.UTF8.GetBytes(stored)));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_no_entry()
    {
        Assert.Null(RecognitionCacheSerializer.TryDeserialize([(byte)'{', 0xC3, 0x28, (byte)'}']));
    }
}
