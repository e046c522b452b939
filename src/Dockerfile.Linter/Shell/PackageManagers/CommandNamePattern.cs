namespace Dockerfile.Linter.Shell.PackageManagers;

/// <summary>
/// The command names of a built-in package manager: alternatives separated by <c>|</c>, each a literal name optionally
/// followed by one character class repeated, such as <c>pip[0-9.]*</c> or <c>dnf[0-9]*|microdnf</c>. Matched by hand
/// (no regex to build at start-up), with the meaning <c>^(?:pattern)$</c> has in .NET: the whole name, which may end
/// with one line feed.
/// </summary>
internal sealed class CommandNamePattern
{
    private readonly (string Name, string? Class)[] _alternatives;

    /// <summary>Reads <paramref name="pattern"/>; anything but the shapes above is a programming error.</summary>
    public CommandNamePattern(string pattern)
    {
        _alternatives = pattern.Split('|').Select(Parse).ToArray();

        static (string, string?) Parse(string alternative)
        {
            int open = alternative.IndexOf('[');
            if (open < 0) return (alternative, null);
            if (!alternative.EndsWith("]*", StringComparison.Ordinal) || alternative.IndexOf(']') != alternative.Length - 2)
                throw new ArgumentException($"unsupported command name pattern '{alternative}'", nameof(pattern));
            return (alternative[..open], alternative[(open + 1)..^2]);
        }
    }

    /// <summary>True when <paramref name="name"/> is one of the names.</summary>
    public bool IsMatch(string name)
    {
        // `$` also matches before a final line feed.
        var span = name.EndsWith('\n') ? name.AsSpan(0, name.Length - 1) : name.AsSpan();
        foreach (var (literal, charClass) in _alternatives)
        {
            if (charClass is null)
            {
                if (span.SequenceEqual(literal)) return true;
                continue;
            }
            if (!span.StartsWith(literal, StringComparison.Ordinal)) continue;
            bool all = true;
            foreach (char c in span[literal.Length..])
                if (!InClass(c, charClass)) { all = false; break; }
            if (all) return true;
        }
        return false;
    }

    // A class is single characters and ranges such as 0-9.
    private static bool InClass(char c, string charClass)
    {
        for (int i = 0; i < charClass.Length; i++)
        {
            if (i + 2 < charClass.Length && charClass[i + 1] == '-')
            {
                if (c >= charClass[i] && c <= charClass[i + 2]) return true;
                i += 2;
            }
            else if (c == charClass[i]) return true;
        }
        return false;
    }
}
