using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The shell language a script is checked as.</summary>
internal enum ShellCheckDialect
{
    /// <summary>POSIX sh (<c>/bin/sh</c>, dash, ash, busybox): the Dockerfile default.</summary>
    Sh,
    /// <summary>bash, or ksh: arrays, <c>[[ ]]</c>, <c>local</c> and declarations that take assignments.</summary>
    Bash,
}

/// <summary>
/// A RUN as the ShellCheck rules see it: the shared shell parse of the RUN (<see cref="RuleContext.GetScript"/>),
/// its commands in text order, the dialect at each place, the word pieces of each word and the
/// <c># shellcheck disable=…</c> directives of heredoc scripts. Built once per RUN and shared by every SC rule.
/// Null (<see cref="For"/>) for what is not a POSIX shell script: exec form, PowerShell or cmd stages (a SHELL that
/// selects them, or a Windows base image without SHELL), zsh, and heredocs run by other interpreters.
/// </summary>
internal sealed class ShellCheckScript
{
    // Kept in ShellScript.RuleState for a RUN that is not checked, so that the answer is worked out once per parse.
    private static readonly object NotChecked = new();
    private readonly ImmutableArray<(TextSpan Body, ShellCheckDialect Dialect)> _heredocDialects;
    private readonly ShellCheckDirectives _directives;
    private readonly RuleContext _context;
    private VariableScope? _scope;
    private SpacefulVariables? _variables;
    private ShellListStructure? _structure;
    private List<(TextSpan Span, char Escaped)>? _uselessEscapes;

    private ShellCheckScript(RunInstruction run, ShellScript script, RuleContext context, ShellCheckDialect dialect,
        ImmutableArray<(TextSpan, ShellCheckDialect)> heredocDialects, bool shellErrexit)
    {
        Run = run;
        ShellErrexit = shellErrexit;
        Script = script;
        _context = context;
        if (context.IsOnbuildTrigger) _scope = VariableScope.Empty(false);
        Dialect = dialect;
        _heredocDialects = heredocDialects;
        Commands = InTextOrder(script.Commands);
        _directives = ShellCheckDirectives.Find(run, script);
        Characters = ScriptCharacterScan.Of(run);
    }

    /// <summary>The RUN.</summary>
    public RunInstruction Run { get; }

    /// <summary>The shared parse of the RUN.</summary>
    public ShellScript Script { get; }

    /// <summary>The ARG and ENV variables the RUN sees (empty for an ONBUILD trigger, which runs in a later build).</summary>
    public VariableScope Scope => _scope ??= _context.Semantics.GetScope(Run);

    /// <summary>The dialect of the stage's shell (heredoc scripts with a shebang may differ: <see cref="DialectAt"/>).</summary>
    public ShellCheckDialect Dialect { get; }

    /// <summary>True when the whole script is read as bash (the stage's shell is bash and no region runs another shell).</summary>
    public bool IsBashOnly => Dialect == ShellCheckDialect.Bash && _heredocDialects.IsEmpty;

    /// <summary>Every simple command, in the order they are written (commands of <c>$(…)</c> inside their command).</summary>
    public ImmutableArray<ShellCommand> Commands { get; }

    /// <summary>Which of the characters the rules look for occur in the script (rules without theirs skip it).</summary>
    public ScriptCharacters Characters { get; }

    /// <summary>True when the stage's SHELL turns on errexit (<c>SHELL ["/bin/bash", "-eo", "pipefail", "-c"]</c>).</summary>
    public bool ShellErrexit { get; }

    /// <summary>Where the script's list items sit (conditions, errexit), worked out on first use.</summary>
    public ShellListStructure Structure => _structure ??= new ShellListStructure(this);

    /// <summary>The variable facts SC2086 and SC2154 read, worked out on first use.</summary>
    public SpacefulVariables Variables => _variables ??= new SpacefulVariables(this);

    /// <summary>The escapes SC1001 and SC1012 report (<see cref="Rules.UselessEscapes"/>), worked out on first use.</summary>
    public List<(TextSpan Span, char Escaped)> UselessEscapes => _uselessEscapes ??= Rules.UselessEscapes.Find(this);

    /// <summary>The script of <paramref name="run"/> to check, or null when it is not checked as a POSIX shell script.</summary>
    public static ShellCheckScript? For(RunInstruction run, RuleContext context)
    {
        if (run.Command is not ShellForm) return null;
        // Every SC rule asks for every RUN: the answer, yes or no, is kept with the parse of the RUN (one per file).
        var script = context.GetScript(run);
        var state = script.RuleState;
        if (state is null) script.RuleState = state = (object?)Create(run, script, context) ?? NotChecked;
        return state as ShellCheckScript;
    }

    /// <summary>
    /// The commands sorted by where they start, commands that start together keeping their order: the parser
    /// records the commands of <c>$(…)</c> before the command using them, everything else already in order.
    /// </summary>
    private static ImmutableArray<ShellCommand> InTextOrder(ImmutableArray<ShellCommand> commands)
    {
        bool sorted = true;
        for (int i = 1; i < commands.Length && sorted; i++) sorted = commands[i - 1].Span.Start <= commands[i].Span.Start;
        if (sorted) return commands;
        var keys = new (int Start, int Index)[commands.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = (commands[i].Span.Start, i);
        Array.Sort(keys);
        var ordered = new ShellCommand[commands.Length];
        for (int i = 0; i < keys.Length; i++) ordered[i] = commands[keys[i].Index];
        return ImmutableCollectionsMarshal.AsImmutableArray(ordered);
    }

    private static ShellCheckScript? Create(RunInstruction run, ShellScript script, RuleContext context)
    {
        var shell = context.Semantics.GetShell(run);
        if (DialectOf(run, shell, context.Semantics) is not { } dialect) return null;
        // RUN powershell -Command "…" / RUN cmd /c …: the text is for another interpreter, whatever the stage.
        if (script.Commands.Length > 0 && script.Commands[0].Context == ShellCommandContext.TopLevel
            && ShellDialect.ExecutableName(script.Commands[0].Name) is "powershell" or "pwsh" or "cmd")
            return null;

        ImmutableArray<(TextSpan, ShellCheckDialect)>.Builder? regions = null;
        foreach (var heredoc in run.Heredocs)
        {
            if (!heredoc.Content.StartsWith("#!", StringComparison.Ordinal)) continue;
            var shebang = heredoc.Content[2..].Split('\n')[0].Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (shebang.Length == 0) continue;
            string interpreter = shebang[0];
            if (ShellDialect.ExecutableName(interpreter) == "env" && shebang.Length > 1) interpreter = shebang[^1];
            if (DialectOf(interpreter) is { } d) (regions ??= ImmutableArray.CreateBuilder<(TextSpan, ShellCheckDialect)>()).Add((heredoc.ContentSpan, d));
        }
        AddNestedShells(script, ref regions);
        bool errexit = !IsDefaultShell(shell) && ShellListStructure.SetsErrexit(shell);
        return new ShellCheckScript(run, script, context, dialect, regions?.ToImmutable() ?? [], errexit);
    }

    /// <summary>
    /// True when the SC rules check <paramref name="run"/>: a shell-form RUN whose stage runs a POSIX shell
    /// ShellCheck knows (not PowerShell or cmd, not zsh, not a Windows base image without SHELL, not a stage a
    /// <c># hadolint shell=powershell</c> comment declares).
    /// </summary>
    internal static bool IsShellChecked(RunInstruction run, SemanticModel semantics) =>
        run.Command is ShellForm && DialectOf(run, semantics.GetShell(run), semantics) is not null;

    /// <summary>The dialect of a shell-form RUN whose stage runs <paramref name="shell"/>; null when it is not checked.</summary>
    private static ShellCheckDialect? DialectOf(RunInstruction run, ImmutableArray<string> shell, SemanticModel semantics)
    {
        if (run.Command is not ShellForm) return null;
        bool isDefault = IsDefaultShell(shell);
        if (!isDefault && !SemanticModel.IsPosix(shell)) return null;
        if (isDefault && semantics.GetStage(run) is { } stage && semantics.IsWindowsStage(stage))
            return null;
        return DialectOf(ShellPragmas.ShellAt(semantics, run) ?? (shell.IsDefaultOrEmpty ? "sh" : shell[0]));
    }

    /// <summary>True for <c>/bin/sh -c</c>: the model's own default (no SHELL in the stage) is recognised without comparing.</summary>
    private static bool IsDefaultShell(ImmutableArray<string> shell) =>
        shell == SemanticModel.DefaultShell || shell.SequenceEqual(SemanticModel.DefaultShell);

    /// <summary>The dialect for an interpreter path; null for shells ShellCheck does not check (zsh) and non-shells.</summary>
    private static ShellCheckDialect? DialectOf(string interpreter) => ShellDialect.ExecutableName(interpreter) switch
    {
        "bash" or "ksh" or "mksh" or "ksh93" => ShellCheckDialect.Bash,
        "sh" or "dash" or "ash" or "busybox" or "posh" or "yash" => ShellCheckDialect.Sh,
        _ => null,
    };

    /// <summary>
    /// The regions another shell runs: the script argument of <c>bash -c '…'</c> (or <c>sh -c</c>, <c>zsh -c</c> …)
    /// and the heredoc body fed to a shell (<c>bash &lt;&lt;EOF</c>), with that shell's dialect. zsh counts as bash
    /// here: it has every feature the portability checks look for.
    /// </summary>
    private static void AddNestedShells(ShellScript script, ref ImmutableArray<(TextSpan, ShellCheckDialect)>.Builder? regions)
    {
        foreach (var command in script.Commands)
        {
            string name = command.EffectiveName;
            if (!ShellDialect.IsShell(name)) continue;
            var dialect = name == "zsh" ? ShellCheckDialect.Bash : DialectOf(name);
            if (dialect is not { } d) continue;
            if (ShellDialect.GetInlineScript(command) is { } inline)
                (regions ??= ImmutableArray.CreateBuilder<(TextSpan, ShellCheckDialect)>()).Add((inline.Span, d));
            foreach (var redirection in command.Redirections)
                if (redirection.IsHeredoc && redirection.HeredocBodySpan is { } body)
                    (regions ??= ImmutableArray.CreateBuilder<(TextSpan, ShellCheckDialect)>()).Add((body, d));
        }
    }

    /// <summary>
    /// The dialect at a file offset: the innermost region another shell runs decides (a heredoc's shebang, the
    /// script of <c>bash -c '…'</c>, a heredoc fed to <c>bash</c>), the stage's shell elsewhere.
    /// </summary>
    public ShellCheckDialect DialectAt(int offset)
    {
        var result = Dialect;
        if (_heredocDialects.IsEmpty) return result;
        int best = int.MaxValue;
        foreach (var (region, dialect) in _heredocDialects)
            if (offset >= region.Start && offset < region.End && region.Length < best)
            {
                best = region.Length;
                result = dialect;
            }
        return result;
    }

    /// <summary>True when a <c># shellcheck disable=</c> directive of the script turns <paramref name="code"/> off at <paramref name="span"/>.</summary>
    public bool IsDisabled(string code, TextSpan span) => _directives.Disables(code, span.Start);

    /// <summary>The pieces of <paramref name="word"/> (computed once per word, kept with the word).</summary>
    public List<WordPart> PartsOf(ShellWord word) => word.Parts;

    /// <summary>True when <paramref name="word"/> may hold a command substitution (<c>$(…)</c> or backticks): words without <c>$</c> or a backtick need not be split.</summary>
    public static bool MaySubstitute(ShellWord word) => word.Text.AsSpan().IndexOfAny('$', '`') >= 0;

    /// <summary>The file range of a piece of <paramref name="word"/>.</summary>
    public static TextSpan SpanOf(ShellWord word, WordPart part) => word.GetSpanOfText(part.Start, part.Length);

    /// <summary>True for <c>export</c>, <c>readonly</c>, <c>local</c>, <c>declare</c> and <c>typeset</c>.</summary>
    public static bool IsDeclaration(ShellCommand command) =>
        command.Name is "export" or "readonly" or "local" or "declare" or "typeset";

    /// <summary>True when <paramref name="text"/> starts like an assignment (<c>NAME=</c>, <c>NAME+=</c>, <c>NAME[i]=</c>).</summary>
    public static int AssignmentValueStart(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_')) return -1;
        int i = 1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
        if (i < text.Length && text[i] == '[')
        {
            int close = text.IndexOf(']', i);
            if (close < 0) return -1;
            i = close + 1;
        }
        if (i + 1 < text.Length && text[i] == '+' && text[i + 1] == '=') return i + 2;
        return i < text.Length && text[i] == '=' ? i + 1 : -1;
    }

    /// <summary>
    /// The words of <paramref name="command"/> the shell splits and globs after expansion: the name and arguments,
    /// and redirection targets other than heredoc delimiters. The arguments of a declaration that are assignments
    /// (<c>export A=$x</c>) are left out in bash, which treats them as assignments; POSIX sh splits them. Nothing of
    /// <c>[[ … ]]</c>, where the shell does not split.
    /// </summary>
    public CommandWords SplitWords(ShellCommand command)
    {
        if (command.Name == "[[") return CommandWords.None;
        bool declaration = IsDeclaration(command) && DialectAt(command.Span.Start) == ShellCheckDialect.Bash;
        return CommandWords.Split(command, skipAssignmentArguments: declaration);
    }
}
