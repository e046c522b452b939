using Dockerfile.Linter.Suppression;

namespace Dockerfile.Linter.Rules;

internal sealed partial class SuppressionFilter
{
    private readonly Dictionary<Rule, PragmaIndex> _pragmasByRule;

    /// <summary>
    /// The suppression comments naming one rule, arranged so that asking whether a finding at some offset is
    /// suppressed costs a binary search, and a pragma's use is recorded without visiting every pragma that covers it.
    /// </summary>
    /// <remarks>
    /// What a pragma covers has one of three shapes (<see cref="PragmaParser"/>): the whole file (global); the full span
    /// of the next instruction (those of different instructions never overlap); or from the next instruction to the end
    /// of its stage, so that all the stage pragmas of one stage end at the same offset and those of different stages
    /// never overlap. Within such a group the pragmas covering an offset are those starting at or before it: a prefix
    /// of the group sorted by start, remembered as a count.
    /// </remarks>
    private sealed class PragmaIndex
    {
        private readonly List<ResolvedEntry> _global = [];
        private bool _globalUsed;
        private readonly List<Group> _nextInstruction = [];
        private readonly List<(int Start, Group Group, int Position)> _stage = [];

        private sealed class Group(int start, int end)
        {
            public int Start { get; } = start;
            public int End { get; } = end;
            public List<ResolvedEntry> Entries { get; } = [];
            public int UsedCount { get; set; }
        }

        public static Dictionary<Rule, PragmaIndex> Build(List<ResolvedEntry> entries)
        {
            var byRule = new Dictionary<Rule, PragmaIndex>(ReferenceEqualityComparer.Instance);
            var nextGroups = new Dictionary<(Rule, int, int), Group>();
            var stageGroups = new Dictionary<(Rule, int), Group>();
            foreach (var entry in entries)
            {
                var covers = entry.Pragma.Covers;
                foreach (var rule in entry.Rules.Distinct())
                {
                    if (!byRule.TryGetValue(rule, out var index)) byRule[rule] = index = new PragmaIndex();
                    switch (entry.Pragma.Scope)
                    {
                        case SuppressionScope.Global:
                            index._global.Add(entry);
                            break;
                        case SuppressionScope.NextInstruction when !covers.IsEmpty:
                            if (!nextGroups.TryGetValue((rule, covers.Start, covers.End), out var next))
                            {
                                nextGroups[(rule, covers.Start, covers.End)] = next = new Group(covers.Start, covers.End);
                                index._nextInstruction.Add(next);
                            }
                            next.Entries.Add(entry);
                            break;
                        case SuppressionScope.Stage when !covers.IsEmpty:
                            if (!stageGroups.TryGetValue((rule, covers.End), out var stage))
                                stageGroups[(rule, covers.End)] = stage = new Group(covers.Start, covers.End);
                            stage.Entries.Add(entry);
                            break;
                    }
                }
            }
            foreach (var ((rule, _), group) in stageGroups)
            {
                group.Entries.Sort((a, b) => a.Pragma.Covers.Start.CompareTo(b.Pragma.Covers.Start));
                var index = byRule[rule];
                for (int i = 0; i < group.Entries.Count; i++) index._stage.Add((group.Entries[i].Pragma.Covers.Start, group, i));
            }
            foreach (var index in byRule.Values)
            {
                index._nextInstruction.Sort((a, b) => a.Start.CompareTo(b.Start));
                index._stage.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Position.CompareTo(b.Position));
            }
            return byRule;
        }

        /// <summary>True when a pragma covers <paramref name="offset"/>; every such pragma counts as used.</summary>
        public bool Suppresses(int offset)
        {
            bool suppressed = false;
            if (_global.Count > 0) suppressed = _globalUsed = true;
            int n = LastStartingAtOrBefore(_nextInstruction, offset, static g => g.Start);
            if (n >= 0 && offset < _nextInstruction[n].End)
            {
                var group = _nextInstruction[n];
                group.UsedCount = group.Entries.Count;
                suppressed = true;
            }
            int s = LastStartingAtOrBefore(_stage, offset, static e => e.Start);
            if (s >= 0 && offset < _stage[s].Group.End)
            {
                var (_, group, position) = _stage[s];
                group.UsedCount = Math.Max(group.UsedCount, position + 1);
                suppressed = true;
            }
            return suppressed;
        }

        /// <summary>Sets <see cref="ResolvedEntry.Used"/> on every entry a finding used.</summary>
        public void MarkUsedEntries()
        {
            if (_globalUsed) foreach (var entry in _global) entry.Used = true;
            foreach (var group in _nextInstruction)
                for (int i = 0; i < group.UsedCount; i++) group.Entries[i].Used = true;
            foreach (var (_, group, position) in _stage)
                if (position < group.UsedCount) group.Entries[position].Used = true;
        }

        private static int LastStartingAtOrBefore<T>(List<T> sorted, int offset, Func<T, int> startOf)
        {
            int lo = 0, hi = sorted.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = lo + (hi - lo) / 2;
                if (startOf(sorted[mid]) <= offset) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return found;
        }
    }
}
