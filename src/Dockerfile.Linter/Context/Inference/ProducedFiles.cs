using System.Collections.Concurrent;
using MAB.DotIgnore;

namespace Dockerfile.Linter.Context;

/// <summary>
/// Tells whether a COPY/ADD source that is not on disk is made before the build: ignored by the repository's
/// <c>.gitignore</c> files (build output is not committed), or written by a script of the repository (a Makefile,
/// a shell script, a CI workflow, <c>package.json</c> scripts) that names it after an output option or a command that
/// creates files (<c>-o bin/app</c>, <c>cp … dist/</c>, <c>&gt; version.txt</c>). Reads a bounded set of small files.
/// </summary>
internal sealed class ProducedFiles
{
    private const long MaxScriptBytes = 256 * 1024;
    private const int MaxScripts = 64;
    private const int MaxGitIgnoreBytes = 256 * 1024;

    private static readonly string[] ScriptNames =
        ["Makefile", "makefile", "GNUmakefile", "justfile", "Justfile", "Taskfile.yml", "Taskfile.yaml", "package.json", "Earthfile"];
    private static readonly string[] ScriptExtensions = [".sh", ".bash", ".mk", ".ps1"];
    private static readonly string[] ScriptFolders = ["scripts", "script", "hack", "build", "ci", ".github/workflows"];
    private static readonly string[] WorkflowExtensions = [".yml", ".yaml", ".sh", ".bash"];

    /// <summary>Words that, before a path on the same line, say the command writes it.</summary>
    private static readonly HashSet<string> CreatingWords = new(StringComparer.Ordinal)
    {
        "-o", "-O", "--output", "--out", "-out", "--outdir", "--out-dir", "--output-dir", "--output-path", "--dest",
        "--destination", "-d", "cp", "mv", "mkdir", "touch", "install", "ln", "tar", "zip", "unzip", "curl", "wget",
        "openssl", "ssh-keygen", "tee", ">", ">>", "rsync", "make",
    };

    private readonly string _root;
    private readonly ConcurrentDictionary<string, IgnoreList?> _gitIgnores = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<(string Name, string Text)>> _scripts;

    /// <param name="root">The repository root, or the context folder outside a repository.</param>
    /// <param name="extraFolders">Other folders whose scripts count (the context and the Dockerfile's folder).</param>
    public ProducedFiles(string root, IEnumerable<string> extraFolders)
    {
        _root = root;
        var folders = extraFolders.Where(f => GitRepository.IsSameOrBelow(f, root)).Prepend(root).Distinct(StringComparer.Ordinal).ToArray();
        _scripts = new Lazy<IReadOnlyList<(string, string)>>(() => LoadScripts(folders));
    }

    /// <summary>
    /// Why <paramref name="source"/> (a COPY source, relative to <paramref name="contextDirectory"/>) is made before the
    /// build, or null when nothing says so.
    /// </summary>
    public string? Explain(string contextDirectory, string source)
    {
        var path = GoPath.ToContextRelative(source);
        if (path == ".") return null;
        var literal = LiteralPrefix(path);
        if (literal.Length == 0) return null;
        var full = Path.GetFullPath(Path.Combine(contextDirectory, literal.Replace('/', Path.DirectorySeparatorChar)));
        if (!GitRepository.IsSameOrBelow(full, _root)) return null;
        if (IgnoredByGit(full, isDirectoryGuess: literal.Length < path.Length || source.EndsWith('/')))
            return "ignored by .gitignore, so made before the build";
        if (literal.Length >= 3 && WrittenBy(literal) is { } script)
            return $"written by {script} before the build";
        return null;
    }

    private bool IgnoredByGit(string fullPath, bool isDirectoryGuess)
    {
        // Every .gitignore from the root down to the path's folder may ignore the path itself or one of its folders.
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        var segments = relative.Split('/');
        var directory = _root;
        for (var i = 0; i < segments.Length; i++)
        {
            if (GitIgnoreIn(directory) is { } rules)
            {
                for (var j = i; j < segments.Length; j++)
                {
                    var candidate = string.Join('/', segments[i..(j + 1)]);
                    var isDirectory = j < segments.Length - 1 || isDirectoryGuess;
                    if (rules.IsIgnored(candidate, isDirectory)) return true;
                    // A file name may also be a folder (COPY dist /app copies a folder).
                    if (j == segments.Length - 1 && !isDirectory && rules.IsIgnored(candidate, true)) return true;
                }
            }
            directory = Path.Combine(directory, segments[i]);
        }
        return false;
    }

    private IgnoreList? GitIgnoreIn(string directory) => _gitIgnores.GetOrAdd(directory, static d =>
    {
        var path = Path.Combine(d, ".gitignore");
        var text = DefinitionFileLimits.ReadText(path, d);
        if (text is null || text.Length > MaxGitIgnoreBytes) return null;
        try
        {
            return new IgnoreList(text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    private string? WrittenBy(string literal)
    {
        var trimmed = literal.TrimEnd('/');
        foreach (var (name, text) in _scripts.Value)
        {
            for (var at = text.IndexOf(trimmed, StringComparison.Ordinal); at >= 0; at = text.IndexOf(trimmed, at + 1, StringComparison.Ordinal))
            {
                if (!IsBoundaryBefore(text, at) || !IsBoundaryAfter(text, at + trimmed.Length)) continue;
                var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                var before = text[lineStart..at];
                if (SaysCreates(before) || IsMakeTarget(name, before, text, at + trimmed.Length)) return name;
            }
        }
        return null;
    }

    private static bool SaysCreates(string before)
    {
        if (before.TrimEnd().EndsWith('>')) return true;
        foreach (var word in before.Split([' ', '\t', '"', '\'', '(', ';', '&', '|'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = word.Split('=')[0];
            if (CreatingWords.Contains(token) || CreatingWords.Contains(word)) return true;
        }
        return false;
    }

    // "bin/app: main.go" in a Makefile is a rule that makes bin/app.
    private static bool IsMakeTarget(string script, string before, string text, int end) =>
        (script.EndsWith(".mk", StringComparison.Ordinal) || script.EndsWith("akefile", StringComparison.Ordinal))
        && before.Length == 0 && end < text.Length && text[end] == ':' && (end + 1 >= text.Length || text[end + 1] != '=');

    private static bool IsBoundaryBefore(string text, int at)
    {
        if (at == 0) return true;
        var c = text[at - 1];
        if (c == '/') return at >= 2 && text[at - 2] == '.' && (at < 3 || !char.IsLetterOrDigit(text[at - 3]));
        return !(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '$' or '}');
    }

    private static bool IsBoundaryAfter(string text, int end) =>
        end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-' or '.');

    // The part of a path before its first segment with a wildcard.
    private static string LiteralPrefix(string path)
    {
        var segments = path.Split('/');
        var literal = new List<string>();
        foreach (var segment in segments)
        {
            if (GoGlob.ContainsWildcards(segment)) break;
            literal.Add(segment);
        }
        var prefix = string.Join('/', literal);
        return literal.Count < segments.Length && prefix.Length > 0 ? prefix + "/" : prefix;
    }

    private static IReadOnlyList<(string Name, string Text)> LoadScripts(IEnumerable<string> folders)
    {
        var result = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void TryAdd(string file, string root)
        {
            if (result.Count >= MaxScripts || !seen.Add(file)) return;
            var info = new FileInfo(file);
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxScriptBytes) return;
            if (DefinitionFileLimits.ReadText(file, root) is { } text) result.Add((Path.GetFileName(file), text));
        }
        foreach (var folder in folders)
        {
            foreach (var file in ListFiles(folder))
            {
                var name = Path.GetFileName(file);
                if (ScriptNames.Contains(name) || ScriptExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal))) TryAdd(file, folder);
            }
            foreach (var sub in ScriptFolders)
            {
                foreach (var file in ListFiles(Path.Combine(folder, sub)))
                {
                    var name = Path.GetFileName(file);
                    if (WorkflowExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || ScriptNames.Contains(name)) TryAdd(file, folder);
                }
            }
        }
        return result;
    }

    private static IEnumerable<string> ListFiles(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            if (!info.Exists || info.LinkTarget is not null) return [];
            return info.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true })
                .Take(512).Select(f => f.FullName).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return [];
        }
    }
}
