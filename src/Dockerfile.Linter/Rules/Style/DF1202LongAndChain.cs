using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1202: more than a few commands chained with <c>&amp;&amp;</c> on one physical line of a RUN.</summary>
internal sealed class DF1202LongAndChain : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1202",
        Name = "long-and-chain",
        Title = "Put long '&&' chains on separate lines",
        MessageFormat = "{0} commands chained with '&&' on one line (limit {1}); put each on its own continuation line",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        PresetRationale = "Many commands chained on one line hurt readability: visible, as cosmetics.",
        Settings = [new RuleSetting("max-commands", RuleSettingKind.PositiveInteger, "3") { Description = "The most commands that may be chained with '&&' on one physical line of a RUN." }],
        Docs = """
            ## What it does
            Reports a physical line of a `RUN` on which more than three commands (unless configured) are chained
            with `&&`. The span covers the chain on that line. Commands inside `$(…)` and `sh -c '…'` arguments
            are not counted.

            ## Why
            A chain such as `a && b && c && d && e` on one line hides the individual steps: the reader has to
            scan for the operators, and a change to one step rewrites the whole line in a diff. One command per
            continuation line (`\` then `&& next`) reads like a list.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends make && make install && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update \
                && apt-get install -y --no-install-recommends make \
                && make install \
                && rm -rf /var/lib/apt/lists/*
            ```

            ## Options
            `max-commands` (default 3): the most commands allowed in one `&&` chain on a single line, e.g.
            `settings: { DF1202: { max-commands: 4 } }` in `.dockerfile-lint.yaml`.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        if (!context.Semantics.IsPosixShell(run)) return;
        // The counted commands are walked in place (no filtered copy per RUN); the setting is read for a chain only.
        var commands = context.GetScript(run).Commands;
        int? maxCommands = null;
        int i = NextCounted(commands, 0);
        while (i < commands.Length)
        {
            int line = LineOf(commands[i].Span.Start, context);
            int last = i, count = 1;
            int j = NextCounted(commands, i + 1);
            while (j < commands.Length && commands[j].PrecedingOperator == ShellOperator.And && LineOf(commands[j].Span.Start, context) == line)
            {
                last = j;
                count++;
                j = NextCounted(commands, j + 1);
            }
            if (count > 1 && count > (maxCommands ??= context.GetIntegerSetting("max-commands")))
            {
                var first = commands[i].Span;
                var end = commands[last].Span;
                context.Report(new TextSpan(first.Start, end.End - first.Start), count, maxCommands.Value);
            }
            i = j;
        }
    }

    /// <summary>The index of the first command from <paramref name="from"/> on that is counted (not inside <c>$(…)</c>, <c>&lt;(…)</c> or <c>sh -c</c>).</summary>
    private static int NextCounted(System.Collections.Immutable.ImmutableArray<ShellCommand> commands, int from)
    {
        while (from < commands.Length
               && commands[from].Context is ShellCommandContext.CommandSubstitution or ShellCommandContext.ProcessSubstitution or ShellCommandContext.ShellArgument)
            from++;
        return from;
    }

    private static int LineOf(int offset, RuleContext context) => context.Source.GetLinePosition(offset).Line;
}
