using Dockerfile.Linter.Context;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>Path helpers for matching credential files written or copied with their removals; names come from <see cref="SecretFileCatalog"/>.</summary>
internal static class CredentialFiles
{
    /// <summary>True when the path's name says it is a credential file (the catalogue's names; content not judged).</summary>
    public static bool IsSecretFile(string path) => SecretFileCatalog.Classify(path) is not null;

    /// <summary>
    /// Judges a COPY/ADD source (variables expanded) that lands at <paramref name="inImage"/>. When the source is read
    /// from the build context, the content decides (an empty or harmless file is no secret) and
    /// <see cref="SourceVerdict.InContext"/> is set. Otherwise the name decides: kinds the name proves
    /// (<see cref="SecretFileKind.SecretByName"/>), or every kind when <paramref name="anyKindByName"/>.
    /// </summary>
    public static SourceVerdict Judge(FileTransferInstruction copy, string source, string inImage, RuleContext context, bool anyKindByName)
    {
        var kind = SecretFileCatalog.Classify(inImage) ?? SecretFileCatalog.Classify(source);
        if (kind is null) return new SourceVerdict(false, false);
        bool fromContext = copy is not CopyInstruction { From: not null } && !source.Contains("://", StringComparison.Ordinal);
        if (fromContext && context.BuildContext is { } buildContext)
        {
            var resolution = buildContext.ResolveSource(source);
            if (resolution.Exists)
            {
                bool secret = false;
                foreach (var match in resolution.Matches.Except(resolution.ExcludedMatches))
                {
                    if (buildContext.IsDirectory(match))
                        secret |= !buildContext.SecretFilesSentBy(resolution).IsEmpty;
                    else if (buildContext.ReadSentFile(match) is { } text)
                        secret |= SecretFileCatalog.ContentIsSecret(kind, text);
                }
                return new SourceVerdict(true, secret);
            }
        }
        return new SourceVerdict(false, kind.SecretByName || anyKindByName);
    }

    /// <summary>A comparable form of a path: <c>~</c>, <c>$HOME</c> and <c>/root</c> become <c>~</c>; trailing slashes go.</summary>
    public static string Canonical(string path)
    {
        string p = path.Replace("${HOME}", "~", StringComparison.Ordinal).Replace("$HOME", "~", StringComparison.Ordinal);
        if (p == "/root" || p.StartsWith("/root/", StringComparison.Ordinal)) p = "~" + p[5..];
        return VolumePaths.Normalize(p);
    }

    /// <summary>True when removing <paramref name="removed"/> removes <paramref name="file"/> (the same path, or a directory holding it).</summary>
    public static bool Removes(string removed, string file)
    {
        string r = Canonical(removed), f = Canonical(file);
        if (r.EndsWith("/*", StringComparison.Ordinal)) r = r[..^2];
        return f == r || f.StartsWith(r + "/", StringComparison.Ordinal)
            || (!r.Contains('/') && !f.Contains('/') && r == f);
    }

    /// <summary>The paths a command removes: <c>rm</c>/<c>shred</c>/<c>unlink</c> arguments (as written when they hold variables).</summary>
    public static IEnumerable<string> RemovedPaths(ShellCommand command) =>
        command.EffectiveName is "rm" or "shred" or "unlink" or "srm"
            ? command.PositionalArguments.Select(a => a.Value ?? a.UnquotedText)
            : [];
}

/// <summary>What <see cref="CredentialFiles.Judge"/> found.</summary>
/// <param name="InContext">The source was read from the build context (DF2001 reports context files).</param>
/// <param name="IsSecret">The file holds (or, by its name, is taken to hold) a credential.</param>
internal readonly record struct SourceVerdict(bool InContext, bool IsSecret);
