using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>The flags BuildKit's instructions layer accepts per instruction; any other flag stops the build.</summary>
internal static class KnownInstructionFlags
{
    private static readonly Dictionary<InstructionKind, string[]> Accepted = new()
    {
        [InstructionKind.From] = ["platform"],
        [InstructionKind.Run] = ["mount", "network", "security", "device"],
        [InstructionKind.Copy] = ["from", "chown", "chmod", "link", "parents", "exclude"],
        [InstructionKind.Add] = ["chown", "chmod", "checksum", "link", "keep-git-dir", "unpack", "exclude"],
        [InstructionKind.Healthcheck] = ["interval", "timeout", "start-period", "start-interval", "retries"],
        [InstructionKind.Env] = [], [InstructionKind.Label] = [], [InstructionKind.Maintainer] = [],
        [InstructionKind.Onbuild] = [], [InstructionKind.Workdir] = [], [InstructionKind.Cmd] = [],
        [InstructionKind.Entrypoint] = [], [InstructionKind.Expose] = [], [InstructionKind.User] = [],
        [InstructionKind.Volume] = [], [InstructionKind.Shell] = [],
    };

    /// <summary>The flags of <paramref name="instruction"/> BuildKit rejects as unknown (names are case-sensitive).
    /// ARG, STOPSIGNAL and HEALTHCHECK NONE never have their flags checked by BuildKit.</summary>
    public static IEnumerable<Flag> Unknown(Instruction instruction)
    {
        if (instruction.Flags.IsEmpty || instruction is HealthcheckInstruction { IsNone: true }) return [];
        if (!Accepted.TryGetValue(instruction.Kind, out var names)) return [];
        return instruction.Flags.Where(f => !names.Contains(f.Name, StringComparer.Ordinal));
    }
}
