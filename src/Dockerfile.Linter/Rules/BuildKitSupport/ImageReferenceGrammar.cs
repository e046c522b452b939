using System.Text.RegularExpressions;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Whether a text is an image reference the builder accepts (the distribution reference grammar behind
/// <c>ParseNormalizedNamed</c>): optional registry host, lower-case path components, optional tag and digest.
/// </summary>
internal static partial class ImageReferenceGrammar
{
    // FROM lines come from strangers. These anchored patterns are linear with the backtracking engine: every
    // repetition is separated by a mandatory, distinct separator ('.', '_', '__', '-'+, '/', ':', '@'), so a text has
    // at most one way to split into components (tested on 100 KB inputs in HostileInputTests).
    private const string DomainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private const string Domain = $@"(?:{DomainComponent}(?:\.{DomainComponent})*|\[(?:[a-fA-F0-9:]+)\])(?::[0-9]+)?";
    private const string PathComponent = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
    private const string Tag = @"[\w][\w.-]{0,127}";
    private const string Digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    [GeneratedRegex($"^{PathComponent}(?:/{PathComponent})*(?::{Tag})?(?:@{Digest})?$", RegexOptions.CultureInvariant)]
    private static partial Regex WithoutDomain();

    [GeneratedRegex($"^{Domain}/{PathComponent}(?:/{PathComponent})*(?::{Tag})?(?:@{Digest})?$", RegexOptions.CultureInvariant)]
    private static partial Regex WithDomain();

    [GeneratedRegex("^[a-f0-9]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexIdentifier();

    /// <summary>True when <paramref name="reference"/> parses as a (normalizable) image reference.</summary>
    public static bool IsValid(string reference)
    {
        if (reference.Length == 0 || HexIdentifier().IsMatch(reference)) return false;
        int slash = reference.IndexOf('/');
        bool hasDomain = slash > 0 && IsDomain(reference[..slash]);
        string name = StripTagAndDigest(reference);
        if (name.Length > 255) return false;
        return hasDomain ? WithDomain().IsMatch(reference) : WithoutDomain().IsMatch(reference);
    }

    // A first component is a registry host when it has a dot or a port, is localhost, or has upper-case letters.
    private static bool IsDomain(string first) =>
        first.Contains('.') || first.Contains(':') || first == "localhost" || first.ToLowerInvariant() != first;

    private static string StripTagAndDigest(string reference)
    {
        int at = reference.IndexOf('@');
        string name = at >= 0 ? reference[..at] : reference;
        int colon = name.LastIndexOf(':');
        return colon > name.LastIndexOf('/') ? name[..colon] : name;
    }
}
