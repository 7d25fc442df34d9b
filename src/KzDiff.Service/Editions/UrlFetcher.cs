using System.Net;
using KzDiff.Service.Configuration;

namespace KzDiff.Service.Editions;

/// <summary>Fetches an edition from a URL with a timeout and a size cap, so a slow or endless server cannot hang an import.</summary>
public sealed class UrlFetcher(HttpClient http, KzDiffOptions options)
{
    /// <summary>The body, or an error a user can act on.</summary>
    public async Task<(byte[]? Content, string? Error)> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return (null, $"only http and https URLs can be imported, not {url.Scheme}:");
        }

        var cap = options.Import.MaxFetchBytes;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Import.FetchTimeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (null, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > cap)
            {
                return (null, $"{url} is {response.Content.Headers.ContentLength:N0} bytes; the limit is {cap:N0} bytes");
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var content = await CappedRead.ReadAllAsync(body, cap, timeout.Token);
            return content is null ? (null, $"{url} is larger than the limit of {cap:N0} bytes") : (content, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{url} did not answer within {options.Import.FetchTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return (null, $"cannot fetch {url}: {ex.Message}");
        }
    }
}
