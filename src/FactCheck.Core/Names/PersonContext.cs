using System.Collections.Frozen;

namespace FactCheck.Core.Names;

/// <summary>Words around a capitalized run that say it names a person: reporting verbs, "according to", "aged".</summary>
internal static class PersonContext
{
    public static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "highlighted", "highlights",
        "emphasized", "emphasised", "emphasizes", "emphasises", "stated", "states", "noted", "notes", "confirmed",
        "confirms", "announced", "announces", "claimed", "claims", "argued", "argues", "wrote", "writes", "tweeted",
        "tweets", "insisted", "insists", "warned", "warns", "urged", "urges", "replied", "replies", "responded",
        "responds", "commented", "comments", "acknowledged", "acknowledges", "admitted", "admits", "denied",
        "denies", "stressed", "stresses", "underlined", "expressed", "recalled", "recalls", "concluded", "declared",
        "declares", "remarked", "predicted", "promised", "promises", "revealed", "reveals", "suggested", "suggests",
        "asked", "asks", "thanked", "praised", "criticised", "criticized", "accused", "accuses", "described",
        "describes", "called", "calls", "believes", "believed", "thinks", "thought", "hopes", "hoped", "wants",
        "wanted", "met", "meets", "visited", "visits", "spoke", "speaks", "resigned", "resigns", "died", "dies",
        "scored", "scores", "won", "wins", "was", "is", "has", "had", "who", "whose", "himself", "herself",
        "joined", "joins", "became", "becomes", "stayed", "retired", "posted", "signed", "vowed", "pledged",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that are evidence for a lone unknown word only; "is"/"was"/"has" follow places too.</summary>
    public static readonly FrozenSet<string> StrongReportingVerbs = ReportingVerbs
        .Except(["was", "is", "has", "had", "won", "wins", "who", "whose", "became", "becomes", "joined", "joins", "died", "dies", "met", "meets", "visited", "visits", "signed", "posted", "scored", "scores", "called", "calls", "described", "describes", "wants", "wanted", "stayed", "retired", "thought"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Courtesy and academic titles, folded: they say how to address someone, not who they are, so "Dr Morberg" still
    /// owes the full name where "President Morberg" names the one holder of an office.
    /// </summary>
    public static readonly FrozenSet<string> CourtesyTitles = new[]
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "madam",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a name that address or describe a person: "Hey Frank", "the woman Eva", "named John".</summary>
    public static readonly FrozenSet<string> PersonCues = new[]
    {
        "hey", "hi", "hello", "dear", "thanks", "named", "man", "woman", "boy", "girl", "wife", "husband", "son", "daughter",
        "brother", "sister", "friend", "mother", "father", "colleague", "partner", "uncle", "aunt", "cousin",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that give a storm its name: "Cyclone Phailin", "Hurricane Katrina" name a storm, not a person.</summary>
    public static readonly FrozenSet<string> StormWords = new[]
    {
        "cyclone", "hurricane", "typhoon", "storm", "tornado", "supertyphoon",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> LocativePrepositions = new[]
    {
        "in", "at", "from", "to", "near", "into", "across", "outside", "inside", "around", "toward", "towards", "via", "through",
    }.ToFrozenSet(StringComparer.Ordinal);
}
