namespace Dockerfile.Linter.Rules;

/// <summary>DL3054: a label whose schema type is <c>spdx</c> has a value of another shape.</summary>
internal sealed class DL3054LabelNotSpdx() : LabelValueRule(
    code: "DL3054",
    name: "label-not-spdx",
    title: "Label value is not an SPDX license expression",
    messageFormat: "Label '{0}' must be an SPDX license id or expression; '{1}' is not",
    schemaType: "spdx",
    validValue: "an SPDX license id or expression (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`, `LicenseRef-acme`). Ids are checked against a list of about 100 common SPDX licenses.",
    exampleLabel: "org.opencontainers.image.licenses",
    badValue: "Apache License 2.0",
    goodValue: "Apache-2.0",
    differencesFromHadolint: "hadolint accepts a single license id only; OCI's `org.opencontainers.image.licenses` is defined as an SPDX *expression*, so `MIT OR Apache-2.0` is accepted here. Ids outside the built-in list of common licenses are reported (use `LicenseRef-…` for those).")
{
    protected override bool IsValid(string value) => LabelSchema.IsSpdx(value);
}
