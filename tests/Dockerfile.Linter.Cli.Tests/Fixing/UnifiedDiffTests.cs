using Dockerfile.Linter.Cli.Fixing;

namespace Dockerfile.Linter.Cli.Tests.Fixing;

public class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff() => Assert.Equal("", UnifiedDiff.Create("a\n", "a\n", "f"));

    [Fact]
    public void Changes_far_apart_get_their_own_hunks_with_three_lines_of_context()
    {
        string before = string.Concat(Enumerable.Range(1, 20).Select(i => $"l{i}\n"));
        string after = before.Replace("l2\n", "L2\n").Replace("l18\n", "");
        Assert.Equal(
            "--- f\n+++ f\n" +
            "@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n" +
            "@@ -15,6 +15,5 @@\n l15\n l16\n l17\n-l18\n l19\n l20\n",
            UnifiedDiff.Create(before, after, "f"));
    }

    [Fact]
    public void Changes_close_together_share_a_hunk()
    {
        string before = string.Concat(Enumerable.Range(1, 9).Select(i => $"l{i}\n"));
        string after = before.Replace("l1\n", "L1\n").Replace("l8\n", "L8\n");
        Assert.Equal(
            "--- f\n+++ f\n@@ -1,9 +1,9 @@\n-l1\n+L1\n l2\n l3\n l4\n l5\n l6\n l7\n-l8\n+L8\n l9\n",
            UnifiedDiff.Create(before, after, "f"));
    }

    [Fact]
    public void A_missing_final_line_break_is_marked()
    {
        Assert.Equal(
            "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file\n",
            UnifiedDiff.Create("a\nb", "a\nB", "f"));
        Assert.Equal("--- f\n+++ f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n", UnifiedDiff.Create("a", "a\n", "f"));
    }

    [Fact]
    public void Lines_keep_their_own_line_endings()
    {
        Assert.Equal("--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r\n", UnifiedDiff.Create("a\r\nb\r\n", "a\r\nB\r\n", "f"));
    }

    [Fact]
    public void Insertions_into_an_empty_file_start_at_line_0()
    {
        Assert.Equal("--- f\n+++ f\n@@ -0,0 +1 @@\n+a\n", UnifiedDiff.Create("", "a\n", "f"));
    }
}
