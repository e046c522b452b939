using System.Globalization;
using System.Text.Json;

namespace Dockerfile.Linter.Rules;

/// <summary>One finding of the <c>shellcheck</c> executable, as its <c>json1</c> format gives it (1-based positions, end exclusive).</summary>
internal sealed record ShellCheckComment(string File, int Line, int Column, int EndLine, int EndColumn, string Level, int Code, string Message)
{
    /// <summary>The code as written everywhere else: <c>SC2039</c>.</summary>
    public string CodeText => "SC" + Code.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>ShellCheck's level as a severity: error, warning, info and style map one to one (anything else: warning).</summary>
    public Severity Severity => Level switch
    {
        "error" => Severity.Error,
        "info" => Severity.Info,
        "style" => Severity.Style,
        _ => Severity.Warning,
    };
}

/// <summary>Reads the <c>json1</c> output of <c>shellcheck</c>: <c>{"comments":[{"file":…,"line":…,…}]}</c>.</summary>
internal static class ShellCheckJson
{
    /// <summary>The comments in <paramref name="json"/>, or the reason it is not ShellCheck's json1 output.</summary>
    public static (IReadOnlyList<ShellCheckComment> Comments, string? Error) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("comments", out var comments)
                || comments.ValueKind != JsonValueKind.Array)
                return ([], "shellcheck's output is not its json1 format (no \"comments\" list)");
            var list = new List<ShellCheckComment>(comments.GetArrayLength());
            foreach (var item in comments.EnumerateArray())
            {
                if (Read(item) is not { } comment) return ([], "shellcheck's output is not its json1 format (a comment lacks its position, code or message)");
                list.Add(comment);
            }
            return (list, null);
        }
        catch (JsonException ex)
        {
            string first = ex.Message.Split('\n')[0];
            return ([], $"shellcheck's output is not JSON ({first})");
        }
    }

    private static ShellCheckComment? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) return null;
        if (String(item, "file") is not { } file || Int(item, "line") is not { } line || Int(item, "column") is not { } column
            || Int(item, "code") is not { } code || String(item, "message") is not { } message)
            return null;
        if (code is < 0 or > 9999) return null;
        int endLine = Int(item, "endLine") ?? line;
        int endColumn = Int(item, "endColumn") ?? column;
        return new ShellCheckComment(file, line, column, endLine, endColumn, String(item, "level") ?? "warning", code, message);
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) ? n : null;
}
