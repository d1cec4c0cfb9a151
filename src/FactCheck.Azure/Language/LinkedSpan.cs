namespace FactCheck.Azure.Language;

/// <summary>One EntityLinking match: the linked entity's id and where it matched in the document (UTF-16).</summary>
internal sealed record LinkedSpan(string LinkedId, int Offset, int Length);
