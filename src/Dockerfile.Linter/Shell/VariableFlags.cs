using System.Collections.Immutable;

namespace Dockerfile.Linter.Shell;

/// <summary>
/// Reads options that come from a variable: in <c>wget ${WGET_ARGS} URL</c> with <c>ARG WGET_ARGS="--progress=dot:giga"</c>
/// the shell passes <c>--progress=dot:giga</c>, so flag checks see that option. Only a word made of one variable
/// reference whose value starts with <c>-</c> is replaced; an unquoted one is split on blanks as the shell splits it.
/// </summary>
internal static class VariableFlags
{
    /// <summary>The arguments with option-valued variable words replaced by their words; the same array when none is.</summary>
    public static ImmutableArray<ShellWord> Expand(ImmutableArray<ShellWord> arguments, Func<string, string?>? values)
    {
        if (values is null) return arguments;
        ImmutableArray<ShellWord>.Builder? result = null;
        for (int i = 0; i < arguments.Length; i++)
        {
            var word = arguments[i];
            var replacement = Replace(word, values);
            if (replacement is null)
            {
                result?.Add(word);
                continue;
            }
            if (result is null)
            {
                result = ImmutableArray.CreateBuilder<ShellWord>(arguments.Length + replacement.Count);
                for (int j = 0; j < i; j++) result.Add(arguments[j]);
            }
            result.AddRange(replacement);
        }
        return result?.ToImmutable() ?? arguments;
    }

    private static List<ShellWord>? Replace(ShellWord word, Func<string, string?> values)
    {
        if (!word.HasExpansion || word.ReferencedVariables.Length != 1) return null;
        string name = word.ReferencedVariables[0];
        string text = word.UnquotedText;
        if (text != "$" + name && text != "${" + name + "}") return null;
        if (values(name) is not { } value) return null;
        string trimmed = value.Trim();
        if (!trimmed.StartsWith('-')) return null;
        // Quoted ("$X") the value stays one word; unquoted it is split on blanks.
        var pieces = word.IsQuoted ? [trimmed] : trimmed.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var words = new List<ShellWord>(pieces.Length);
        foreach (string piece in pieces)
        {
            // Every character of the value sits on the variable reference in the file.
            var offsets = new int[piece.Length];
            for (int k = 0; k < offsets.Length; k++) offsets[k] = word.Span.Start + Math.Min(k, Math.Max(0, word.Span.Length - 1));
            words.Add(new ShellWord(word.Text, piece, offsets, word.Span, isQuoted: word.IsQuoted, hasExpansion: false, word.ReferencedVariables));
        }
        return words;
    }
}
