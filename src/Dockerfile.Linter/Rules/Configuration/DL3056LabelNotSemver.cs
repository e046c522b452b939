namespace Dockerfile.Linter.Rules;

/// <summary>DL3056: a label whose schema type is <c>semver</c> has a value of another shape.</summary>
internal sealed class DL3056LabelNotSemver() : LabelValueRule(
    code: "DL3056",
    name: "label-not-semver",
    title: "Label value is not a semantic version",
    messageFormat: "Label '{0}' must be a strict Semantic Versioning 2.0.0 version; '{1}' is not",
    schemaType: "semver",
    validValue: "a strict Semantic Versioning 2.0.0 version (`1.4.2`, `2.0.0-rc.1+build.7`; no leading `v`).",
    exampleLabel: "org.opencontainers.image.version",
    badValue: "v1.4",
    goodValue: "1.4.0")
{
    protected override bool IsValid(string value) => LabelSchema.IsSemver(value);
}
