using KzDiff.Core.Comparison;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Rendering;

/// <summary>A small comparison with every kind of row, and report text that tries to inject markup.</summary>
internal static class RenderingSamples
{
    public const string Hostile = "Activists posted <script>alert('x')</script> and <img src=x onerror=alert(1)> with a javascript:alert(2) link.";

    public static EditionComparison Comparison()
    {
        var older = Edition(2018,
            Node("1.c", "c. Torture", [
                "In 2018 the government registered 12 complaints of torture.",
                "Police detained 40 protesters in Almaty during the March rallies.",
                "The ombudsman's office did not publish its annual report.",
                "Officials called them \"traitors\" on state television.",
                "Prison conditions were harsh and sometimes life threatening.",
            ]),
            Node("2.a", "a. Freedom of Speech", [Hostile, "Courts fined bloggers for reposting critical articles about officials."]));
        var newer = Edition(2019,
            Node("1.c", "c. Torture", [
                "In 2019 the government registered 12 complaints of torture.",
                "Police detained 65 protesters in Almaty during the March rallies.",
                "Officials called them “traitors” on state television.",
                "A new law raised penalties for torture to 12 years in prison.",
            ]),
            Node("2.a", "a. Freedom of Expression", [Hostile, "Courts fined bloggers for reposting critical articles about officials.", "Prison conditions were harsh and sometimes life threatening."]));
        return EditionComparer.Compare(older, newer);
    }
}
