using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Linting;

/// <summary>Builds a test site in memory as `rungs check` does, with a fixed "today", and states a lint's diagnostics.</summary>
internal static class Lint
{
    // Within ten years of the minimal site's `effective: 2010-08-15`, so only the lint a test is about reports anything.
    public static readonly DateOnly Today = new(2015, 1, 1);

    public static BuildResult Build(TestSite site, DateOnly? today = null) =>
        SitePipeline.Run(site.Sources(), TestSite.Themes(), today: today ?? Today);

    /// <summary>A finding's hint as the build writes it: the rule's own advice, then how to set the rule.</summary>
    public static string Hint(string advice, string rule) => $"{advice} (lint `{rule}`: site.yml `lint:` sets it to off, warning or error)";

    /// <summary>The minimal site's settings with a `lint:` block added.</summary>
    public static TestSite WithSettings(this TestSite site, string lint) => site.With("site.yml", $"""
        title: Test Specs
        organisation: Test University
        description: Classification specs for tests.
        {lint}
        """);
}
