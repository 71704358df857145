namespace KommunalBot.Bot.Features.Playground;

internal sealed record PlaygroundTenant(string Id, string Organisation, string Region);
