namespace KommunalBot.Knowledge.Content;

/// <summary>How the loader treats broken files.</summary>
public enum LoadMode
{
    /// <summary>Any problem fails the load (<see cref="LoadResult.Succeeded"/> is false).</summary>
    Strict,

    /// <summary>Broken files are skipped with a warning; the rest loads.</summary>
    Lenient,
}
