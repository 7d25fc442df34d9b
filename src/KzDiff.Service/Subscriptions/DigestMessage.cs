namespace KzDiff.Service.Subscriptions;

/// <summary>The webhook body of a daily or weekly digest: every change summary gathered since the last one.</summary>
public sealed record DigestMessage(Guid Subscription, string Schedule, IReadOnlyList<ChangeMessage> Changes);
