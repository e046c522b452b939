using System.Text;

namespace Dockerfile.Linter.Semantics;

/// <summary>
/// Expands a word as the builder would, when every variable it uses has a statically known value:
/// quotes removed, escapes applied, <c>$NAME</c>, <c>${NAME}</c>, <c>${NAME:-w}</c>, <c>${NAME-w}</c>, <c>${NAME:+w}</c>,
/// <c>${NAME+w}</c>. Returns null as soon as anything is unknown (an unknown value or an unsupported modifier).
/// </summary>
internal static class StaticExpander
{
    public static string? Expand(string text, VariableScope scope, char escape)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        return ExpandInto(text, ref i, scope, escape, sb, stopAtBrace: false) ? sb.ToString() : null;
    }

    private static bool ExpandInto(string text, ref int i, VariableScope scope, char escape, StringBuilder sb, bool stopAtBrace)
    {
        bool inDouble = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (stopAtBrace && !inDouble && c == '}') return true;
            if (c == '\'' && !inDouble)
            {
                int close = text.IndexOf('\'', i + 1);
                if (close < 0) return false;
                sb.Append(text, i + 1, close - i - 1);
                i = close + 1;
            }
            else if (c == '"')
            {
                inDouble = !inDouble;
                i++;
            }
            else if (c == escape)
            {
                if (i + 1 >= text.Length) { i++; continue; }
                char next = text[i + 1];
                if (inDouble && next != '"' && next != '$' && next != escape) sb.Append(c);
                sb.Append(next);
                i += 2;
            }
            else if (c == '$')
            {
                if (!ExpandVariable(text, ref i, scope, escape, sb)) return false;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return !stopAtBrace;
    }

    private static bool ExpandVariable(string text, ref int i, VariableScope scope, char escape, StringBuilder sb)
    {
        int start = i + 1;
        if (start < text.Length && text[start] == '{')
        {
            int nameStart = start + 1, j = nameStart;
            while (j < text.Length && IsNameChar(text[j])) j++;
            if (j == nameStart || j >= text.Length) return false;
            string name = text[nameStart..j];
            var (known, isSet, value) = Resolve(scope, name);
            if (text[j] == '}')
            {
                if (!known) return false;
                sb.Append(value);
                i = j + 1;
                return true;
            }
            bool colon = text[j] == ':';
            int op = colon ? j + 1 : j;
            if (op >= text.Length || (text[op] != '-' && text[op] != '+')) return false;
            var word = new StringBuilder();
            int k = op + 1;
            if (!ExpandInto(text, ref k, scope, escape, word, stopAtBrace: true)) return false;
            i = k + 1;
            if (!known) return false;
            bool present = colon ? isSet && value.Length > 0 : isSet;
            if (text[op] == '-') sb.Append(present ? value : word.ToString());
            else if (present) sb.Append(word);
            return true;
        }
        int e = start;
        while (e < text.Length && IsNameChar(text[e])) e++;
        if (e == start)
        {
            sb.Append('$');
            i = start;
            return true;
        }
        var (k2, _, v2) = Resolve(scope, text[start..e]);
        if (!k2) return false;
        sb.Append(v2);
        i = e;
        return true;
    }

    private static (bool Known, bool IsSet, string Value) Resolve(VariableScope scope, string name)
    {
        var variable = scope.Lookup(name);
        if (variable is null) return scope.UndeclaredAreUnset ? (true, false, "") : (false, false, "");
        return variable.Value is null ? (false, true, "") : (true, true, variable.Value);
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
