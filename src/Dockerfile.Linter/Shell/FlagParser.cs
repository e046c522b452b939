using System.Collections.Immutable;

namespace Dockerfile.Linter.Shell;

/// <summary>Splits a command's arguments into options (with values) and positional arguments.</summary>
internal static class FlagParser
{
    internal static ParsedFlags Parse(ImmutableArray<ShellWord> arguments, CommandSpec spec)
    {
        var flags = ImmutableArray.CreateBuilder<ShellFlag>();
        var positionals = ImmutableArray.CreateBuilder<ShellWord>();
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

            bool isLongSyntax = text.StartsWith("--", StringComparison.Ordinal) || spec.SingleDashLongOptions;
            if (isLongSyntax)
            {
                string body = text.StartsWith("--", StringComparison.Ordinal) ? text[2..] : text[1..];
                int eq = body.IndexOf('=');
                if (eq >= 0)
                {
                    flags.Add(new ShellFlag(body[..eq], true, word, body[(eq + 1)..], word));
                }
                else if (spec.LongTakesValue(body) && next is not null)
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
                flags.Add(new ShellFlag(text[1].ToString(), false, word, text[3..], word));
                continue;
            }

            for (int j = 1; j < text.Length; j++)
            {
                char letter = text[j];
                if (!spec.ShortTakesValue(letter))
                {
                    flags.Add(new ShellFlag(letter.ToString(), false, word, null, null));
                    continue;
                }
                if (j + 1 < text.Length)
                {
                    flags.Add(new ShellFlag(letter.ToString(), false, word, text[(j + 1)..], word));
                }
                else if (next is not null)
                {
                    flags.Add(new ShellFlag(letter.ToString(), false, word, next.UnquotedText, next));
                    i++;
                }
                else
                {
                    flags.Add(new ShellFlag(letter.ToString(), false, word, null, null));
                }
                break;
            }
        }
        return new ParsedFlags(flags.ToImmutable(), positionals.ToImmutable());
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
