using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1003: compilers and build tools left in the image of a single-stage build.</summary>
internal sealed class DF1003BuildToolchainInFinalImage : Rule
{
    private static readonly HashSet<string> ToolchainPackages = new(StringComparer.Ordinal)
    {
        "gcc", "g++", "gcc-c++", "clang", "make", "cmake", "build-essential", "build-base", "autoconf", "automake",
        "libtool", "golang", "golang-go", "rustc", "cargo", "maven", "default-jdk",
    };

    private static readonly PackageManager[] SystemManagers =
    [
        PackageManagerCatalog.AptGet, PackageManagerCatalog.Apt, PackageManagerCatalog.Apk, PackageManagerCatalog.Dnf,
        PackageManagerCatalog.Yum, PackageManagerCatalog.Zypper,
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1003",
        Name = "build-toolchain-in-final-image",
        Title = "Build in a separate stage instead of shipping the toolchain",
        MessageFormat = "{0} stays in the {1}; compile in a builder stage and copy only the result",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Info,
        PresetRationale = "Corpus: 39 findings (25 before the multi-stage check; 35 in production); true, but toolchain images (docker-library/golang keeps gcc for cgo, shellcheck's builders) ship compilers on purpose: advice.",
        Docs = """
            ## What it does
            In a multi-stage build, where compiling belongs in a build stage that exists already, it reports what
            the final stage (unless it is named as a development or test target: `dev`, `test`, `ci`, `debug`,
            `build`) ships of a toolchain:
            - a toolchain base image as the runtime (`golang`, `rust`, `maven`, `gradle`, `openjdk`, a `*-jdk`
              tag, `mcr.microsoft.com/dotnet/sdk`), unless the stage is built on another stage;
            - each install of compilers and build packages (the list below), with the development packages
              (`*-dev`, `*-devel`) installed along with them, that the stage does not remove again.

            In a Dockerfile with a single stage that defines how the image runs (`CMD` or `ENTRYPOINT`), it
            reports:
            - a compiler or build package installed with a system package manager (`gcc`, `g++`, `clang`, `make`,
              `cmake`, `build-essential`, `build-base`, `autoconf`, `automake`, `libtool`, `golang`, `rustc`,
              `cargo`, `maven`, `default-jdk`) when the stage also compiles with it (runs `make`, `cmake`,
              `ninja`, a C compiler, `./configure`, `go build` or `cargo build`) and never removes packages with
              that manager afterwards (`apt-get purge/remove/autoremove`, `apk del`, `dnf/yum remove`);
            - a toolchain base image (`golang`, `rust`, `maven`, `gradle`, `openjdk`, a `*-jdk` tag of
              `eclipse-temurin`/`amazoncorretto`) when the stage compiles with it (`go build`, `cargo build`,
              `mvn package`, `gradle build`, …).

            ## Why
            Compilers, headers and SDKs are needed to build, not to run. Shipping them makes the image hundreds of
            megabytes larger, slows pulls and cold starts, and adds attack surface. A multi-stage build compiles
            in a builder stage and copies only the binary or the installed packages into a small runtime stage;
            the builder stage's layers stay cached on the build machine.

            ## Example
            ```dockerfile
            FROM golang:1.23
            WORKDIR /src
            COPY . .
            RUN go build -o /usr/local/bin/app .
            CMD ["app"]
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23 AS build
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /out/app .

            FROM gcr.io/distroless/static-debian12:nonroot
            COPY --from=build /out/app /app
            CMD ["/app"]
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private const string SingleStage = "image of this single-stage build";
    private const string MultiStage = "final image, although the build already has other stages";

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        if (context.Semantics.Stages.Length > 1)
        {
            CheckFinalStage(context);
            return;
        }
        if (context.Semantics.Stages.Length != 1) return;
        var stageInfo = context.Semantics.Stages[0];
        var stage = stageInfo.Stage;
        if (!stage.Instructions.Any(i => i is CmdInstruction or EntrypointInstruction)) return;   // a runnable application image
        var commands = new StageCommands(stage, context);

        if (ToolchainImage(stageInfo.BaseImage) is { } image && AnyCompiles(commands, image))
        {
            if (stage.From.Image is { } reference) context.Report(reference.Span, $"The '{image}' toolchain base image", SingleStage);
            return;
        }

        if (!AnyNativeBuildStep(commands)) return;
        var removed = RemovedFamilies(commands);
        foreach (var command in commands)
        {
            var manager = InstallingManager(command);
            if (manager is null || (Family(manager.Name) is { } family && removed?.Contains(family) == true)) continue;
            var package = manager.GetPackages(command).FirstOrDefault(p => p.IsStatic && IsToolchainPackage(p.UnquotedText));
            if (package is not null) context.Report(package.Span, $"Build package '{package.UnquotedText}'", SingleStage);
        }
    }

    /// <summary>
    /// A multi-stage build: the final stage should be the runtime. Reports its toolchain base image (unless it is
    /// built on another stage) and each install of compilers or development packages that the stage does not remove.
    /// Final stages named like development or test targets (dev, test, ci, debug, build) are left alone.
    /// </summary>
    private static void CheckFinalStage(RuleContext context)
    {
        if (context.Semantics.FinalStage is not { } final) return;
        string name = final.Name ?? "";
        if (name.Contains("dev", StringComparison.Ordinal) || name.Contains("test", StringComparison.Ordinal) || name.Contains("ci", StringComparison.Ordinal)
            || name.Contains("debug", StringComparison.Ordinal) || name.Contains("build", StringComparison.Ordinal))
            return;
        var stage = final.Stage;
        if (final.BaseStage is null && RuntimeToolchainImage(final.BaseImage) is { } image && stage.From.Image is { } reference)
            context.Report(reference.Span, $"The '{image}' toolchain base image", MultiStage);
        var commands = new StageCommands(stage, context);
        var removed = RemovedFamilies(commands);
        foreach (var command in commands)
        {
            var manager = InstallingManager(command);
            if (manager is null || (Family(manager.Name) is { } family && removed?.Contains(family) == true)) continue;
            var packages = manager.GetPackages(command).Where(p => p.IsStatic && (IsToolchainPackage(p.UnquotedText) || IsDevelopmentPackage(p.UnquotedText))).ToList();
            // headers alone are sometimes a runtime need (a linker at run time); with a compiler they are a toolchain
            if (!packages.Any(p => IsToolchainPackage(p.UnquotedText))) continue;
            string names = string.Join(", ", packages.Take(3).Select(p => $"'{p.UnquotedText}'")) + (packages.Count > 3 ? $" and {packages.Count - 3} more" : "");
            context.Report(packages[0].Span, (packages.Count == 1 ? "Build package " : "Each of the build packages ") + names, MultiStage);
        }
    }

    /// <summary>Headers and static libraries: <c>libssl-dev</c>, <c>openssl-devel</c>, <c>python3-dev</c>.</summary>
    private static bool IsDevelopmentPackage(string package)
    {
        string name = package.Split('=', '>', '<', '~', ':')[0];
        return name.EndsWith("-dev", StringComparison.Ordinal) || name.EndsWith("-devel", StringComparison.Ordinal);
    }

    /// <summary>A toolchain image used as the runtime: the compiler images and the .NET SDK.</summary>
    private static string? RuntimeToolchainImage(string? baseImage)
    {
        if (baseImage is null) return null;
        if (baseImage.Split('@')[0].Split(':')[0].EndsWith("dotnet/sdk", StringComparison.Ordinal)) return "dotnet/sdk";
        return ToolchainImage(baseImage);
    }

    private static bool IsToolchainPackage(string package)
    {
        string name = package.Split('=', '>', '<', '~')[0];
        return ToolchainPackages.Contains(name);
    }

    /// <summary>
    /// The commands of the stage's RUNs in a POSIX shell, read again on each pass rather than held in one list: a stage
    /// of a million RUNs is not kept in memory at once (the engine caches a bounded number of scripts). A struct walk,
    /// so a pass allocates no iterator.
    /// </summary>
    private readonly struct StageCommands(Stage stage, RuleContext context)
    {
        public Enumerator GetEnumerator() => new(stage, context);

        public struct Enumerator(Stage stage, RuleContext context)
        {
            private int _instruction = -1;
            private ImmutableArray<ShellCommand> _commands = [];
            private int _command = -1;

            public readonly ShellCommand Current => _commands[_command];

            public bool MoveNext()
            {
                while (++_command >= _commands.Length)
                {
                    if (++_instruction >= stage.Instructions.Length) return false;
                    if (stage.Instructions[_instruction] is RunInstruction run && context.Semantics.IsPosixShell(run))
                    {
                        _commands = context.GetScript(run).Commands;
                        _command = -1;
                    }
                }
                return true;
            }
        }
    }

    private static bool AnyCompiles(StageCommands commands, string image)
    {
        foreach (var command in commands)
            if (Compiles(command, image)) return true;
        return false;
    }

    private static bool AnyNativeBuildStep(StageCommands commands)
    {
        foreach (var command in commands)
            if (IsNativeBuildStep(command)) return true;
        return false;
    }

    /// <summary>The system package manager whose install <paramref name="command"/> is, or null.</summary>
    private static PackageManager? InstallingManager(ShellCommand command)
    {
        foreach (var manager in SystemManagers)
            if (manager.IsInstall(command)) return manager;
        return null;
    }

    /// <summary>The package-manager families (<see cref="Family"/>) some command removes packages with, found in one pass; null for none.</summary>
    private static HashSet<string>? RemovedFamilies(StageCommands commands)
    {
        HashSet<string>? removed = null;
        foreach (var command in commands)
            if (Family(command.EffectiveName) is { } family
                && command.Effective.Subcommand is "purge" or "remove" or "autoremove" or "del" or "erase" or "rm")
                (removed ??= new HashSet<string>(StringComparer.Ordinal)).Add(family);
        return removed;
    }

    private static string? Family(string name) => name switch
    {
        "apt-get" or "apt" => "apt",
        "apk" => "apk",
        "dnf" or "dnf5" or "microdnf" or "yum" or "zypper" => "rpm",
        _ => null,
    };

    /// <summary>A command that compiles native code: make, cmake, ninja, a C compiler, ./configure, go/cargo build.</summary>
    private static bool IsNativeBuildStep(ShellCommand command)
    {
        var effective = command.Effective;
        return effective.BaseName is "make" or "cmake" or "ninja" or "gcc" or "g++" or "cc" or "c++" or "clang" or "configure"
            || (effective.BaseName is "go" or "cargo" && effective.Subcommand is "build" or "install");
    }

    /// <summary>The toolchain family of a base image (<c>go</c>, <c>rust</c>, <c>java</c>), or null.</summary>
    private static string? ToolchainImage(string? baseImage)
    {
        if (baseImage is null) return null;
        string withoutDigest = baseImage.Split('@')[0];
        int slash = withoutDigest.LastIndexOf('/');
        string last = withoutDigest[(slash + 1)..];
        int colon = last.IndexOf(':');
        string repository = colon < 0 ? last : last[..colon];
        string tag = colon < 0 ? "" : last[(colon + 1)..];
        return repository switch
        {
            "golang" => "golang",
            "rust" => "rust",
            "maven" or "gradle" or "openjdk" => repository,
            "eclipse-temurin" or "amazoncorretto" or "sapmachine" when tag.Contains("jdk", StringComparison.Ordinal) => repository,
            _ => null,
        };
    }

    private static bool Compiles(ShellCommand command, string image)
    {
        var effective = command.Effective;
        string? sub = effective.Subcommand;
        return image switch
        {
            "golang" => effective.BaseName == "go" && sub is "build" or "install",
            "rust" => effective.BaseName == "cargo" && sub is "build" or "install",
            _ => (effective.BaseName is "mvn" or "mvnw" && effective.PositionalArguments.Any(a => a.UnquotedText is "package" or "install" or "verify" or "compile"))
                || (effective.BaseName is "gradle" or "gradlew" && effective.PositionalArguments.Any(a => a.UnquotedText is "build" or "assemble" or "bootJar" or "installDist" or "shadowJar"))
                || effective.BaseName == "javac",
        };
    }
}
