using KommunalBot.Bot.Features.Access;

namespace KommunalBot.Bot.Features.Consult;

/// `GET /admin/consult/drafts`: the FAQ drafts waiting for an editor, oldest first (Permission.Publish).
internal static class DraftEndpoints
{
    public static IEndpointRouteBuilder MapConsultDrafts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/consult/drafts", ListAsync).RequirePermission(Permission.Publish);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(DraftStore drafts, CancellationToken cancellationToken)
    {
        var all = new List<DraftFaq>();
        await foreach (var draft in drafts.ListAsync(cancellationToken))
        {
            all.Add(draft);
        }

        return TypedResults.Json(all, RelayJsonContext.Default.ListDraftFaq);
    }
}
