using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2015: <c>A &amp;&amp; B || C</c> read as if-then-else, though C also runs when B fails.</summary>
internal sealed class SC2015AndOrIsNotIfElse : ShellCheckRule
{
    private static readonly HashSet<string> HarmlessFallbacks = ["echo", "printf", "exit", "return"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2015",
        Name = "and-or-is-not-if-else",
        Title = "A && B || C is not if-then-else: C runs when B fails too",
        MessageFormat = "'A && B || C' is not if-then-else: '{0}' also runs when '{1}' fails",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Info),
        PresetRationale = "Off: on the corpus almost every finding is `[ cond ] && step || true`, which means what it says (run the step when the condition holds, never fail); info where enabled.",
        Docs = """
            ## What it does
            Reports an and-or list that ends in `A && B || C` (`[ -f x ] && cp x /out || true`), unless `C` only
            prints a message or leaves (`echo`, `printf`, `exit`, `return`, an assignment), or the list is itself a
            condition (`if`, `while`, the left side of another `&&`/`||`).

            ## Why
            `A && B || C` runs `C` when `A` fails, as an `if`/`else` would, but also when `A` succeeds and `B`
            fails. With `|| true` that hides a failure of `B`, not only the expected failure of `A`: the build goes
            on after a broken step. Write `if A; then B; else C; fi` when only `A` may fail.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN [ "$(uname -m)" = x86_64 ] && apt-get install -y --no-install-recommends libc6-i386 || true
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN if [ "$(uname -m)" = x86_64 ]; then apt-get install -y --no-install-recommends libc6-i386; fi
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var list in script.Script.AndOrLists)
        {
            var ops = list.Operators;
            // hadolint's ShellCheck reads a chain left to right: only its last operator can close an A && B || C.
            if (ops.Length < 2 || ops[^1].Operator != ShellOperator.Or || ops[^2].Operator != ShellOperator.And) continue;
            var fallback = list.Pipelines[^1];
            if (IsHarmless(fallback) || script.Structure.IsTested(list)) continue;
            var span = TextSpan.FromBounds(ops[^2].Span.Start, Math.Max(ops[^2].Span.Start, fallback.Span.End));
            reporter.Report(span, null, Describe(reporter.Source, fallback.Span), Describe(reporter.Source, list.Pipelines[^2].Span));
        }
    }

    /// <summary>A fallback that only reports or leaves: one simple command named echo/printf/exit/return, or an assignment.</summary>
    private static bool IsHarmless(ShellPipeline pipeline)
    {
        if (pipeline.ElementCount != 1 || pipeline.Commands.Length != 1 || pipeline.IsNegated) return false;
        var command = pipeline.Commands[0];
        if (command.NameWord is null) return command.Assignments.Length > 0;
        return HarmlessFallbacks.Contains(command.BaseName);
    }

    private static string Describe(SourceText source, TextSpan span) =>
        span.End <= source.Length ? SC2046UnquotedCommandSubstitution.Abbreviate(source.GetText(span).Trim()) : "the command";
}
