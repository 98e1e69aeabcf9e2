namespace MemoryClients.Paging;

/// <summary>When a pageable starts fetching one page ahead.</summary>
internal enum PrefetchFrom
{
    /// <summary>Never: each page is requested when the caller asks for it.</summary>
    Never = 0,

    /// <summary>As the first page is handed over (the caller said it will walk on).</summary>
    FirstPage = 1,

    /// <summary>As the second page is handed over (the default: reading one page costs one request).</summary>
    SecondPage = 2,
}
