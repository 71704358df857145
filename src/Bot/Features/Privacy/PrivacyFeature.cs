using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Privacy;

/// DSGVO requests for operators: export and erase what the bot stores about one person (by Entra object id).
/// Every record type is listed in docs/data-protection.md; a test keeps the list complete.
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
        if (!IsObjectId(objectId))
        {
            return NotAnObjectId();
        }

        var person = await FindAsync(objectId, references, cancellationToken);
        var export = new JsonObject { ["objectId"] = objectId };
        foreach (var part in parts)
        {
            export[part.Kind] = await part.ExportAsync(person, cancellationToken);
        }

        return TypedResults.Text(export.ToJsonString(), "application/json");
    }

    // Erasure asks every part in its ErasureOrder (the conversation references, which find the person's Teams
    // user ids, last). It ends by compacting the store, so deleted rows do not linger in its files.
    private static async Task<IResult> DeleteAsync(
        string objectId, ConversationReferenceStore references, IEnumerable<IPersonalData> parts, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!IsObjectId(objectId))
        {
            return NotAnObjectId();
        }

        var person = await FindAsync(objectId, references, cancellationToken);
        var deleted = new JsonObject { ["objectId"] = objectId };
        foreach (var part in parts.OrderBy(p => p.ErasureOrder))
        {
            deleted[part.Kind] = await part.DeleteAsync(person, cancellationToken);
        }

        await store.CompactAsync(cancellationToken);
        return TypedResults.Text(deleted.ToJsonString(), "application/json");
    }

    // Entra object ids are GUIDs; anything else cannot name a person and must not become part of a key.
    private static bool IsObjectId(string objectId) => Guid.TryParseExact(objectId, "D", out _);

    private static IResult NotAnObjectId() =>
        TypedResults.Problem("The object id must be an Entra object id (a GUID).", statusCode: StatusCodes.Status400BadRequest);

    private static async Task<Person> FindAsync(string objectId, ConversationReferenceStore references, CancellationToken cancellationToken)
    {
        var conversations = new List<(string, string, string)>();
        await foreach (var reference in references.ListPersonalAsync(objectId, cancellationToken))
        {
            if (reference.UserId is not null)
            {
                conversations.Add((reference.TenantId, reference.ConversationId, reference.UserId));
            }
        }

        return new Person(objectId, conversations);
    }
}
