using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// Shared pieces of the label-schema rules (DL3049–DL3058): the configured schema, the labels of an instruction with
/// their expanded keys and values, and the value validators for each schema type.
/// </summary>
internal static partial class LabelSchema
{
    /// <summary>A label pair with its key and value as the builder sees them (null when not known statically).</summary>
    internal readonly record struct ResolvedLabel(KeyValue Pair, string? Key, string? Value);

    /// <summary>The labels of <paramref name="label"/>, resolved at that instruction.</summary>
    internal static IEnumerable<ResolvedLabel> Resolve(LabelInstruction label, RuleContext context) =>
        label.Pairs.Select(p => new ResolvedLabel(p, context.Semantics.Expand(p.Key, label), context.Semantics.Expand(p.Value, label)));

    /// <summary>The schema type of <paramref name="key"/> (lower-cased, "text" for an empty type), or null when the key is not in the schema.</summary>
    internal static string? TypeOf(string key, LintOptions options)
    {
        foreach (var (name, type) in options.LabelSchema)
            if (string.Equals(name, key, StringComparison.Ordinal))
                return string.IsNullOrWhiteSpace(type) ? "text" : type.Trim().ToLowerInvariant();
        return null;
    }

    /// <summary>
    /// Reports, at the value, every label of <paramref name="label"/> whose schema type is <paramref name="type"/> and
    /// whose (non-empty, statically known) value fails <paramref name="isValid"/>. The message gets the key and the value.
    /// </summary>
    internal static void CheckValues(LabelInstruction label, RuleContext context, string type, Func<string, bool> isValid)
    {
        if (context.Options.LabelSchema.Count == 0) return;
        foreach (var resolved in Resolve(label, context))
        {
            if (resolved.Key is null || string.IsNullOrEmpty(resolved.Value) || TypeOf(resolved.Key, context.Options) != type) continue;
            if (!isValid(resolved.Value)) context.Report(resolved.Pair.Value.Span, resolved.Key, resolved.Value);
        }
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex UriShape();

    /// <summary>An absolute URI with a scheme (<c>https://example.com/x</c>, <c>mailto:a@b.c</c>).</summary>
    internal static bool IsUrl(string value) => UriShape().IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339Shape();

    /// <summary>An RFC 3339 date-time (<c>2024-05-01T12:00:00Z</c>, <c>2024-05-01T12:00:00.5+02:00</c>).</summary>
    internal static bool IsRfc3339(string value)
    {
        if (!Rfc3339Shape().IsMatch(value)) return false;
        string normal = value.Replace('t', 'T').Replace(' ', 'T').Replace('z', 'Z');
        return DateTimeOffset.TryParse(normal, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);
    }

    [GeneratedRegex(@"^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex HashShape();

    /// <summary>A git commit hash: 7 to 40 lower-case hex digits (abbreviated or full SHA-1), or 64 (SHA-256).</summary>
    internal static bool IsHash(string value) => HashShape().IsMatch(value);

    [GeneratedRegex(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SemverShape();

    /// <summary>A strict Semantic Versioning 2.0.0 version (<c>1.2.3</c>, <c>1.0.0-rc.1+build.5</c>; no leading <c>v</c>).</summary>
    internal static bool IsSemver(string value) => SemverShape().IsMatch(value);

    /// <summary>A bare e-mail address (<c>jane@example.com</c>; no display name).</summary>
    internal static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Length > 0;

    /// <summary>An SPDX license expression made of known license ids (<c>MIT</c>, <c>Apache-2.0 OR MIT</c>, <c>GPL-2.0-only WITH Classpath-exception-2.0</c>).</summary>
    internal static bool IsSpdx(string value) => SpdxExpression.IsValid(value);
}
