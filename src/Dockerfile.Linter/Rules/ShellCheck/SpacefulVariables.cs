using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Which variables may hold spaces or glob characters at a given place of a RUN script, as ShellCheck judges it:
/// the assignments written before the place decide (<c>V=1.2</c> is safe, <c>V=$(cmd)</c>, <c>V="a b"</c> and
/// <c>read V</c> are not), an assignment that may not run (after <c>&amp;&amp;</c> or <c>||</c>, inside <c>if</c>, a
/// loop or a subshell) only adding its risk to the state before it; a variable the script never assigns is safe when the
/// Dockerfile declares it with ARG or ENV (as hadolint declares those names to ShellCheck), and unsafe otherwise.
/// Special parameters that always hold one word (<c>$?</c>, <c>$#</c>, <c>$$</c>, <c>$!</c>, <c>$-</c>,
/// <c>${#x}</c>) are safe; <c>$1</c>… and <c>$*</c> are not.
/// </summary>
internal sealed class SpacefulVariables
{
    /// <summary>Proxy variables BuildKit passes to every RUN without an ARG (hadolint declares them too).</summary>
    private static readonly HashSet<string> Predefined = new(StringComparer.Ordinal)
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
    };

    private static readonly ShellWord LoopWord = ShellWord.Literal("", "", [], default);
    private readonly ShellCheckScript _script;
    private Dictionary<string, List<Assignment>>? _assignments;   // made at the first assignment: many scripts have none
    private HashSet<string>? _declaredOnly;   // names declared without a value (export NAME), made at the first one

    private sealed class Assignment(int position, ShellWord? word, int valueStart, bool conditional, bool branch = false)
    {
        public int Position { get; } = position;
        public bool Conditional { get; set; } = conditional;   // after && or ||, or inside if/loop/subshell: may not run
        public bool Branch { get; } = branch;                  // inside if/case/loop: one of possibly several branches
        public ShellWord? Word { get; } = word;   // null: the value is unknown (read, loops over globs)
        public int ValueStart { get; } = valueStart;
        public int State;                          // 0 unknown, 1 computing, 2 safe, 3 spaceful
    }

    internal SpacefulVariables(ShellCheckScript script)
    {
        _script = script;
        foreach (var command in script.Commands)
        {
            bool branch = command.Context == ShellCommandContext.Compound;
            bool conditional = command.PrecedingOperator is ShellOperator.And or ShellOperator.Or or ShellOperator.Pipe or ShellOperator.PipeAll
                               || command.Context is not (ShellCommandContext.TopLevel or ShellCommandContext.Group or ShellCommandContext.ShellArgument);
            foreach (var a in command.Assignments)
                Add(a.Name, new Assignment(a.Span.Start, a.Word, ShellCheckScript.AssignmentValueStart(a.Word.Text), conditional, branch));
            if (ShellCheckScript.IsDeclaration(command))
            {
                foreach (var word in command.Arguments)
                {
                    int value = ShellCheckScript.AssignmentValueStart(word.Text);
                    if (value > 0) Add(NameOf(word.Text), new Assignment(word.Span.Start, word, value, conditional));
                    else if (word.Value is { Length: > 0 } name && IsName(name)) (_declaredOnly ??= new(StringComparer.Ordinal)).Add(name);
                }
            }
            else if (command.Name is "read" or "mapfile" or "readarray")
            {
                foreach (var word in command.Arguments)
                    if (word.Value is { Length: > 0 } name && IsName(name)) Add(name, new Assignment(word.Span.Start, null, 0, conditional));
            }
            else if (command.Name == "getopts" && command.Arguments.Length >= 2 && command.Arguments[1].Value is { Length: > 0 } opt && IsName(opt))
            {
                Add(opt, new Assignment(command.Arguments[1].Span.Start, null, 0, conditional));
            }
        }
        if (LoopVariables.Find(script.Run, script) is { } loops)
            foreach (var loop in loops)
                Add(loop.Name, new Assignment(loop.Position, loop.Spaceful ? null : LoopWord, 0, false) { State = loop.Spaceful ? 3 : 2 });
        if (_assignments is null) return;
        foreach (var list in _assignments.Values)
        {
            list.Sort((a, b) => a.Position.CompareTo(b.Position));
            // Assigned in two or more branches (if/else, the arms of a case): taken as assigned on every path, the
            // first branch replacing the earlier state and the others adding their values' risk. One branch alone
            // (an if without else) may not run.
            if (BranchCount(list) < 2) continue;
            bool previousBranch = false;
            foreach (var a in list)
            {
                if (a.Branch) a.Conditional = previousBranch;
                previousBranch = a.Branch;
            }
        }
    }

    /// <summary>True when <paramref name="name"/> is assigned, declared, read or looped over anywhere in the script.</summary>
    public bool IsAssignedInScript(string name) => _assignments?.ContainsKey(name) == true || _declaredOnly?.Contains(name) == true;

    /// <summary>True when the Dockerfile declares <paramref name="name"/> for the RUN (ARG, ENV, or a proxy variable).</summary>
    public bool IsDeclaredByDockerfile(string name) => _script.Scope.IsDeclared(name) || Predefined.Contains(name);

    /// <summary>True when an unquoted expansion of the parameter <paramref name="part"/> at <paramref name="position"/> may be split or globbed.</summary>
    public bool MayBeSpaceful(WordPart part, int position)
    {
        if (part.IsLength || part.Name.Length == 0) return false;
        return MayBeSpaceful(part.Name, position, 0);
    }

    private bool MayBeSpaceful(string name, int position, int depth)
    {
        if (name is "?" or "#" or "$" or "!" or "-" or "@") return false;
        if (name == "*" || char.IsAsciiDigit(name[0])) return true;
        // Walk the assignments written before the place: one that surely runs replaces the state, one that may
        // not run (after && or ||, inside if or a loop) adds its value's risk to it.
        bool spaceful = !IsDeclaredByDockerfile(name);
        if (_assignments is not null && _assignments.TryGetValue(name, out var list))
        {
            foreach (var a in list)
            {
                if (a.Position >= position) break;
                spaceful = a.Conditional ? spaceful || IsSpaceful(a, depth) : IsSpaceful(a, depth);
            }
        }
        return spaceful;
    }

    private bool IsSpaceful(Assignment a, int depth)
    {
        if (a.State >= 2) return a.State == 3;
        if (a.Word is null) return true;
        if (a.State == 1 || depth > 32) return true;   // a cycle (A=$B B=$A) or a very long chain: assume the worst
        a.State = 1;
        bool spaceful = ValueIsSpaceful(a.Word, a.ValueStart, a.Position, depth + 1);
        a.State = spaceful ? 3 : 2;
        return spaceful;
    }

    private bool ValueIsSpaceful(ShellWord word, int valueStart, int position, int depth)
    {
        foreach (var part in _script.PartsOf(word))
        {
            if (part.End <= valueStart) continue;
            switch (part.Kind)
            {
                case WordPartKind.CommandSubstitution or WordPartKind.Backticks:
                    return true;
                case WordPartKind.Parameter:
                    if (part.IsLength) continue;
                    if (MayBeSpaceful(part.Name, position, depth)) return true;
                    continue;
                case WordPartKind.Literal or WordPartKind.SingleQuoted:
                    int from = Math.Max(part.Start, valueStart);
                    if (word.Text.AsSpan(from, part.End - from).IndexOfAny(" \t\n*?[") >= 0) return true;
                    continue;
            }
        }
        return false;
    }

    private static int BranchCount(List<Assignment> list)
    {
        int count = 0;
        foreach (var a in list)
            if (a.Branch) count++;
        return count;
    }

    private void Add(string name, Assignment assignment)
    {
        _assignments ??= new Dictionary<string, List<Assignment>>(StringComparer.Ordinal);
        if (!_assignments.TryGetValue(name, out var list)) _assignments[name] = list = [];
        list.Add(assignment);
    }

    private static string NameOf(string assignment)
    {
        int i = 0;
        while (i < assignment.Length && (char.IsAsciiLetterOrDigit(assignment[i]) || assignment[i] == '_')) i++;
        return assignment[..i];
    }

    private static bool IsName(string s)
    {
        if (!(char.IsAsciiLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
