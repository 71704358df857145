using System.Reflection;
using KommunalBot.Bot.Protocol;
using KommunalBot.Knowledge;
using NetArchTest.Rules;

namespace KommunalBot.Bot.Tests.Architecture;

/// The layering of docs (STYLE.md "Rules"): Protocol knows no feature and no knowledge; the Knowledge library
/// knows no ASP.NET; a feature reaches another feature only through its public types (its API, e.g.
/// IKnowledgePublisher, IPersonalData), never through its internals.
public sealed class BoundaryTests
{
    private const string Features = "KommunalBot.Bot.Features.";

    private static readonly Assembly Bot = typeof(BotRouter).Assembly;

    [Fact]
    public void Protocol_ReferencesNoFeatureAndNoKnowledge()
    {
        var result = Types.InAssembly(Bot).That().ResideInNamespaceMatching(@"^KommunalBot\.Bot\.Protocol(\.|$)")
            .ShouldNot().HaveDependencyOnAny("KommunalBot.Bot.Features", "KommunalBot.Knowledge")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    /// Features use Cards and Storage, never the other way round: each feature keeps its card records' JSON context.
    [Theory]
    [InlineData("Cards")]
    [InlineData("Storage")]
    public void SharedLayer_ReferencesNoFeature(string layer)
    {
        var result = Types.InAssembly(Bot).That().ResideInNamespaceMatching($@"^KommunalBot\.Bot\.{layer}(\.|$)")
            .ShouldNot().HaveDependencyOnAny("KommunalBot.Bot.Features")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void KnowledgeLibrary_ReferencesNoAspNetCore()
    {
        var result = Types.InAssembly(typeof(KnowledgeBase).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "KommunalBot.Bot")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
        Assert.DoesNotContain(typeof(KnowledgeBase).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    public static TheoryData<string> FeatureNames() => [.. Names()];

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void Feature_UsesOtherFeaturesOnlyThroughTheirPublicTypes(string feature)
    {
        var internals = Bot.GetTypes()
            .Where(t => FeatureOf(t) is { } other && other != feature && !IsPublicApi(t))
            .Select(t => t.FullName!.Replace('+', '/')) // Cecil writes nested types as Outer/Inner
            .ToArray();

        var result = Types.InAssembly(Bot).That().ResideInNamespaceMatching($@"^KommunalBot\.Bot\.Features\.{feature}(\.|$)")
            .ShouldNot().HaveDependencyOnAny(internals)
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void FeatureList_IsFound() =>
        Assert.Superset(new HashSet<string> { "Access", "Ask", "Knowledge", "Privacy" }, Names().ToHashSet());

    private static List<string> Names() => [.. Bot.GetTypes().Select(FeatureOf).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// "Ask" for KommunalBot.Bot.Features.Ask.Assistant.X; null outside the features.
    private static string? FeatureOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith(Features, StringComparison.Ordinal) ? ns[Features.Length..].Split('.')[0] : null;

    private static bool IsPublicApi(Type type) => type.IsPublic || (type.IsNestedPublic && IsPublicApi(type.DeclaringType!));

    private static string Describe(TestResult result) =>
        "Boundary crossed by: " + string.Join("; ", (result.FailingTypes ?? []).Select(t => $"{t.FullName} ({t.Explanation})"));
}
