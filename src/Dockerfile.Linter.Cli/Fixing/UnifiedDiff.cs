using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Dockerfile.Linter.Cli.Fixing;

/// <summary>
/// A unified diff (<c>diff -u</c>, three lines of context) of one file's text before and after fixing, as <c>patch</c>
/// and <c>git apply</c> read it. DiffPlex finds the changed lines; this class only lays out the hunks. Lines keep their
/// own line endings, and a last line without one is followed by <c>\ No newline at end of file</c>.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are equal.</summary>
    /// <param name="oldText">The text before.</param>
    /// <param name="newText">The text after.</param>
    /// <param name="path">The file name for the <c>---</c> and <c>+++</c> headers.</param>
    public static string Create(string oldText, string newText, string path)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal)) return "";
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new LineEndingsPreservingChunker());
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var blocks = diff.DiffBlocks.OrderBy(b => b.DeleteStartA).ToList();

        var sb = new StringBuilder();
        sb.Append("--- ").Append(path).Append('\n');
        sb.Append("+++ ").Append(path).Append('\n');
        int first = 0;
        while (first < blocks.Count)
        {
            // Blocks whose context would touch or overlap share one hunk.
            int last = first;
            while (last + 1 < blocks.Count
                   && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
                last++;

            var head = blocks[first];
            var tail = blocks[last];
            int oldStart = Math.Max(0, head.DeleteStartA - Context);
            int newStart = head.InsertStartB - (head.DeleteStartA - oldStart);
            int tailEnd = tail.DeleteStartA + tail.DeleteCountA;
            int oldEnd = Math.Min(oldLines.Count, tailEnd + Context);
            int newEnd = tail.InsertStartB + tail.InsertCountB + (oldEnd - tailEnd);
            sb.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

            int at = oldStart;
            for (int i = first; i <= last; i++)
            {
                var block = blocks[i];
                for (; at < block.DeleteStartA; at++) Line(sb, ' ', oldLines[at]);
                for (int k = 0; k < block.DeleteCountA; k++) Line(sb, '-', oldLines[block.DeleteStartA + k]);
                for (int k = 0; k < block.InsertCountB; k++) Line(sb, '+', newLines[block.InsertStartB + k]);
                at = block.DeleteStartA + block.DeleteCountA;
            }
            for (; at < oldEnd; at++) Line(sb, ' ', oldLines[at]);
            first = last + 1;
        }
        return sb.ToString();
    }

    /// <summary><c>start,count</c> with a 1-based start; an empty range names the line before it, and a count of 1 is left out.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };

    private static void Line(StringBuilder sb, char prefix, string line)
    {
        sb.Append(prefix).Append(line);
        if (!line.EndsWith('\n') && !line.EndsWith('\r')) sb.Append("\n\\ No newline at end of file\n");
    }
}
