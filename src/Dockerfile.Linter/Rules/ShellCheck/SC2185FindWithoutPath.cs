using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>SC2185: <c>find</c> without a starting directory.</summary>
internal sealed class SC2185FindWithoutPath : ShellCheckRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "SC2185",
        Name = "find-without-path",
        Title = "Give find its starting directory: find . -name …",
        FixTitle = "Start from '.'",
        MessageFormat = "find has no starting directory; some finds (BSD, older BusyBox) require one: write 'find . …'",
        Category = RuleCategory.ShellCheck,
        DefaultSeverity = Severity.Info,
        EnabledByDefault = false,
        Hadolint = PresetSetting.On(Severity.Info),
        Fix = FixAvailability.Always,
        PresetRationale = "Off: the images on the corpus run GNU or BusyBox find, which start from '.' when no directory is given, so the findings are portability advice only; info where enabled.",
        Docs = """
            ## What it does
            Reports `find` when no starting directory comes before its expression: `find -name '*.pyc' -delete`,
            `find -maxdepth 1`, or `find` alone. Leading options (`-L`, `-H`, `-P`, `-O3`, `-D opts`) are skipped
            over; an expansion in that place is taken to be a directory.

            ## Why
            GNU find and BusyBox find start from the current directory when none is given; POSIX does not allow
            leaving it out, and BSD find (macOS) fails. Naming `.` costs nothing and says which tree is searched.

            ## Example
            ```dockerfile
            FROM python:3.12-slim
            WORKDIR /app
            COPY . .
            RUN find -name '*.pyc' -delete
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12-slim
            WORKDIR /app
            COPY . .
            RUN find . -name '*.pyc' -delete
            ```

            ## Differences from hadolint
            Shell-form RUN only, as for SC2086; the scripts of `sh -c '…'` are checked too. As in ShellCheck, only
            `find` itself is checked (not `sudo find` or `xargs find`).

            ## Fix safety
            Inserts `.` where the starting directory goes. Safe: the finds that accept a missing directory start
            from `.` anyway.
            """,
    };

    protected override void Check(ShellCheckScript script, ShellCheckReporter reporter)
    {
        foreach (var command in script.Commands)
        {
            if (command.BaseName != "find" || command.NameWord is not { } name) continue;
            var args = command.Arguments;
            if (args.Any(a => a.Value is "--help" or "-help" or "--version" or "-version")) continue;
            int i = 0;
            bool hasPath = false;
            while (i < args.Length)
            {
                string text = args[i].Value ?? "dir";
                if (!text.StartsWith('-')) { hasPath = true; break; }
                if (text.Length > 2 && !text.StartsWith("-O", StringComparison.Ordinal)) break;
                i++;
            }
            if (hasPath) continue;
            var insert = i < args.Length ? new TextEdit(new TextSpan(args[i].Span.Start, 0), ". ")
                : new TextEdit(new TextSpan((args.IsEmpty ? name : args[^1]).Span.End, 0), " .");
            reporter.Report(name.Span, new Fix("Start from '.'", [insert]), []);
        }
    }
}
