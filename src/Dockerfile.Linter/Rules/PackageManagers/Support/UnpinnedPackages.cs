using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The unpinned packages of one RUN, reported as one finding: the message names them all, the span is the first, the
/// others are related locations (hadolint, too, reports a RUN once, however many packages and installs it holds).
/// </summary>
internal sealed class UnpinnedPackages
{
    private readonly List<(TextSpan Span, string Name)> _found = [];
    private string _noun = "Package";

    // One collector per thread, emptied for each RUN: the rules that use it see every RUN of every file, and nearly
    // every RUN pins nothing of theirs. A collect callback never starts another check, so one at a time is in use.
    [ThreadStatic] private static UnpinnedPackages? t_collector;

    /// <summary>Runs <paramref name="collect"/> on each command of a RUN and reports what it noted as one finding.</summary>
    /// <param name="commands">The RUN's commands (see <see cref="RuleRegistrar.OnRunScript"/>).</param>
    /// <param name="context">The RUN's context.</param>
    /// <param name="collect">Notes a command's unpinned packages.</param>
    /// <param name="noun">What a package is called in the message.</param>
    public static void Check(IReadOnlyList<ShellCommand> commands, RunCommandContext context,
        Action<ShellCommand, RunCommandContext, UnpinnedPackages> collect, string noun = "Package")
    {
        var unpinned = t_collector ??= new UnpinnedPackages();
        unpinned._found.Clear();
        unpinned._noun = noun;
        try
        {
            foreach (var command in commands) collect(command, context, unpinned);
            unpinned.Report(context);
        }
        finally
        {
            unpinned._found.Clear();
        }
    }

    /// <summary>Notes <paramref name="name"/>, written at <paramref name="span"/> (a variable may stand for several names at one span).</summary>
    public void Add(TextSpan span, string name) => _found.Add((span, name));

    /// <summary>
    /// Notes every name of <paramref name="packages"/> that <paramref name="isPinned"/> rejects: a word's own value,
    /// or the names an ARG or ENV variable in it stands for (see <see cref="PackageValues.Resolve"/>).
    /// </summary>
    public void AddUnpinned(ImmutableArray<ShellWord> packages, RunCommandContext context, Func<string, bool> isPinned)
    {
        foreach (var package in packages)
            foreach (string name in PackageValues.Resolve(package, context))
                if (!isPinned(name)) Add(package.Span, name);
    }

    /// <summary>Reports the finding (nothing when every package was pinned); message argument 0 is the subject, e.g. <c>Packages 'a' and 'b' are</c>.</summary>
    private void Report(RunCommandContext context)
    {
        if (_found.Count == 0) return;
        var bySpan = _found.GroupBy(f => f.Span).OrderBy(g => g.Key.Start).ToList();
        var names = _found.Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
        string subject = names.Count == 1 ? $"{_noun} '{names[0]}' is" : $"{_noun}s {List(names)} are";
        var related = bySpan.Skip(1).Select(Related).ToArray();
        context.Report(bySpan[0].Key, related, null, subject);
    }

    private static RelatedSpan Related(IGrouping<TextSpan, (TextSpan Span, string Name)> place)
    {
        var names = place.Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
        return new RelatedSpan(place.Key, $"{List(names)} {(names.Count == 1 ? "is" : "are")} not pinned");
    }

    /// <summary><c>'a'</c>, <c>'a' and 'b'</c>, <c>'a', 'b' and 'c'</c>.</summary>
    private static string List(IReadOnlyList<string> names) => names.Count == 1
        ? $"'{names[0]}'"
        : string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $" and '{names[^1]}'";
}
