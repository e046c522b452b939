namespace Dockerfile.Linter.Rules;

/// <summary>
/// Checks a linter's rules and options when it is created, so that a typo fails loudly instead of being ignored:
/// duplicate rule codes, rule references that match no rule, settings a rule does not declare or cannot parse, and a
/// <c>BUILDKIT_DOCKERFILE_CHECK</c> build argument BuildKit would refuse.
/// </summary>
internal static class LintOptionsValidation
{
    /// <exception cref="ArgumentException">Two rules share a code, or a rule's setting has a default its kind does not accept.</exception>
    public static void CheckRules(IReadOnlyList<Rule> rules)
    {
        var badDefaults = rules
            .SelectMany(r => r.Descriptor.Settings.Where(s => !s.Accepts(s.DefaultValue))
                .Select(s => $"setting '{s.Name}' of {r.Descriptor.Code} has the default '{s.DefaultValue}', which is not {s.Expected}"))
            .ToList();
        if (badDefaults.Count > 0) throw new ArgumentException(string.Join("; ", badDefaults), "rules");
        var duplicates = rules
            .GroupBy(r => r.Descriptor.Code, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        if (duplicates.Count > 0)
            throw new ArgumentException(
                $"rule code{(duplicates.Count == 1 ? "" : "s")} {string.Join(", ", duplicates.Select(d => $"'{d}'"))} registered more than once; " +
                "each rule needs its own code (pass a custom rule once, and not one that reuses a built-in code)", "rules");
    }

    /// <exception cref="ArgumentException">The options name a rule, a setting or a setting value that does not exist.</exception>
    public static void CheckOptions(LintOptions options, RuleLookup<Rule> lookup, IReadOnlyCollection<RuleDescriptor> descriptors)
    {
        var problems = new List<string>();
        void CheckReference(string key, string where)
        {
            if (lookup.FindAll(key).Count > 0) return;
            // ShellCheck's codes name the findings of the shellcheck executable (LintOptions.ShellCheck) too.
            if (ShellCheckCodes.IsShellCheckCode(key)) return;
            var close = NameSuggestions.ForRule(key, descriptors);
            string hint = close.Count > 0 ? $" (did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?)" : "";
            problems.Add($"{where}: unknown rule '{key}'{hint}");
        }
        foreach (var key in options.Ignore) CheckReference(key, "LintOptions.Ignore");
        foreach (var key in options.Enable) CheckReference(key, "LintOptions.Enable");
        foreach (var key in options.SeverityOverrides.Keys) CheckReference(key, "LintOptions.SeverityOverrides");
        foreach (var (key, settings) in options.RuleSettings)
        {
            if (lookup.Find(key) is not { } rule)
            {
                CheckReference(key, "LintOptions.RuleSettings");
                continue;
            }
            foreach (var (name, value) in settings)
                if (RuleSettingValidation.Check(rule.Descriptor, name, value) is { } problem)
                    problems.Add($"LintOptions.RuleSettings: {problem.Message}");
        }
        if (options.BuildArgs.TryGetValue(Suppression.FileSuppressions.CheckBuildArg, out var check)
            && Suppression.CheckSettings.Parse(check).Problem is { } checkProblem)
            problems.Add($"LintOptions.BuildArgs: {Suppression.FileSuppressions.CheckBuildArg}: {checkProblem}");
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
    }
}
