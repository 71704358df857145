using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Features.Ask.Assistant;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Ask;

public static class AskFeature
{
    /// Question answering (over the knowledge base of AddKnowledge), the dienste/steckbrief/neu commands and the knowledge-gap list.
    public static IHostApplicationBuilder AddAsk(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AskOptions>().Bind(builder.Configuration.GetSection("Ask")).ValidateOnStart();
        services.AddSingleton<AnswerCards>();
        services.AddSingleton<ServiceCards>();
        services.AddSingleton<ConversationContext>();
        services.AddSingleton<QuestionLog>();
        services.AddSingleton<QuestionAskers>();
        services.AddSingleton<QuestionRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionRetention>());
        services.AddSingleton<IBotFeature, AskHandlers>();
        services.AddSingleton<Privacy.IPersonalData, AskPersonalData>();
        services.AddSingleton<Privacy.IPersonalData, QuestionPersonalData>();
        builder.AddAskAssistant();
        return builder;
    }

    public static IEndpointRouteBuilder MapAsk(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/knowledge-gaps", KnowledgeGaps.ListAsync).RequirePermission(Permission.ViewKnowledgeGaps);
        endpoints.MapGet("/admin/knowledge/unsourced", UnsourcedFacts.List).RequirePermission(Permission.ViewKnowledgeGaps);
        return endpoints;
    }
}
