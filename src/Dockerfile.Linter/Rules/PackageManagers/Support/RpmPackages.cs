using System.Text.RegularExpressions;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>Shared checks of the rpm-based package managers (yum, dnf, microdnf, zypper).</summary>
internal static partial class RpmPackages
{
    /// <summary>True when the package names a version as a dash suffix (<c>httpd-2.4.57</c>) or is an <c>.rpm</c> file.</summary>
    public static bool HasDashVersion(string package) =>
        package.EndsWith(".rpm", StringComparison.Ordinal) || package.StartsWith('-') || DashVersion().IsMatch(package);

    /// <summary>
    /// True for <c>install</c>, <c>groupinstall</c> or <c>localinstall</c> without <c>-y</c>/<c>--assumeyes</c>: an
    /// install that waits for a confirmation (DL3030, DL3038).
    /// </summary>
    public static bool IsInstallWithoutYes(ShellCommand command) =>
        command.Subcommand is "install" or "groupinstall" or "localinstall" && !command.HasFlag("y", "assumeyes");

    /// <summary>True when a word refers only to ARG/ENV variables declared in scope (hadolint lets those pass).</summary>
    public static bool IsDeclaredVariable(ShellWord word, RunCommandContext context)
    {
        if (word.IsStatic || word.ReferencedVariables.IsEmpty) return false;
        var scope = context.Semantics.GetScope(context.Run);
        return word.ReferencedVariables.All(scope.IsDeclared);
    }

    /// <summary>True when a later command of the same RUN satisfies <paramref name="cleans"/>.</summary>
    public static bool CleanedLater(ShellCommand install, RunCommandContext context, Func<ShellCommand, bool> cleans) =>
        context.Script.Commands.SkipWhile(c => c != install).Skip(1).Any(cleans);

    /// <summary>True for <c>rm</c> with <c>-rf</c> (any spelling) or a target under one of the given directories.</summary>
    public static bool IsRemoval(ShellCommand c, params string[] directories) =>
        c.EffectiveName == "rm" && ((c.HasFlag("r", "R", "recursive") && c.HasFlag("f", "force")) ||
            c.Effective.Arguments.Any(a => directories.Any(d => a.UnquotedText.StartsWith(d, StringComparison.Ordinal))));

    [GeneratedRegex(@"-[0-9A-Za-z.~^_:+]*[0-9][0-9A-Za-z.~^_:+]*$")]
    private static partial Regex DashVersion();
}
