using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Features.Ask;

/// A recently changed document (cards/news.json `items`). The template branches on <see cref="Kind"/> (the enum
/// name, the same in every language) and shows <see cref="KindLabel"/> (from the texts of the user's culture).
internal sealed record NewsItem(string Id, string Title, DocumentType Kind, string KindLabel, string Date);
