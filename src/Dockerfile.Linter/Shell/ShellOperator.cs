namespace Dockerfile.Linter.Shell;

/// <summary>The operator that connects a command to its neighbour.</summary>
public enum ShellOperator
{
    /// <summary>No neighbour on that side (start or end of a list, or a compound command in between).</summary>
    None,

    /// <summary><c>&amp;&amp;</c></summary>
    And,

    /// <summary><c>||</c></summary>
    Or,

    /// <summary><c>;</c></summary>
    Semicolon,

    /// <summary>A newline separating two commands.</summary>
    Newline,

    /// <summary><c>&amp;</c> (the command before it runs in the background).</summary>
    Background,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>|&amp;</c> (bash: pipe stdout and stderr).</summary>
    PipeAll,
}

/// <summary>Where a command sits in the script.</summary>
public enum ShellCommandContext
{
    /// <summary>A command of the script's top-level lists.</summary>
    TopLevel,

    /// <summary>Inside <c>( … )</c>.</summary>
    Subshell,

    /// <summary>Inside <c>{ …; }</c> or a function body.</summary>
    Group,

    /// <summary>Inside <c>if</c>, <c>while</c>, <c>until</c>, <c>for</c>, <c>select</c> or <c>case</c>.</summary>
    Compound,

    /// <summary>Inside <c>$( … )</c> or backticks.</summary>
    CommandSubstitution,

    /// <summary>Inside <c>&lt;( … )</c> or <c>&gt;( … )</c>.</summary>
    ProcessSubstitution,

    /// <summary>Inside the script argument of <c>sh -c '…'</c>, <c>bash -c</c> or <c>su -c</c>.</summary>
    ShellArgument,
}
