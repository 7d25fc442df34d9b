using System.Net;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;

namespace KzDiff.Service.Tests.Editions;

public sealed class UrlFetcherTests
{
    private static readonly Uri Url = new("http://127.0.0.1/report.html");

    [Test]
    public async Task FetchAsync_ReturnsBody_WhenWithinLimits()
    {
        var (content, error) = await Fetcher(_ => new StreamContent(new MemoryStream(new byte[500]))).FetchAsync(Url);

        Assert.That(error, Is.Null);
        Assert.That(content, Has.Length.EqualTo(500));
    }

    [Test]
    public async Task FetchAsync_StopsReading_WhenBodyExceedsCapWithoutContentLength()
    {
        var endless = new ChunkedContent(totalBytes: 10 * 1024);

        var (content, error) = await Fetcher(_ => endless, maxBytes: 1024).FetchAsync(Url);

        Assert.That(content, Is.Null);
        Assert.That(error, Does.Contain("larger than the limit of 1,024 bytes"));
    }

    [Test]
    public async Task FetchAsync_GivesUp_WhenServerDoesNotAnswerInTime()
    {
        var (content, error) = await Fetcher(_ => throw new InvalidOperationException("unused"), timeout: TimeSpan.FromSeconds(1), delay: TimeSpan.FromSeconds(30)).FetchAsync(Url);

        Assert.That(content, Is.Null);
        Assert.That(error, Does.Contain("did not answer within 1 s"));
    }

    [Test]
    public async Task FetchAsync_ReportsStatus_WhenServerAnswersNotFound()
    {
        var (content, error) = await Fetcher(_ => new StringContent("gone"), status: HttpStatusCode.NotFound).FetchAsync(Url);

        Assert.That(content, Is.Null);
        Assert.That(error, Does.Contain("404"));
    }

    [Test]
    public async Task FetchAsync_Refuses_WhenSchemeIsNotHttp()
    {
        var (content, error) = await Fetcher(_ => new StringContent("x")).FetchAsync(new Uri("file:///etc/passwd"));

        Assert.That(content, Is.Null);
        Assert.That(error, Does.Contain("only http and https"));
    }

    private static UrlFetcher Fetcher(
        Func<HttpRequestMessage, HttpContent> content,
        long maxBytes = 1024 * 1024,
        TimeSpan? timeout = null,
        TimeSpan? delay = null,
        HttpStatusCode status = HttpStatusCode.OK)
    {
        var options = new KzDiffOptions { Import = new ImportOptions { MaxFetchBytes = maxBytes, FetchTimeout = timeout ?? TimeSpan.FromSeconds(10) } };
        return new UrlFetcher(new HttpClient(new FakeHandler(content, delay, status)), options);
    }

    private sealed class FakeHandler(Func<HttpRequestMessage, HttpContent> content, TimeSpan? delay, HttpStatusCode status) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (delay is { } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            return new HttpResponseMessage(status) { Content = content(request) };
        }
    }

    /// <summary>A body that does not announce its length (chunked transfer), so only the read itself can enforce the cap.</summary>
    private sealed class ChunkedContent(int totalBytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[256];
            for (var served = 0; served < totalBytes; served += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
