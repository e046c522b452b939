using System.Globalization;
using System.Text;

namespace Dockerfile.Linter.Tests.Differential;

/// <summary>One code's floors in the ratchet file: recall and precision, and why a floor is low.</summary>
internal sealed record RatchetFloor(string Code, double Recall, double Precision, string Note);

/// <summary>
/// Reads, checks and raises the per-code floors of the hadolint differential (a TSV: code, recall, precision, note;
/// figures with three decimals, <c>#</c> lines are comments).
/// </summary>
internal static class RatchetFile
{
    private const double Tolerance = 0.0005;   // the file rounds to three decimals
    private const double NeedsNoteBelow = 0.9;

    public static Dictionary<string, RatchetFloor> Read(string text)
    {
        var floors = new Dictionary<string, RatchetFloor>(StringComparer.Ordinal);
        foreach (string raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (raw.Length == 0 || raw.StartsWith('#') || raw.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var cells = raw.Split('\t');
            if (cells.Length < 3) throw new FormatException($"ratchet line '{raw}' has fewer than three columns");
            floors[cells[0]] = new RatchetFloor(cells[0], Parse(cells[1]), Parse(cells[2]), cells.Length > 3 ? cells[3] : "");
        }
        return floors;
    }

    public static string Write(IEnumerable<RatchetFloor> floors)
    {
        var text = new StringBuilder();
        text.Append("# Per-code floors of the hadolint differential (HadolintDifferentialTests). Recall: share of hadolint's\n");
        text.Append("# findings we report; precision: share of ours hadolint reports. A floor under 0.900 needs a note.\n");
        text.Append("code\trecall\tprecision\tnote\n");
        foreach (var f in floors.OrderBy(f => f.Code, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{f.Code}\t{f.Recall:0.000}\t{f.Precision:0.000}\t{f.Note}\n");
        return text.ToString();
    }

    /// <summary>The floors raised to the current figures where those are higher; codes new to the comparison added.</summary>
    public static List<RatchetFloor> Raise(IReadOnlyDictionary<string, RatchetFloor> floors,
        IReadOnlyDictionary<string, (double Recall, double Precision)> current)
    {
        var raised = new List<RatchetFloor>();
        foreach (var (code, now) in current)
        {
            var recall = Math.Floor(now.Recall * 1000) / 1000;
            var precision = Math.Floor(now.Precision * 1000) / 1000;
            raised.Add(floors.TryGetValue(code, out var old)
                ? old with { Recall = Math.Max(old.Recall, recall), Precision = Math.Max(old.Precision, precision) }
                : new RatchetFloor(code, recall, precision, ""));
        }
        return raised;
    }

    /// <summary>Every way the current figures break the floors: a drop, a code missing on either side, a low floor without a note.</summary>
    public static List<string> Check(IReadOnlyDictionary<string, RatchetFloor> floors,
        IReadOnlyDictionary<string, (double Recall, double Precision)> current)
    {
        var problems = new List<string>();
        foreach (var (code, now) in current.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!floors.TryGetValue(code, out var floor))
            {
                problems.Add($"{code}: compared but has no floor");
                continue;
            }
            if (now.Recall < floor.Recall - Tolerance) problems.Add($"{code}: recall {now.Recall:0.000} fell below its floor {floor.Recall:0.000}");
            if (now.Precision < floor.Precision - Tolerance) problems.Add($"{code}: precision {now.Precision:0.000} fell below its floor {floor.Precision:0.000}");
            if ((floor.Recall < NeedsNoteBelow || floor.Precision < NeedsNoteBelow) && string.IsNullOrWhiteSpace(floor.Note))
                problems.Add($"{code}: floor under 0.900 without a note naming the documented difference");
        }
        foreach (var code in floors.Keys.Where(c => !current.ContainsKey(c)).Order(StringComparer.Ordinal))
            problems.Add($"{code}: has a floor but is no longer compared (rule removed or off under the hadolint preset?)");
        return problems;
    }

    private static double Parse(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
