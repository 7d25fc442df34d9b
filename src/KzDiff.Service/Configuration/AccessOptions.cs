namespace KzDiff.Service.Configuration;

/// <summary>The "KzDiff:Access" section: who may do what without an account.</summary>
public sealed class AccessOptions
{
    /// <summary>
    /// Anyone may read (pages, GET, requesting comparisons and batches) without signing in. False
    /// closes reading to signed-in viewers, reviewers and admins. Uploading always needs a reviewer.
    /// </summary>
    public bool AnonymousRead { get; set; } = true;
}
