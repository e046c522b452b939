using System.Text;
using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter.Rules;

/// <summary>Applies fixes to a text: whole fixes only, in order of position, skipping any fix that overlaps one already taken.</summary>
internal static class FixApplier
{
    public static (string Text, int Applied) Apply(string text, IEnumerable<Fix> fixes)
    {
        var accepted = new List<TextEdit>();
        int applied = 0;
        foreach (var fix in fixes.Where(f => f.Edits.Count > 0).OrderBy(f => f.Edits.Min(e => e.Span.Start)))
        {
            if (fix.Edits.Any(e => e.Span.End > text.Length || e.Span.Start < 0)) continue;
            if (fix.Edits.Any(e => accepted.Any(a => Overlaps(a, e))) || HasInternalOverlap(fix)) continue;
            accepted.AddRange(fix.Edits);
            applied++;
        }
        if (applied == 0) return (text, 0);
        var sb = new StringBuilder(text);
        foreach (var edit in accepted.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.End))
        {
            sb.Remove(edit.Span.Start, edit.Span.Length);
            sb.Insert(edit.Span.Start, edit.NewText);
        }
        return (sb.ToString(), applied);
    }

    private static bool HasInternalOverlap(Fix fix)
    {
        for (int i = 0; i < fix.Edits.Count; i++)
            for (int j = i + 1; j < fix.Edits.Count; j++)
                if (Overlaps(fix.Edits[i], fix.Edits[j])) return true;
        return false;
    }

    // Two insertions at one point, or an insertion inside a replaced range, would make the result order-dependent.
    private static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span)
        || (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty))
        || (a.Span.IsEmpty && a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End)
        || (b.Span.IsEmpty && b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End);
}
