using System.Globalization;
using System.Net;
using System.Text;
using MemoryClients.Http;
using MemoryClients.Mem0;

namespace MemoryClients.Tests.Http;

/// <summary>
/// A response body is read once, into a pooled buffer, and parsed there: no array of the body's size is allocated per
/// call (which, for a page over 85 KB, would land on the large object heap).
/// </summary>
public sealed class ResponseBufferTests
{
    // JSON whitespace costs nothing to parse, so a page padded with it allocates exactly what the plain page does, unless
    // something copies the body: then the padding shows up in full. The padded body stays within the shared pool's sizes.
    private const int Padding = 512 * 1024;

    [Fact]
    public void A_200_item_page_is_parsed_without_a_copy_of_its_body()
    {
        var plain = AllocatedByListing(Page(padding: 0));
        var padded = AllocatedByListing(Page(Padding));

        (padded - plain).Should().BeLessThan(Padding / 8, "the body is parsed where it was read, not copied into a new array first");
    }

    /// <summary>
    /// Bytes this thread allocates to list one page through the blocking path (every step runs on this thread), after a
    /// first call that warms the client and rents the pooled buffer.
    /// </summary>
    private static long AllocatedByListing(byte[] body)
    {
        using var http = new HttpClient(new FixedBodyHandler(body));
        using var client = new Mem0Client(http, new Mem0ClientOptions { ApiKey = "m0-key", BaseAddress = new Uri("https://api.example.test/") });
        var options = new Mem0ListOptions { PageSize = 200 };
        var scope = MemoryScope.ForUser("alice");
        Completed.Blocking(() => client.ListPageAsync(scope, null, options)).Items.Should().HaveCount(200);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var page = Completed.Blocking(() => client.ListPageAsync(scope, null, options));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        page.Items.Should().HaveCount(200);
        return allocated;
    }

    private static byte[] Page(int padding)
    {
        var json = new StringBuilder("""{"count":200,"next":null,"previous":null,"results":[""");
        for (var i = 0; i < 200; i++)
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$$"""{"id":"m{{{i}}}","memory":"Likes tea and long walks","user_id":"alice","metadata":{"topic":"food"}}""");
        json.Append(']').Append(' ', padding).Append('}');
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>Answers every request with the same bytes, wrapped, not copied.</summary>
    private sealed class FixedBodyHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }
}
