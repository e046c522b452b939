namespace Dockerfile.Linter.Configuration;

/// <summary>Which file format a configuration file is written in.</summary>
public enum ConfigurationDialect
{
    /// <summary>Our own <c>.dockerfile-lint.yaml</c>.</summary>
    Native,
    /// <summary>hadolint's <c>.hadolint.yaml</c>, read for compatibility.</summary>
    Hadolint,
}
