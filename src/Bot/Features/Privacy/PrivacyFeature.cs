using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Privacy;

/// DSGVO requests for operators: export and erase what the bot stores about one person (by Entra object id).
public static class PrivacyFeature
{
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPersonalData, ConversationReferenceData>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/personal-data/{objectId}", ExportAsync).RequirePermission(Permission.Administer);
        endpoints.MapDelete("/admin/personal-data/{objectId}", DeleteAsync).RequirePermission(Permission.Administer);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string objectId, ConversationReferenceStore references, IEnumerable<IPersonalData> parts, CancellationToken cancellationToken)
    {
        var person = await FindAsync(objectId, references, cancellationToken);
        var export = new JsonObject { ["objectId"] = objectId };
        foreach (var part in parts)
        {
            export[part.Kind] = await part.ExportAsync(person, cancellationToken);
        }

        return TypedResults.Text(export.ToJsonString(), "application/json");
    }

    // Erasure runs the conversation references last: they are how the other parts find the person.
    private static async Task<IResult> DeleteAsync(string objectId, ConversationReferenceStore references, IEnumerable<IPersonalData> parts, CancellationToken cancellationToken)
    {
        var person = await FindAsync(objectId, references, cancellationToken);
        var deleted = new JsonObject { ["objectId"] = objectId };
        foreach (var part in parts.OrderBy(p => p is ConversationReferenceData ? 1 : 0))
        {
            deleted[part.Kind] = await part.DeleteAsync(person, cancellationToken);
        }

        return TypedResults.Text(deleted.ToJsonString(), "application/json");
    }

    private static async Task<Person> FindAsync(string objectId, ConversationReferenceStore references, CancellationToken cancellationToken)
    {
        var conversations = new List<(string, string, string)>();
        await foreach (var reference in references.ListAsync(null, cancellationToken))
        {
            if (string.Equals(reference.UserAadObjectId, objectId, StringComparison.OrdinalIgnoreCase) && reference.UserId is not null)
            {
                conversations.Add((reference.TenantId, reference.ConversationId, reference.UserId));
            }
        }

        return new Person(objectId, conversations);
    }
}
