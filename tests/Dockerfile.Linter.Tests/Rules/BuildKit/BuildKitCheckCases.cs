namespace Dockerfile.Linter.Tests.Rules.BuildKit;

/// <summary>One warning BuildKit's lint request reports: the check's name, its detail text and its first line.</summary>
public sealed record ExpectedCheck(string Rule, string Detail, int Line)
{
    public override string ToString() => $"{Line}: {Rule}: {Detail}";
}

/// <summary>
/// One Dockerfile of BuildKit's check integration tests (<c>frontend/dockerfile/dockerfile_check_test.go</c> in
/// moby/buildkit, Apache-2.0) with what the lint request (<c>docker build --check</c>) reports for it. The build
/// context holds the Dockerfile, the <c>.dockerignore</c> when there is one, and <see cref="ContextFiles"/>.
/// </summary>
public sealed record BuildKitCheckCase(string Name, string Dockerfile, params ExpectedCheck[] Warnings)
{
    public string? DockerIgnore { get; init; }

    /// <summary>The build's <c>--build-arg</c>s (upstream: <c>build-arg:KEY</c> frontend attributes).</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> ContextFiles { get; init; } = [];

    /// <summary>BuildKit fails the build with <c>error=true</c> when any of the warnings is reported.</summary>
    public bool FailsBuild { get; init; }

    public override string ToString() => Name;
}

/// <summary>
/// Every case of BuildKit's <c>dockerfile_check_test.go</c> (our transcription; the Dockerfiles are upstream's test
/// inputs, on the Unix side where upstream has a Windows variant). The expected warnings are the lint request's
/// (<c>UnmarshalWarnings</c> where upstream gives them separately: the lint request checks every stage, a build only
/// the stages it builds). Upstream's lint-request comparison does not look at lines; where its listed lines are
/// stale (LegacyKeyValueFormat's unreachable-stage case) the lines here are the instructions' real ones.
/// <c>testBaseImagePlatformMismatch</c> needs a registry and a pushed image and is not a Dockerfile property.
/// </summary>
public static class BuildKitCheckCases
{
    private const string IddDetail = "Comment for {0} should follow the format: `# {1} <description>`";

    private static ExpectedCheck Idd(string kind, string name, int line) => new("InvalidDefinitionDescription", string.Format(IddDetail, kind, name), line);
    private static ExpectedCheck Ignored(string verb, string file, int line) => new("CopyIgnoredFile", $"Attempting to {verb} file \"{file}\" that is excluded by .dockerignore", line);
    private static ExpectedCheck Secret(string kind, string name, int line) => new("SecretsUsedInArgOrEnv", $"Do not use ARG or ENV instructions for sensitive data ({kind} \"{name}\")", line);
    private static ExpectedCheck Undefined(string detail, int line) => new("UndefinedVar", detail, line);
    private static ExpectedCheck FromAs(string asWord, string fromWord, int line) => new("FromAsCasing", $"'{asWord}' and '{fromWord}' keywords' casing do not match", line);
    private static ExpectedCheck Casing(string command, string majority, int line) => new("ConsistentInstructionCasing", $"Command '{command}' should match the case of the command majority ({majority})", line);
    private static ExpectedCheck Multiple(string instruction, int line) => new("MultipleInstructionsDisallowed", $"Multiple {instruction} instructions should not be used in the same stage because only the last one will be used", line);
    private static ExpectedCheck Legacy(string instruction, int line) => new("LegacyKeyValueFormat", $"\"{instruction} key=value\" should be used instead of legacy \"{instruction} key value\" format", line);
    private static ExpectedCheck InvalidDefault(string from, int line) => new("InvalidDefaultArgInFrom", $"Default value for ARG {from} results in empty or invalid base image name", line);
    private static ExpectedCheck Maintainer(int line) => new("MaintainerDeprecated", "Maintainer instruction is deprecated in favor of using label", line);

    private static readonly string[] NegationContext = ["sub/a.txt", "sub/b.txt", "other.txt", "su.b/keep.txt"];

    public static IReadOnlyList<BuildKitCheckCase> All { get; } =
    [
        // testDefinitionDescription
        new("DefinitionDescription/valid", """
            # check=skip=all;experimental=InvalidDefinitionDescription
            # foo this is the foo
            ARG foo=bar

            # base this is the base image
            FROM scratch AS base

            # version this is the version number
            ARG version=latest

            # baz this is the baz
            ARG foo=baz bar=qux baz=quux
            #
            ARG bit=bat

            # comment for something other than ARG or FROM
            COPY Dockerfile .

            """),
        new("DefinitionDescription/invalid", """
            # check=experimental=InvalidDefinitionDescription
            # bar this is the bar
            ARG foo=bar
            # BasE this is the BasE image
            FROM scratch AS base
            # definitely a bad comment
            ARG version=latest
            # definitely a bad comment
            ARG foo=baz bar=qux baz=quux

            """,
            Idd("ARG", "foo", 3), Idd("FROM", "base", 5), Idd("ARG", "version", 7), Idd("ARG", "<arg_key>", 9)),

        // testCopyIgnoredFiles
        new("CopyIgnoredFiles/copy-and-add", "\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n",
            Ignored("Copy", "Dockerfile", 3), Ignored("Add", "Dockerfile", 4)) { DockerIgnore = "\nDockerfile\n" },
        new("CopyIgnoredFiles/skipped", "# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n")
            { DockerIgnore = "\nDockerfile\n" },
        new("CopyIgnoredFiles/stage-source", "\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n")
            { DockerIgnore = "\nfoobar\n" },
        new("CopyIgnoredFiles/reincluded", "\nFROM scratch\nCOPY ./Dockerfile .\n") { DockerIgnore = "\n**\n!Dockerfile\n" },
        new("CopyIgnoredFiles/directory", "\nFROM scratch\nCOPY . .\n\t") { DockerIgnore = "\n**\n!Dockerfile\n" },

        // testCopyIgnoredFileContextRoot
        new("CopyIgnoredFileContextRoot/dotfiles", "\nFROM scratch\nCOPY . .\n") { DockerIgnore = "\n.*\n" },
        new("CopyIgnoredFileContextRoot/wildcard", "\nFROM scratch\nCOPY . .\n", Ignored("Copy", ".", 3)) { DockerIgnore = "\n*\n" },

        // testCopyIgnoredFileNegation
        new("CopyIgnoredFileNegation/unrelated/sibling", "\nFROM scratch\nCOPY sub/a.txt /\n", Ignored("Copy", "sub/a.txt", 3))
            { DockerIgnore = "sub\n!sub/b.txt\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/unrelated/different-directory", "\nFROM scratch\nCOPY sub/a.txt /\n", Ignored("Copy", "sub/a.txt", 3))
            { DockerIgnore = "sub\n!other.txt\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/unrelated/nonexistent", "\nFROM scratch\nCOPY sub/a.txt /\n", Ignored("Copy", "sub/a.txt", 3))
            { DockerIgnore = "sub\n!nope/missing.txt\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/unrelated/negation-first", "\nFROM scratch\nCOPY sub/a.txt /\n", Ignored("Copy", "sub/a.txt", 3))
            { DockerIgnore = "!sub/b.txt\nsub\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/reincluded/directory", "\nFROM scratch\nCOPY sub /sub\n")
            { DockerIgnore = "sub\n!sub/a.txt\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/reincluded/context-root", "\nFROM scratch\nCOPY . /ctx\n")
            { DockerIgnore = "sub\n!sub/a.txt\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/reincluded/negated-file", "\nFROM scratch\nCOPY sub/a.txt /\n")
            { DockerIgnore = "sub\n!sub/a.txt\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/reincluded/wildcard", "\nFROM scratch\nCOPY sub/*.txt /\n")
            { DockerIgnore = "sub\n!sub/a.txt\n", ContextFiles = NegationContext },
        new("CopyIgnoredFileNegation/reincluded/escaped", "\nFROM scratch\nCOPY su.b /sub\n")
            { DockerIgnore = "su.b\n!su\\.b/keep.txt\n", ContextFiles = NegationContext },

        // testSecretsUsedInArgOrEnv
        new("SecretsUsedInArgOrEnv", """
            # check=skip=InvalidDefinitionDescription

            FROM scratch
            ARG SECRET_PASSPHRASE
            ENV SUPER_Secret=foo
            ENV password=bar secret=baz
            ARG super_duper_secret_token=foo auth=bar
            ENV apikey=bar sunflower=foo
            ENV git_key=
            ENV PUBLIC_KEY=
            ARG public_token
            ARG SECRET_PASSPHRASE_FILE
            ENV password_file=bar secret_File=baz
            ARG AUTH_MODULE_VERSION
            # check=skip=SecretsUsedInArgOrEnv // allow secret in environment
            ENV password=bar
            # check=skip=SecretsUsedInArgOrEnv // allow secret in arg
            ARG password
            # check=skip=all // is local to only this instruction
            ENV alternate_password=bar
            # check=skip=all // is local to only this instruction
            ARG alternate_password

            """,
            Secret("ARG", "SECRET_PASSPHRASE", 4), Secret("ENV", "SUPER_Secret", 5), Secret("ENV", "password", 6),
            Secret("ENV", "secret", 6), Secret("ARG", "auth", 7), Secret("ARG", "super_duper_secret_token", 7),
            Secret("ENV", "apikey", 8), Secret("ENV", "git_key", 9)),

        // testAllTargetUnmarshal
        new("AllTargetUnmarshal", "\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n",
            Undefined("Usage of undefined variable '$foo'", 3), Undefined("Usage of undefined variable '$bar'", 6)),

        // testRuleCheckOption
        new("RuleCheckOption/skip-all", "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n"),
        new("RuleCheckOption/skip-all-error", "#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n"),
        new("RuleCheckOption/skip-both", "#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n"),
        new("RuleCheckOption/skip-both-error", "#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n"),
        new("RuleCheckOption/skip-one", "#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n",
            FromAs("as", "FROM", 2)),
        new("RuleCheckOption/skip-one-error", "#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n",
            FromAs("as", "FROM", 2)) { FailsBuild = true },
        new("RuleCheckOption/build-arg-overrides-directive", "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n",
            FromAs("as", "FROM", 2))
            { BuildArgs = new Dictionary<string, string> { ["BUILDKIT_DOCKERFILE_CHECK"] = "skip=ConsistentInstructionCasing;error=true" }, FailsBuild = true },
        new("RuleCheckOption/build-arg-skips-all", "#check=error=true\nFROM scratch as base\ncopy Dockerfile .\n")
            { BuildArgs = new Dictionary<string, string> { ["BUILDKIT_DOCKERFILE_CHECK"] = "skip=all" } },

        // testStageName
        new("StageName/upper-from", "\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n",
            new ExpectedCheck("StageNameCasing", "Stage name 'BadStageName' should be lowercase", 4), FromAs("as", "FROM", 8)),
        new("StageName/lower-from", "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n",
            FromAs("AS", "from", 4)),

        // testNoEmptyContinuation
        new("NoEmptyContinuation", "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n",
            new ExpectedCheck("NoEmptyContinuation", "Empty continuation line", 6)),

        // testConsistentInstructionCasing
        new("ConsistentInstructionCasing/mixed-from", "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n",
            Casing("From", "uppercase", 4)),
        new("ConsistentInstructionCasing/lower-copy", "\nFROM scratch\n# warning: 'copy' should match command majority's casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n",
            Casing("copy", "uppercase", 4)),
        new("ConsistentInstructionCasing/mixed-from-lower", "\n# warning: 'frOM' should be either lowercased or uppercased\n#\nfrOM scratch as base\nfrom scratch as base2\n",
            Casing("frOM", "lowercase", 4)),
        new("ConsistentInstructionCasing/upper-copy", "\nfrom scratch\n# warning: 'COPY' should match command majority's casing (lowercase)\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n",
            Casing("COPY", "lowercase", 4)),
        new("ConsistentInstructionCasing/lower-from", "\n# warning: 'from' should match command majority's casing (uppercase)\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n",
            Casing("from", "uppercase", 4)),
        new("ConsistentInstructionCasing/upper-from", "\n# warning: 'FROM' should match command majority's casing (lowercase)\n#\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n",
            Casing("FROM", "lowercase", 4)),
        new("ConsistentInstructionCasing/all-lower", "\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n"),
        new("ConsistentInstructionCasing/all-upper", "\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n"),
        new("ConsistentInstructionCasing/heredoc", "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n"),

        // testDuplicateStageName
        new("DuplicateStageName/duplicate", "\nFROM scratch AS b\nFROM scratch AS b\n",
            new ExpectedCheck("DuplicateStageName", "Duplicate stage name \"b\", stage names should be unique", 3)),
        new("DuplicateStageName/unique", "\nFROM scratch AS b1\nFROM scratch AS b2\n"),

        // testReservedStageName
        new("ReservedStageName/reserved", "\nFROM scratch AS scratch\nFROM scratch AS context\n",
            new ExpectedCheck("ReservedStageName", "Stage name should not use the same name as reserved stage \"scratch\"", 2),
            new ExpectedCheck("ReservedStageName", "Stage name should not use the same name as reserved stage \"context\"", 3)),
        new("ReservedStageName/base-only", "\nFROM scratch\nFROM scratch AS a\n"),

        // testJSONArgsRecommended
        new("JSONArgsRecommended/cmd", "\nFROM scratch\nCMD mycommand\n",
            new ExpectedCheck("JSONArgsRecommended", "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals", 3)),
        new("JSONArgsRecommended/entrypoint", "\nFROM scratch\nENTRYPOINT mycommand\n",
            new ExpectedCheck("JSONArgsRecommended", "JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals", 3)),
        new("JSONArgsRecommended/shell-cmd", "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\nCMD mycommand\n"),
        new("JSONArgsRecommended/shell-entrypoint", "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\nENTRYPOINT mycommand\n"),
        new("JSONArgsRecommended/parent-shell-cmd", "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nCMD mycommand\n"),
        new("JSONArgsRecommended/parent-shell-entrypoint", "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nENTRYPOINT mycommand\n"),

        // testMaintainerDeprecated
        new("MaintainerDeprecated/maintainer", "\nFROM scratch\nMAINTAINER me@example.org\n", Maintainer(3)),
        new("MaintainerDeprecated/label", "\nFROM scratch\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n"),
        new("MaintainerDeprecated/skip-json-cmd", "\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n"),
        new("MaintainerDeprecated/skip-json-entrypoint", "\nFROM scratch\n# check=skip=JSONArgsRecommended\nENTRYPOINT mycommand\n"),
        new("MaintainerDeprecated/skip", "\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n"),

        // testWarningsBeforeError (the build then stops on line 4: unknown instruction: BADCMD)
        new("WarningsBeforeError", "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n",
            new ExpectedCheck("StageNameCasing", "Stage name 'BadStageName' should be lowercase", 2), Maintainer(3)),

        // testUndeclaredArg
        new("UndeclaredArg/declared", "\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n"),
        new("UndeclaredArg/declared-platform", "\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n"),
        new("UndeclaredArg/automatic-platform", "\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n"),
        new("UndeclaredArg/empty-suffix", "\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n"),
        new("UndeclaredArg/default-modifier", "\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n"),
        new("UndeclaredArg/unset-modifier", "\nARG DEBUG=\"\"\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n"),
        new("UndeclaredArg/typo-platform", "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n",
            new ExpectedCheck("UndefinedArgInFrom", "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)", 2)),
        new("UndeclaredArg/typo-in-platform-part", "\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n\t",
            new ExpectedCheck("UndefinedArgInFrom", "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)", 4)),
        new("UndeclaredArg/undeclared-tag-part", "\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n",
            new ExpectedCheck("UndefinedArgInFrom", "FROM argument 'version' is not declared", 3)),

        // testWorkdirRelativePath
        new("WorkdirRelativePath/relative", "\nFROM scratch\nWORKDIR app/\n",
            new ExpectedCheck("WorkdirRelativePath", "Relative workdir \"app/\" can have unexpected results if the base image changes", 3)),
        new("WorkdirRelativePath/parent-stage-absolute", "\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n"),
        new("WorkdirRelativePath/skipped", "\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n"),

        // testUnmatchedVars
        new("UnmatchedVars/declared-arg", "\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n"),
        new("UnmatchedVars/parent-stage-arg", "\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n"),
        new("UnmatchedVars/run-text", "\nFROM alpine\nRUN echo $PATH\n"),
        new("UnmatchedVars/used-before-declared", "\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n",
            Undefined("Usage of undefined variable '$foo'", 3)),
        new("UnmatchedVars/typo", "\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t",
            Undefined("Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)", 6)),
        new("UnmatchedVars/path-typo", "\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t",
            Undefined("Usage of undefined variable '$PAHT' (did you mean $PATH?)", 3)),

        // testMultipleInstructionsDisallowed
        new("MultipleInstructionsDisallowed/adjacent", "\nFROM scratch\nENTRYPOINT [\"/myapp\"]\nENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myapp\"]\nCMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]\n",
            Multiple("ENTRYPOINT", 3), Multiple("CMD", 5), Multiple("HEALTHCHECK", 7)),
        new("MultipleInstructionsDisallowed/apart", "\nFROM scratch\nENTRYPOINT [\"/myapp\"]\nCMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]\n",
            Multiple("ENTRYPOINT", 3), Multiple("CMD", 4), Multiple("HEALTHCHECK", 5)),
        new("MultipleInstructionsDisallowed/other-stage", "\nFROM scratch AS a\nENTRYPOINT [\"/myapp\"]\nCMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\n\nFROM a AS b\nENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]\n"),

        // testLegacyKeyValueFormat
        new("LegacyKeyValueFormat/legacy", "\nFROM scratch\nENV testkey value\nLABEL key value\n", Legacy("ENV", 3), Legacy("LABEL", 4)),
        new("LegacyKeyValueFormat/equals", "\nFROM scratch\nENV testkey=value\nLABEL key=value\n"),
        new("LegacyKeyValueFormat/unreachable-stage", "\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n",
            Legacy("ENV", 5), Legacy("LABEL", 6)),
        new("LegacyKeyValueFormat/skipped", "\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n# check=skip=LegacyKeyValueFormat\nLABEL key value\n"),

        // testRedundantTargetPlatform
        new("RedundantTargetPlatform/plain", "\nFROM --platform=$TARGETPLATFORM scratch\n",
            new ExpectedCheck("RedundantTargetPlatform", "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior", 2)),
        new("RedundantTargetPlatform/braces", "\nFROM --platform=${TARGETPLATFORM} scratch\n",
            new ExpectedCheck("RedundantTargetPlatform", "Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior", 2)),
        new("RedundantTargetPlatform/skipped", "\n# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n"),

        // testInvalidDefaultArgInFrom: the defaults decide, not the build's arguments
        new("InvalidDefaultArgInFrom/empty-tag", "\nARG VERSION\nFROM busybox:$VERSION\n", InvalidDefault("busybox:$VERSION", 3))
            { BuildArgs = new Dictionary<string, string> { ["VERSION"] = "latest" } },
        new("InvalidDefaultArgInFrom/empty-image", "\nARG IMAGE\nFROM $IMAGE\n", InvalidDefault("$IMAGE", 3))
            { BuildArgs = new Dictionary<string, string> { ["IMAGE"] = "busybox:latest" } },
        new("InvalidDefaultArgInFrom/trailing-colon", "\nARG SFX=\"box:\"\nFROM busy${SFX}\n", InvalidDefault("busy${SFX}", 3))
            { BuildArgs = new Dictionary<string, string> { ["SFX"] = "box:latest" } },
        new("InvalidDefaultArgInFrom/valid-default", "\nARG VERSION=\"latest\"\nFROM busybox:${VERSION}\n")
            { BuildArgs = new Dictionary<string, string> { ["VERSION"] = "latest" } },
        new("InvalidDefaultArgInFrom/empty-suffix", "\nARG BUSYBOX_VARIANT=\"\"\nFROM busybox:stable${BUSYBOX_VARIANT}\n")
            { BuildArgs = new Dictionary<string, string> { ["BUSYBOX_VARIANT"] = "-musl" } },
        new("InvalidDefaultArgInFrom/unset-suffix-indented", "\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t")
            { BuildArgs = new Dictionary<string, string> { ["BUSYBOX_VARIANT"] = "-musl" } },

        // testFromPlatformFlagConstDisallowed
        new("FromPlatformFlagConstDisallowed/constant", "\nFROM --platform=linux/amd64 scratch\n",
            new ExpectedCheck("FromPlatformFlagConstDisallowed", "FROM --platform flag should not use constant value \"linux/amd64\"", 2)),
        new("FromPlatformFlagConstDisallowed/named-after-arch", "\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n"),
        new("FromPlatformFlagConstDisallowed/named-after-os", "\nFROM --platform=linux/amd64 scratch AS linux\n"),

        // testExposeProtoCasing
        new("ExposeProtoCasing", "\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n",
            new ExpectedCheck("ExposeProtoCasing", "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase", 3),
            new ExpectedCheck("ExposeProtoCasing", "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase", 3)),

        // testExposeInvalidFormat
        new("ExposeInvalidFormat", "\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n",
            new ExpectedCheck("ExposeInvalidFormat", "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'", 3),
            new ExpectedCheck("ExposeInvalidFormat", "EXPOSE instruction should not define an IP address or host-port mapping, found '[::1]:8080:8080'", 3),
            new ExpectedCheck("ExposeInvalidFormat", "EXPOSE instruction should not define an IP address or host-port mapping, found '5000:5000'", 3)),
    ];
}
