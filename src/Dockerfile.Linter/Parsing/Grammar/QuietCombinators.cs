using Pidgin;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>
/// Choice and repetition over parts that fail quietly (<see cref="CharRun"/> runs, <see cref="GrammarParts.Quiet"/>
/// characters: no expected entry when they fail without consuming). Pidgin's <c>OneOf</c> and <c>Many</c> family
/// rent, fill and return a pooled expected list on every last, failing, attempt even when it stays empty; these do no
/// expected bookkeeping of their own and otherwise behave alike: an attempt that fails after consuming input fails
/// the whole, with what it expected.
/// </summary>
internal static class QuietCombinators
{
    /// <summary>The first of <paramref name="options"/> that succeeds (<c>OneOf</c> over quiet options).</summary>
    public static Parser<char, T> QuietOneOf<T>(params Parser<char, T>[] options) => new Choice<T>(options);

    /// <summary>Skips <paramref name="item"/> as many times as it matches (<c>SkipMany</c>).</summary>
    public static Parser<char, Unit> SkipManyQuietly<T>(this Parser<char, T> item) => new SkipLoop<T>(item, minimum: 0);

    /// <summary>Skips <paramref name="item"/> at least once and as many times as it matches (<c>SkipAtLeastOnce</c>).</summary>
    public static Parser<char, Unit> SkipAtLeastOnceQuietly<T>(this Parser<char, T> item) => new SkipLoop<T>(item, minimum: 1);

    /// <summary>The results of <paramref name="item"/> as many times as it matches (<c>Many</c>).</summary>
    public static Parser<char, List<T>> ManyQuietly<T>(this Parser<char, T> item) => new CollectLoop<T>(item);

    private sealed class Choice<T>(Parser<char, T>[] options) : Parser<char, T>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            var start = state.Location;
            result = default!;
            foreach (var option in options)
            {
                if (option.TryParse(ref state, ref expecteds, out var value))
                {
                    result = value;
                    return true;
                }
                if (state.Location > start) return false;
            }
            return false;
        }
    }

    // Runs item until it fails; false when it failed after consuming input (its expecteds then kept), or matched
    // fewer than minimum times.
    private static bool Loop<T>(Parser<char, T> item, int minimum, List<T>? results, ref ParseState<char> state,
        ref PooledList<Expected<char>> expecteds)
    {
        var attempt = new PooledList<Expected<char>>(state.Configuration.ArrayPoolProvider.GetArrayPool<Expected<char>>());
        try
        {
            for (int count = 0; ; count++)
            {
                var start = state.Location;
                if (item.TryParse(ref state, ref attempt, out var value))
                {
                    if (state.Location == start) throw new InvalidOperationException("a repeated parser matched no input");
                    results?.Add(value);
                    attempt.Clear();
                    continue;
                }
                if (state.Location == start && count >= minimum) return true;
                if (attempt.Count > 0) expecteds.AddRange(attempt.AsSpan());
                return false;
            }
        }
        finally
        {
            attempt.Dispose();
        }
    }

    private sealed class SkipLoop<T>(Parser<char, T> item, int minimum) : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            return Loop(item, minimum, null, ref state, ref expecteds);
        }
    }

    private sealed class CollectLoop<T>(Parser<char, T> item) : Parser<char, List<T>>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out List<T> result)
        {
            result = [];
            return Loop(item, 0, result, ref state, ref expecteds);
        }
    }
}
