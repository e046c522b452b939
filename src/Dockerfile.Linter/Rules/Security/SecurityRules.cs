namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Security"/>: one line per rule, sorted by code.</summary>
internal static class SecurityRules
{
    internal static readonly Rule[] All =
    [
        new DF4001FinalStageWithoutUser(),
        new DF4002WorldWritablePermissions(),
        new DF4003TlsVerificationDisabled(),
        new DF4004SignatureVerificationDisabled(),
        new DF4005RunSecurityInsecure(),
        new DF4006SshPortExposed(),
        new DF4007RemoteScriptPipedToShell(),
        new DF4008PasswordlessSudo(),
        new DF4009SetuidBit(),
        new DF4010DownloadedFileRunUnverified(),
        new DF4011PackageRepositoryOverHttp(),
        new DL3002LastUserRoot(),
        new DL3066NonNumericUser(),
    ];
}
