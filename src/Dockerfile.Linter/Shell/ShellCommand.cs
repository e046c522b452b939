using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// A simple command: optional <c>NAME=value</c> assignments, a name word, arguments and redirections.
/// <para>
/// <see cref="Name"/>, <see cref="Words"/> and <see cref="Arguments"/> describe the command as written.
/// The query members (<see cref="EffectiveName"/>, <see cref="Flags"/>, <see cref="HasFlag"/>,
/// <see cref="GetFlagValues"/>, <see cref="PositionalArguments"/>, <see cref="Subcommand"/>,
/// <see cref="IsCommand"/>) look through wrappers such as <c>sudo</c>, <c>env</c>, <c>command</c>,
/// <c>exec</c>, <c>nice</c>, <c>time</c>, <c>xargs</c> and <c>python -m pip</c>, i.e. they answer for
/// <see cref="Effective"/>.
/// </para>
/// </summary>
public sealed class ShellCommand
{
    private StrongBox<ShellCommand?>? _inner;

    // The answer for the many commands that wrap nothing, shared rather than boxed per command.
    private static readonly StrongBox<ShellCommand?> WrapsNothing = new(null);
    private ParsedFlags? _parsed;
    private ImmutableArray<ShellWord> _arguments;
    private string? _baseName;

    internal ShellCommand(ImmutableArray<ShellWord> words, ImmutableArray<ShellAssignment> assignments,
        ImmutableArray<ShellRedirection> redirections, TextSpan span, ShellCommandContext context)
    {
        Words = words;
        Assignments = assignments;
        Redirections = redirections;
        Span = span;
        Context = context;
    }

    /// <summary>The name word followed by the arguments, as written (assignments and redirections excluded).</summary>
    public ImmutableArray<ShellWord> Words { get; }

    /// <summary>The command-name word; null for an assignment-only or redirection-only command.</summary>
    public ShellWord? NameWord => Words.IsEmpty ? null : Words[0];

    /// <summary>The command name as written, quotes removed (<c>/usr/bin/apt-get</c>, <c>sudo</c>); empty when there is no name.</summary>
    public string Name => NameWord?.UnquotedText ?? "";

    /// <summary>The last path segment of <see cref="Name"/> (<c>/usr/bin/apt-get</c> gives <c>apt-get</c>).</summary>
    public string BaseName => _baseName ??= BaseNameOf(Name);

    /// <summary>The words after the name, as written (for a wrapper such as <c>sudo</c> these include the wrapped command).</summary>
    public ImmutableArray<ShellWord> Arguments
    {
        get
        {
            // Built once: rules and the unwrapper read this many times per command.
            if (_arguments.IsDefault) _arguments = Words.Length <= 1 ? [] : ImmutableArray.Create(Words.AsSpan(1, Words.Length - 1));
            return _arguments;
        }
    }

    /// <summary>The <c>NAME=value</c> prefixes (for an unwrapped <c>env A=1 cmd</c> view, the <c>env</c> assignments).</summary>
    public ImmutableArray<ShellAssignment> Assignments { get; }

    /// <summary>The redirections, in order, kept apart from the arguments.</summary>
    public ImmutableArray<ShellRedirection> Redirections { get; }

    /// <summary>The range of the whole command in the original file.</summary>
    public TextSpan Span { get; }

    /// <summary>Where the command sits (top level, subshell, <c>$(…)</c>, <c>sh -c</c> argument …).</summary>
    public ShellCommandContext Context { get; }

    /// <summary>The pipeline the command belongs to (a single-command pipeline when there is no pipe).</summary>
    public ShellPipeline? Pipeline { get; internal set; }

    /// <summary>The operator between the previous command and this one.</summary>
    public ShellOperator PrecedingOperator { get; internal set; }

    /// <summary>The operator between this command and the next one.</summary>
    public ShellOperator FollowingOperator { get; internal set; }

    /// <summary>True when the command is followed by <c>&amp;</c>.</summary>
    public bool IsBackground => FollowingOperator == ShellOperator.Background;

    /// <summary>True when the command is an element of a pipeline with a pipe.</summary>
    public bool IsInPipeline => Pipeline?.HasPipe == true;

    /// <summary>For the view returned by <see cref="Effective"/>: the wrapper command it came from (<c>sudo …</c>); null otherwise.</summary>
    public ShellCommand? Wrapper { get; private set; }

    /// <summary>
    /// The command that actually runs: for <c>sudo -E /usr/bin/apt-get install x</c> the <c>apt-get install x</c>
    /// part (recursively: <c>sudo env A=1 nice pip install</c> gives <c>pip install</c>). The command itself when
    /// it wraps nothing.
    /// </summary>
    public ShellCommand Effective => Inner?.Effective ?? this;

    /// <summary>The command this one directly wraps (<c>apt-get …</c> for <c>sudo apt-get …</c>), or null.</summary>
    public ShellCommand? Inner
    {
        get
        {
            if (Volatile.Read(ref _inner) is { } box) return box.Value;
            var inner = CommandUnwrapper.Unwrap(this);
            if (inner is not null) inner.Wrapper = this;
            // First writer wins so that every caller sees the same instance.
            Interlocked.CompareExchange(ref _inner, inner is null ? WrapsNothing : new StrongBox<ShellCommand?>(inner), null);
            return _inner!.Value;
        }
    }

    /// <summary>True when <see cref="Effective"/> is a different (wrapped) command.</summary>
    public bool IsWrapper => !ReferenceEquals(Effective, this);

    /// <summary>This command followed by each successively unwrapped command (<c>sudo</c>, then <c>env</c>, then <c>apt-get</c>).</summary>
    public IEnumerable<ShellCommand> UnwrapChain
    {
        get
        {
            for (var current = this; current is not null; current = current.Inner)
                yield return current;
        }
    }

    /// <summary>The base name of the effective command (<c>apt-get</c> for <c>sudo /usr/bin/apt-get …</c>); <c>pip</c> for <c>python3 -m pip</c>.</summary>
    public string EffectiveName => Effective.BaseName;

    /// <summary>The flag table used for the effective command.</summary>
    public CommandSpec Spec => CommandSpecs.For(EffectiveName);

    /// <summary>
    /// The options of the effective command in order (short bundles split into letters). In a RUN linted by the
    /// linter, a <c>$VAR</c> word whose ARG/ENV value is options counts as those options.
    /// </summary>
    public ImmutableArray<ShellFlag> Flags => Parsed.Flags;

    /// <summary>The arguments of the effective command that are neither options nor option values (<c>--</c> ends options).</summary>
    public ImmutableArray<ShellWord> PositionalArguments => Parsed.Positionals;

    /// <summary>The first positional argument of the effective command (<c>install</c> in <c>apt-get -y install x</c>), quotes removed; null when absent.</summary>
    public string? Subcommand => PositionalArguments.IsEmpty ? null : PositionalArguments[0].UnquotedText;

    /// <summary>True when the effective command has any of the given options (names without dashes: <c>HasFlag("y", "yes", "assume-yes")</c>).</summary>
    public bool HasFlag(params string[] names)
    {
        foreach (var f in Flags)
            if (Array.IndexOf(names, f.Name) >= 0) return true;
        return false;
    }

    /// <summary>How many times any of the given options occurs (<c>-qq</c> counts <c>q</c> twice).</summary>
    public int CountFlag(params string[] names) => Flags.Count(f => Array.IndexOf(names, f.Name) >= 0);

    /// <summary>The first occurrence of any of the given options, or null.</summary>
    public ShellFlag? GetFlag(params string[] names) => Flags.FirstOrDefault(f => Array.IndexOf(names, f.Name) >= 0);

    /// <summary>The values given to any of the given options, in order (only occurrences that have a value).</summary>
    public ImmutableArray<string> GetFlagValues(params string[] names) =>
        [.. Flags.Where(f => f.Value is not null && Array.IndexOf(names, f.Name) >= 0).Select(f => f.Value!)];

    /// <summary>
    /// True when the effective command's base name is <paramref name="name"/> and, if subcommands are given,
    /// its <see cref="Subcommand"/> is one of them: <c>IsCommand("apt-get", "install")</c>.
    /// </summary>
    public bool IsCommand(string name, params string[] subcommands)
    {
        if (EffectiveName != name) return false;
        return subcommands.Length == 0 || (Subcommand is { } sub && Array.IndexOf(subcommands, sub) >= 0);
    }

    /// <summary>True when the effective command's base name is any of <paramref name="names"/>.</summary>
    public bool NameIs(params string[] names) => Array.IndexOf(names, EffectiveName) >= 0;

    /// <summary>True when any argument of the effective command has the literal value <paramref name="value"/> (quotes removed).</summary>
    public bool HasArgument(string value) => Effective.Arguments.Any(a => a.UnquotedText == value);

    /// <summary>
    /// Splits the effective command's arguments with a caller-supplied flag table (for commands that
    /// <see cref="CommandSpecs"/> does not know, or to read one subcommand's options differently).
    /// </summary>
    public (ImmutableArray<ShellFlag> Flags, ImmutableArray<ShellWord> PositionalArguments) ParseArguments(CommandSpec spec)
    {
        var parsed = FlagParser.Parse(Effective.Arguments, spec);
        return (parsed.Flags, parsed.Positionals);
    }

    /// <summary>The last path segment of <paramref name="path"/> (after the last <c>/</c>).</summary>
    public static string BaseNameOf(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 || slash == path.Length - 1 ? path : path[(slash + 1)..];
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(' ', Words.Select(w => w.Text));

    private ParsedFlags Parsed => _parsed ??= FlagParser.Parse(VariableFlags.Expand(Effective.Arguments, VariableValues), Spec);

    /// <summary>
    /// The values of the Dockerfile's ARG and ENV variables where the command runs (null when unknown), set by the
    /// linter before rules read the command: a word that is only <c>$NAME</c> or <c>${NAME}</c> whose value is
    /// options (<c>ARG WGET_ARGS="--progress=dot:giga"</c>) is read as those options by <see cref="Flags"/> and
    /// <see cref="PositionalArguments"/>. An unwrapped view uses the resolver of the command it came from.
    /// </summary>
    internal Func<string, string?>? VariableValues
    {
        get => _variableValues ?? Wrapper?.VariableValues;
        set
        {
            _variableValues = value;
            _parsed = null;
        }
    }

    private Func<string, string?>? _variableValues;

    /// <summary>Creates the unwrapped view of a wrapper: same place in the script, fewer words.</summary>
    internal ShellCommand CreateWrappedView(ImmutableArray<ShellWord> words, ImmutableArray<ShellAssignment> assignments)
    {
        var span = words.IsEmpty ? Span : TextSpan.FromBounds(words[0].Span.Start, Math.Max(words[0].Span.Start, Span.End));
        return new ShellCommand(words, assignments, Redirections, span, Context)
        {
            Pipeline = Pipeline,
            PrecedingOperator = PrecedingOperator,
            FollowingOperator = FollowingOperator,
        };
    }
}

internal sealed record ParsedFlags(ImmutableArray<ShellFlag> Flags, ImmutableArray<ShellWord> Positionals);
