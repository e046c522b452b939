using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Dockerfile.Linter.Syntax;

/// <summary><c>FROM [--platform=…] image [AS name]</c>.</summary>
public sealed class FromInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.From;

    /// <summary>The base image (null when FROM has no argument).</summary>
    public required ImageReference? Image { get; init; }

    // AS, the stage name and words that are not just the parts (rare) sit in one object made only when present: a
    // file of millions of unnamed FROM lines keeps one instruction per line.
    private NamingParts? _naming;

    private NamingParts Naming() => _naming ??= new NamingParts();

    private sealed class NamingParts
    {
        public Word? AsKeyword;
        public Word? StageName;
        public ImmutableArray<Word> Words;
    }

    /// <summary>The <c>AS</c> keyword as written, or null.</summary>
    public required Word? AsKeyword
    {
        get => _naming?.AsKeyword;
        init { if (value is not null) Naming().AsKeyword = value; }
    }

    /// <summary>The stage name as written, or null.</summary>
    public required Word? StageName
    {
        get => _naming?.StageName;
        init { if (value is not null) Naming().StageName = value; }
    }

    // When the words are exactly parts kept above (the image, AS, the stage name: nearly every FROM), the kind bits
    // name them (non-zero) and they are made when asked for rather than kept twice. Parts set after Words are not
    // among them, whatever the initializer's order.

    /// <summary>All whitespace-separated words after the flags (BuildKit's argument list).</summary>
    public required ImmutableArray<Word> Words
    {
        get => KindBits != 0 ? [.. PartWords((WordParts)KindBits)] : _naming is { Words.IsDefault: false } naming ? naming.Words : [];
        init
        {
            if (!value.IsDefaultOrEmpty && AreParts(value))
            {
                KindBits = (int)((Image is null ? 0 : WordParts.Image) | (AsKeyword is null ? 0 : WordParts.As) | (StageName is null ? 0 : WordParts.Name));
                if (_naming is not null) _naming.Words = default;
            }
            else
            {
                KindBits = 0;
                if (!value.IsDefaultOrEmpty || _naming is not null) Naming().Words = value;
            }
        }
    }

    /// <summary>The <c>--platform</c> flag, or null.</summary>
    public Flag? Platform => GetFlag("platform");

    private IEnumerable<Word> PartWords(WordParts parts)
    {
        if ((parts & WordParts.Image) != 0 && Image is { } image) yield return new Word { Text = image.Text, Span = image.Span };
        if ((parts & WordParts.As) != 0 && AsKeyword is { } asKeyword) yield return asKeyword;
        if ((parts & WordParts.Name) != 0 && StageName is { } stageName) yield return stageName;
    }

    [Flags]
    private enum WordParts : byte
    {
        Image = 1,
        As = 2,
        Name = 4,
    }

    /// <summary>True when <paramref name="words"/> are the image, AS and stage name set so far (text and span), in order.</summary>
    private bool AreParts(ImmutableArray<Word> words)
    {
        int i = 0;
        bool Next(TextSpan span, string text) =>
            i < words.Length && words[i].Span == span && string.Equals(words[i++].Text, text, StringComparison.Ordinal);
        return (Image is not { } image || Next(image.Span, image.Text))
               && (AsKeyword is not { } asKeyword || Next(asKeyword.Span, asKeyword.Text))
               && (StageName is not { } stageName || Next(stageName.Span, stageName.Text))
               && i == words.Length;
    }
}

/// <summary><c>RUN [--mount=…] [--network=…] [--security=…] command</c>.</summary>
public sealed class RunInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Run;

    /// <summary>The command (null when RUN has no argument).</summary>
    public required CommandForm? Command { get; init; }

    /// <summary>The <c>--mount</c> flags, parsed.</summary>
    public required ImmutableArray<MountSpec> Mounts { get; init; }
}

/// <summary>Base of CMD, ENTRYPOINT and SHELL: an instruction that is a command in shell or exec (JSON) form.</summary>
public abstract class CommandInstruction : Instruction
{
    /// <summary>The command (null when the instruction has no argument, or its JSON array holds a non-string).</summary>
    public required CommandForm? Command { get; init; }
}

/// <summary><c>CMD</c> in shell or exec form.</summary>
public sealed class CmdInstruction : CommandInstruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Cmd;
}

/// <summary><c>ENTRYPOINT</c> in shell or exec form.</summary>
public sealed class EntrypointInstruction : CommandInstruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Entrypoint;
}

/// <summary><c>SHELL ["executable", "param"]</c> (BuildKit requires exec form).</summary>
public sealed class ShellInstruction : CommandInstruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Shell;
}

/// <summary>Base of COPY and ADD.</summary>
public abstract class FileTransferInstruction : Instruction
{
    /// <summary>Every source (all arguments but the last); heredoc markers appear here as words too.</summary>
    public required ImmutableArray<Word> Sources { get; init; }

    /// <summary>The destination (the last argument), or null with fewer than two arguments.</summary>
    public required Word? Destination { get; init; }

    /// <summary>All arguments in order (JSON elements in exec form).</summary>
    public required ImmutableArray<Word> Words { get; init; }
}

/// <summary><c>COPY [--from=…] [--chown=…] [--chmod=…] [--link] src… dest</c>.</summary>
public sealed class CopyInstruction : FileTransferInstruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Copy;

    /// <summary>The <c>--from</c> flag, or null.</summary>
    public Flag? From => GetFlag("from");
}

/// <summary><c>ADD [--checksum=…] [--chown=…] src… dest</c>.</summary>
public sealed class AddInstruction : FileTransferInstruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Add;
}

/// <summary><c>ENV key=value …</c> or legacy <c>ENV key value</c>.</summary>
public sealed class EnvInstruction : KeyValueInstruction
{
    /// <summary>Creates an empty instruction; set every required member.</summary>
    public EnvInstruction()
    {
    }

    /// <summary>An instruction holding its pairs as slots; the caller sets every other required member.</summary>
    [SetsRequiredMembers]
    internal EnvInstruction(KeyValueSlot[] pairs) : base(pairs)
    {
    }

    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Env;
}

/// <summary><c>LABEL key=value …</c>.</summary>
public sealed class LabelInstruction : KeyValueInstruction
{
    /// <summary>Creates an empty instruction; set every required member.</summary>
    public LabelInstruction()
    {
    }

    /// <summary>An instruction holding its pairs as slots; the caller sets every other required member.</summary>
    [SetsRequiredMembers]
    internal LabelInstruction(KeyValueSlot[] pairs) : base(pairs)
    {
    }

    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Label;
}

/// <summary><c>ARG name[=default] …</c>.</summary>
public sealed class ArgInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Arg;

    /// <summary>The declarations in order.</summary>
    public required ImmutableArray<ArgDeclaration> Declarations { get; init; }
}

/// <summary><c>EXPOSE port[/proto] …</c>.</summary>
public sealed class ExposeInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Expose;

    /// <summary>The ports in order.</summary>
    public required ImmutableArray<ExposePort> Ports { get; init; }
}

/// <summary><c>VOLUME path …</c> or <c>VOLUME ["path", …]</c>.</summary>
public sealed class VolumeInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Volume;

    /// <summary>The paths in order.</summary>
    public required ImmutableArray<Word> Paths { get; init; }
}

/// <summary><c>USER user[:group]</c>.</summary>
public sealed class UserInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.User;

    /// <summary>The whole argument as written, or null when empty.</summary>
    public required Word? Value { get; init; }

    /// <summary>The user part (before <c>:</c>), or null.</summary>
    public required Word? User { get; init; }

    /// <summary>The group part (after <c>:</c>), or null.</summary>
    public required Word? Group { get; init; }
}

/// <summary><c>WORKDIR path</c>.</summary>
public sealed class WorkdirInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Workdir;

    /// <summary>The path as written (inner spaces kept), or null when empty.</summary>
    public required Word? Path { get; init; }
}

/// <summary><c>MAINTAINER name</c> (deprecated).</summary>
public sealed class MaintainerInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Maintainer;

    /// <summary>The maintainer text, or null when empty.</summary>
    public required Word? Name { get; init; }
}

/// <summary><c>STOPSIGNAL signal</c>.</summary>
public sealed class StopsignalInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Stopsignal;

    /// <summary>The signal as written, or null when empty.</summary>
    public required Word? Signal { get; init; }
}

/// <summary><c>HEALTHCHECK NONE</c> or <c>HEALTHCHECK [options] CMD command</c>.</summary>
public sealed class HealthcheckInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Healthcheck;

    /// <summary>The type word as written (<c>CMD</c>, <c>NONE</c>, or anything else), or null when empty.</summary>
    public required Word? Type { get; init; }

    /// <summary>True for <c>HEALTHCHECK NONE</c> (any case).</summary>
    public bool IsNone => Type is not null && Type.Text.Equals("NONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The command after <c>CMD</c>, or null.</summary>
    public required CommandForm? Command { get; init; }

    /// <summary>
    /// The options BuildKit reads (<c>--interval</c>, <c>--timeout</c>, <c>--start-period</c>, <c>--start-interval</c>,
    /// <c>--retries</c>) with their values; empty for <c>HEALTHCHECK NONE</c>, whose flags BuildKit never reads.
    /// Values holding a variable are left out.
    /// </summary>
    public ImmutableArray<HealthcheckOption> Options { get; init; } = [];

    /// <summary><c>--interval</c>'s duration, or null when not given (or not valid).</summary>
    public TimeSpan? Interval => Duration("interval");

    /// <summary><c>--timeout</c>'s duration, or null when not given (or not valid).</summary>
    public TimeSpan? Timeout => Duration("timeout");

    /// <summary><c>--start-period</c>'s duration, or null when not given (or not valid).</summary>
    public TimeSpan? StartPeriod => Duration("start-period");

    /// <summary><c>--start-interval</c>'s duration, or null when not given (or not valid).</summary>
    public TimeSpan? StartInterval => Duration("start-interval");

    /// <summary><c>--retries</c>' count, or null when not given (or not valid).</summary>
    public int? Retries => Options.LastOrDefault(o => o.Name == "retries")?.Retries;

    private TimeSpan? Duration(string name) => Options.LastOrDefault(o => o.Name == name)?.Duration;
}

/// <summary><c>ONBUILD instruction</c>.</summary>
public sealed class OnbuildInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Onbuild;

    /// <summary>The wrapped trigger instruction, or null when ONBUILD is empty.</summary>
    public required Instruction? Trigger { get; init; }
}

/// <summary>An instruction whose keyword BuildKit does not know (BuildKit's parser accepts it; the build rejects it).</summary>
public sealed class UnknownInstruction : Instruction
{
    /// <inheritdoc/>
    public override InstructionKind Kind => InstructionKind.Unknown;

    /// <summary>The text after the keyword and flags, as written.</summary>
    public required string ArgumentsText { get; init; }
}
