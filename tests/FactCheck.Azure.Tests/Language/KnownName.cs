namespace FactCheck.Azure.Tests.Language;

/// <summary>
/// A name the fake server "recognizes" wherever it occurs in a document: with <see cref="Type"/> as the newer
/// API versions answer, or <see cref="Subcategory"/> as older ones did; <see cref="LinkedId"/> for EntityLinking.
/// </summary>
public sealed record KnownName(string Text, string Category, string? Type = null, string? Subcategory = null, string? LinkedId = null, double Confidence = 0.9);
