using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Semantics;

/// <summary>
/// What a FROM line can see: the ARGs declared before the first FROM (with their defaults, no build arguments) and the
/// builder's automatic platform arguments, given the values of a <c>linux/amd64</c> build.
/// </summary>
public sealed class GlobalArguments
{
    /// <summary>The automatic arguments every FROM line can use without declaring them, with assumed values.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Automatic =
    [
        new("BUILDPLATFORM", "linux/amd64"), new("BUILDOS", "linux"), new("BUILDOSVERSION", ""),
        new("BUILDARCH", "amd64"), new("BUILDVARIANT", ""),
        new("TARGETPLATFORM", "linux/amd64"), new("TARGETOS", "linux"), new("TARGETOSVERSION", ""),
        new("TARGETARCH", "amd64"), new("TARGETVARIANT", ""), new("TARGETSTAGE", ""),
    ];

    private GlobalArguments(VariableEnvironment defaults, IReadOnlySet<string> declared)
    {
        Defaults = defaults;
        Declared = declared;
    }

    /// <summary>Automatic arguments plus every global ARG that has a default, set to that default (expanded).</summary>
    public VariableEnvironment Defaults { get; }

    /// <summary>Every name a FROM line may use: automatic arguments and all global ARGs, with or without default.</summary>
    public IReadOnlySet<string> Declared { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DockerfileSyntax, GlobalArguments> Cache = new();

    /// <summary>The global arguments of <paramref name="syntax"/> (computed once per file).</summary>
    public static GlobalArguments Of(DockerfileSyntax syntax) => Cache.GetValue(syntax, Compute);

    // The automatic arguments every file starts with, built once rather than for each file.
    private static readonly VariableEnvironment s_automaticDefaults = VariableEnvironment.From(Automatic);
    private static readonly HashSet<string> s_automaticNames = new(Automatic.Select(a => a.Key), StringComparer.Ordinal);

    private static GlobalArguments Compute(DockerfileSyntax syntax)
    {
        var expander = VariableExpander.For(syntax.EscapeCharacter);
        var env = s_automaticDefaults;
        var declared = new HashSet<string>(s_automaticNames, StringComparer.Ordinal);
        foreach (var arg in syntax.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                string name = declaration.Name.Text;
                declared.Add(name);
                if (declaration.DefaultValue is { } value)
                    env = env.With(name, expander.ExpandWord(value.Text, env).ValueOr(""));
            }
        }
        return new GlobalArguments(env, declared);
    }
}
