namespace MemoryClients.Emulator.MemMachine.Filters;

/// <summary>Which store evaluates a filter; each accepts different fields and compares values differently.</summary>
internal enum FilterStore
{
    /// <summary>The SQL episode table behind <c>/memories/list</c>: values are cast to the literal's type; unknown fields fail.</summary>
    EpisodeList,

    /// <summary>Long-term episodic search (event backend): typed comparison; unknown fields fail.</summary>
    LongTermSearch,

    /// <summary>Short-term episodic search (in-process): Python equality; unknown fields read as null, never fail.</summary>
    ShortTermSearch,

    /// <summary>Semantic features (list and search): SQL casting; only feature fields; <c>metadata.*</c> is the feature's own metadata.</summary>
    Semantic,
}
