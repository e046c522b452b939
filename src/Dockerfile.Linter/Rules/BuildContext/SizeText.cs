using System.Globalization;

namespace Dockerfile.Linter.Rules;

/// <summary>Human-readable sizes for messages (<c>532 B</c>, <c>4.2 MB</c>), decimal units like docker's output.</summary>
internal static class SizeText
{
    private static readonly string[] Units = ["B", "kB", "MB", "GB", "TB"];

    public static string Format(long bytes)
    {
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < Units.Length - 1)
        {
            value /= 1000;
            unit++;
        }
        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {Units[unit]}");
    }

    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? singular : plural)}");
}
