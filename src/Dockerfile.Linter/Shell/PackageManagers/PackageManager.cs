using System.Collections.Immutable;

namespace Dockerfile.Linter.Shell.PackageManagers;

/// <summary>
/// What the rules need to know about one package manager: the command names it answers to, which options take
/// a value, and its install subcommand(s). Query helpers work on <see cref="ShellCommand.Effective"/>.
/// </summary>
public sealed class PackageManager
{
    private readonly CommandNamePattern _commandName;

    internal PackageManager(string name, string commandNamePattern, CommandSpec spec, params string[] installSubcommands)
    {
        Name = name;
        _commandName = new CommandNamePattern(commandNamePattern);
        Spec = spec;
        InstallSubcommands = [.. installSubcommands.Select(s => s.Split(' ').ToImmutableArray())];
    }

    /// <summary>The manager's usual command name (<c>apt-get</c>, <c>pip</c>, <c>dnf</c> …).</summary>
    public string Name { get; }

    /// <summary>Which options take a value.</summary>
    public CommandSpec Spec { get; }

    /// <summary>The subcommand sequences that install packages (<c>install</c>; for yum also <c>module install</c>).</summary>
    public ImmutableArray<ImmutableArray<string>> InstallSubcommands { get; }

    /// <summary>True when <paramref name="commandBaseName"/> runs this manager (<c>pip3.11</c> is pip, <c>microdnf</c> is dnf).</summary>
    public bool MatchesName(string commandBaseName) => _commandName.IsMatch(commandBaseName);

    /// <summary>True when the effective command is this manager.</summary>
    public bool Matches(ShellCommand command) => MatchesName(command.EffectiveName);

    /// <summary>True when the effective command is this manager and its positional arguments start with <paramref name="subcommands"/> in order (<c>IsSubcommand(c, "module", "install")</c>).</summary>
    public bool IsSubcommand(ShellCommand command, params string[] subcommands) =>
        Matches(command) && StartsWith(command.PositionalArguments, subcommands) ;

    /// <summary>True when the effective command is an install command of this manager.</summary>
    public bool IsInstall(ShellCommand command) => InstallPrefixLength(command) >= 0;

    /// <summary>
    /// The packages named by an install command: its positional arguments after the install subcommand(s),
    /// option values excluded (<c>apt-get install -y -o A=B curl=7.1 git</c> gives <c>curl=7.1</c>, <c>git</c>).
    /// Empty when the command is not an install command of this manager.
    /// </summary>
    public ImmutableArray<ShellWord> GetPackages(ShellCommand command)
    {
        int prefix = InstallPrefixLength(command);
        if (prefix < 0) return [];
        var packages = command.PositionalArguments[prefix..];
        if (!PassesOptionsAfterDoubleDash) return packages;
        // gem install NAME -- --with-opt: what follows "--" goes to the extension's build, it names no gem.
        var end = command.Effective.Arguments.FirstOrDefault(a => a.UnquotedText == "--");
        return end is null ? packages : [.. packages.Where(p => p.Span.Start < end.Span.Start)];
    }

    /// <summary>True when the words after <c>--</c> are options for something else, not packages (<c>gem install</c>'s build options).</summary>
    public bool PassesOptionsAfterDoubleDash { get; init; }

    private int InstallPrefixLength(ShellCommand command)
    {
        if (!Matches(command)) return -1;
        var positionals = command.PositionalArguments;
        int best = -1;
        foreach (var sequence in InstallSubcommands)
            if (sequence.Length > best && StartsWith(positionals, sequence.AsSpan())) best = sequence.Length;
        return best;
    }

    private static bool StartsWith(ImmutableArray<ShellWord> positionals, ReadOnlySpan<string> sequence)
    {
        if (positionals.Length < sequence.Length) return false;
        for (int i = 0; i < sequence.Length; i++)
            if (positionals[i].UnquotedText != sequence[i]) return false;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
