using FactCheck.Core.Entities;

namespace FactCheck.Azure.Language;

/// <summary>
/// Turns per-piece answers into entities of the whole text. A piece keeps only entities that start before its
/// <see cref="TextPiece.OwnedEnd"/> (the next piece sees the overlap with more context); exact repeats keep the
/// most confident; when pieces disagree about a span in their overlap (one saw "Cavusoglu", the next
/// "Mevlut Cavusoglu"), the longer span wins.
/// </summary>
internal static class EntityMerger
{
    public static IReadOnlyList<Entity> Merge(string text, IReadOnlyList<TextPiece> pieces, IReadOnlyList<IReadOnlyList<RecognizedSpan>> spansByPiece)
    {
        var candidates = new List<(Entity Entity, int Piece)>();
        for (var i = 0; i < pieces.Count; i++)
        {
            foreach (var span in spansByPiece[i])
            {
                if (!TryPlace(pieces[i], span.Offset, span.Length, out var offset))
                {
                    continue;
                }

                var entity = new Entity(text.Substring(offset, span.Length), LanguageCategoryMap.Map(span.Category, span.Type ?? span.Subcategory), offset, span.Length, span.Confidence)
                {
                    Subcategory = span.Type ?? span.Subcategory,
                };
                candidates.Add((entity, i));
            }
        }

        var distinct = candidates
            .GroupBy(c => (c.Entity.Offset, c.Entity.Length, c.Entity.Category))
            .Select(g => g.OrderByDescending(c => c.Entity.Confidence).ThenBy(c => c.Piece).First())
            .OrderBy(c => c.Entity.Offset)
            .ThenByDescending(c => c.Entity.Length)
            .ToList();

        var dropped = new bool[distinct.Count];
        for (var a = 0; a < distinct.Count; a++)
        {
            for (var b = a + 1; b < distinct.Count && distinct[b].Entity.Offset < distinct[a].Entity.End; b++)
            {
                var (first, second) = (distinct[a], distinct[b]);
                if (first.Piece == second.Piece || first.Entity.Category != second.Entity.Category)
                {
                    continue;
                }

                // Sorted by offset, then longest first: the second one is never longer unless it reaches further right.
                if (second.Entity.Length > first.Entity.Length)
                {
                    dropped[a] = true;
                }
                else
                {
                    dropped[b] = true;
                }
            }
        }

        return distinct.Where((_, index) => !dropped[index]).Select(c => c.Entity).ToArray();
    }

    /// <summary>Puts each person entity's linked id on it: the link whose match overlaps it most.</summary>
    public static IReadOnlyList<Entity> AttachLinks(IReadOnlyList<Entity> entities, IReadOnlyList<TextPiece> pieces, IReadOnlyList<IReadOnlyList<LinkedSpan>> linksByPiece)
    {
        var links = new List<(string Id, int Offset, int End)>();
        for (var i = 0; i < pieces.Count; i++)
        {
            foreach (var link in linksByPiece[i])
            {
                if (TryPlace(pieces[i], link.Offset, link.Length, out var offset))
                {
                    links.Add((link.LinkedId, offset, offset + link.Length));
                }
            }
        }

        if (links.Count == 0)
        {
            return entities;
        }

        return entities.Select(entity =>
        {
            if (entity.Category != EntityCategory.Person)
            {
                return entity;
            }

            var best = links
                .Select(l => (l.Id, Overlap: Math.Min(l.End, entity.End) - Math.Max(l.Offset, entity.Offset)))
                .Where(l => l.Overlap > 0)
                .OrderByDescending(l => l.Overlap)
                .FirstOrDefault();
            return best.Id is null ? entity : entity with { LinkedEntityId = best.Id };
        }).ToArray();
    }

    private static bool TryPlace(TextPiece piece, int offset, int length, out int globalOffset)
    {
        globalOffset = piece.Start + offset;
        return offset >= 0 && length > 0 && offset + length <= piece.Text.Length && globalOffset < piece.OwnedEnd;
    }
}
