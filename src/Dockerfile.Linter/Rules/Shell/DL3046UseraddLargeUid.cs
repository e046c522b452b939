using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3046: <c>useradd</c> with a large UID and without <c>-l</c>.</summary>
internal sealed class DL3046UseraddLargeUid : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3046",
        Name = "useradd-large-uid",
        Title = "Use useradd -l with a high UID",
        MessageFormat = "useradd with UID '{0}' without '-l' (--no-log-init) can create a huge sparse /var/log/lastlog",
        Category = RuleCategory.Shell,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Warning),
        Fix = FixAvailability.Always,
        FixTitle = "Add -l",
        Docs = """
            ## What it does
            Reports `useradd -u <uid>` (or `--uid`) with a UID of more than five digits when `-l`/`--no-log-init`
            is missing. The fix adds `-l`.

            ## Why
            useradd reserves a record per UID in `/var/log/lastlog` and `faillog`. With a very high UID the file
            is sparse on disk but is written out in full into the layer, adding gigabytes to the image.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN useradd -u 1000000 app
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN useradd -l -u 1000000 app
            ```

            ## Differences from hadolint
            hadolint reads only `-u`; `--uid` and `--uid=` are read here too.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnRunCommand(Check);

    private static void Check(ShellCommand command, RunCommandContext context)
    {
        if (command.EffectiveName != "useradd" || command.HasFlag("l", "no-log-init")) return;
        var uid = command.GetFlag("u", "uid");
        if (uid?.ValueWord is not { } word) return;
        string? value = word.IsStatic ? word.Value : context.Semantics.Expand(word.UnquotedText, context.Run);
        if (value is not { Length: > 5 } || !value.All(char.IsAsciiDigit)) return;
        var name = command.Effective.NameWord;
        var fix = name is null ? null : context.CreateFix([new TextEdit(new Syntax.TextSpan(name.Span.End, 0), " -l")]);
        context.Report(word.Span, fix, value);
    }
}
