namespace Dockerfile.Linter.Rules;

/// <summary>DL3053: a label whose schema type is <c>rfc3339</c> has a value of another shape.</summary>
internal sealed class DL3053LabelNotRfc3339() : LabelValueRule(
    code: "DL3053",
    name: "label-not-rfc3339",
    title: "Label value is not an RFC 3339 timestamp",
    messageFormat: "Label '{0}' must be an RFC 3339 date-time; '{1}' is not",
    schemaType: "rfc3339",
    validValue: "an RFC 3339 date-time such as `2024-05-01T12:00:00Z` (a time zone offset or `Z` is required, fractions of a second are optional).",
    exampleLabel: "org.opencontainers.image.created",
    badValue: "2024-05-01",
    goodValue: "2024-05-01T12:00:00Z")
{
    protected override bool IsValid(string value) => LabelSchema.IsRfc3339(value);
}
