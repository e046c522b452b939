namespace Dockerfile.Linter.Tests.Differential;

public class RatchetFileTests
{
    private const string File = "code\trecall\tprecision\tnote\nDL3008\t0.950\t0.990\t\nDL3059\t0.500\t0.950\tsee DL3059 docs\n";

    [Fact]
    public void A_drop_below_a_floor_fails_and_holding_it_passes()
    {
        var floors = RatchetFile.Read(File);
        Assert.Empty(RatchetFile.Check(floors, new Dictionary<string, (double, double)> { ["DL3008"] = (0.9504, 0.99), ["DL3059"] = (0.5, 0.96) }));
        var problems = RatchetFile.Check(floors, new Dictionary<string, (double, double)> { ["DL3008"] = (0.0, 0.99), ["DL3059"] = (0.5, 0.96) });
        Assert.Equal(["DL3008: recall 0.000 fell below its floor 0.950"], problems);
    }

    [Fact]
    public void Codes_missing_on_either_side_and_low_floors_without_a_note_fail()
    {
        var floors = RatchetFile.Read("DL3008\t0.800\t0.990\t\n");
        var problems = RatchetFile.Check(floors, new Dictionary<string, (double, double)> { ["DL3008"] = (0.8, 0.99), ["DL3009"] = (1, 1) });
        Assert.Contains("DL3008: floor under 0.900 without a note naming the documented difference", problems);
        Assert.Contains("DL3009: compared but has no floor", problems);
        Assert.Contains("DL3008: has a floor but is no longer compared (rule removed or off under the hadolint preset?)",
            RatchetFile.Check(floors, new Dictionary<string, (double, double)>()));
    }

    [Fact]
    public void Raising_never_lowers_a_floor_and_keeps_notes()
    {
        var raised = RatchetFile.Raise(RatchetFile.Read(File),
            new Dictionary<string, (double, double)> { ["DL3008"] = (0.9, 0.9999), ["DL3059"] = (0.6, 0.9) }).ToDictionary(f => f.Code);
        Assert.Equal(new RatchetFloor("DL3008", 0.95, 0.999, ""), raised["DL3008"]);
        Assert.Equal(new RatchetFloor("DL3059", 0.6, 0.95, "see DL3059 docs"), raised["DL3059"]);
        Assert.Equal(raised.Values.OrderBy(f => f.Code).ToList(), RatchetFile.Read(RatchetFile.Write(raised.Values)).Values.ToList());
    }
}
