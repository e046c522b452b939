using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Applies fixes to a text: whole fixes only, in order of position, skipping any fix that overlaps one already taken.
/// The order does not depend on the order the fixes are given in, so conflicts are always resolved the same way.
/// </summary>
internal static class FixApplier
{
    public static (string Text, int Applied) Apply(string text, IEnumerable<Fix> fixes)
    {
        var accepted = new List<TextEdit>();
        int applied = 0;
        foreach (var fix in InApplyOrder(fixes))
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

    /// <summary>
    /// The fixes with edits, by their first edit's start, then the end of their first edit's range, then title and
    /// replacement text: the first of two conflicting fixes wins.
    /// </summary>
    public static IEnumerable<Fix> InApplyOrder(IEnumerable<Fix> fixes) => fixes
        .Where(f => f.Edits.Count > 0)
        .Select(f => (Fix: f, First: f.Edits.MinBy(e => (e.Span.Start, e.Span.End))!))
        .OrderBy(x => x.First.Span.Start)
        .ThenBy(x => x.First.Span.End)
        .ThenBy(x => x.Fix.Title, StringComparer.Ordinal)
        .ThenBy(x => x.First.NewText, StringComparer.Ordinal)
        .Select(x => x.Fix);

    /// <summary>
    /// <paramref name="fix"/> made to keep what the file's encoding says about itself: the line breaks of its new text
    /// are CRLF when every line break of <paramref name="text"/> is, and a leading byte-order mark (U+FEFF) stays
    /// (an edit from offset 0 starts after it). Otherwise the fix itself.
    /// </summary>
    public static Fix AdaptTo(string text, Fix fix)
    {
        bool crlf = fix.Edits.Any(e => e.NewText.Contains('\n')) && UsesCrlfOnly(text);
        bool bom = text.Length > 0 && text[0] == '\uFEFF' && fix.Edits.Any(e => e.Span.Start == 0);
        if (!crlf && !bom) return fix;
        var edits = fix.Edits.Select(e =>
        {
            var span = bom && e.Span.Start == 0 ? TextSpan.FromBounds(1, Math.Max(1, e.Span.End)) : e.Span;
            string newText = crlf ? e.NewText.ReplaceLineEndings("\r\n") : e.NewText;
            if (bom && e.Span.Start == 0 && newText.StartsWith('\uFEFF')) newText = newText[1..];
            return new TextEdit(span, newText);
        }).ToArray();
        return fix with { Edits = edits };
    }

    private static bool UsesCrlfOnly(string text)
    {
        int lf = text.IndexOf('\n');
        if (lf < 0) return false;
        for (; lf >= 0; lf = text.IndexOf('\n', lf + 1))
            if (lf == 0 || text[lf - 1] != '\r') return false;
        return true;
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
