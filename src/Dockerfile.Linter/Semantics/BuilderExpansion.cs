using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Semantics;

/// <summary>
/// A piece of an instruction that the builder itself expands (BuildKit's variable expansion at build time), as
/// opposed to text the shell expands when a command runs.
/// </summary>
/// <param name="Text">The text as written (for a heredoc, its body).</param>
/// <param name="Span">Where <paramref name="Text"/> is written; for a <c>RUN --mount</c> option, the whole <c>key=value</c>.</param>
/// <param name="IsHeredocBody">
/// True for the body of a heredoc with an unquoted delimiter: it is expanded with <c>\</c> as escape and quotes are
/// literal; other pieces use the file's escape character and quotes as the builder reads them.
/// </param>
/// <param name="Declares">
/// The variable whose value this is, when the piece is one: the name of an <c>ENV</c> pair (the value is expanded
/// before the name is set, so a reference to the name itself reads the value it had before) or of an <c>ARG</c>
/// declaration (declared once its default is expanded; a declaration without a default gives an empty
/// <paramref name="Text"/> at its name, so that the name is declared in order). Null for the other pieces.
/// </param>
public readonly record struct BuilderExpandedText(string Text, TextSpan Span, bool IsHeredocBody = false, string? Declares = null);

/// <summary>
/// Which parts of each instruction the builder expands, in the order it expands them: <c>COPY</c>/<c>ADD</c> sources,
/// destination, <c>--chown</c>, <c>--chmod</c>, <c>ADD --checksum</c> and heredoc bodies with an unquoted delimiter;
/// <c>ENV</c> and <c>LABEL</c> keys and values; <c>ARG</c> defaults; <c>WORKDIR</c>, <c>USER</c>,
/// <c>STOPSIGNAL</c>, <c>VOLUME</c>; <c>RUN --mount</c> options (but <c>from</c>). Never the command text of
/// <c>RUN</c>, <c>CMD</c> or <c>ENTRYPOINT</c>, which the shell expands at run time, nor <c>FROM</c>, which global
/// arguments expand (see <see cref="GlobalArguments"/>).
/// </summary>
public static class BuilderExpansion
{
    private static readonly string[] s_transferFlags = ["chown", "chmod", "checksum"];

    /// <summary>The pieces of <paramref name="instruction"/> the builder expands, in order; none for an instruction it does not expand.</summary>
    public static IEnumerable<BuilderExpandedText> Of(Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        switch (instruction)
        {
            case FileTransferInstruction transfer:
                foreach (var name in s_transferFlags)
                    if (transfer.GetFlag(name) is { Value: { } value, ValueSpan: { } span } && (name != "checksum" || transfer is AddInstruction))
                        yield return new BuilderExpandedText(value, span);
                foreach (var word in transfer.Words) yield return Piece(word);
                foreach (var heredoc in transfer.Heredocs)
                    if (heredoc.Expand) yield return new BuilderExpandedText(heredoc.Content, heredoc.ContentSpan, IsHeredocBody: true);
                break;
            case KeyValueInstruction pairs:
                foreach (var pair in pairs.Pairs)
                {
                    yield return Piece(pair.Key);
                    yield return Piece(pair.Value) with { Declares = pairs is EnvInstruction ? pair.Key.Text : null };
                }
                break;
            case ArgInstruction arg:
                foreach (var declaration in arg.Declarations)
                    yield return declaration.DefaultValue is { } value
                        ? Piece(value) with { Declares = declaration.Name.Text }
                        : new BuilderExpandedText("", new TextSpan(declaration.Name.Span.End, 0), Declares: declaration.Name.Text);
                break;
            case WorkdirInstruction { Path: { } path }: yield return Piece(path); break;
            case UserInstruction { Value: { } user }: yield return Piece(user); break;
            case StopsignalInstruction { Signal: { } signal }: yield return Piece(signal); break;
            case VolumeInstruction volume:
                foreach (var path in volume.Paths) yield return Piece(path);
                break;
            case RunInstruction run:
                foreach (var mount in run.Mounts)
                    foreach (var option in mount.Options)
                        if (option.Key != "from" && option.Value is { } value) yield return new BuilderExpandedText(value, option.Span);
                break;
        }
    }

    private static BuilderExpandedText Piece(Word word) => new(word.Text, word.Span);
}
