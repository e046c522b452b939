namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.Container"/>: one line per rule, sorted by code.</summary>
internal static class ContainerRules
{
    internal static readonly Rule[] All =
    [
        new DF5001MultipleProcessesInCommand(),
        new DF5002ProcessSupervisor(),
        new DF5003SshOrCronNextToApplication(),
        new DF5004WriteIntoVolumeAfterDeclaration(),
        new DF5005VolumeOnSensitivePath(),
        new DF5006DatabaseDataWithoutVolume(),
        new DL3011ExposePortOutOfRange(),
        new DL3025ShellFormCommand(),
        new DL3057MissingHealthcheck(),
    ];
}
