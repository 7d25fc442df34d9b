namespace KzDiff.Web.Hosting;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> on every response, JSON and problem documents included:
/// a browser must not guess that an answer quoting report text is HTML or script. Added when the
/// headers go out, so that an error handler that resets the response does not drop it.
/// </summary>
internal sealed class NoSniffHeader(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            response.Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
