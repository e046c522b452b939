using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2164: <c>cd dir</c> whose failure goes unnoticed, so the next commands run in the wrong directory.</summary>
internal sealed class SC2164UncheckedCd : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2164",
        Name = "unchecked-cd",
        Title = "Check that cd succeeded: cd dir && …, or cd dir || exit",
        FixTitle = "Append '|| exit'",
        MessageFormat = "If '{0}' fails, the script goes on in the wrong directory; write '{0} || exit' or chain it with &&",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Fix = FixAvailability.Always,
        PresetRationale = "On, warning as in ShellCheck: a failed cd makes the following commands (often `rm -rf`, `make install`) act on the wrong directory, and the build still passes.",
        Docs = """
            ## What it does
            Reports `cd`, `pushd` or `popd` whose status nobody checks, in a script that runs without errexit: not
            followed by `&&` or `||`, not an `if`/`while` condition. `cd ..` is not reported, nor are
            `pushd -n`/`popd -n`, which do not change directory.

            ## Why
            When the directory is missing (a renamed archive folder, a wrong version in the path), `cd` fails and
            the script carries on where it was: `cd /tmp/build; make install; rm -rf *` then builds and deletes
            in the wrong place while the RUN succeeds. `cd dir && …`, `cd dir || exit` or `set -e` stop there.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN cd /usr/src/app; make; make install
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            WORKDIR /usr/src/app
            RUN make && make install
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too. A SHELL that runs the
            shell with `-e` counts as errexit here (hadolint sees only `set -e` in the RUN).

            ## Fix safety
            Appends `|| exit`. Unsafe: the build now stops where it went on before.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (command.Name is not ("cd" or "pushd" or "popd") || command.Pipeline is not { } pipeline) continue;
            if (command.Name == "cd" && command.Arguments.Length == 1 && command.Arguments[0].Value == "..") continue;
            if (command.Name != "cd" && HasArgument(command, "-n")) continue;
            if (OwnerOf(script.Script, pipeline) is not { } list) continue;
            if (!ReferenceEquals(list.Pipelines[^1], pipeline) || script.Structure.IsTested(list) || script.Structure.HasErrexit(list)) continue;
            string text = reporter.Source.Length >= command.Span.End ? reporter.Source.GetText(command.Span) : command.ToString();
            var fix = pipeline.ElementCount == 1 && !pipeline.IsNegated
                ? new Fix("Append '|| exit'", [new TextEdit(new TextSpan(command.Span.End, 0), " || exit")], FixSafety.Unsafe)
                : null;
            reporter.Report(command.Span, fix, SC2046UnquotedCommandSubstitution.Abbreviate(text));
        }
    }

    private static bool HasArgument(ShellCommand command, string value)
    {
        foreach (var argument in command.Arguments)
            if (argument.Value == value) return true;
        return false;
    }

    /// <summary>The list item <paramref name="pipeline"/> belongs to (every pipeline belongs to one).</summary>
    private static ShellAndOrList? OwnerOf(ShellScript script, ShellPipeline pipeline)
    {
        foreach (var list in script.AndOrLists)
            foreach (var p in list.Pipelines)
                if (ReferenceEquals(p, pipeline)) return list;
        return null;
    }
}
