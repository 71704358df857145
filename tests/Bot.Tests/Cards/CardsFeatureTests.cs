using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KommunalBot.Bot.Tests.Cards;

public sealed class CardsFeatureTests
{
    [Fact]
    public void AddCards_Registered_ResolvesOneRendererAndTexts()
    {
        var builder = Host.CreateApplicationBuilder();

        builder.AddCards();
        using var host = builder.Build();

        var renderer = host.Services.GetRequiredService<CardRenderer>();
        Assert.Same(renderer, host.Services.GetRequiredService<CardRenderer>());
        Assert.Same(host.Services.GetRequiredService<Texts>(), host.Services.GetRequiredService<Texts>());
        Assert.Equal("Hilfe", (string?)renderer.Render("welcome", new JsonObject(), Texts.German)["actions"]![0]!["title"]);
    }
}
