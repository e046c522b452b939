namespace Dockerfile.Linter.Rules;

/// <summary>DL3052: a label whose schema type is <c>url</c> has a value of another shape.</summary>
internal sealed class DL3052LabelNotUrl() : LabelValueRule(
    code: "DL3052",
    name: "label-not-url",
    title: "Label value is not a valid URL",
    messageFormat: "Label '{0}' must be an absolute URL with a scheme; '{1}' is not",
    schemaType: "url",
    validValue: "an absolute URL with a scheme (`https://github.com/acme/app`).",
    exampleLabel: "org.opencontainers.image.source",
    badValue: "github.com/acme/app",
    goodValue: "https://github.com/acme/app",
    differencesFromHadolint: "hadolint uses Haskell's `parseURI`; here the value must start with a scheme (`https:`, `git:` …) and be accepted by .NET's `Uri` parser. Both accept any scheme.")
{
    protected override bool IsValid(string value) => LabelSchema.IsUrl(value);
}
