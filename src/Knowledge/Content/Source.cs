namespace KommunalBot.Knowledge.Content;

/// <summary>A cited source of a document.</summary>
/// <param name="Url">Address of the source.</param>
/// <param name="Title">Title of the source.</param>
/// <param name="Date">Date of the source as written (<c>YYYY-MM-DD</c> or <c>YYYY-MM</c>), if known.</param>
public sealed record Source(string Url, string Title, string? Date);
