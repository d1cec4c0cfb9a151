namespace FactCheck.Core.Documents;

/// <summary>A 1-based line and column (UTF-16 code units) in the document as the editor sees it.</summary>
public readonly record struct SourcePosition(int Line, int Column);
