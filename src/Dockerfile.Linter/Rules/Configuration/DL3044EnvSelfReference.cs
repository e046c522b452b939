using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3044: an ENV value refers to a variable defined by the same ENV.</summary>
internal sealed class DL3044EnvSelfReference : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3044",
        Name = "env-self-reference",
        Title = "Do not refer to a variable in the ENV that defines it",
        MessageFormat = "'{0}' is defined in this same ENV; here it still has its previous value",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Warning,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "The image builds; the value silently differs from what the line reads like, which is a risk rather than a broken build.",
        Docs = """
            ## What it does
            Reports a reference (`$NAME` or `${NAME…}`) in an `ENV` value to a variable that another pair of the same
            `ENV` defines, unless the variable was already defined before (by an earlier `ENV` or `ARG` of the stage or
            of the stage it is built on). A pair referring to itself (`PATH=$PATH:/opt/bin`) is fine. References that
            are escaped (`\$NAME`) or in single quotes are not references. `ONBUILD ENV` is checked too.

            ## Why
            All values of one `ENV` are expanded with the environment as it was before the instruction: in
            `ENV DIR=/opt/app BIN=$DIR/bin`, `BIN` becomes `/bin`, not `/opt/app/bin`.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ENV APP_HOME=/opt/app
            ENV APP_BIN=$APP_HOME/bin
            ```

            ## Differences from hadolint
            hadolint also matches escaped (`\$NAME`) and single-quoted references (issue #1062), and remembers
            ENV/ARG names across stages; here only real references count and the variables of the stage are used.
            `${NAME:-default}` forms are references too.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<EnvInstruction>(Check);

    private static void Check(EnvInstruction env, RuleContext context)
    {
        if (env.PairCount < 2 || !AnyValueReads(env)) return;
        var scope = context.Semantics.GetScope(env);
        var names = env.Pairs.Select(p => p.Key.Text.Trim('"', '\'')).ToArray();
        for (int i = 0; i < env.Pairs.Length; i++)
        {
            var value = env.Pairs[i].Value;
            foreach (var (name, offset, length) in References(value.Text, context.Syntax.EscapeCharacter))
            {
                // `PATH=/a:$PATH` reads the earlier PATH; a second `PATH=/b:$PATH` in the same ENV does too, not the first pair's value.
                if ((name == names[i] && !names.Take(i).Contains(name)) || scope.IsDeclared(name)) continue;
                if (!names.Where((n, j) => j != i && n == name).Any()) continue;
                var span = value.Span.Length == value.Text.Length ? new TextSpan(value.Span.Start + offset, length) : value.Span;
                context.Report(span, name);
            }
        }
    }

    // Only a value with a `$` can reference a variable: the usual ENV needs no names and no scope.
    private static bool AnyValueReads(EnvInstruction env)
    {
        foreach (var pair in env.Pairs)
            if (pair.Value.Text.Contains('$')) return true;
        return false;
    }

    /// <summary>The variable references of a word as the builder sees them: name, offset and length of <c>$NAME</c>/<c>${NAME…}</c>.</summary>
    private static IEnumerable<(string Name, int Offset, int Length)> References(string text, char escape)
    {
        bool inDouble = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == escape) { i++; continue; }
            if (c == '"') { inDouble = !inDouble; continue; }
            if (c == '\'' && !inDouble)
            {
                int close = text.IndexOf('\'', i + 1);
                if (close < 0) yield break;
                i = close;
                continue;
            }
            if (c != '$' || i + 1 >= text.Length) continue;
            bool braced = text[i + 1] == '{';
            int start = braced ? i + 2 : i + 1, end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
            if (end == start) continue;
            int close2 = braced ? text.IndexOf('}', end) : end - 1;
            int length = braced && close2 >= 0 ? close2 + 1 - i : end - i;
            yield return (text[start..end], i, length);
            i = (braced && close2 >= 0 ? close2 : end - 1);
        }
    }
}
