using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2038: <c>find … | xargs …</c> with names separated by newlines and blanks.</summary>
internal sealed class SC2038FindToXargs : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2038",
        Name = "find-to-xargs",
        Title = "Pipe find into xargs with -print0 and -0, or use find -exec … +",
        MessageFormat = "find piped into xargs splits names at blanks and quotes; use 'find … -print0 | xargs -0 …' or 'find … -exec … +'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "On, warning as in ShellCheck: a name with a blank or quote makes xargs act on the wrong files or stop.",
        Docs = """
            ## What it does
            Reports `find … | xargs …` when `find` does not end names with NUL (`-print0`) and `xargs` does not
            read NUL-separated input (`-0`, `--null`, alone or bundled as in `-r0`).

            ## Why
            xargs splits its input at blanks and newlines and treats quotes and backslashes specially, while file
            names may hold all of them. `find /opt -name '*.pyc' | xargs rm` then removes the wrong files, or stops
            at an unmatched quote. `find … -print0 | xargs -0 …` passes names intact; `find … -exec rm {} +` needs
            no xargs at all.

            ## Example
            ```dockerfile
            FROM python:3.12-slim
            RUN find /usr/local -name '__pycache__' | xargs rm -rf
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12-slim
            RUN find /usr/local -name '__pycache__' -print0 | xargs -0 rm -rf
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too. As in ShellCheck, only
            `find` directly followed by `xargs` is reported.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var pipeline in script.Script.Pipelines)
        {
            var commands = pipeline.Commands;
            // Neighbours in Commands are neighbours in the pipeline only when every element is a simple command.
            if (commands.Length != pipeline.ElementCount) continue;
            for (int i = 0; i + 1 < commands.Length; i++)
            {
                var find = commands[i];
                var xargs = commands[i + 1];
                if (find.BaseName != "find" || xargs.BaseName != "xargs" || xargs.PrecedingOperator != ShellOperator.Pipe) continue;
                if (find.Arguments.Any(a => a.Value is "-print0" or "-fprint0")) continue;
                if (xargs.Arguments.Any(IsNullOption)) continue;
                reporter.Report(TextSpan.FromBounds(find.Span.Start, Math.Max(find.Span.Start, xargs.Span.End)), null);
            }
        }
    }

    /// <summary><c>-0</c>, <c>--null</c>, or a bundle of short options holding <c>0</c> (<c>-r0</c>).</summary>
    private static bool IsNullOption(ShellWord word) => word.Value is { } v &&
        (v == "--null" || (v.Length >= 2 && v[0] == '-' && v[1] != '-' && v.Contains('0') && v.AsSpan(1).IndexOfAnyExcept("0rtpx") < 0));
}
