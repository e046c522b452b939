using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Reporting;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dockerfile.Linter.Configuration;

/// <summary>
/// Reads <c>.dockerfile-lint.yaml</c> and hadolint's <c>.hadolint.yaml</c>. Every problem is reported with file, line
/// and column; nothing throws for bad input.
/// </summary>
public static partial class ConfigurationReader
{
    /// <summary>The largest configuration file read, in bytes (1 MiB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>The dialect implied by a file name: hadolint for <c>.hadolint.y(a)ml</c> and <c>hadolint.y(a)ml</c>.</summary>
    public static ConfigurationDialect DialectOf(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith(".hadolint.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("hadolint.", StringComparison.OrdinalIgnoreCase)
            ? ConfigurationDialect.Hadolint
            : ConfigurationDialect.Native;
    }

    /// <summary>Reads a configuration file from disk; a missing, unreadable or directory path is an error.</summary>
    public static ConfigurationReadResult ReadFile(string path, IReadOnlyCollection<RuleDescriptor> rules, ConfigurationDialect? dialect = null)
    {
        string text;
        try
        {
            if (Directory.Exists(path)) return Failed(path, "is a directory, not a configuration file");
            if (!File.Exists(path)) return Failed(path, "configuration file not found");
            if (BoundedFileReader.ReadText(path, MaxFileBytes) is not { } read)
                return Failed(path, $"configuration file larger than {MaxFileBytes / 1024} KiB (or not a regular file)");
            text = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"cannot read configuration file: {e.Message}");
        }
        return Read(text, path, dialect ?? DialectOf(path), rules);
    }

    /// <summary>Reads configuration text; <paramref name="path"/> is used in messages and to resolve <c>context</c>.</summary>
    public static ConfigurationReadResult Read(string text, string path, ConfigurationDialect dialect, IReadOnlyCollection<RuleDescriptor> rules)
    {
        var reader = new YamlConfigurationWalker(path, rules);
        YamlNode? root;
        try
        {
            if (YamlDepthGuard.FindTooDeep(text) is { } tooDeep)
                return Failed(path, $"invalid YAML: nested deeper than {YamlDepthGuard.MaxDepth} levels", (int)tooDeep.Line, (int)tooDeep.Column);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (stream.Documents.Count > 1)
                reader.Error(stream.Documents[1].RootNode, "only one YAML document is allowed in a configuration file");
        }
        catch (YamlException e)
        {
            return Failed(path, "invalid YAML: " + StripPosition(e.Message), (int)e.Start.Line, (int)e.Start.Column);
        }

        var configuration = root switch
        {
            null => LinterConfiguration.Empty,
            YamlScalarNode s when string.IsNullOrEmpty(s.Value) || s.Value == "~" => LinterConfiguration.Empty,
            YamlMappingNode map => dialect == ConfigurationDialect.Hadolint ? reader.ReadHadolint(map) : reader.ReadNative(map),
            _ => reader.ErrorAndEmpty(root, "the configuration must be a mapping of keys to values"),
        };
        configuration = configuration with { SourcePath = path, Dialect = dialect };
        return new ConfigurationReadResult(configuration, reader.Errors, reader.Warnings)
        {
            ShellCheckCodes = reader.ShellCheckCodes.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        };
    }

    private static ConfigurationReadResult Failed(string path, string message, int line = 0, int column = 0) =>
        new(LinterConfiguration.Empty with { SourcePath = path }, [new ConfigurationError(path, line, column, message)], []);

    private static string StripPosition(string message) => PositionPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
