using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF5005: VOLUME on the Docker socket, a secrets directory or a system directory.</summary>
internal sealed class DF5005VolumeOnSensitivePath : Rule
{
    private static readonly (Func<string, bool> Matches, string Reason)[] Sensitive =
    [
        (p => p.EndsWith("/docker.sock", StringComparison.Ordinal) || p is "/var/run/docker" or "/run/docker",
            "a container that gets the Docker socket mounted controls the host's Docker daemon, which is root on the host"),
        (p => VolumePaths.IsUnder(p, "/run/secrets") || VolumePaths.IsUnder(p, "/var/run/secrets"),
            "secrets belong in build or runtime secret mounts, not in a volume that outlives the container"),
        (p => p.EndsWith("/.ssh", StringComparison.Ordinal) || p.Contains("/.ssh/", StringComparison.Ordinal)
            || p.EndsWith("/.aws", StringComparison.Ordinal) || p.EndsWith("/.docker", StringComparison.Ordinal)
            || p.EndsWith("/.kube", StringComparison.Ordinal) || p.EndsWith("/.gnupg", StringComparison.Ordinal)
            || VolumePaths.IsUnder(p, "/etc/ssl/private"),
            "credentials would be copied from the image into every new volume and kept there"),
        (p => p is "/" or "/etc" or "/proc" or "/sys" or "/dev" or "/boot" or "/usr" or "/bin" or "/sbin" or "/lib" or "/var/run" or "/run",
            "a volume over a system directory hides the image's files there and breaks the container's view of the system"),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF5005",
        Name = "volume-on-sensitive-path",
        Title = "VOLUME on the Docker socket, secrets or a system directory",
        MessageFormat = "VOLUME '{0}': {1}",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports `VOLUME` paths that should never be volumes of an image: the Docker socket
            (`/var/run/docker.sock`), secret directories (`/run/secrets`), credential directories (`~/.ssh`, `~/.aws`,
            `~/.docker`, `~/.kube`, `~/.gnupg`, `/etc/ssl/private`) and system directories (`/`, `/etc`, `/proc`,
            `/sys`, `/dev`, `/usr`, `/run`, …).

            ## Why
            `VOLUME /var/run/docker.sock` invites users to mount the Docker socket, which gives the container full
            control of the host. Volumes over credential directories copy whatever the image has there into every new
            volume and keep it after the container is gone. Volumes over system directories hide the image's own files.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            VOLUME /var/run/docker.sock
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            VOLUME /var/lib/app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<VolumeInstruction>(Check);

    private static void Check(VolumeInstruction volume, RuleContext context)
    {
        foreach (var (path, word) in VolumePaths.Of(volume, context))
            foreach (var (matches, reason) in Sensitive)
                if (matches(path))
                {
                    context.Report(word.Span, path, reason);
                    break;
                }
    }
}
