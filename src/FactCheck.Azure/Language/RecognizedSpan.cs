namespace FactCheck.Azure.Language;

/// <summary>An entity as one document of the response gives it; offsets are UTF-16 into that document.</summary>
internal sealed record RecognizedSpan(string Text, string Category, string? Type, string? Subcategory, int Offset, int Length, double Confidence);
