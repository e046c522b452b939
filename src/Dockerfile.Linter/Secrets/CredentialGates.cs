using System.Buffers;

namespace Dockerfile.Linter.Secrets;

/// <summary>
/// Cheap necessary conditions of the credential patterns whose literal words are common in shell text (<c>://</c>,
/// <c>=</c>, <c>--</c>): each answers false only when the pattern cannot match, in one pass over the text, so the
/// regex is built and run only for the few texts that hold the shape it looks for.
/// </summary>
internal static class CredentialGates
{
    private static readonly string[] ConnectionStringKeys = ["AccountKey", "SharedAccessKey", "SharedAccessSignature", "Password", "Pwd"];

    // Every password option ends in one of these (api-key, access-key, secret-key and private-key in "key").
    private static readonly string[] PasswordOptionEnds = ["pass", "passwd", "password", "passphrase", "secret", "token", "key"];

    // Every password command pattern names one of these commands or words (chpasswd, htpasswd and "openssl passwd"
    // hold "passwd"; aws_secret_access_key and aws_session_token start "aws_s"). Bit i of CommandWords is word i.
    internal static readonly string[] CommandWordList =
        ["mysql", "mariadb", "sshpass", "docker", "pass:", "curl", "passwd", "machine", "aws_s", "npm", "yarn", "useradd", "usermod", "adduser"];

    /// <summary>The bit of <paramref name="word"/> (one of the command words) in <see cref="CommandWords"/>.</summary>
    public static uint CommandWord(string word)
    {
        int index = Array.IndexOf(CommandWordList, word);
        if (index < 0) throw new ArgumentException($"'{word}' is no command word.", nameof(word));
        return 1u << index;
    }

    /// <summary>
    /// One bit per command word <paramref name="text"/> contains (see <see cref="CommandWord"/>), in one search for
    /// all of them (shared with the format literals, see <see cref="SecretAnchors"/>), so that a RUN line naming none of
    /// the password commands is judged without a test per pattern.
    /// </summary>
    public static uint CommandWords(string text) => SecretAnchors.CommandWords(SecretAnchors.Find(text));

    /// <summary>
    /// One of <paramref name="words"/> followed, in the same simple command (before the next <c>;</c>, <c>&amp;</c>,
    /// <c>|</c> or line break), by a blank and one of <paramref name="options"/>: the shape <c>word[^;&amp;|\n]*?\s-p</c>
    /// of <c>mysql … -p…</c> or <c>curl … -u …</c>, which most RUN lines naming the command
    /// (<c>apt-get install mysql-client &amp;&amp; mkdir -p …</c>) do not have. The blank may be the line break itself.
    /// </summary>
    public static bool HasOptionAfterWord(string text, string[] words, string[] options)
    {
        foreach (var word in words)
        {
            // A later occurrence inside a command already looked at has the same end and fewer options after it: the
            // next one looked at is past that command, so each character is looked at a bounded number of times.
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; )
            {
                var rest = text.AsSpan(at);
                int end = rest.IndexOfAny(CommandEnds);
                if (end < 0) end = rest.Length;
                foreach (var option in options)
                {
                    // The option may start right after the command's end when that is a line break (the regex's \s).
                    var command = rest[..Math.Min(rest.Length, end + 1 + option.Length)];
                    for (int o = command.IndexOf(option, StringComparison.Ordinal); o >= 0 && o - 1 <= end; o = Next(command, option, o))
                        if (o > 0 && char.IsWhiteSpace(command[o - 1])) return true;
                }
                at = at + end + 1 < text.Length ? text.IndexOf(word, at + end + 1, StringComparison.Ordinal) : -1;
            }
        }
        return false;
    }

    private static readonly SearchValues<char> CommandEnds = SearchValues.Create(";&|\n");

    private static int Next(ReadOnlySpan<char> text, string value, int previous)
    {
        int next = text[(previous + 1)..].IndexOf(value, StringComparison.Ordinal);
        return next < 0 ? -1 : previous + 1 + next;
    }

    /// <summary>A <c>://</c> followed by <c>user:password@</c> (no blank, slash or quote in between).</summary>
    public static bool MayHoldUrlPassword(string text)
    {
        for (int i = text.IndexOf("://", StringComparison.Ordinal); i >= 0; i = text.IndexOf("://", i + 1, StringComparison.Ordinal))
        {
            int j = i + 3;
            while (j < text.Length && text[j] is not (':' or '@' or '/' or '"' or '\'') && !char.IsWhiteSpace(text[j])) j++;
            if (j >= text.Length || text[j] != ':') continue;
            int passwordStart = ++j;
            while (j < text.Length && text[j] is not ('@' or '/' or '"' or '\'') && !char.IsWhiteSpace(text[j])) j++;
            if (j > passwordStart && j < text.Length && text[j] == '@') return true;
        }
        return false;
    }

    /// <summary>A connection-string key (<c>AccountKey</c>, <c>Password</c>, …, any ASCII case) right before a <c>=</c> and a value.</summary>
    public static bool MayHoldConnectionStringSecret(string text)
    {
        for (int i = text.IndexOf('='); i >= 0 && i + 1 < text.Length; i = text.IndexOf('=', i + 1))
        {
            if (text[i + 1] is ';' or '\'' or '"' || char.IsWhiteSpace(text[i + 1])) continue;
            var before = text.AsSpan(0, i);
            foreach (var key in ConnectionStringKeys)
                if (before.EndsWith(key, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// A <c>--</c> option whose name ends in a password word (any ASCII case) and is followed by <c>=</c>, a space or a tab.
    /// </summary>
    public static bool MayHoldPasswordOption(string text)
    {
        int i = text.IndexOf("--", StringComparison.Ordinal);
        while (i >= 0)
        {
            int end = i + 2;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-')) end++;
            if (end < text.Length && text[end] is '=' or ' ' or '\t')
            {
                var name = text.AsSpan(i + 2, end - i - 2);
                foreach (var word in PasswordOptionEnds)
                    if (name.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
            }
            // A "--" inside this name has the same end, so the same verdict: go on after it.
            i = end < text.Length ? text.IndexOf("--", end, StringComparison.Ordinal) : -1;
        }
        return false;
    }
}
