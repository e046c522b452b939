namespace Dockerfile.Linter.Cli.Input;

/// <summary>How a file's bytes became its text, so that a fixed text can be written back in the same encoding.</summary>
internal enum SourceEncoding
{
    /// <summary>Valid UTF-8; a byte-order mark, if any, is kept in the text as U+FEFF.</summary>
    Utf8,
    /// <summary>UTF-16 little endian with a byte-order mark (not part of the text).</summary>
    Utf16LittleEndian,
    /// <summary>UTF-16 big endian with a byte-order mark (not part of the text).</summary>
    Utf16BigEndian,
    /// <summary>Decoded with replacement characters: the text cannot be written back without changing other bytes.</summary>
    Lossy,
}
