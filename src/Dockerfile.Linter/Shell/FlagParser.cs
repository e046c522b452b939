using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Dockerfile.Linter.Shell;

/// <summary>Splits a command's arguments into options (with values) and positional arguments.</summary>
internal static class FlagParser
{
    // The parse collects into these, kept per thread, and copies out arrays of the exact size (most commands have
    // no options, or no positionals, and then share the empty array or their argument array).
    [ThreadStatic] private static List<ShellFlag>? t_flags;
    [ThreadStatic] private static List<ShellWord>? t_positionals;
    private const int MaxKeptItems = 1024;

    internal static ParsedFlags Parse(ImmutableArray<ShellWord> arguments, CommandSpec spec)
    {
        // Taken from the thread for the parse, so a nested parse (none today) would make its own.
        var flags = t_flags ?? [];
        var positionals = t_positionals ?? [];
        t_flags = null;
        t_positionals = null;
        Collect(arguments, spec, flags, positionals);
        var result = new ParsedFlags(ToArray(flags),
            positionals.Count == arguments.Length ? arguments : ToArray(positionals));
        flags.Clear();
        positionals.Clear();
        if (flags.Capacity <= MaxKeptItems && positionals.Capacity <= MaxKeptItems)
        {
            t_flags = flags;
            t_positionals = positionals;
        }
        return result;
    }

    private static ImmutableArray<T> ToArray<T>(List<T> items) =>
        items.Count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray());

    private static void Collect(ImmutableArray<ShellWord> arguments, CommandSpec spec, List<ShellFlag> flags, List<ShellWord> positionals)
    {
        bool endOfOptions = false;

        for (int i = 0; i < arguments.Length; i++)
        {
            var word = arguments[i];
            string text = word.UnquotedText;
            ShellWord? next = i + 1 < arguments.Length ? arguments[i + 1] : null;

            if (endOfOptions || text.Length < 2 || text[0] != '-')
            {
                positionals.Add(word);
                continue;
            }
            if (text == "--")
            {
                endOfOptions = true;
                continue;
            }

            bool doubleDash = text[1] == '-';
            if (doubleDash || spec.SingleDashLongOptions)
            {
                int bodyStart = doubleDash ? 2 : 1;
                int eq = text.IndexOf('=', bodyStart);
                if (eq >= 0)
                {
                    flags.Add(new ShellFlag(FlagStrings.Of(text, bodyStart, eq - bodyStart), true, word,
                        FlagStrings.Of(text, eq + 1, text.Length - eq - 1), word));
                    continue;
                }
                string body = FlagStrings.Of(text, bodyStart, text.Length - bodyStart);
                if (spec.LongTakesValue(body) && next is not null)
                {
                    flags.Add(new ShellFlag(body, true, word, next.UnquotedText, next));
                    i++;
                }
                else
                {
                    flags.Add(new ShellFlag(body, true, word, null, null));
                }
                continue;
            }

            // -q=2 style (apt): the first letter takes the text after '='.
            if (text.Length > 2 && text[2] == '=')
            {
                flags.Add(new ShellFlag(FlagStrings.OfLetter(text[1]), false, word, FlagStrings.Of(text, 3, text.Length - 3), word));
                continue;
            }

            for (int j = 1; j < text.Length; j++)
            {
                char letter = text[j];
                string name = FlagStrings.OfLetter(letter);
                if (!spec.ShortTakesValue(letter))
                {
                    flags.Add(new ShellFlag(name, false, word, null, null));
                    continue;
                }
                if (j + 1 < text.Length)
                {
                    flags.Add(new ShellFlag(name, false, word, FlagStrings.Of(text, j + 1, text.Length - j - 1), word));
                }
                else if (next is not null)
                {
                    flags.Add(new ShellFlag(name, false, word, next.UnquotedText, next));
                    i++;
                }
                else
                {
                    flags.Add(new ShellFlag(name, false, word, null, null));
                }
                break;
            }
        }
    }

    /// <summary>Index of the first argument that is not an option or option value (options end at <c>--</c>, which is skipped); -1 when none.</summary>
    internal static int FirstOperandIndex(ImmutableArray<ShellWord> arguments, CommandSpec spec, Func<string, bool>? isOperandAnyway = null)
    {
        for (int i = 0; i < arguments.Length; i++)
        {
            string text = arguments[i].UnquotedText;
            if (isOperandAnyway?.Invoke(text) == true) return i;
            if (text == "--") return i + 1 < arguments.Length ? i + 1 : -1;
            if (text.Length < 2 || text[0] != '-') return i;

            if (text.StartsWith("--", StringComparison.Ordinal) || spec.SingleDashLongOptions)
            {
                string body = text.TrimStart('-');
                if (!body.Contains('=') && spec.LongTakesValue(body)) i++;
                continue;
            }
            if (text.Length > 2 && text[2] == '=') continue;
            for (int j = 1; j < text.Length; j++)
            {
                if (!spec.ShortTakesValue(text[j])) continue;
                if (j + 1 == text.Length) i++;
                break;
            }
        }
        return -1;
    }
}
