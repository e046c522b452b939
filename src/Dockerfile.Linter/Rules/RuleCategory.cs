namespace Dockerfile.Linter.Rules;

/// <summary>The families rules are grouped in (one section of rules.md each).</summary>
public enum RuleCategory
{
    /// <summary>The file could not be parsed as BuildKit parses it.</summary>
    Syntax,
    /// <summary>Base images, stages and FROM.</summary>
    BaseImage,
    /// <summary>Shell commands in RUN.</summary>
    Shell,
    /// <summary>Package managers: pinning, caches, non-interactive installs.</summary>
    PackageManagers,
    /// <summary>COPY and ADD.</summary>
    CopyAdd,
    /// <summary>Image configuration: CMD, ENTRYPOINT, EXPOSE, HEALTHCHECK, USER, WORKDIR, LABEL.</summary>
    Configuration,
    /// <summary>Security of the resulting image.</summary>
    Security,
    /// <summary>Secrets that would end up in layers, history or the image config.</summary>
    Secrets,
    /// <summary>The build context and <c>.dockerignore</c>.</summary>
    BuildContext,
    /// <summary>Layer cache and multi-stage builds.</summary>
    Cache,
    /// <summary>Containers that are ephemeral, stateless and single-purpose.</summary>
    Container,
    /// <summary>Readability and consistent style.</summary>
    Style,
    /// <summary>The linter itself: suppressions and configuration.</summary>
    Meta,
    /// <summary>ShellCheck's checks of the shell scripts in RUN, under ShellCheck's codes (<c>SC2086</c> …).</summary>
    ShellCheck,
}
