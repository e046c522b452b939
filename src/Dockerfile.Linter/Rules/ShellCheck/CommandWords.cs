using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>
/// The words of one command that the shell expands, walked without allocating (the SC rules walk every word of every
/// command): optionally the assignment values, then the name and arguments (optionally without the arguments that
/// are assignments), then the redirection targets other than heredoc delimiters.
/// </summary>
internal struct CommandWords
{
    private readonly ShellCommand? _command;
    private readonly bool _assignments;
    private readonly bool _skipAssignmentArguments;
    private int _stage;
    private int _index;

    private CommandWords(ShellCommand? command, bool assignments, bool skipAssignmentArguments)
    {
        _command = command;
        _assignments = assignments;
        _skipAssignmentArguments = skipAssignmentArguments;
        Current = null!;
    }

    /// <summary>The assignment values, the name and arguments, and the redirection targets of <paramref name="command"/>.</summary>
    public static CommandWords All(ShellCommand command) => new(command, assignments: true, skipAssignmentArguments: false);

    /// <summary>
    /// The name and arguments and the redirection targets of <paramref name="command"/>, without the arguments that
    /// are assignments when <paramref name="skipAssignmentArguments"/> is set.
    /// </summary>
    public static CommandWords Split(ShellCommand command, bool skipAssignmentArguments) => new(command, assignments: false, skipAssignmentArguments);

    /// <summary>No words.</summary>
    public static CommandWords None => new(null, false, false);

    /// <summary>The word the enumerator is at.</summary>
    public ShellWord Current { get; private set; }

    /// <summary>The enumerator itself (for <c>foreach</c>).</summary>
    public readonly CommandWords GetEnumerator() => this;

    /// <summary>Moves to the next word; false past the last.</summary>
    public bool MoveNext()
    {
        if (_command is not { } command) return false;
        if (_stage == 0)
        {
            var assignments = command.Assignments;
            if (_assignments && _index < assignments.Length)
            {
                Current = assignments[_index++].Word;
                return true;
            }
            _stage = 1;
            _index = 0;
        }
        if (_stage == 1)
        {
            var words = command.Words;
            while (_index < words.Length)
            {
                var word = words[_index++];
                if (_skipAssignmentArguments && _index > 1 && ShellCheckScript.AssignmentValueStart(word.Text) > 0) continue;
                Current = word;
                return true;
            }
            _stage = 2;
            _index = 0;
        }
        var redirections = command.Redirections;
        while (_index < redirections.Length)
        {
            var redirection = redirections[_index++];
            if (redirection.IsHeredoc || redirection.Target is not { } target) continue;
            Current = target;
            return true;
        }
        return false;
    }
}
